/**
 * Which images of a family are outdated, and the minimal set of bake targets to rebuild.
 *
 * From the lock: a base is outdated when the digest its reference names now is not the locked
 * one; the stages to rebuild are those that read a moved base and every stage downstream of them.
 * From the registry (`--published`): a published stage image is outdated when its
 * `org.opencontainers.image.base.digest` label is not the digest its
 * `org.opencontainers.image.base.name` names now (hier writes the image the stage's chain starts
 * from), or when it is not published at all; again with everything downstream.
 */
import type { StageGraph } from "../graph/index.ts";
import { downstream, graphImages, stageImages } from "./refs.ts";
import type { Registry } from "./registry.ts";

/** A base whose reference names another digest than the lock (or the published label) says. */
export interface MovedBase {
  readonly ref: string;
  /** 1-based line of its first use in the hier file. */
  readonly line: number;
  readonly locked: string;
  readonly current: string;
}

/** A published stage image that is outdated, and why. */
export interface StaleImage {
  readonly stage: string;
  readonly image: string;
  /** `moved`: built on another digest than its base names now; `missing`: not published. */
  readonly reason: "moved" | "missing";
  readonly base?: string;
  readonly built?: string;
  readonly current?: string;
}

/** What `hier outdated` reports. */
export interface Outdated {
  readonly moved: readonly MovedBase[];
  /** `--published` only. */
  readonly images: readonly StaleImage[];
  /** References the lock has no entry for (their staleness is unknown). */
  readonly unlocked: readonly string[];
  /** Every stage to rebuild, in graph order: the minimal set. */
  readonly stages: readonly string[];
}

/** The label hier writes with the image a stage's chain starts from (frontend/compile/stage-image.ts). */
export const BASE_NAME = "org.opencontainers.image.base.name";
/** The label hier writes with that image's digest. */
export const BASE_DIGEST = "org.opencontainers.image.base.digest";

/** Resolves each reference once, at most 8 at a time, in order of first use. */
async function digests(registry: Registry, refs: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < refs.length; i = next++) out.set(refs[i]!, await registry.digest(refs[i]!));
  };
  await Promise.all(Array.from({ length: Math.min(8, refs.length) }, worker));
  return out;
}

/** Outdated bases and stages from the lock: `locked` maps references to their locked digests. */
export async function fromLock(graph: StageGraph, locked: ReadonlyMap<string, string>, registry: Registry): Promise<Outdated> {
  const uses = graphImages(graph);
  const inLock = uses.filter((u) => locked.has(u.ref));
  const now = await digests(registry, inLock.map((u) => u.ref));
  const moved = inLock
    .filter((u) => now.get(u.ref) !== locked.get(u.ref))
    .map((u) => ({ ref: u.ref, line: graph.file.position(u.range.start).line, locked: locked.get(u.ref)!, current: now.get(u.ref)! }));
  const refs = new Set(moved.map((m) => m.ref));
  const seeds = new Set(graph.stages.filter((s) => stageImages(s).some((u) => refs.has(u.ref))).map((s) => s.name));
  return { moved, images: [], unlocked: uses.filter((u) => !locked.has(u.ref)).map((u) => u.ref), stages: downstream(graph, seeds) };
}

/** The tag hier bake gives a stage: NAMESPACE/NAME-STAGE:VERSION. */
export function publishedTag(graph: StageGraph, stage: string, namespace: string, version: string): string {
  return `${namespace}/${graph.name ? `${graph.name}-${stage}` : stage}:${version}`;
}

/** Outdated published images: each stage's image read from the registry and its base label checked. */
export async function fromRegistry(graph: StageGraph, tag: (stage: string) => string, registry: Registry): Promise<Outdated> {
  const published = await Promise.all(
    graph.stages.map(async (s) => {
      const image = tag(s.name);
      try {
        return { stage: s.name, image, labels: await registry.labels(image) };
      } catch (e) {
        if ((e as { kind?: string }).kind === "missing") return { stage: s.name, image, labels: undefined };
        throw e;
      }
    }),
  );
  const bases = [...new Set(published.flatMap((p) => (p.labels?.[BASE_NAME] && p.labels[BASE_DIGEST] ? [p.labels[BASE_NAME]] : [])))];
  const now = await digests(registry, bases);
  const images: StaleImage[] = [];
  for (const p of published) {
    if (!p.labels) {
      images.push({ stage: p.stage, image: p.image, reason: "missing" });
      continue;
    }
    const base = p.labels[BASE_NAME];
    const built = p.labels[BASE_DIGEST];
    if (base && built && now.get(base) !== built) images.push({ stage: p.stage, image: p.image, reason: "moved", base, built, current: now.get(base)! });
  }
  const moved = [...new Map(images.filter((i) => i.reason === "moved").map((i) => [i.base!, i])).values()];
  return {
    moved: moved.map((i) => ({ ref: i.base!, line: lineOf(graph, i.base!), locked: i.built!, current: i.current! })),
    images,
    unlocked: [],
    stages: downstream(graph, new Set(images.map((i) => i.stage))),
  };
}

/** The line of a reference's first use in the file (0 when the file no longer uses it). */
function lineOf(graph: StageGraph, ref: string): number {
  const use = graphImages(graph).find((u) => u.ref === ref);
  return use ? graph.file.position(use.range.start).line : 0;
}
