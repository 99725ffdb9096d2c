/** What a command needs from the outside world; tests pass fakes, bin.ts passes the process's. */
import { spawn } from "node:child_process";
import { open } from "node:fs/promises";
import { resolve } from "node:path";
import { MAX_SOURCE_BYTES } from "../config/index.ts";

export interface Writable {
  /** Text is written as UTF-8; bytes (`hier llb --format pb`) are written as they are. */
  write(s: string | Uint8Array): unknown;
}

export interface Io {
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Reads a file (relative paths against `cwd`); defaults to the real filesystem. */
  readonly readFile?: (path: string) => Promise<string>;
  /** What `-` reads; defaults to the process's standard input. */
  readonly stdin?: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;
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

/** The name diagnostics give an input: `<stdin>` for `-`, else the path as the user wrote it. */
export function inputName(path: string): string {
  return path === "-" ? "<stdin>" : path;
}

/** The bytes a reader takes at most: one more than MAX_SOURCE_BYTES, so the parser can tell "too large". */
export const READ_LIMIT = MAX_SOURCE_BYTES + 1;

/**
 * The UTF-8 text of the first READ_LIMIT bytes of `chunks` (standard input), then stops reading
 * (a stream is destroyed), so an endless or huge input costs bounded time and memory.
 * Text longer than MAX_SOURCE_BYTES in UTF-8 means the input was larger (see config/limits.ts).
 */
export async function readBounded(chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>, limit = READ_LIMIT): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const part = bytes.subarray(0, limit - size);
    parts.push(part);
    size += part.length;
    if (size >= limit) break;
  }
  return Buffer.concat(parts).toString("utf8");
}

/**
 * The first `limit` bytes of the file at `path` as UTF-8 text. Reads exactly what is still
 * wanted, never ahead: a read left waiting on a FIFO whose writer stays open after the limit
 * would keep the process from exiting.
 */
export async function readFileBounded(path: string, limit = READ_LIMIT): Promise<string> {
  const handle = await open(path, "r");
  try {
    const parts: Buffer[] = [];
    let size = 0;
    while (size < limit) {
      const buffer = Buffer.allocUnsafe(Math.min(64 * 1024, limit - size));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      parts.push(buffer.subarray(0, bytesRead));
      size += bytesRead;
    }
    return Buffer.concat(parts).toString("utf8");
  } finally {
    await handle.close();
  }
}

/** Plain words for the errors opening a file gives. */
const READ_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: "no such file", EACCES: "permission denied", EPERM: "permission denied", EISDIR: "is a directory",
  ENOTDIR: "not a directory", ELOOP: "too many symbolic links", ENAMETOOLONG: "name too long", ENXIO: "no such device",
};

/**
 * Reads a build file (`-` is standard input) as text, at most READ_LIMIT bytes of it; a file
 * that cannot be read is a CliError with one plain line (`cannot read hier.yaml: no such file`).
 */
export async function readInput(io: Io, path: string): Promise<string> {
  const text = await read(io, path, false);
  return text as string;
}

/** Like `readInput`, for a file that may be absent (`hier.lock` beside a build file): undefined then. */
export function readOptional(io: Io, path: string): Promise<string | undefined> {
  return read(io, path, true);
}

async function read(io: Io, path: string, optional: boolean): Promise<string | undefined> {
  try {
    if (path === "-") return await readBounded(io.stdin ?? process.stdin);
    if (io.readFile) return await readBounded([await io.readFile(path)]);
    return await readFileBounded(resolve(io.cwd ?? process.cwd(), path));
  } catch (e) {
    const code = (e as { code?: unknown } | undefined)?.code;
    if (optional && code === "ENOENT") return undefined;
    const reason = typeof code === "string" && Object.hasOwn(READ_ERRORS, code) ? READ_ERRORS[code] : e instanceof Error ? e.message : String(e);
    throw new CliError(`cannot read ${inputName(path)}: ${reason}`);
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
    // A program that exits before reading all its input: its exit status says what happened.
    child.stdin.on("error", () => {});
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
