// scripts/build-snapshot.mjs: the startup snapshot builds with this node (its warm-up run of the
// frontend against an in-memory engine succeeds) and a process started from it runs the frontend:
// started by hand it says how to build with it; in a session with no engine on stdin it fails the
// one way the frontend fails without BuildKit.
import { execFile } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { repoRoot } from "../cli/bundle.ts";

const dir = await mkdtemp(join(tmpdir(), "hier-snapshot-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, args, { cwd: repoRoot, env }, (_e, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }));
    child.stdin?.end();
  });
}

it("builds a blob whose main function is the frontend's", { timeout: 60_000 }, async () => {
  const built = await run([join(repoRoot, "scripts", "build-snapshot.mjs"), "--outdir", dir]);
  expect(built.code, built.stderr).toBe(0);
  expect((await stat(join(dir, "frontend.blob"))).size).toBeGreaterThan(1 << 20);
  const byHand = await run(["--snapshot-blob", join(dir, "frontend.blob")], { PATH: process.env["PATH"] ?? "" });
  expect(byHand.code, byHand.stderr).toBe(2);
  expect(byHand.stderr).toMatch(/^hier: this image is a BuildKit frontend /);
  const started = await run(["--snapshot-blob", join(dir, "frontend.blob")], { PATH: process.env["PATH"] ?? "", BUILDKIT_SESSION_ID: "s" });
  expect(started.code, started.stderr).toBe(1);
  expect(started.stderr).toMatch(/^hier: Return failed: .*BuildKit closed the connection/);
  expect(started.stderr).not.toMatch(/\n\s+at /);
});
