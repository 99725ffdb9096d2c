// scripts/build-snapshot.mjs: the startup snapshot builds with this node (its warm-up run of the
// frontend against an in-memory engine succeeds) and a process started from it runs the frontend:
// with no engine on stdin it fails the one way the frontend fails without BuildKit.
import { execFile } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { repoRoot } from "../cli/bundle.ts";

const dir = await mkdtemp(join(tmpdir(), "hier-snapshot-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

function run(args: string[], stdin: "ignore" | "pipe" = "ignore"): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, args, { cwd: repoRoot }, (_e, stdout, stderr) => resolve({ code: child.exitCode, stdout, stderr }));
    if (stdin === "ignore") child.stdin?.end();
  });
}

it("builds a blob whose main function is the frontend's", { timeout: 60_000 }, async () => {
  const built = await run([join(repoRoot, "scripts", "build-snapshot.mjs"), "--outdir", dir]);
  expect(built.code, built.stderr).toBe(0);
  expect((await stat(join(dir, "frontend.blob"))).size).toBeGreaterThan(1 << 20);
  const started = await run(["--snapshot-blob", join(dir, "frontend.blob")]);
  expect(started.code).toBe(1);
  expect(started.stderr).toMatch(/^hier: Return failed: .*BuildKit closed the connection/);
});
