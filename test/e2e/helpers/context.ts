/** Temporary build contexts for e2e tests, removed when the test process exits. */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A file's content, or its content and mode (default 0644). */
export type ContextFile = string | Buffer | { content: string | Buffer; mode?: number };

const made: string[] = [];
process.on("exit", () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/**
 * Makes a directory holding `files` (relative paths, `/`-separated, parent directories created)
 * and returns its absolute path. A path ending in `/` with content "" makes an empty directory.
 */
export function tempContext(files: Record<string, ContextFile>): string {
  const dir = mkdtempSync(join(tmpdir(), "hier-e2e-"));
  made.push(dir);
  for (const [name, file] of Object.entries(files)) {
    const path = join(dir, name);
    if (!path.startsWith(dir + "/")) throw new Error(`tempContext: ${name} is outside the context`);
    if (name.endsWith("/")) {
      mkdirSync(path, { recursive: true });
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    const { content, mode } = typeof file === "string" || Buffer.isBuffer(file) ? { content: file, mode: undefined } : file;
    writeFileSync(path, content);
    chmodSync(path, mode ?? 0o644); // exact, whatever the umask
  }
  return dir;
}
