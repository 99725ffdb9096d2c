/**
 * Which BuildKit cache mounts a target's build uses, read from the target compiled offline (the
 * same compiler the frontend runs, so the ids are exactly the ones BuildKit sees): one entry per
 * cache id, with the catalogue cache it comes from, its mount path and sharing mode, and the
 * stages whose steps mount it. `hier cache ls` prints these; `hier cache export` warns when
 * there are none. Images are not resolved offline, so a base image's own `USER` is not known:
 * a stage that inherits a non-root user only from its base image gets the root cache id here.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseDockerignore } from "../compile/dockerignore.ts";
import { compileTarget, type DefinitionObject } from "../compile/index.ts";
import type { Diagnostic } from "../diagnostics/index.ts";
import type { StageGraph } from "../graph/model.ts";
import { digestOf, local, type Platform } from "../llb/index.ts";
import { decodeMessage } from "../proto.ts";
import { dirForId, type CacheEntry } from "../caches/tree.ts";
import { ENGINE_CAPS } from "./offline-host.ts";

/** One BuildKit cache the target's build mounts: its manifest entry, less the size. */
export type CacheUse = Omit<CacheEntry, "bytes">;

const SHARING = ["shared", "private", "locked"] as const;

/** The stage named in a step's progress name: `[build 2/3] …` or `[linux/arm64 build 2/3] …`. */
function stageOfName(name: string | undefined): string | undefined {
  return /^\[(?:\S+ )?([a-z0-9_-]+) \d+\/\d+\]/.exec(name ?? "")?.[1];
}

interface PbMount {
  dest?: string;
  mountType?: number;
  cacheOpt?: { ID?: string; sharing?: number };
}

/** Cache mounts of every exec op of a definition, each with the stage its progress name names. */
export function cacheMountsOf(def: DefinitionObject): { id: string; path: string; sharing: string; stage: string | undefined }[] {
  const out: { id: string; path: string; sharing: string; stage: string | undefined }[] = [];
  for (const bytes of def.def ?? []) {
    const op = decodeMessage<{ exec?: { mounts?: PbMount[] } }>("pb.Op", bytes);
    const mounts = (op.exec?.mounts ?? []).filter((m) => m.mountType === 3 && m.cacheOpt?.ID);
    if (mounts.length === 0) continue;
    const digest = digestOf(bytes);
    const stage = stageOfName(def.metadata?.[digest]?.description?.["llb.customname"]);
    for (const m of mounts) out.push({ id: m.cacheOpt?.ID ?? "", path: m.dest ?? "", sharing: SHARING[m.cacheOpt?.sharing ?? 0] ?? "shared", stage });
  }
  return out;
}

/** The preset part of a hier cache id (`hier/PRESET/KEY/…`; `custom-NAME` for custom caches). */
function presetOf(id: string): string {
  return id.split("/")[1] ?? "";
}

/**
 * The catalogue cache an id comes from: the first declared with its preset (or its custom name)
 * and that path; a package manager's implicit cache (none declared) is named like the manager.
 */
function catalogueName(graph: StageGraph, id: string, path: string): string {
  const part = presetOf(id);
  for (const decl of graph.caches.values()) {
    const key = decl.preset === "custom" ? `custom-${decl.name}` : decl.preset;
    if (key === part && decl.targets.some((t) => t.path === path)) return decl.name;
  }
  return part;
}

/** Options for compiling a target offline to list its caches. */
export interface CacheUsesOptions {
  readonly platform: Platform;
  readonly buildArgs: Readonly<Record<string, string>>;
  /** The build context directory (its `.dockerignore`). */
  readonly contextDir: string;
}

/**
 * The cache ids `target`'s build mounts, sorted by id, or the compile's errors. Named contexts
 * the file uses are stood in for by an empty local context (their contents do not change ids).
 */
export async function cacheUses(graph: StageGraph, target: string, o: CacheUsesOptions): Promise<{ uses: CacheUse[]; diagnostics: readonly Diagnostic[] }> {
  const compiled = await compileTarget(graph, target, {
    options: { labels: {}, buildArgs: o.buildArgs, sessionId: "", localSessionIds: {} },
    llbCaps: new Set(ENGINE_CAPS),
    defaultPlatform: o.platform,
    async resolveImage(ref: string) {
      return { ref };
    },
    async dockerignore() {
      return readFile(resolve(o.contextDir, ".dockerignore"), "utf8").then(parseDockerignore, () => []);
    },
    // Any name answers (an image ref too): contents and base configs never change a cache id.
    async namedContext(name: string) {
      return { state: local(`context:${name}`), description: name };
    },
  });
  const byId = new Map<string, { path: string; sharing: string; stages: Set<string> }>();
  for (const m of cacheMountsOf(compiled.definition)) {
    const entry = byId.get(m.id) ?? { path: m.path, sharing: m.sharing, stages: new Set<string>() };
    if (m.stage !== undefined) entry.stages.add(m.stage);
    byId.set(m.id, entry);
  }
  const order = new Map(graph.stages.map((s, i) => [s.name, i]));
  const uses = [...byId.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, e]): CacheUse => {
      const part = presetOf(id);
      return {
        name: catalogueName(graph, id, e.path),
        id,
        preset: part.startsWith("custom-") ? "custom" : part,
        path: e.path,
        sharing: e.sharing,
        dir: dirForId(id),
        stages: [...e.stages].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
      };
    });
  return { uses, diagnostics: compiled.diagnostics };
}
