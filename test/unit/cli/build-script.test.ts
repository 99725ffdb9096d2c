/** scripts/build.mjs: a missing entry file fails the build (it used to be skipped silently). */
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, realpath, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { repoRoot } from "./bundle.ts";

it("a missing entry file is an error naming it, and nothing is written", async () => {
  const root = await mkdtemp(join(tmpdir(), "hier-build-"));
  try {
    await mkdir(join(root, "scripts"));
    await copyFile(join(repoRoot, "scripts", "build.mjs"), join(root, "scripts", "build.mjs"));
    await symlink(await realpath(join(repoRoot, "node_modules")), join(root, "node_modules"));
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, [join(root, "scripts", "build.mjs")], { cwd: root }, (_e, _out, stderr) => resolve({ code: child.exitCode, stderr }));
    });
    expect(r).toEqual({ code: 1, stderr: "build: entry file missing: frontend/main.ts, frontend/cli/bin.ts (scripts/build.mjs lists the bundles)\n" });
    expect((await readdir(root)).sort()).toEqual(["node_modules", "scripts"]);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
