/**
 * The graph phase: typed document → checked StageGraph (see model.ts), plus helpers the compiler
 * and the CLI use. Nothing here throws on any input.
 */
import { parseConfig } from "../config/index.ts";
import { checkGraph, type CheckOptions, type CheckResult } from "./check.ts";
import type { Stage, StageGraph } from "./model.ts";

export { checkGraph, type CheckOptions, type CheckResult } from "./check.ts";
export type * from "./model.ts";
export { PRESETS, SHARING_MODES, PACKAGE_MANAGERS } from "./presets.ts";

/** parseConfig + checkGraph in one call; the diagnostics of both, sorted by position. */
export function loadGraph(text: string, fileName: string, options: CheckOptions = {}): CheckResult {
  return checkGraph(parseConfig(text, fileName), options);
}

/** The target and every stage it depends on (from, copies, mounts), in topological order. */
export function stagesFor(graph: StageGraph, target: string): Stage[] {
  const byName = new Map(graph.stages.map((s) => [s.name, s]));
  const needed = new Set<string>();
  const work = [target];
  while (work.length) {
    const name = work.pop() ?? "";
    const s = byName.get(name);
    if (!s || needed.has(name)) continue;
    needed.add(name);
    work.push(...dependencies(s));
  }
  return graph.stages.filter((s) => needed.has(s.name));
}

/** The names of the stages a stage needs: its `from` stage, and stages it copies or mounts from. */
export function dependencies(stage: Stage): string[] {
  const out = new Set<string>();
  if (stage.from.kind === "stage") out.add(stage.from.stage);
  for (const s of stage.steps) {
    if (s.kind === "copy" && (s.from.kind === "stage" || s.from.kind === "artifact")) out.add(s.from.stage);
    if (s.kind === "run") {
      for (const m of s.mounts) {
        if (m.kind === "artifact") out.add(m.stage);
        if (m.kind === "bind" && m.from && "stage" in m.from) out.add(m.from.stage);
      }
    }
  }
  return [...out];
}
