/**
 * When the bundle started running, in ms since process start. frontend/main.ts imports this
 * module first and it imports nothing of ours, so it is evaluated before any other module of the
 * bundle: the time between Node's bootstrap and this mark is V8 compiling the bundle.
 */
import { performance } from "node:perf_hooks";

/** ms since process start at which the bundle's first module ran. */
export const BUNDLE_START: number = performance.now();
