/**
 * Pass 3, in topological order: everything that depends on the parent stage. Inherited image
 * config, the package manager (explicit, else implied by the `from` image, else the parent's),
 * platforms, the cache mounts of each step, and paths resolved against the effective workdir.
 */
import type { Range } from "../diagnostics/index.ts";
import type { Draft } from "./draft.ts";
import { inheritConfig } from "./inherit.ts";
import type { CacheDecl, PackageManager, RunMount, Stage, Step } from "./model.ts";
import type { Reporter } from "./report.ts";
import { isUnder, resolvePath } from "./values.ts";

export function finishStages(
  rep: Reporter, drafts: ReadonlyMap<string, Draft>, order: readonly string[], caches: ReadonlyMap<string, CacheDecl>, platforms: readonly string[],
): Stage[] {
  const done = new Map<string, Stage>();
  // null: unknown because `from` (here or up the chain) did not resolve, already reported.
  const managers = new Map<string, PackageManager | undefined | null>();
  for (const name of order) {
    const d = drafts.get(name);
    if (!d) continue;
    const parentName = d.from?.kind === "stage" ? d.from.stage : undefined;
    const parent = parentName === undefined ? undefined : done.get(parentName);
    const own = d.own.workdir === undefined ? d.own : { ...d.own, workdir: resolvePath(parent?.config.workdir ?? "/", d.own.workdir) };
    const config = inheritConfig(parent?.config, own);
    const workdir = config.workdir ?? "/";

    const explicit = d.steps.find((s) => s.kind === "packages" && s.manager !== undefined);
    const inherited = d.from === undefined ? null : parentName ? managers.get(parentName) : undefined;
    const manager = (explicit?.kind === "packages" ? explicit.manager : undefined) ?? d.imageManager ?? inherited;
    managers.set(name, manager);

    const used = new Map<string, Range>(d.caches.map((c) => [c.name, c.range]));
    const stageMounts: RunMount[] = d.caches.map((c) => ({ kind: "cache", cache: c.name, range: c.range }));
    const steps: Step[] = [];
    for (const s of d.steps) {
      if (s.kind === "packages") {
        const m = s.manager ?? manager;
        if (m === null) continue;
        if (m === undefined) {
          rep.error("MissingPackageManager", `cannot tell which package manager stage \`${name}\` uses`, s.range,
            "write `packages: { manager: apt, names: [...] }` (apt, apk or dnf)");
          continue;
        }
        const cache = d.caches.find((c) => caches.get(c.name)?.preset === m)?.name ?? [...caches.values()].find((c) => c.preset === m)?.name;
        if (cache !== undefined && !used.has(cache)) used.set(cache, s.range);
        steps.push({ kind: "packages", manager: m, names: s.names.map((n) => n.value), ...(cache === undefined ? {} : { cache }), range: s.range });
      } else if (s.kind === "run") {
        for (const m of s.mounts) if (m.kind === "cache" && !used.has(m.cache)) used.set(m.cache, m.range);
        const extra = stageMounts.filter((sm) => sm.kind === "cache" && !s.mounts.some((m) => m.kind === "cache" && m.cache === sm.cache));
        steps.push(extra.length ? { ...s, mounts: [...s.mounts, ...extra] } : s);
      } else steps.push(s);
    }

    const cacheTargets = [...used.keys()].flatMap((c) => (caches.get(c)?.targets ?? []).map((t) => ({ cache: c, path: t.path })));
    const underCache = (path: string) => cacheTargets.find((t) => isUnder(path, t.path));
    for (const s of steps) {
      if (s.kind !== "copy") continue;
      const hit = underCache(resolvePath(workdir, s.dst));
      if (hit) {
        rep.error("ArtifactUnderCache", `copy destination \`${s.dst}\` is under the mount of cache \`${hit.cache}\` (${hit.path})`, s.range,
          "cache mounts hide what is below them during runs and are not part of the image; copy somewhere else", related(used, hit.cache));
      }
    }
    const artifacts = d.artifacts.map((a) => {
      const path = resolvePath(workdir, a.path);
      const hit = underCache(path);
      if (hit) {
        rep.error("ArtifactUnderCache", `artifact \`${a.name}\` (${path}) is under the mount of cache \`${hit.cache}\` (${hit.path})`, a.range,
          "files written under a cache mount are not in the stage's result; write the artifact elsewhere", related(used, hit.cache));
      }
      return { name: a.name, path, range: a.range };
    });

    const stagePlatforms = d.platforms.length ? d.platforms : (parent?.platforms ?? platforms);
    for (const s of steps) {
      // A download per platform must have a URL for every platform the stage is built for.
      if (s.kind !== "copy" || s.from.kind !== "urls") continue;
      const has = new Set(s.from.byPlatform.map((b) => b.platform));
      const lacking = stagePlatforms.filter((p) => !has.has(p));
      if (lacking.length > 0) {
        rep.error("PlatformMismatch", `stage \`${name}\` is built for ${lacking.join(", ")}, which this download has no URL for`, s.range,
          `add ${lacking.join(", ")} to \`src\` (and \`checksum\`), or build the stage for fewer platforms`);
      }
    }
    const n = d.node;
    done.set(name, {
      name, role: d.role, ...(n.description ? { description: n.description.value } : {}),
      from: d.from ?? { kind: "scratch", range: n.name.range },
      steps, config, ownConfig: own, artifacts, tests: d.tests, ...(d.wrapper ? { wrapper: d.wrapper } : {}),
      platforms: stagePlatforms,
      nameRange: n.name.range, range: n.range,
    });
  }
  return order.map((n) => done.get(n)).filter((s): s is Stage => s !== undefined);
}

function related(used: ReadonlyMap<string, Range>, cache: string) {
  const r = used.get(cache);
  return r ? [{ message: `cache \`${cache}\` is mounted here`, range: r }] : [];
}
