// Build contexts BuildKit fetches itself, the ways a `docker buildx build` user passes them: an
// archive on standard input (`tar c . | docker buildx build -f hier.yaml -`, which buildx uploads
// through the session), an archive at an http URL, an http URL of the build file alone, a git
// repository with a ref and a subdirectory, and a bake file in a repository (`docker buildx bake
// REPO`). The http server and the git daemon are this test's own, on 127.0.0.1, which the engine
// (dockerd, host network) fetches from.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { connect, createServer as createTcpServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEBIAN_IMAGE, FRONTEND_IMAGE, bake, buildx, buildxWarnings, requireEngine, runImage, tagTracker, tempContext } from "./helpers/index.ts";

const COPYING = `# syntax=org/hier-frontend
stages:
  app:
    role: runtime
    from: ${DEBIAN_IMAGE}
    copy: [{ src: app/, dst: /app/ }]
    cmd: [cat, /app/hello.txt]
`;

const ALONE = `# syntax=org/hier-frontend
stages:
  app:
    role: runtime
    from: ${DEBIAN_IMAGE}
    run: echo "built from a URL" > /from-url.txt
    cmd: [cat, /from-url.txt]
`;

/** A runtime stage on Debian with these copies and this cmd (YAML flow sequences). */
const runtimeCopying = (copy: string, cmd: string): string =>
  `# syntax=org/hier-frontend\nstages:\n  app:\n    role: runtime\n    from: ${DEBIAN_IMAGE}\n    copy: ${copy}\n    cmd: ${cmd}\n`;

const { tagFor, removeAll } = tagTracker();
/** The project as a tar stream, as `tar -C DIR -cf - .` writes it. */
const project = tempContext({ "hier.yaml": COPYING, "app/hello.txt": "hello from the archive\n" });
const tarball = execFileSync("tar", ["-C", project, "-cf", "-", "."]);
/** Where the builds run: a directory without hier.yaml, so buildx sends no build file of its own. */
const elsewhere = tempContext({ "README.md": "nothing to build here\n" });

/**
 * A repository served by `git daemon`: tag v1 has app/hello.txt "v1", main has "main", and
 * sub/ is a second project (its own hier.yaml and app/). main also has a bake file whose target
 * builds sub/.
 */
function gitRepository(): string {
  const work = tempContext({ "hier.yaml": COPYING, "app/hello.txt": "v1\n", "sub/hier.yaml": COPYING, "sub/app/hello.txt": "from sub\n" });
  const g = (...args: string[]) => execFileSync("git", ["-c", "user.email=e2e@hier.invalid", "-c", "user.name=e2e", ...args], { cwd: work, stdio: "pipe" });
  g("init", "-q", "-b", "main");
  g("add", "-A");
  g("commit", "-qm", "v1");
  g("tag", "v1");
  execFileSync("sh", ["-c", "echo main > app/hello.txt"], { cwd: work });
  writeFileSync(join(work, "docker-bake.hcl"), 'target "default" {\n  context    = "sub"\n  dockerfile = "hier.yaml"\n}\n');
  g("add", "-A");
  g("commit", "-qm", "main");
  const root = tempContext({});
  execFileSync("git", ["clone", "-q", "--bare", work, `${root}/repo.git`]);
  return root;
}

