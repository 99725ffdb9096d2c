/** The `hier` executable: `main` with the process's streams. */
import { main } from "./main.ts";

/**
 * Ends the process as one killed by SIGPIPE, the way `cat` or `grep` end when the reader of
 * their output goes away (`hier llb f | head`): no message, shell status 141. Node ignores
 * SIGPIPE; adding and removing a listener restores the default action before the signal.
 */
function exitAsSigpipe(): never {
  const noop = () => {};
  try {
    process.on("SIGPIPE", noop);
    process.off("SIGPIPE", noop);
    process.kill(process.pid, "SIGPIPE");
  } catch {
    // no SIGPIPE here (Windows): the status a shell would show.
  }
  process.exit(128 + 13);
}

for (const [name, stream] of [["standard output", process.stdout], ["standard error", process.stderr]] as const) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") exitAsSigpipe();
    // Any other write failure (a full disk): one plain line where it can still go, status 1.
    if (stream !== process.stderr) process.stderr.write(`hier: cannot write ${name}: ${e.code ?? e.message}\n`);
    process.exit(1);
  });
}

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`hier: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
