/**
 * The frontend image's entrypoint. BuildKit starts it with the LLBBridge API on stdin/stdout and
 * the options in the environment. It builds, calls `Return` exactly once, and exits at once:
 * closing stdio before exiting would fail the build, and nothing may ever be written to stdout.
 */
// First: its evaluation marks when the bundle started running.
import "./gateway/clock.ts";
import { BridgeClient } from "./gateway/client.ts";
import { statusFromError } from "./gateway/errors.ts";
import { readOptions } from "./gateway/options.ts";
import { runFrontend } from "./gateway/frontend.ts";
import { Timings } from "./gateway/timings.ts";
import { openChannel } from "./gateway/transport.ts";

// stdout carries HTTP/2 frames: route every console method that would write there to stderr
// (which reaches the daemon's log, not the user).
console.log = console.error;
console.info = console.error;
console.debug = console.error;

const timings = Timings.forProcess();
timings.mark("loaded");
const channel = await openChannel({ input: process.stdin, output: process.stdout });
const bridge = new BridgeClient(channel);
let exitCode = 0;
try {
  const returned = await runFrontend(bridge, readOptions(process.env), timings).catch((err: unknown) => ({ error: statusFromError(err) }));
  await bridge.return(returned);
} catch (err) {
  // Return itself failed: BuildKit reports "no result for incomplete build"; the reason goes to the daemon log.
  console.error("hier: Return failed:", err);
  exitCode = 1;
}
process.exit(exitCode);
