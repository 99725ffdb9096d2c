/**
 * The frontend image's entrypoint. BuildKit starts it with the LLBBridge API on stdin/stdout and
 * the options in the environment; run.ts does the rest.
 */
// First: its evaluation marks when the bundle started running.
import "./gateway/clock.ts";
import { runProcess } from "./run.ts";
import { Timings } from "./gateway/timings.ts";

await runProcess(Timings.forProcess());
