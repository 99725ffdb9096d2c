/**
 * Portable caches in a bake file (docs/caches.md): two variables, a seed context on every target
 * and one export target, so one `docker buildx bake` seeds, builds the family and exports:
 *
 *     HIER_CACHES_FROM=old HIER_CACHES_TO=new docker buildx bake default hier-caches
 *
 * - `HIER_CACHES_FROM` (default empty: no seed) is a tree — a directory, `docker-image://…` or
 *   `oci-layout://…` — passed to every target as the `hier-caches` context; each target seeds the
 *   caches its own stage mounts, where they are empty.
 * - The export target builds the export stage (the file's default target unless told) with
 *   `HIER_CACHES=export` into `HIER_CACHES_TO` (a directory, default `hier-caches`). It takes no
 *   stage contexts, so the frontend compiles the stage's whole closure and knows every cache it
 *   mounts; its steps are the family targets' own (BuildKit runs each once for both). It runs
 *   once that closure is built: bake cannot make it wait for targets it does not read (a
 *   `target:` context the frontend never asks for is never solved), so a cache it shares with
 *   targets outside the closure holds what they had downloaded by then. A second
 *   `docker buildx bake hier-caches` after the family exports everything they left.
 * A cache that only stages outside the export stage's closure mount is listed in a comment.
 */
import { stagesFor, type StageGraph } from "../graph/index.ts";
import type { Stage } from "../graph/model.ts";
import { stageDistro } from "../compile/caches.ts";

/** What a bake file does about portable caches. */
export interface BakeCaches {
  /** The stage the export target exports the caches of (default: the file's default target). */
  readonly target?: string;
}

/** The variables the seed context and the export target read. */
export const CACHE_VARIABLES = ["HIER_CACHES_FROM", "HIER_CACHES_TO"] as const;

/** The two variable blocks, for a bake file that declares its variables. */
export function cacheVariables(): string[] {
  return [
    `// HIER_CACHES_FROM=DIR|docker-image://…|oci-layout://…  seeds every target's caches from an exported tree`,
    `variable "HIER_CACHES_FROM" {\n  default = ""\n}`,
    `// docker buildx bake default hier-caches   also exports the family's caches to HIER_CACHES_TO (a directory)`,
    `variable "HIER_CACHES_TO" {\n  default = "hier-caches"\n}`,
  ];
}

/** The base target's `contexts`: the seed, when HIER_CACHES_FROM names one (HCL drops it when empty). */
export function seedContextLines(): string[] {
  return [`  contexts = { for k, v in { "hier-caches" = HIER_CACHES_FROM } : k => v if v != "" }`];
}

/** Catalogue caches a stage's steps mount, as `name` (the package manager's for implicit ones). */
function stageCacheNames(stage: Stage): string[] {
  const out = new Set<string>();
  for (const step of stage.steps) {
    if (step.kind === "packages") out.add(step.cache ?? step.manager);
    else if (step.kind === "run") for (const m of step.mounts) if (m.kind === "cache") out.add(m.cache);
  }
  return [...out];
}

/**
 * Caches (`name` on `distro`) that stages of `stages` mount but no stage of the export stage's
 * closure does: the export leaves them out. Linear in the graph (distro keys are memoized).
 */
export function missedCaches(graph: StageGraph, stages: readonly Stage[], exportStage: string): string[] {
  const key = (s: Stage, name: string): string => `${name} on ${stageDistro(graph, s)}`;
  const covered = new Set<string>();
  for (const s of stagesFor(graph, exportStage)) for (const n of stageCacheNames(s)) covered.add(key(s, n));
  const missed = new Map<string, string[]>();
  for (const s of stages) {
    for (const n of stageCacheNames(s)) {
      const k = key(s, n);
      if (!covered.has(k)) missed.set(k, [...(missed.get(k) ?? []), s.name]);
    }
  }
  return [...missed].map(([k, by]) => `${k} (${by.join(", ")})`);
}

/** Everything the export target's text needs from bakeFile. */
export interface ExportTargetInput {
  readonly graph: StageGraph;
  readonly stages: readonly Stage[];
  readonly caches: BakeCaches;
  /** The bake name of the shared base target. */
  readonly base: string;
  /** The bake target name for the export target itself (hier-caches, prefixed). */
  readonly exportName: string;
  /** The group of the family's targets. */
  readonly group: string;
  /** The frontend context (`# syntax=` image → value), when bake builds the frontend. */
  readonly frontend?: readonly [string, string];
  /** HCL string quoting. */
  readonly quote: (s: string) => string;
}

/** The export target (and a comment on what it misses). */
export function exportTargetLines(i: ExportTargetInput): string[] {
  const stage = i.caches.target ?? i.graph.defaultTarget;
  const q = i.quote;
  const missed = missedCaches(i.graph, i.stages, stage);
  return [
    "",
    `// The caches of ${stage} and the stages it builds on, exported once they are built:`,
    `// HIER_CACHES_FROM=SEED HIER_CACHES_TO=DIR docker buildx bake ${i.group} ${i.exportName}`,
    ...missed.map((m) => `// not exported (no stage ${stage} builds on mounts it): ${m}; export with \`hier bake --caches-target STAGE\``),
    `target ${q(i.exportName)} {`,
    `  inherits = [${q(i.base)}]`,
    `  target   = ${q(stage)}`,
    `  args     = { HIER_CACHES = "export" }`,
    `  output   = ["type=local,dest=\${HIER_CACHES_TO}"]`,
    ...(i.frontend ? [`  contexts = {`, `    ${q(i.frontend[0])} = ${q(i.frontend[1])}`, `  }`] : []),
    `}`,
  ];
}

/** A bake name for the export target that no stage's target has. */
export function exportTargetName(prefix: string, taken: ReadonlySet<string>, bakeName: (s: string) => string): string {
  let name = bakeName(`${prefix}hier-caches`);
  while (taken.has(name)) name += "_";
  return name;
}
