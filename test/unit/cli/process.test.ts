/**
 * The `hier` bundle as a real process: closed pipes, standard input, unreadable files, and
 * inputs that never end (/dev/zero, a FIFO fed forever).
 */
import { execFile, spawn } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_SOURCE_BYTES } from "../../../frontend/config/index.ts";
import { buildHier } from "./bundle.ts";

let bundle: Awaited<ReturnType<typeof buildHier>>;
let dir: string;

beforeAll(async () => {
  bundle = await buildHier();
  dir = await mkdtemp(join(tmpdir(), "hier-process-"));
  // 400 stages: `hier llb` prints about 1 MB of JSON, `hier check` 400 errors, far more than a pipe holds.
  const chain = ["stages:", "  s0: { from: alpine:3.20 }"];
  for (let i = 1; i < 400; i++) chain.push(`  s${i}: { from: s${i - 1}, run: echo ${i} }`);
  await writeFile(join(dir, "chain.yaml"), chain.join("\n") + "\ntarget: s399\n");
  const errors = ["stages:"];
  for (let i = 0; i < 400; i++) errors.push(`  s${i}: { from: alpine:3.20, caches: [nope] }`);
  await writeFile(join(dir, "errors.yaml"), errors.join("\n") + "\n");
  await writeFile(join(dir, "ok.yaml"), "stages:\n  base: { from: alpine:3.20, role: base }\n  app: { from: base, role: runtime }\n");
}, 60_000);

afterAll(async () => {
  await bundle?.dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundle; with `closeAfterFirstChunk`, closes its stdout as soon as output arrives (like `| head -1`). */
function hier(args: string[], opts: { input?: string; closeAfterFirstChunk?: boolean } = {}): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle.bin, ...args], { cwd: dir, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (b: Buffer) => {
      stdout += b.toString();
      if (opts.closeAfterFirstChunk) child.stdout.destroy();
    });
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.on("error", () => {}); // a command that never reads stdin
    child.stdin.end(opts.input ?? "");
  });
}

describe("a closed pipe", () => {
  it("`hier llb … | head` ends quietly, as killed by SIGPIPE", async () => {
    const r = await hier(["llb", "chain.yaml"], { closeAfterFirstChunk: true });
    expect(r.stderr).toBe("");
    expect(r.signal).toBe("SIGPIPE");
    expect(r.stdout.startsWith("{")).toBe(true);
  });

  it("`hier check … | head -1` through a shell: no message, status 141 like `cat`", async () => {
    const script = `"${process.execPath}" "${bundle.bin}" check errors.yaml | head -1; echo "status=\${PIPESTATUS[0]}"`;
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) =>
      execFile("bash", ["-c", script], { cwd: dir }, (e, stdout, stderr) => (e ? reject(e) : resolve({ stdout, stderr }))),
    );
    expect(stderr).toBe("");
    expect(stdout).toBe("errors.yaml:2:37: error UnknownCache: unknown cache `nope`\nstatus=141\n");
  });
});

describe("a full disk", () => {
  it.runIf(existsSync("/dev/full"))("output to /dev/full: one plain line, status 1, no stack trace", async () => {
    const full = openSync("/dev/full", "w");
    try {
      const r = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
        const child = spawn(process.execPath, [bundle.bin, "llb", "chain.yaml"], { cwd: dir, stdio: ["ignore", full, "pipe"] });
        let stderr = "";
        child.stderr?.on("data", (b: Buffer) => (stderr += b.toString()));
        child.on("error", reject);
        child.on("close", (code) => resolve({ code, stderr }));
      });
      expect(r).toEqual({ code: 1, stderr: "hier: cannot write standard output: ENOSPC\n" });
    } finally {
      closeSync(full);
    }
  });
});

describe("reading input", () => {
  it("`-` reads standard input, named <stdin> in diagnostics", async () => {
    const ok = await hier(["check", "-"], { input: "stages:\n  a: { from: alpine:3.20 }\n" });
    expect([ok.code, ok.stdout, ok.stderr]).toEqual([0, "<stdin>: ok, 1 stage\n", ""]);
    const bad = await hier(["check", "-"], { input: "stages:\n  a: { from: bsae }\n  base: { from: alpine:3.20 }\n" });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^<stdin>:2:14: error UnknownStage: unknown stage `bsae`\n/);
  });

  it("a missing file, a directory: one plain line, exit 2", async () => {
    const missing = await hier(["check", "hier.yaml"]);
    expect([missing.code, missing.stdout, missing.stderr]).toEqual([2, "", "hier: cannot read hier.yaml: no such file\n"]);
    const directory = await hier(["llb", "."]);
    expect([directory.code, directory.stderr]).toEqual([2, "hier: cannot read .: is a directory\n"]);
  });

  it("/dev/zero ends (at most MAX_SOURCE_BYTES + 1 bytes are read)", async () => {
    const started = performance.now();
    const r = await hier(["check", "/dev/zero"]);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\/dev\/zero:1:1: error /);
  }, 20_000);

  it("a FIFO fed forever and an endless stdin end too", async () => {
    const fifo = join(dir, "fifo.yaml");
    await new Promise<void>((resolve, reject) => execFile("mkfifo", [fifo], (e) => (e ? reject(e) : resolve())));
    // Fed forever; then fed exactly MAX_SOURCE_BYTES + 1 bytes by a writer that stays open.
    for (const feed of [`yes '# comment'`, `yes '# comment' | head -c ${MAX_SOURCE_BYTES + 1}; sleep 60`]) {
      const writer = spawn("sh", ["-c", `(${feed}) > "${fifo}"`], { stdio: "ignore", detached: true });
      try {
        const started = performance.now();
        const r = await hier(["check", fifo]);
        expect(performance.now() - started).toBeLessThan(15_000);
        expect([feed, r.code]).toEqual([feed, 1]);
        expect(r.stdout).toContain(`${fifo}:1:1: error`);
      } finally {
        try {
          if (writer.pid) process.kill(-writer.pid); // the writer's group: sh, yes, head, sleep
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== "ESRCH") throw e; // already gone (SIGPIPE)
        }
      }
    }
    const child = spawn(process.execPath, [bundle.bin, "check", "-"], { stdio: ["pipe", "pipe", "pipe"] });
    const feed = Buffer.alloc(64 * 1024, "# comment\n");
    const pump = () => {
      while (child.stdin.writable && child.stdin.write(feed));
    };
    child.stdin.on("drain", pump);
    child.stdin.on("error", () => {}); // hier stops reading and exits: EPIPE here is expected
    pump();
    let out = "";
    child.stdout.on("data", (b: Buffer) => (out += b.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).not.toBeNull();
    expect(out).toMatch(/^<stdin>/);
  }, 60_000);
});
