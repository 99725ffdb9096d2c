/**
 * The frontend's own phase clock: milliseconds since the process started (performance.timeOrigin,
 * which Node sets when the process starts, before V8 and the bundle load), one mark per phase.
 * `--build-arg HIER_DEBUG=timings` shows them to the user, never on stdout (it carries HTTP/2):
 * as a build warning when the engine has the `gateway.warnings` cap, else as the name of a
 * one-file vertex that buildx prints in the progress log.
 *
 * `Timings.forProcess()` starts with what happened before the frontend's first line: Node's
 * bootstrap, and the bundle starting to run (clock.ts). `Timings.forSnapshot()` is the same for a
 * process started from the V8 startup snapshot (frontend/snapshot.ts): there Node's bootstrap
 * includes deserializing the heap that already holds the evaluated bundle, and the next mark is
 * the snapshot's main function starting (`main`); the header says so.
 */
import { performance } from "node:perf_hooks";
import { BUNDLE_START } from "./clock.ts";
import { marshal, mkfile, scratch } from "../llb/index.ts";
import type { Bridge } from "./client.ts";
import type { Caps } from "./frontend.ts";
import type * as M from "./messages.ts";
import { warnAt } from "./warn.ts";

/** One phase: its name and when it ended, in ms since process start. */
export interface Mark {
  readonly name: string;
  readonly ms: number;
}

/** The build arg that asks for debug output; `timings` in its comma list shows the phases. */
export const DEBUG_ARG = "HIER_DEBUG";

/** The phases of one run, in the order they were marked. */
export class Timings {
  readonly #marks: Mark[] = [];
  readonly #now: () => number;
  #snapshot = false;
  #cpuMs: number | undefined;

  /** `now` returns ms since process start (tests pass a fake clock). */
  constructor(now: () => number = () => performance.now()) {
    this.#now = now;
  }

  /**
   * The phases Node itself reached before any of ours: runtime ready, bundle running (by default
   * when clock.ts ran; a startup snapshot's main function passes the moment it was called).
   */
  static forProcess(bundleStart: number = BUNDLE_START): Timings {
    const t = new Timings();
    t.#boot();
    t.#marks.push({ name: "bundle", ms: bundleStart });
    return t;
  }

  /**
   * For a process started from the startup snapshot, called first thing in its main function:
   * `node` (bootstrap, which deserialized the snapshot: Node refreshes its clock and milestones
   * for the new process) and `main` (the main function began, `mainStart`). No `bundle` mark:
   * nothing was compiled or evaluated, the snapshot holds the bundle already run.
   */
  static forSnapshot(mainStart: number, now?: () => number): Timings {
    const t = new Timings(now);
    t.#snapshot = true;
    t.#boot();
    t.#marks.push({ name: "main", ms: mainStart });
    return t;
  }

  #boot(): void {
    const boot = performance.nodeTiming.bootstrapComplete;
    if (boot > 0) this.#marks.push({ name: "node", ms: boot });
  }

  /** Whether this process started from the startup snapshot. */
  get fromSnapshot(): boolean {
    return this.#snapshot;
  }

  /** Records that `name` ended now. */
  mark(name: string): void {
    this.#marks.push({ name, ms: this.#now() });
  }

  /** Awaits `p` and marks `name` when it settles (success or failure). */
  async time<T>(name: string, p: Promise<T>): Promise<T> {
    try {
      return await p;
    } finally {
      this.mark(name);
    }
  }

  /**
   * Records the CPU time the process has used so far (user and system, every thread: V8 compiles
   * and collects garbage on threads of its own, so this can exceed the wall-clock phases).
   */
  markCpu(): void {
    const { user, system } = process.cpuUsage();
    this.#cpuMs = (user + system) / 1000;
  }

  /** Every mark so far. */
  get marks(): readonly Mark[] {
    return this.#marks;
  }

  /**
   * One line: `hier timings (ms since process start, node v24.1.0 arm64): node 31 · bundle 52 · …`,
   * naming the Node that ran (the arm64 frontend under emulation shows `arm64`); from the startup
   * snapshot `… node v24.1.0 x64, snapshot): node 70 · main 71 · …`; after {@link markCpu},
   * ` — cpu 180 ms` at the end.
   */
  format(): string {
    const from = this.#snapshot ? ", snapshot" : "";
    return `hier timings (ms since process start, node ${process.version} ${process.arch}${from}): ${this.#marks.map((m) => `${m.name} ${Math.round(m.ms)}`).join(" · ")}${this.#cpuMs === undefined ? "" : ` — cpu ${Math.round(this.#cpuMs)} ms`}`;
  }
}

/** Whether the build args ask for the timings (`HIER_DEBUG=timings`, or a list containing it). */
export function timingsRequested(buildArgs: Readonly<Record<string, string>>): boolean {
  const v = buildArgs[DEBUG_ARG];
  return v !== undefined && v.split(",").some((w) => w.trim().toLowerCase() === "timings");
}

/**
 * Shows the timings to the user, marking `return` and the CPU used first (the last thing the
 * frontend does after this is the Return call): a warning if the engine takes them, else a
 * vertex whose name is the line. Never fails the build: an engine that refuses either is left
 * alone.
 */
export async function reportTimings(bridge: Bridge, caps: Caps, timings: Timings, vertex?: string): Promise<void> {
  timings.mark("return");
  timings.markCpu();
  const line = timings.format();
  try {
    if (await warnAt(bridge, caps, vertex, line)) return;
    const state = scratch().file(mkfile("/timings", 0o644, line), { customName: `[hier] ${line}` });
    const { definition } = marshal(state, { llbCaps: caps.llb });
    await bridge.solve({ Definition: definition as M.Definition, Evaluate: true });
  } catch {
    // Debug output only: the build's own result matters more.
  }
}
