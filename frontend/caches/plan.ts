/**
 * Which caches travel: the catalogue caches the target's steps mount, one per BuildKit cache —
 * an id, plus the mount's input when it has one (a cache a non-root user mounts is seeded with a
 * directory that user owns, which BuildKit keys apart: see DESIGN.md). Each keeps the mount
 * exactly as the steps wrote it (sharing, input), so export and seed touch that very cache.
 */
import type { Range } from "../diagnostics/index.ts";
import type { CacheUse } from "../compile/caches.ts";
import type { Stage } from "../graph/model.ts";
import { digestOf, marshal, platformId, type CacheMount, type Platform } from "../llb/index.ts";
import { dirForId, type CacheEntry } from "./tree.ts";

/** One BuildKit cache the target's steps mount. */
export interface PortableCache {
  /** Its manifest entry without `bytes` (known after the export ran). */
  readonly entry: Omit<CacheEntry, "bytes">;
  /** The mount as the first step that uses it wrote it. */
  readonly mount: CacheMount;
  /** The stages that mount it, in build order. */
  readonly stages: readonly Stage[];
  readonly platform: Platform;
  /** The cache's catalogue entry in the YAML (for messages). */
  readonly range: Range;
}

/** The input's identity: its definition's digest (two mounts with one id may differ in owner). */
function inputKey(m: CacheMount): string {
  if (m.source === undefined) return "";
  const def = marshal(m.source).definition.def ?? [];
  return def.map((op) => digestOf(op)).join(",") + `|${m.selector ?? ""}`;
}

/** The distinct caches of `uses`, in the order steps first mount them. */
export function portableCaches(uses: readonly CacheUse[]): PortableCache[] {
  const byKey = new Map<string, { cache: PortableCache; stages: Stage[] }>();
  const dirs = new Set<string>();
  for (const use of uses) {
    for (const mount of use.mounts) {
      const key = `${mount.id}\n${inputKey(mount)}`;
      const known = byKey.get(key);
      if (known) {
        if (!known.stages.includes(use.stage)) known.stages.push(use.stage);
        continue;
      }
      // The same id with another owner or mode is another BuildKit cache: `…%232`, `…%233`.
      let dir = dirForId(mount.id);
      for (let n = 2; dirs.has(dir); n++) dir = `${dirForId(mount.id)}%23${n}`;
      dirs.add(dir);
      const stages: Stage[] = [use.stage];
      const entry = { name: use.cache.name, id: mount.id, preset: use.cache.preset, path: mount.dest, sharing: mount.sharing ?? "shared", dir, stages: [] };
      byKey.set(key, { cache: { entry, mount, stages, platform: use.platform, range: use.cache.range }, stages });
    }
  }
  return [...byKey.values()].map(({ cache, stages }) => ({ ...cache, entry: { ...cache.entry, stages: stages.map((s) => s.name) } }));
}

/** `linux/amd64` of the caches (the first one's platform; a family is exported per platform). */
export function cachesPlatform(caches: readonly PortableCache[], fallback: Platform): string {
  return platformId(caches[0]?.platform ?? fallback);
}
