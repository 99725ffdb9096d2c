// Build contexts BuildKit fetches itself, the ways a `docker buildx build` user passes them: an
// archive on standard input (`tar c . | docker buildx build -f hier.yaml -`, which buildx uploads
// through the session), an archive at an http URL, and an http URL of the build file alone. The
// server is this test's own, on 127.0.0.1, which the engine (dockerd, host network) downloads from.
import { execFileSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEBIAN_IMAGE, FRONTEND_IMAGE, buildx, requireEngine, runImage, tagTracker, tempContext } from "./helpers/index.ts";

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

const { tagFor, removeAll } = tagTracker();
/** The project as a tar stream, as `tar -C DIR -cf - .` writes it. */
const project = tempContext({ "hier.yaml": COPYING, "app/hello.txt": "hello from the archive\n" });
const tarball = execFileSync("tar", ["-C", project, "-cf", "-", "."]);
/** Where the builds run: a directory without hier.yaml, so buildx sends no build file of its own. */
const elsewhere = tempContext({ "README.md": "nothing to build here\n" });

let server: Server;
let base = "";

beforeAll(async () => {
  await requireEngine([DEBIAN_IMAGE, FRONTEND_IMAGE]);
  const files: Record<string, Buffer> = { "/ctx.tar.gz": gzipSync(tarball), "/ci/hier.yaml": Buffer.from(ALONE) };
  server = createServer((req, res) => {
    const body = files[req.url ?? ""];
    res.writeHead(body ? 200 : 404).end(body ?? "not found\n");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
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
});
