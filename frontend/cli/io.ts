/** What a command needs from the outside world; tests pass fakes, bin.ts passes the process's. */
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

export interface Writable {
  /** Text is written as UTF-8; bytes (`hier llb --format pb`) are written as they are. */
  write(s: string | Uint8Array): unknown;
}

export interface Io {
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Reads a file (relative paths against `cwd`); defaults to the real filesystem. */
  readonly readFile?: (path: string) => Promise<string>;
  readonly cwd?: string;
  /** Runs a program with `input` on stdin and returns its stdout; defaults to spawning it. */
  readonly run?: (program: string, args: readonly string[], input: string) => Promise<string>;
}

/** A command's failure to report as `hier: message` with an exit code. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

export async function readInput(io: Io, path: string): Promise<string> {
  try {
    if (io.readFile) return await io.readFile(path);
    return await readFile(resolve(io.cwd ?? process.cwd(), path), "utf8");
  } catch (e) {
    throw new CliError(`cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export function runProgram(io: Io, program: string, args: readonly string[], input: string): Promise<string> {
  if (io.run) return io.run(program, args, input);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(program, [...args], { stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (b: Buffer) => (out += b.toString()));
    child.stderr.on("data", (b: Buffer) => (err += b.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolvePromise(out) : reject(new Error(`${program} exited with ${code}: ${err.trim()}`))));
    child.stdin.end(input);
  });
}

/** `--build-arg K=V` values as a record (a bare `K` takes the value from the environment, like docker). */
export function buildArgs(values: readonly string[] | undefined): Record<string, string> {
  const out = new Map<string, string>();
  for (const v of values ?? []) {
    const eq = v.indexOf("=");
    if (eq > 0) out.set(v.slice(0, eq), v.slice(eq + 1));
    else if (eq < 0 && process.env[v] !== undefined) out.set(v, process.env[v] ?? "");
    else if (eq === 0) throw new CliError(`invalid --build-arg \`${v}\`: expected NAME=VALUE`);
  }
  return Object.fromEntries(out);
}
