/**
 * The graph phase: typed document → checked StageGraph (see model.ts), plus helpers the compiler
 * and the CLI use. Nothing here throws on any input.
 */
import { parseConfig } from "../config/index.ts";
import { checkGraph, type CheckOptions, type CheckResult } from "./check.ts";
import { dependencies } from "./deps.ts";
import type { Stage, StageGraph } from "./model.ts";

export { checkGraph, type CheckOptions, type CheckResult } from "./check.ts";
export type * from "./model.ts";
export { ROLES } from "./model.ts";
export { interpolates } from "./interpolate.ts";
export { dependencies } from "./deps.ts";
export { toDot, toMermaid } from "./draw.ts";
export { CODES, type Code } from "../diagnostics/index.ts";
export { PRESETS, SHARING_MODES, PACKAGE_MANAGERS } from "./presets.ts";

/** parseConfig + checkGraph in one call; the diagnostics of both, sorted by position. */
export function loadGraph(text: string, fileName: string, options: CheckOptions = {}): CheckResult {
  return checkGraph(parseConfig(text, fileName), options);
}

/**
 * The target and every stage it depends on (from, copies, mounts), in topological order.
 * Stages for which `provided(name)` is true are included but not walked through: their
 * dependencies are needed only if something else needs them (a bake `target:` context
 * supplies such a stage already built).
 */
export function stagesFor(graph: StageGraph, target: string, provided: (name: string) => boolean = () => false): Stage[] {
  const byName = new Map(graph.stages.map((s) => [s.name, s]));
  const needed = new Set<string>();
  const work = [target];
  while (work.length) {
    const name = work.pop() ?? "";
    const s = byName.get(name);
    if (!s || needed.has(name)) continue;
    needed.add(name);
    if (name === target || !provided(name)) work.push(...dependencies(s));
  }
  return graph.stages.filter((s) => needed.has(s.name));
}
