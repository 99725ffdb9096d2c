/**
 * Progress names in the Dockerfile habit, so buildx output reads the way users expect:
 * `[builder 3/5] RUN pip wheel …`. The counter counts FROM (when the stage starts from an image)
 * plus each step; tests are numbered on their own (`[release test 1/2] …`).
 */

/** Keeps a vertex name on one line and within a sensible width. */
export function shortCommand(text: string, max = 120): string {
  const one = text.replace(/\s*\n\s*/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
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
