/**
 * Runs `docker buildx …` for the commands that are thin wrappers over it (`hier cache export`,
 * `hier cache seed`): prints the command line first (`+ docker buildx build …`, quoted so it can
 * be pasted into a shell), forwards the child's output to the command's streams as it comes, and
 * resolves to the child's exit status. `--dry-run` callers print the line and run nothing.
 */
import { spawn } from "node:child_process";
import { constants } from "node:os";
import { CliError, type Io } from "./io.ts";

/** `arg` as one shell word: left bare when it is safe to, else single-quoted. */
export function shellQuote(arg: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The command line a user could paste: `docker buildx build -f hier.yaml …`. */
export function commandLine(program: string, args: readonly string[]): string {
  return [program, ...args].map(shellQuote).join(" ");
}

/**
 * Spawns `program args` in `io.cwd` (the process's own environment, so DOCKER_HOST, BUILDX_*
 * and the like apply), copies its stdout and stderr to `io.stdout` / `io.stderr`, and resolves
 * to its exit status (a signal counts as 128 + its number, as a shell shows it). A program that
 * is not installed is a CliError naming it.
 */
export function runForwarded(io: Io, program: string, args: readonly string[]): Promise<number> {
  io.stderr.write(`+ ${commandLine(program, args)}\n`);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(program, [...args], { stdio: ["inherit", "pipe", "pipe"], ...(io.cwd ? { cwd: io.cwd } : {}) });
    child.stdout.on("data", (b: Buffer) => io.stdout.write(b));
    child.stderr.on("data", (b: Buffer) => io.stderr.write(b));
    child.on("error", (e: NodeJS.ErrnoException) => {
      reject(e.code === "ENOENT" ? new CliError(`\`${program}\` is not installed or not on PATH (hier runs \`${program} buildx build\`)`, 1) : e);
    });
    child.on("close", (code, signal) => {
      resolvePromise(code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1));
    });
  });
}
