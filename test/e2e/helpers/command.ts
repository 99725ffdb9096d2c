/**
 * Runs a command to completion and captures what it printed. The e2e helpers call the docker CLI
 * through this one function.
 */
import { spawn } from "node:child_process";

/** Options for {@link runCommand} and the helpers built on it. */
export interface CommandOptions {
  /** Working directory (default: the test process's). */
  cwd?: string;
  /** Added to the environment; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** Written to the command's stdin, which is then closed (stdin is empty otherwise). */
  input?: string | Buffer;
  /** Killed after this long (default 10 minutes). */
  timeoutMs?: number;
}

/** What a finished command printed, and how it exited. */
export interface CommandResult {
  /** The command line, for messages. */
  command: string;
  /** Exit code; 128 + the signal number when a signal killed it. */
  code: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved in the order they arrived (buildx writes its progress to stderr). */
  log: string;
}

const SIGNALS: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

/** Runs `file args…`; never rejects for a non-zero exit (look at `code`), only when it cannot start. */
export function runCommand(file: string, args: readonly string[], opts: CommandOptions = {}): Promise<CommandResult> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(opts.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  const command = [file, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(" ");
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: opts.cwd,
      env,
      stdio: ["pipe", "pipe", "pipe"],
      timeout: opts.timeoutMs ?? 600_000,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const all: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => (out.push(b), all.push(b)));
    child.stderr.on("data", (b: Buffer) => (err.push(b), all.push(b)));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      resolve({
        command,
        code: code ?? 128 + (signal ? (SIGNALS[signal] ?? 0) : 0),
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        log: Buffer.concat(all).toString("utf8"),
      });
    });
    child.stdin.on("error", () => {}); // a command that exits without reading its stdin
    child.stdin.end(opts.input ?? "");
  });
}

/** Returns the result when the command exited 0; throws with the command and its last output otherwise. */
export function mustSucceed<T extends CommandResult>(result: T): T {
  if (result.code === 0) return result;
  const tail = result.log.trimEnd().split("\n").slice(-80).join("\n");
  throw new Error(`\`${result.command}\` exited with ${result.code}:\n${tail}`);
}
