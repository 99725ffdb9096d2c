/**
 * Progress names in the Dockerfile habit, so buildx output reads the way users expect:
 * `[builder 3/5] RUN pip wheel …`. The counter counts FROM (when the stage starts from an image)
 * plus each step; tests are numbered on their own (`[release test 1/2] …`).
 */

/**
 * Keeps a vertex name on one line and within a sensible width: a multi-line script shows its
 * first line and `…` (joining the lines would read as one long, different command).
 */
export function shortCommand(text: string, max = 120): string {
  const lines = text.trim().split(/\s*\n\s*/);
  const first = lines[0] ?? "";
  const one = lines.length > 1 ? `${first} …` : first;
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/**
 * argv for a shell-form command. A multi-line script runs with `-e`, so it stops at its first
 * failing line instead of reporting only the last line's status; a one-line command keeps plain
 * `/bin/sh -c` semantics, as in a Dockerfile.
 */
export function shellArgs(script: string): string[] {
  return script.trim().includes("\n") ? ["/bin/sh", "-e", "-c", script] : ["/bin/sh", "-c", script];
}

/** Names the steps of one stage: `next("RUN …")` → `[stage 2/5] RUN …`. */
export class StepNamer {
  #index = 0;
  readonly #width: number;

  constructor(
    readonly stage: string,
    readonly total: number,
    readonly platform?: string,
  ) {
    this.#width = String(total).length;
  }

  /** The name of the next step. */
  next(command: string): string {
    this.#index += 1;
    return this.at(this.#index, command);
  }

  /** The name of step `index` (for a vertex that shares a step number, e.g. a linked copy's merge). */
  at(index: number, command: string): string {
    const prefix = this.platform ? `${this.platform} ` : "";
    return `[${prefix}${this.stage} ${String(index).padStart(this.#width)}/${this.total}] ${shortCommand(command)}`;
  }

  /** The number of the last step named. */
  get index(): number {
    return this.#index;
  }
}
