/** Runs the `hier` CLI in-process against an in-memory file map, for unit tests. */
import { main } from "../../../frontend/cli/index.ts";

/** What `runCli` saw: the exit code and both streams as text. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * `hier ARGV…` with `files` as the only readable files (a missing one rejects with ENOENT, as
 * node:fs does) and `/repo` as the working directory.
 */
export async function runCli(argv: string[], files: Readonly<Record<string, string>>): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: { write: (s: string | Uint8Array) => (stdout += String(s)) },
    stderr: { write: (s: string | Uint8Array) => (stderr += String(s)) },
    readFile: async (p: string) => files[p] ?? Promise.reject(Object.assign(new Error(`ENOENT: ${p}`), { code: "ENOENT" })),
    cwd: "/repo",
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
