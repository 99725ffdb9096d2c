/**
 * How the stage targets of a generated bake file get their parents.
 *
 * - `closure` (the default): a target names no stage context; the frontend compiles the stage
 *   and every stage it builds on or copies from. The LLB of a stage is the same whichever target
 *   compiles it (the same steps, the same resolved bases), so its cache keys are too: BuildKit
 *   runs a shared step once for all targets that are building it, later builds find it cached,
 *   and a child's image holds its parent's very layers. bake starts every target at once, so on a
 *   cold build a child's steps start as soon as its parent's last step is done (the parent's tests
 *   run alongside), not after the parent's whole frontend run and tests.
 * - `contexts`: every included parent is a `target:` context (`contexts = { base = "target:base" }`):
 *   buildx finishes the parent's build before the child's frontend starts and hands the child the
 *   parent's result, so each child is built on the parent result of the same bake run even where
 *   the cache cannot help (`--no-cache`). The publish phase is always wired this way (publish.ts).
 */

/** The two wirings. */
export const WIRINGS = ["closure", "contexts"] as const;
/** A wiring (see the module comment). */
export type Wiring = (typeof WIRINGS)[number];
/** The wiring `hier bake` writes unless told (`--wiring`). */
export const DEFAULT_WIRING: Wiring = "closure";

/**
 * A stage target's `contexts` entries: its parents' `target:` contexts (`chain`) when chained,
 * and the frontend context (`frontend`, zero or one entry) either way. Unsorted.
 */
export function stageTargetContexts(wiring: Wiring, chain: readonly [string, string][], frontend: readonly [string, string][]): [string, string][] {
  return [...(wiring === "contexts" ? chain : []), ...frontend];
}