/** A free TCP port on 127.0.0.1 (asked of the kernel, then released for git daemon to take). */
async function freePort(): Promise<number> {
  const s = createTcpServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

/** Resolves once something accepts connections on the port (within 10 s). */
async function listening(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const c = connect(port, "127.0.0.1", () => (c.end(), resolve(true)));
      c.on("error", () => resolve(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listens on 127.0.0.1:${port}`);
}

let server: Server;
let base = "";
let daemon: ChildProcess | undefined;
let repo = "";

beforeAll(async () => {
  await requireEngine([DEBIAN_IMAGE, FRONTEND_IMAGE]);
  const root = gitRepository();
  const port = await freePort();
  daemon = spawn("git", ["daemon", "--export-all", "--reuseaddr", `--base-path=${root}`, "--listen=127.0.0.1", `--port=${port}`, root], { stdio: "ignore" });
  await listening(port);
  repo = `git://127.0.0.1:${port}/repo.git`;
  const files: Record<string, Buffer> = { "/ctx.tar.gz": gzipSync(tarball), "/ci/hier.yaml": Buffer.from(ALONE) };
  server = createServer((req, res) => {
    const body = files[req.url ?? ""];
    res.writeHead(body ? 200 : 404).end(body ?? "not found\n");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  daemon?.kill();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await removeAll();
});

describe("remote build contexts", () => {
  test("a tar on standard input: the build file and the copied files come from it", async () => {
    const tag = tagFor("stdin-tar");
    const res = await buildx(["-f", "hier.yaml", "-t", tag, "-"], { cwd: elsewhere, input: tarball });
    expect(res.code, res.log).toBe(0);
    expect((await runImage(tag)).stdout).toBe("hello from the archive\n");
  });

  test("a gzipped tar at an http URL", async () => {
    const tag = tagFor("url-tar");
    const res = await buildx(["-f", "hier.yaml", "-t", tag, `${base}/ctx.tar.gz`], { cwd: elsewhere });
    expect(res.code, res.log).toBe(0);
    expect((await runImage(tag)).stdout).toBe("hello from the archive\n");
  });

  test("an http URL of the build file alone: it is the build file", async () => {
    const tag = tagFor("url-file");
    const res = await buildx(["-t", tag, `${base}/ci/hier.yaml`], { cwd: elsewhere });
    expect(res.code, res.log).toBe(0);
    expect((await runImage(tag)).stdout).toBe("built from a URL\n");
  });

  test("a git repository: its default branch, a tag, a subdirectory", async () => {
    for (const [fragment, want] of [["", "main\n"], ["#v1", "v1\n"], ["#main:sub", "from sub\n"]] as const) {
      const tag = tagFor("git");
      const res = await buildx(["-f", "hier.yaml", "-t", tag, `${repo}${fragment}`], { cwd: elsewhere });
      expect(res.code, res.log).toBe(0);
      expect((await runImage(tag)).stdout, fragment).toBe(want);
    }
  });

  test("a remote bake definition whose target's context is a subdirectory (`docker buildx bake REPO`)", async () => {
    // buildx passes that context, and the build file in it, as the frontend inputs `context` and
    // `dockerfile`; there is no local directory at all.
    const tag = tagFor("git-bake");
    const res = await bake([repo, "--set", `default.tags=${tag}`], { cwd: elsewhere });
    expect(res.code, res.log).toBe(0);
    expect((await runImage(tag)).stdout).toBe("from sub\n");
  });

  test("a git repository as a named context (--build-context NAME=URL)", async () => {
    const named = tempContext({ "hier.yaml": runtimeCopying('[{ from: "context:src", src: app/hello.txt, dst: /hello.txt }]', "[cat, /hello.txt]") });
    const tag = tagFor("git-named");
    const res = await buildx(["-f", "hier.yaml", "--build-context", `src=${repo}#v1`, "-t", tag, "."], { cwd: named });
    expect(res.code, res.log).toBe(0);
    expect((await runImage(tag)).stdout).toBe("v1\n");
  });

  test("a git repository as a copy's src (ADD REPO): its checkout, or a subdirectory of it, at dst", async () => {
    const ctx = tempContext({ "hier.yaml": runtimeCopying(`[{ src: "${repo}#v1", dst: /v1 }, { src: "${repo}#main:sub/app", dst: /sub/ }]`, "[cat, /v1/app/hello.txt, /sub/hello.txt]") });
    const tag = tagFor("git-copy");
    const res = await buildxWarnings(["-f", "hier.yaml", "-t", tag, "."], { cwd: ctx });
    expect(res.code, res.log).toBe(0);
    expect((await runImage(tag)).stdout).toBe("v1\nfrom sub\n");
    // Unpinned: the checker says so, in warnings that do not stop the build.
    expect(res.warnings.filter((w) => w.text.startsWith("UnpinnedDownload: ")).map((w) => w.step)).toEqual([
      "[internal] load build definition from hier.yaml",
      "[internal] load build definition from hier.yaml",
    ]);
  });
});
