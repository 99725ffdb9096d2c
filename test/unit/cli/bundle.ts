/** Builds the `hier` bundle from the current sources into a temp dir, for tests that spawn it. */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

export const repoRoot = join(import.meta.dirname, "..", "..", "..");
const run = promisify(execFile);

/** A fresh dist/hier.mjs in its own directory (never the repository's dist/, which other runs may rewrite). */
export async function buildHier(): Promise<{ bin: string; dir: string; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), "hier-bundle-"));
  await run(process.execPath, [join(repoRoot, "scripts", "build.mjs"), "--outdir", dir, "--only", "hier"], { cwd: repoRoot });
  return { bin: join(dir, "hier.mjs"), dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}
