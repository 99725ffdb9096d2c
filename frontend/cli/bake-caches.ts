/** `hier bake`'s portable-cache flags: `--caches` and `--caches-target STAGE` (see bake/caches.ts). */
import type { BakeCaches } from "../bake/caches.ts";
import type { StageGraph } from "../graph/model.ts";
import { CliError } from "./io.ts";

/**
 * The `caches` bake option the flags ask for (`--caches-target` implies `--caches`); an unknown
 * stage is a CliError naming the file's stages.
 */
export function bakeCachesFlags(graph: StageGraph, on: boolean, target: string | undefined): { caches?: BakeCaches } {
  if (target === undefined) return on ? { caches: {} } : {};
  if (!graph.stages.some((s) => s.name === target)) {
    const names = graph.stages.map((s) => s.name);
    const shown = names.length > 12 ? `${names.slice(0, 12).join(", ")}, …` : names.join(", ");
    throw new CliError(`--caches-target \`${target}\` is not a stage of ${graph.file.name} (stages: ${shown})`);
  }
  return { caches: { target } };
}
