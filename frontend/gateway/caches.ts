/**
 * Portable caches on the wire (docs/caches.md). `HIER_CACHES=export` returns, after the target is
 * built, the cache tree instead of the image; `--build-context hier-caches=SOURCE` fills the
 * target's empty caches from a tree before its steps run. The seed is its own Solve, evaluated
 * and discarded before the target is solved, so the target's definition — every cache key of the
 * build's own steps — is the same with or without it.
 */
import { randomUUID } from "node:crypto";
import type { SourceFile } from "../diagnostics/index.ts";
import type { CompileHost, Compiled } from "../compile/index.ts";
import type { StageGraph } from "../graph/model.ts";
import { definitionState, marshal, platformId, scratch, type Platform, type State } from "../llb/index.ts";
import { exportStates, parseSizes, seedState, shellImage, withManifest } from "../caches/llb.ts";
import { portableCaches } from "../caches/plan.ts";
import { EXPORT_ARG, FORMAT, MANIFEST, SEED_CONTEXT, formatBytes, parseManifest, type CacheEntry } from "../caches/tree.ts";
import type { Bridge } from "./client.ts";
import type { Caps } from "./frontend.ts";
import { UserError, statusFromDiagnostics } from "./errors.ts";
import type * as M from "./messages.ts";
import type { FrontendOptions } from "./options.ts";
import { warnAt } from "./warn.ts";

/** What one build does with portable caches. */
export interface CacheMode {
  readonly export: boolean;
  readonly seed: boolean;
}

/** Reads `HIER_CACHES` and the `hier-caches` context; a wrong value is a user error. */
export function cacheMode(opts: FrontendOptions, platforms: number): CacheMode {
  const arg = opts.buildArgs[EXPORT_ARG];
  if (arg !== undefined && arg !== "" && arg !== "export") {
    throw new UserError(`hier: build arg ${EXPORT_ARG}=${arg} is not understood: the only value is \`export\` (see docs/caches.md)`);
  }
  const mode = { export: arg === "export", seed: Object.hasOwn(opts.contexts, SEED_CONTEXT) };
  if (mode.export && platforms > 1) {
    throw new UserError(`hier: ${EXPORT_ARG}=export exports the caches of one platform: build with --platform set to one of them`);
  }
  return mode;
}

/** Everything the two steps need from one platform's build. */
export interface CacheBuild {
  readonly bridge: Bridge;
  readonly caps: Caps;
  readonly file: SourceFile;
  readonly graph: StageGraph;
  readonly target: string;
  readonly platform: Platform;
  readonly host: CompileHost;
  readonly compiled: Compiled;
  /** The vertex the notes are printed at: the build file's (BuildFile.vertex). */
  readonly vertex?: string;
}

async function note(b: CacheBuild, text: string, vertex = b.vertex): Promise<void> {
  await warnAt(b.bridge, b.caps, vertex, text);
}

async function solveRef(b: CacheBuild, state: State, evaluate: boolean): Promise<string> {
  return (await solveVertex(b, state, evaluate)).ref;
}

/** `solveRef`, and the digest of the state's op (the vertex the progress shows for it). */
async function solveVertex(b: CacheBuild, state: State, evaluate: boolean): Promise<{ ref: string; vertex?: string }> {
  const { definition, vertex } = marshal(state, { llbCaps: b.host.llbCaps });
  const res = await b.bridge.solve({ Definition: definition, Evaluate: evaluate });
  const ref = res.result?.ref?.id;
  if (ref === undefined) throw new UserError(`hier: BuildKit returned no result for the caches of target ${b.target}`);
  return { ref, ...(vertex ? { vertex } : {}) };
}

/** Seeds the target's caches from the `hier-caches` context; an error status when it cannot. */
export async function seedCaches(b: CacheBuild): Promise<M.RpcStatus | undefined> {
  const caches = portableCaches(b.compiled.caches);
  const named = await b.host.namedContext(SEED_CONTEXT, b.platform);
  if (!named) return undefined;
  const which = `the build context ${SEED_CONTEXT} (${named.description})`;
  if (caches.length === 0) {
    await note(b, `hier: target ${b.target} mounts no catalogue cache: ${which} is not used`);
    return undefined;
  }
  const treeRef = await solveRef(b, named.state, true);
  const text = await b.bridge.readFile(treeRef, MANIFEST).catch(() => undefined);
  if (text === undefined) throw new UserError(`hier: ${which} is not a cache tree: it has no ${MANIFEST} at its root (make one with --build-arg ${EXPORT_ARG}=export)`);
  const manifest = parseManifest(text.toString("utf8"));
  if (typeof manifest === "string") throw new UserError(`hier: ${which} is not a cache tree: ${manifest}`);
  const have = new Set(manifest.caches.map((c) => `${c.id}\n${c.dir}`));
  const present = caches.filter((c) => have.has(`${c.entry.id}\n${c.entry.dir}`));
  for (const c of caches.filter((x) => !present.includes(x))) {
    await note(b, `hier: cache ${c.entry.name} (${c.entry.id}) is not in ${which}: it starts empty`);
  }
  if (present.length === 0) return undefined;
  const shell = await shellImage(b.graph, present, b.host, "seed");
  if ("code" in shell) return statusFromDiagnostics(b.file, [shell]);
  await solveRef(b, seedState(present, shell, named.state, randomUUID()), true);
  return undefined;
}

/** The Return of an export: the cache tree (with its manifest) instead of the image. */
export async function exportCaches(b: CacheBuild): Promise<M.ReturnRequest> {
  const caches = portableCaches(b.compiled.caches);
  const base = { format: FORMAT, target: b.target, platform: platformId(b.platform) } as const;
  if (caches.length === 0) {
    // Documented: exit 0 with a tree holding only an empty manifest, and a note.
    await note(b, `hier: target ${b.target} mounts no catalogue cache: the exported tree is empty`);
    return { result: { ref: { id: await solveRef(b, withManifest(scratch(), { ...base, caches: [] }), false) } } };
  }
  const shell = await shellImage(b.graph, caches, b.host, "export");
  if ("code" in shell) return { error: statusFromDiagnostics(b.file, [shell]) };
  const { tree, sizes } = exportStates(caches, shell, definitionState(b.compiled.definition), randomUUID());
  // The sizes are the export step's second output: its vertex is the step's.
  const { ref: sizesRef, vertex: exported } = await solveVertex(b, sizes, true);
  const bytes = parseSizes((await b.bridge.readFile(sizesRef, "sizes")).toString("utf8"));
  const entries: CacheEntry[] = caches.map((c) => ({ ...c.entry, bytes: bytes.get(c.entry.dir) ?? 0 }));
  const ref = await solveRef(b, withManifest(tree, { ...base, caches: entries }), false);
  const total = entries.reduce((n, e) => n + e.bytes, 0);
  await note(b, `hier: exported ${entries.length} caches, ${formatBytes(total)}: ${entries.map((e) => `${e.id} ${formatBytes(e.bytes)}`).join(", ")}`, exported);
  return { result: { ref: { id: ref } } };
}
