/** The image references a stage reads directly, and the stages downstream of a set of stages. */
import type { Range } from "../diagnostics/index.ts";
import { dependencies, type Stage, type StageGraph } from "../graph/index.ts";
import { imageReferences } from "../lock/references.ts";

/** An image reference as the checked file writes it (build args applied), and where. */
export interface ImageUse {
  readonly ref: string;
  readonly range: Range;
}

/** The images `stage` reads itself: its `from:` image, `copy: from:` images, bind mounts `from:` an image. */
export function stageImages(stage: Stage): ImageUse[] {
  const out: ImageUse[] = [];
  if (stage.from.kind === "image") out.push({ ref: stage.from.ref, range: stage.from.range });
  for (const s of stage.steps) {
    if (s.kind === "copy" && s.from.kind === "image") out.push({ ref: s.from.ref, range: s.range });
    if (s.kind === "run") {
      for (const m of s.mounts) if (m.kind === "bind" && m.from && "image" in m.from) out.push({ ref: m.from.image, range: m.range });
    }
  }
  return out;
}

/** Every image reference of the graph, first use first, each once (the set hier.lock records). */
export function graphImages(graph: StageGraph): ImageUse[] {
  return imageReferences(graph).map((u) => ({ ref: u.ref, range: u.ranges[0] ?? { start: 0, end: 0 } }));
}

/**
 * The stages that are in `seeds` or build on, copy from or mount one of them, in graph order.
 * Linear in the graph: one pass over the reverse edges.
 */
export function downstream(graph: StageGraph, seeds: ReadonlySet<string>): string[] {
  const users = new Map<string, string[]>();
  for (const s of graph.stages) {
    for (const d of dependencies(s)) {
      const list = users.get(d);
      if (list) list.push(s.name);
      else users.set(d, [s.name]);
    }
  }
  const hit = new Set<string>();
  const todo = [...seeds];
  for (let name = todo.pop(); name !== undefined; name = todo.pop()) {
    if (hit.has(name)) continue;
    hit.add(name);
    todo.push(...(users.get(name) ?? []));
  }
  return graph.stages.filter((s) => hit.has(s.name)).map((s) => s.name);
}
