/**
 * `hier` as a user installs it: a packed tarball into a fresh global prefix (offline: the
 * bundle is self-contained, so the package has no runtime dependencies), `npm link`, and
 * `npx hier` in a fresh copy of the repository (no dist/ yet). Each works on a copy of the
 * repository's files with the repository's node_modules linked in, so the real tree and its
 * dist/ are never written.
 */
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, realpath, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "./bundle.ts";

let tmp: string;

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a program; npm gets a private cache and global prefix under `tmp`, and no network. */
function run(program: string, args: string[], cwd: string, env: Record<string, string> = {}, input = ""): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = execFile(program, args, {
      cwd,
      env: { ...process.env, npm_config_cache: join(tmp, "npm-cache"), npm_config_offline: "true", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false", ...env },
      maxBuffer: 64 * 1024 * 1024,
    }, (e, stdout, stderr) => {
      if (e && typeof e.code !== "number") reject(e);
      else resolve({ code: typeof e?.code === "number" ? e.code : 0, stdout, stderr });
    });
    child.stdin?.on("error", () => {}); // a command that exits without reading its input
    child.stdin?.end(input);
  });
}

/** The repository's files (tracked and new, not ignored) copied to `dest`, node_modules linked. */
async function copyRepo(dest: string): Promise<string> {
  const list = await run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], repoRoot);
  for (const file of list.stdout.split("\0").filter(Boolean)) {
    await mkdir(dirname(join(dest, file)), { recursive: true });
    await cp(join(repoRoot, file), join(dest, file), { preserveTimestamps: true }).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== "ENOENT") throw e; // deleted in the work tree, not yet in git
    });
  }
  await symlink(await realpath(join(repoRoot, "node_modules")), join(dest, "node_modules"));
  return dest;
}

const todobackend = join(repoRoot, "examples", "todobackend", "hier.yaml");

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "hier-install-"));
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe.runIf(process.platform !== "win32")("installing hier", () => {
  it("npm pack, then npm install -g of the tarball into a fresh prefix (offline): hier on PATH", async () => {
    const repo = await copyRepo(join(tmp, "pack-repo"));
    const pack = await run("npm", ["pack", "--json", "--pack-destination", tmp], repo);
    expect(pack.code, pack.stderr).toBe(0);
    const [info] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    expect(info?.files.map((f) => f.path).sort()).toEqual(["README.md", "bin/hier.mjs", "dist/hier.mjs", "dist/hier.mjs.map", "package.json"]);

    const prefix = join(tmp, "prefix");
    const elsewhere = join(tmp, "elsewhere");
    await mkdir(elsewhere);
    const install = await run("npm", ["install", "-g", "--prefix", prefix, join(tmp, info?.filename ?? "")], elsewhere);
    expect(install.code, install.stderr).toBe(0);
    // No runtime dependencies: nothing but hier itself is installed.
    expect(await readdir(join(prefix, "lib", "node_modules"))).toEqual(["hier"]);
    expect(await readdir(join(prefix, "lib", "node_modules", "hier")).then((l) => l.includes("node_modules"))).toBe(false);

    const path = { PATH: `${join(prefix, "bin")}:${dirname(process.execPath)}` };
    const { version } = JSON.parse(await readFile(join(repoRoot, "package.json"), "utf8")) as { version: string };
    expect(await run("hier", ["--version"], elsewhere, path)).toEqual({ code: 0, stdout: `hier ${version}\n`, stderr: "" });
    const check = await run("hier", ["check", todobackend], elsewhere, path);
    expect(check).toEqual({ code: 0, stdout: `${todobackend}: ok, 4 stages\n`, stderr: "" });
    const stdin = await run("hier", ["check", "-"], elsewhere, path, await readFile(todobackend, "utf8"));
    expect(stdin).toEqual({ code: 0, stdout: "<stdin>: ok, 4 stages\n", stderr: "" });
  }, 120_000);

  it("npm link puts a working hier on PATH (prepare builds dist/)", async () => {
    const repo = await copyRepo(join(tmp, "link-repo"));
    const prefix = join(tmp, "link-prefix");
    const link = await run("npm", ["link"], repo, { npm_config_prefix: prefix });
    expect(link.code, link.stderr).toBe(0);
    const r = await run(join(prefix, "bin", "hier"), ["check", todobackend], tmp);
    expect(r).toEqual({ code: 0, stdout: `${todobackend}: ok, 4 stages\n`, stderr: "" });
  }, 120_000);

  it("npx hier works in a fresh copy of the repository (no dist/ yet)", async () => {
    const repo = await copyRepo(join(tmp, "npx-repo"));
    const r = await run("npx", ["hier", "check", "examples/todobackend/hier.yaml"], repo);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe("examples/todobackend/hier.yaml: ok, 4 stages\n");
  }, 120_000);

  it("the bin script says what to do when the bundle is not built", async () => {
    const dir = join(tmp, "unbuilt");
    await mkdir(join(dir, "bin"), { recursive: true });
    await cp(join(repoRoot, "bin", "hier.mjs"), join(dir, "bin", "hier.mjs"));
    const r = await run(process.execPath, [join(dir, "bin", "hier.mjs"), "--version"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`hier: ${join(dir, "dist", "hier.mjs")} is not built yet: run \`npm ci\` or \`npm run build\` in ${dir}/\n`);
  });
});
