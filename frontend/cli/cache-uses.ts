/**
 * Which caches a target's build mounts, from the target compiled offline by the frontend's own
 * compiler and grouped the way `HIER_CACHES=export` groups them (frontend/caches/plan.ts): each
 * is the manifest entry an export writes for it, less the size. `hier cache ls` prints these,
 * `hier cache export` warns when there are none, and `hier bake` picks its export target by them.
 * Images are not resolved offline, so a base image's own `USER` is not known: a stage that
 * inherits a non-root user only from its base image gets the root cache id here.
 */
import { portableCaches } from "../caches/plan.ts";
import type { CacheEntry } from "../caches/tree.ts";
import { compileTarget } from "../compile/index.ts";
import type { Diagnostic } from "../diagnostics/index.ts";
import type { StageGraph } from "../graph/model.ts";
import { local, type Platform } from "../llb/index.ts";
import { ENGINE_CAPS } from "./offline-host.ts";

/** One BuildKit cache the target's build mounts: its manifest entry, less the size. */
export type CacheUse = Omit<CacheEntry, "bytes">;

/** Options for compiling a target offline to list its caches. */
export interface CacheUsesOptions {
  readonly platform: Platform;
  readonly buildArgs: Readonly<Record<string, string>>;
}

/**
 * The caches `target`'s build mounts, sorted by id, or the compile's errors. Named contexts the
 * file uses stand for an empty local context: contents never change a cache id.
 */
export async function cacheUses(graph: StageGraph, target: string, o: CacheUsesOptions): Promise<{ uses: CacheUse[]; diagnostics: readonly Diagnostic[] }> {
  const compiled = await compileTarget(graph, target, {
    options: { labels: {}, buildArgs: o.buildArgs, sessionId: "", localSessionIds: {} },
    llbCaps: new Set(ENGINE_CAPS),
    defaultPlatform: o.platform,
    async resolveImage(ref: string) {
      return { ref };
    },
    // Excluded files change no cache id either.
    async dockerignore() {
      return [];
    },
    // Any name answers, an image ref too: ids come from the graph, never from contents.
    async namedContext(name: string) {
      return { state: local(`context:${name}`), description: name };
    },
  });
  const uses = portableCaches(compiled.caches)
    .map((c) => c.entry)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.dir < b.dir ? -1 : a.dir > b.dir ? 1 : 0));
  return { uses, diagnostics: compiled.diagnostics };
}
