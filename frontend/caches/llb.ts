/**
 * The two execs of portable caches, as LLB. Both run `/bin/sh` in the root image of a stage that
 * mounts a cache (so the image is one the build pulls anyway, for the platform it runs on), mount
 * every cache exactly as the steps do, and are never taken from the layer cache
 * (`ignore_cache`): cache contents are in no cache key, so a cached result would be stale.
 *
 * - export: mounts the target read-only (so it runs after the target's steps), copies each cache
 *   into its tree directory, drops what must not travel, and writes `<dir> <bytes>` lines to a
 *   second output for the manifest.
 * - seed: mounts the seed tree read-only and copies each directory into its cache when that cache
 *   is empty; the files take the owner of the cache's directory. Its result is discarded.
 */
import type { Diagnostic } from "../diagnostics/index.ts";
import { rootFrom } from "../compile/caches.ts";
import type { CompileHost } from "../compile/index.ts";
import type { StageGraph } from "../graph/model.ts";
import { image, mkfile, pinImageRef, scratch, type MountSpec, type State } from "../llb/index.ts";
import type { PortableCache } from "./plan.ts";
import { NOT_EXPORTED, formatManifest, type CacheManifest } from "./tree.ts";

/** Where the execs mount things. */
const CACHE_AT = "/hier-caches";
const TREE_AT = "/hier-tree";
const SIZES_AT = "/hier-sizes";
const TARGET_AT = "/hier-target";
/** The image's own PATH is not read (its config is not resolved here): the usual one. */
const PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/** `'…'` for /bin/sh. */
function q(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The caches' mounts at `/hier-caches/<n>`: same id, sharing and input as the steps'. */
function cacheSpecs(caches: readonly PortableCache[]): MountSpec[] {
  return caches.map((c, i) => ({ ...c.mount, dest: `${CACHE_AT}/${i}` }));
}

/**
 * The image the execs run in: the root image of the first stage (in build order) that mounts one
 * of the caches and starts from an image. None (every such stage starts from scratch or a named
 * context) → an error at the first cache's catalogue line.
 */
export async function shellImage(
  graph: StageGraph,
  caches: readonly PortableCache[],
  host: CompileHost,
  what: string,
): Promise<State | Diagnostic> {
  for (const c of caches) {
    for (const stage of c.stages) {
      const root = rootFrom(graph, stage);
      if (root.kind !== "image") continue;
      const resolved = await host.resolveImage(root.ref, c.platform);
      return image(pinImageRef(root.ref, resolved.digest), {
        platform: c.platform,
        ...(host.resolveMode ? { resolveMode: host.resolveMode } : {}),
      });
    }
  }
  const first = caches[0];
  return {
    code: "CacheNeedsShell",
    severity: "error",
    message: `cannot ${what} cache \`${first?.entry.name ?? ""}\`: no stage that mounts it starts from an image, and copying a cache needs /bin/sh and cp`,
    file: graph.file.name,
    range: first?.range ?? { start: 0, end: 0 },
    hint: "start one of the stages that mount it from an image with a shell (its root image runs the copy)",
  };
}

/**
 * find(1) tests matching what does not travel, at any depth: a bare name is a `-name` test; a
 * glob with a `/` (which `-name` never matches) is a `-path` test on its tail, where a `**`
 * segment stands for any directories (find's `*` crosses `/`).
 */
export function dropTests(globs: readonly string[]): string {
  return globs.map((g) => (g.includes("/") ? `-path ${q(`*/${g.replace(/(^|\/)\*\*\//g, "$1")}`)}` : `-name ${q(g)}`)).join(" -o ");
}

/** The export exec: the tree (output 0) and the sizes file (output 1). */
export function exportStates(caches: readonly PortableCache[], shell: State, target: State, nonce: string): { tree: State; sizes: State } {
  const lines = ["set -e", `cd ${TREE_AT}`, `: > ${SIZES_AT}/sizes`];
  caches.forEach((c, i) => {
    const dir = q(c.entry.dir);
    lines.push(`mkdir -p ${dir}`, `cp -a ${CACHE_AT}/${i}/. ${dir}/`);
    const drop = NOT_EXPORTED[c.entry.preset] ?? [];
    if (drop.length > 0) {
      lines.push(`find ${dir} -mindepth 1 \\( ${dropTests(drop)} \\) -prune -exec rm -rf {} +`);
    }
    // Apparent bytes: GNU du -sb, else (busybox) the sum of the files' lengths.
    lines.push(`b=$(du -sb ${dir} 2>/dev/null | cut -f1)`, `[ -n "$b" ] || b=$(find ${dir} -type f -exec cat {} + | wc -c)`);
    lines.push(`echo ${dir} $b >> ${SIZES_AT}/sizes`);
  });
  const exec = shell.run({
    args: ["/bin/sh", "-c", lines.join("\n")],
    env: { PATH, HIER_CACHES_RUN: nonce },
    user: "0",
    mounts: [
      ...cacheSpecs(caches),
      { type: "bind", dest: TARGET_AT, source: target, readonly: true },
      { type: "bind", dest: TREE_AT, source: scratch() },
      { type: "bind", dest: SIZES_AT, source: scratch() },
    ],
    customName: `[hier] export caches: ${caches.map((c) => c.entry.id).join(", ")}`,
  });
  return { tree: exec.mountState(TREE_AT), sizes: exec.mountState(SIZES_AT) };
}

/** `<dir> <bytes>` lines → bytes per directory. */
export function parseSizes(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split("\n")) {
    const m = /^(\S+) (\d+)\s*$/.exec(line);
    if (m) out.set(m[1] as string, Number(m[2]));
  }
  return out;
}

/** The exported tree with its manifest. */
export function withManifest(tree: State, manifest: CacheManifest): State {
  return tree.file(mkfile("/hier-caches.json", 0o644, formatManifest(manifest), { timestamp: 0 }), { customName: "[hier] write hier-caches.json" });
}

/** The seed exec: fills each empty cache from its directory of `seed` (when it has one). */
export function seedState(caches: readonly PortableCache[], shell: State, seed: State, nonce: string): State {
  const lines = ["set -e"];
  caches.forEach((c, i) => {
    const from = `${TREE_AT}/${q(c.entry.dir)}`;
    const to = `${CACHE_AT}/${i}`;
    lines.push(
      `if [ -d ${from} ] && [ -z "$(ls -A ${to})" ]; then cp -a ${from}/. ${to}/ && chown -R "$(stat -c %u:%g ${to})" ${to}; fi`,
    );
  });
  return shell
    .run({
      args: ["/bin/sh", "-c", lines.join("\n")],
      env: { PATH, HIER_CACHES_RUN: nonce },
    user: "0",
      mounts: [...cacheSpecs(caches), { type: "bind", dest: TREE_AT, source: seed, readonly: true }],
      customName: `[hier] seed caches: ${caches.map((c) => c.entry.id).join(", ")}`,
      })
    .root();
}
