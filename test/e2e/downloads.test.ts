// Downloads (`copy: [{ src: https://…, checksum: …, dst: … }]`) through the real engine, from an
// HTTP server in this process that counts what it is asked: the file lands at dst with its mode, a
// rebuild with a checksum asks the server nothing and is fully cached, a download per platform
// gives each platform its own file (and a platform it lacks fails at the copy), and a file whose
// digest is not the checksum fails the build at the copy's YAML line.
import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEBIAN_IMAGE, FRONTEND_IMAGE, buildx, imageTree, mustSucceed, requireEngine, tagTracker, tempContext } from "./helpers/index.ts";

const tags = tagTracker();
// New content each run: the engine caches a download by its checksum, across builds and runs.
const TOOL = `#!/bin/sh\necho tool 1.0 ${randomUUID()}\n`;
/** A file per architecture, as releases publish them. */
const ARCH: Record<string, string> = { "/dl/arch-amd64": `amd64 ${TOOL}`, "/dl/arch-arm64": `arm64 ${TOOL}` };
const sha256 = (s: string): string => `sha256:${createHash("sha256").update(s).digest("hex")}`;
let server: Server;
let base = "";
const requests: string[] = [];

beforeAll(async () => {
  requireEngine([DEBIAN_IMAGE, FRONTEND_IMAGE]);
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    const body = ARCH[req.url ?? ""] ?? (req.url?.startsWith("/dl/tool") ? TOOL : undefined);
    if (body !== undefined) {
      res.writeHead(200, { "content-type": "application/octet-stream", "last-modified": "Tue, 01 Dec 2026 00:00:00 GMT" });
      res.end(body);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await tags.removeAll();
  await new Promise((resolve) => server.close(resolve));
});

const yaml = (copies: string): string => `# syntax=org/hier-frontend\nstages:\n  tools:\n    from: scratch\n    copy:\n${copies}`;

describe("downloads", () => {
  test("the file lands at dst with its mode; a rebuild with a checksum asks the server nothing", async () => {
    const ctx = tempContext({
      "hier.yaml": yaml(
        `      - { src: "${base}/dl/tool-1.0", checksum: "${sha256(TOOL)}", dst: /usr/local/bin/tool, mode: "0755" }\n` +
          `      - { src: "${base}/dl/tool-1.0?as=data", checksum: "${sha256(TOOL)}", dst: /data/ }\n`,
      ),
    });
    const tag = tags.tagFor("downloads");
    requests.length = 0;
    mustSucceed(await buildx(["-f", "hier.yaml", "-t", tag, "."], { cwd: ctx }));
    expect(requests.length).toBeGreaterThan(0);
    const files = await imageTree(tag, { withContent: 1000 });
    expect(files.get("/usr/local/bin/tool")?.content?.toString()).toBe(TOOL);
    expect((files.get("/usr/local/bin/tool")?.mode ?? 0) & 0o7777).toBe(0o755);
    // Into a directory: named after the URL's path; the engine's mode for a download, as with ADD.
    expect(files.get("/data/tool-1.0")?.content?.toString()).toBe(TOOL);
    expect((files.get("/data/tool-1.0")?.mode ?? 0) & 0o7777).toBe(0o600);

    requests.length = 0;
    const again = mustSucceed(await buildx(["-f", "hier.yaml", "-t", tag, "."], { cwd: ctx }));
    expect(requests).toEqual([]);
    expect(again.steps.fullyCached, again.log).toBe(true);
  });

  test("a download per platform: each platform's image gets its own file, checked against its own checksum", async () => {
    const [amd, arm] = [ARCH["/dl/arch-amd64"] as string, ARCH["/dl/arch-arm64"] as string];
    const ctx = tempContext({
      "hier.yaml": yaml(
        `      - src: { linux/amd64: "${base}/dl/arch-amd64", linux/arm64: "${base}/dl/arch-arm64" }\n` +
          `        checksum: { linux/amd64: "${sha256(amd)}", linux/arm64: "${sha256(arm)}" }\n` +
          `        dst: /usr/local/bin/tool\n`,
      ),
    });
    // One platform per build: the classic image store's docker driver builds no multi-platform result.
    for (const [platform, want] of [["linux/amd64", amd], ["linux/arm64", arm]] as const) {
      const out = join(tempContext({}), "out");
      mustSucceed(await buildx(["-f", "hier.yaml", "--platform", platform, "--output", `type=local,dest=${out}`, "."], { cwd: ctx }));
      expect(readFileSync(join(out, "usr/local/bin/tool"), "utf8"), platform).toBe(want);
    }
    // A platform the mapping lacks fails at the copy, before anything is fetched.
    const res = await buildx(["-f", "hier.yaml", "--platform", "linux/ppc64le", "."], { cwd: ctx });
    expect(res.code, res.log).not.toBe(0);
    expect(res.log).toMatch(/hier\.yaml:6:\d+: PlatformMismatch: this copy downloads nothing for linux\/ppc64le \(it has linux\/amd64, linux\/arm64\)/);
  });

  test("a file whose digest is not the checksum fails the build at the copy's line", async () => {
    const wrong = sha256("something else");
    const ctx = tempContext({ "hier.yaml": yaml(`      - { src: "${base}/dl/tool-2.0", checksum: "${wrong}", dst: /tool }\n`) });
    const res = await buildx(["-f", "hier.yaml", "."], { cwd: ctx });
    expect(res.code, res.log).not.toBe(0);
    expect(res.log).toContain(wrong.slice("sha256:".length, "sha256:".length + 12));
    // buildx shows the YAML line of the copy (the source map).
    expect(res.log).toMatch(/hier\.yaml:6\b/);
    expect(res.log).toMatch(/ 6 \| >>>\s+- \{ src: "http:\/\/127\.0\.0\.1:\d+\/dl\/tool-2\.0"/);
  });
});
