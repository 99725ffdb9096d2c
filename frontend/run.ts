/**
 * One frontend process: connect to BuildKit over stdin/stdout, build, call `Return` exactly once,
 * exit at once (closing stdio before exiting would fail the build, and nothing may ever be
 * written to stdout). frontend/main.ts runs it; so does a startup snapshot's main function
 * (scripts/build-snapshot.mjs).
 */
import { BridgeClient } from "./gateway/client.ts";
import { statusFromError } from "./gateway/errors.ts";
import { readOptions } from "./gateway/options.ts";
import { runFrontend } from "./gateway/frontend.ts";
import type { Timings } from "./gateway/timings.ts";
import { openChannel } from "./gateway/transport.ts";

/** What the image says when it is started by hand (`docker run org/hier-frontend`), not by BuildKit. */
export const NOT_UNDER_BUILDKIT =
  "hier: this image is a BuildKit frontend and runs only inside a build. Put `# syntax=org/hier-frontend` " +
  "on the first line of hier.yaml and build it: docker buildx build -f hier.yaml . (or use docker buildx bake, or the hier CLI)";

/**
 * Whether BuildKit started this process: it always sets `BUILDKIT_SESSION_ID` in a gateway
 * frontend's environment; `docker run` of the image does not.
 */
export function underBuildKit(env: NodeJS.ProcessEnv): boolean {
  return env["BUILDKIT_SESSION_ID"] !== undefined;
}

/** Runs the frontend on this process's stdio with the options in its environment; never returns. */
export async function runProcess(timings: Timings): Promise<never> {
  if (!underBuildKit(process.env)) {
    process.stderr.write(`${NOT_UNDER_BUILDKIT}\n`);
    process.exit(2);
  }
  // stdout carries HTTP/2 frames: route every console method that would write there to stderr
  // (which reaches the daemon's log, not the user).
  console.log = console.error;
  console.info = console.error;
  console.debug = console.error;

  timings.mark("loaded");
  const channel = await openChannel({ input: process.stdin, output: process.stdout });
  timings.mark("channel");
  const bridge = new BridgeClient(channel);
  let exitCode = 0;
  try {
    const returned = await runFrontend(bridge, readOptions(process.env), timings).catch((err: unknown) => ({ error: statusFromError(err) }));
    await bridge.return(returned);
  } catch (err) {
    // Return itself failed: BuildKit reports "no result for incomplete build"; the reason goes to the daemon log.
    console.error(`hier: Return failed: ${err instanceof Error ? err.message : String(err)}`);
    exitCode = 1;
  }
  process.exit(exitCode);
}
