/**
 * The cache catalogue, compiled. One BuildKit cache id per (preset, mount key, distro+version,
 * platform): every stage that names the cache mounts the same id, so a package downloaded while
 * building `builder` is already there when `release` installs it. Cache contents are never needed
 * for correctness, so a cold cache only costs time.
 */
import { mkdir, scratch, type CacheMount } from "../llb/index.ts";
import type { CacheDecl, From, Stage, StageGraph } from "../graph/model.ts";

/** One step's mounts of one catalogue cache, as compiled (frontend/caches uses them verbatim). */
export interface CacheUse {
  readonly cache: CacheDecl;
  readonly stage: Stage;
  readonly platform: { os: string; architecture: string; variant?: string };
  readonly mounts: readonly CacheMount[];
}

/** `debian:bookworm-slim` → `debian-bookworm`: distro and release, without image variants. */
export function distroKey(ref: string): string {
  const noDigest = ref.split("@")[0] ?? ref;
  const lastSlash = noDigest.lastIndexOf("/");
  const colon = noDigest.lastIndexOf(":");
  const hasTag = colon > lastSlash;
  const repo = hasTag ? noDigest.slice(0, colon) : noDigest;
  const tag = hasTag ? noDigest.slice(colon + 1) : "latest";
  const name = repo.slice(repo.lastIndexOf("/") + 1);
  // Variants of one release share packages: bookworm-slim and bookworm use the same apt pool.
  const release = tag.replace(/-(slim|minimal|minbase|curl|scm)$/, "");
  return `${name}-${release}`.replace(/[^A-Za-z0-9._-]/g, "_");
}

/** Per graph: each stage's root `from`, filled as stages are asked about (parents first). */
const roots = new WeakMap<StageGraph, { byName: Map<string, Stage>; root: Map<string, From> }>();

/**
 * The root `from` of a stage: follows stage parents up to an image, scratch or named context.
 * Memoized per graph, so asking for every stage of a 10,000-stage chain is linear.
 */
export function rootFrom(graph: StageGraph, stage: Stage): From {
  let memo = roots.get(graph);
  if (memo === undefined) {
    memo = { byName: new Map(graph.stages.map((s) => [s.name, s])), root: new Map() };
    roots.set(graph, memo);
  }
  const path: string[] = [];
  const seen = new Set<string>();
  let from = stage.from;
  while (from.kind === "stage" && !seen.has(from.stage)) {
    const known = memo.root.get(from.stage);
    if (known !== undefined) {
      from = known;
      break;
    }
    const name = from.stage;
    seen.add(name);
    path.push(name);
    const parent = memo.byName.get(name);
    if (!parent) break;
    from = parent.from;
  }
  for (const name of path) memo.root.set(name, from);
  return from;
}

/** The distro key of a stage, from its root image (`scratch`, or `context-NAME`). */
export function stageDistro(graph: StageGraph, stage: Stage): string {
  const root = rootFrom(graph, stage);
  switch (root.kind) {
    case "image":
      return distroKey(root.ref);
    case "context":
      return `context-${root.name}`;
    default:
      return "scratch";
  }
}

/** `linux/amd64` → `linux-amd64`. */
function platformKey(platform: { os: string; architecture: string; variant?: string }): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("-");
}

/** Numeric `uid[:gid]` of a user string, when it is numeric (names need /etc/passwd). */
export function numericUser(user: string | undefined): { uid: number; gid: number } | undefined {
  const m = /^(\d+)(?::(\d+))?$/.exec(user ?? "");
  if (!m) return undefined;
  const uid = Number(m[1]);
  return { uid, gid: m[2] !== undefined ? Number(m[2]) : uid };
}

/**
 * The cache mounts for one catalogue cache in one stage, ids namespaced as described above.
 * A cache used by a non-root user (the step's numeric user, or the cache's own uid/gid) starts
 * as a directory that user owns, as BuildKit does for `--mount=type=cache,uid=…`: otherwise the
 * first non-root writer could not create files in it.
 */
export function cacheMounts(
  cache: CacheDecl,
  distro: string,
  platform: { os: string; architecture: string; variant?: string },
  user?: string,
): CacheMount[] {
  const stepUser = numericUser(user);
  return cache.targets.map((t) => {
    const uid = t.uid ?? stepUser?.uid;
    const gid = t.gid ?? stepUser?.gid ?? uid;
    const owned = (uid !== undefined && uid !== 0) || (gid !== undefined && gid !== 0) || t.mode !== undefined;
    const seed = owned
      ? {
          source: scratch().file(
            // Fixed timestamp: the seed's content keys the steps that mount it (see steps.ts).
            mkdir("/cache", t.mode ?? 0o755, { makeParents: true, owner: { user: uid ?? 0, group: gid ?? 0 }, timestamp: 0 }),
            { customName: "[internal] setting cache mount permissions" },
          ),
          selector: "/cache",
        }
      : {};
    const who = owned ? `uid${uid ?? 0}` : "";
    return {
      type: "cache" as const,
      dest: t.path,
      id: ["hier", cache.preset === "custom" ? `custom-${cache.name}` : cache.preset, t.key, distro, platformKey(platform), who]
        .filter(Boolean)
        .join("/"),
      sharing: t.sharing,
      ...seed,
    };
  });
}
