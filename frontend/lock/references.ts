/**
 * The image references a stage graph uses: every `from:` image, every `copy: from:` an image and
 * every mount `from:` an image, in every stage, each with the ranges that write it. This is the
 * set `hier.lock` records.
 */
import type { Range } from "../diagnostics/index.ts";
import type { StageGraph } from "../graph/model.ts";
import { parseImageRef } from "../llb/index.ts";

/** One reference (after build args are applied) and where the file writes it, in file order. */
export interface ImageUse {
  readonly ref: string;
  readonly ranges: readonly Range[];
}

/** Every image reference of `graph`, sorted by its first use; `skip` leaves out names a named context replaces. */
export function imageReferences(graph: StageGraph, skip: (ref: string) => boolean = () => false): ImageUse[] {
  const uses = new Map<string, Range[]>();
  const add = (ref: string, range: Range): void => {
    if (skip(ref)) return;
    const list = uses.get(ref);
    if (list) list.push(range);
    else uses.set(ref, [range]);
  };
  for (const s of graph.stages) {
    if (s.from.kind === "image") add(s.from.ref, s.from.range);
    for (const step of s.steps) {
      if (step.kind === "copy" && step.from.kind === "image") add(step.from.ref, step.range);
      if (step.kind !== "run") continue;
      for (const m of step.mounts) if (m.kind === "bind" && m.from && "image" in m.from) add(m.from.image, m.range);
    }
  }
  const list = [...uses].map(([ref, ranges]) => ({ ref, ranges: [...ranges].sort((a, b) => a.start - b.start) }));
  return list.sort((a, b) => (a.ranges[0]?.start ?? 0) - (b.ranges[0]?.start ?? 0));
}

/** The repository of a reference without tag or digest (`docker.io/library/debian`), or the text itself when it is not one. */
export function repositoryOf(ref: string): string {
  const r = parseImageRef(ref);
  return r ? `${r.domain}/${r.path}` : ref;
}

/** The digest a reference writes (`…@sha256:…`), if any. */
export function writtenDigest(ref: string): string | undefined {
  return parseImageRef(ref)?.digest;
}
