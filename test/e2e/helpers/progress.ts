/**
 * Parses BuildKit's plain progress output (`--progress=plain`) into its vertices, for assertions
 * such as "the second build is fully cached" or "only 2 steps re-ran".
 *
 * The format, one vertex `#N` per step, lines of different vertices interleaved:
 *   #6 [2/4] RUN echo hi > /made         first line of a vertex: its name
 *   #6 0.153 hi                          its output (or "#6 transferring context: 34B done")
 *   #6 DONE 0.2s | #6 CACHED | #6 ERROR: <message> | #6 CANCELED
 * A build that fails ends with a line `ERROR: failed to solve: …` (no `#`).
 */

/** How a vertex ended; RUNNING when the log shows no end (e.g. the build was killed). */
export type StepStatus = "DONE" | "CACHED" | "ERROR" | "CANCELED" | "RUNNING";

/** One vertex of the progress output. */
export interface Step {
  /** The `#N` number. */
  id: number;
  /** The full name, e.g. `[builder 2/4] RUN make` or `[internal] load build context`. */
  name: string;
  /** `builder` in `[builder 2/4] …`, "" in `[2/4] …`; undefined when the name has no `[… n/m]` prefix. */
  stage?: string;
  /** 2 and 4 in `[builder 2/4] …`. */
  index?: number;
  total?: number;
  /** The text after the `[…]` prefix: `RUN make`, `FROM docker.io/library/debian:bookworm-slim`. */
  instruction: string;
  status: StepStatus;
  /** Seconds from `DONE 1.2s` / `ERROR` lines that carry a time. */
  seconds?: number;
  /** The message of an `ERROR: …` line. */
  error?: string;
  /** The vertex's output lines, without the `#N ` prefix. */
  output: string[];
}

/** All vertices, and counts over the build steps (the `[stage n/m] …` vertices by default). */
export interface StepSummary {
  /** Every vertex, in the order of first appearance. */
  all: Step[];
  /** The build steps: vertices that match the predicate, minus image sources (`FROM …`). */
  steps: Step[];
  /** Names of build steps that were CACHED / that ran (DONE) / that failed. */
  cached: string[];
  ran: string[];
  failed: string[];
  /** True when there is at least one build step and every one is CACHED. */
  fullyCached: boolean;
  /** The final `ERROR: …` line of a failed build, without `ERROR: `. */
  failure?: string;
}

/** Which vertices count as build steps: names like `[2/4] RUN …` or `[builder 2/4] COPY …`. */
export function isBuildStep(step: Step): boolean {
  return step.index !== undefined;
}

const VERTEX = /^#(\d+) (.*)$/;
const STEP_NAME = /^\[(?:(.*) )?(\d+)\/(\d+)\] (.*)$/s;
const BRACKET_NAME = /^\[[^\]]*\] (.*)$/s;

/**
 * Parses plain progress output. `isStep` picks the vertices that count as build steps (default
 * {@link isBuildStep}); image sources (instruction `FROM …`) never count: BuildKit reports a local
 * image as DONE on every build, cached or not.
 */
export function countSteps(log: string, isStep: (step: Step) => boolean = isBuildStep): StepSummary {
  const byId = new Map<number, Step>();
  let failure: string | undefined;
  for (const raw of log.split("\n")) {
    const line = raw.replace(/\r$/, "");
    const m = VERTEX.exec(line);
    if (!m) {
      if (line.startsWith("ERROR: ")) failure = line.slice("ERROR: ".length);
      continue;
    }
    const id = Number(m[1]);
    const text = m[2] ?? "";
    let step = byId.get(id);
    if (!step) {
      step = newStep(id, text);
      byId.set(id, step);
      continue;
    }
    if (text === step.name) continue; // the name again, when the printer comes back to a vertex
    const status = /^(DONE|CACHED|CANCELED)(?: ([\d.]+)s)?$/.exec(text);
    const error = /^ERROR:? ?(.*)$/s.exec(text);
    if (status) {
      step.status = status[1] as StepStatus;
      if (status[2] !== undefined) step.seconds = Number(status[2]);
    } else if (error) {
      step.status = "ERROR";
      step.error = error[1] ?? "";
    } else {
      step.output.push(text);
    }
  }
  const all = [...byId.values()];
  const steps = all.filter((s) => isStep(s) && !s.instruction.startsWith("FROM "));
  const names = (status: StepStatus) => steps.filter((s) => s.status === status).map((s) => s.name);
  const summary: StepSummary = {
    all,
    steps,
    cached: names("CACHED"),
    ran: names("DONE"),
    failed: names("ERROR"),
    fullyCached: steps.length > 0 && steps.every((s) => s.status === "CACHED"),
  };
  if (failure !== undefined) summary.failure = failure;
  return summary;
}

function newStep(id: number, name: string): Step {
  const step: Step = { id, name, instruction: name, status: "RUNNING", output: [] };
  const m = STEP_NAME.exec(name);
  if (m) {
    step.stage = m[1] ?? "";
    step.index = Number(m[2]);
    step.total = Number(m[3]);
    step.instruction = m[4] ?? "";
  } else {
    const b = BRACKET_NAME.exec(name);
    if (b) step.instruction = b[1] ?? "";
  }
  return step;
}
