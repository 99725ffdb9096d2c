/**
 * One frontend run, in order: ping for caps (Inputs, the build file read and the context's
 * .dockerignore already in flight) → the build file → parse and check → compile the target (every base image's
 * config fetched at once) → solve it (tests eagerly) → the Return request. Everything that talks to BuildKit lives
 * in this folder; the phases it calls know nothing of gRPC.
 */
import { SourceFile, hasErrors, type Diagnostic } from "../diagnostics/index.ts";
import { parseConfig } from "../config/index.ts";
import { checkGraph, type StageGraph } from "../graph/index.ts";
import { compileTarget, imagesToResolve, readSourceDateEpoch, stagesToCompile, type CompileHost } from "../compile/index.ts";
import { parsePlatform, platformId, type Platform } from "../llb/index.ts";
import { EngineFailure, statusFromFailure } from "./attribute.ts";
import type { Bridge } from "./client.ts";
import { UserError, statusFromDiagnostics, unsupportedSubrequest } from "./errors.ts";
import { makeHost } from "./host.ts";
import { startReads, type ReadPlan, type Reads } from "./reads.ts";
import { remoteKind } from "./remote.ts";
import { prepareLock } from "../lock/run.ts";
import { lockSubrequest } from "../lock/subrequest.ts";
import type * as M from "./messages.ts";
import * as sub from "./subrequests.ts";
import { cacheMode, exportCaches, seedCaches } from "./caches.ts";
import type { FrontendOptions } from "./options.ts";
import { Timings, reportTimings, timingsRequested } from "./timings.ts";
import { warnAt } from "./warn.ts";

/** Engine capabilities from Ping: the enabled cap ids. */
export interface Caps {
  readonly frontend: ReadonlySet<string>;
  readonly llb: ReadonlySet<string>;
}

function enabled(caps: M.APICap[] | undefined): Set<string> {
  return new Set((caps ?? []).filter((c) => c.Enabled).map((c) => c.ID));
}

/**
 * Runs the frontend and returns what to hand to `Return` (a result, or an error status).
 * `timings` collects the phases; with `HIER_DEBUG=timings` they are shown before returning.
 */
export async function runFrontend(bridge: Bridge, opts: FrontendOptions, timings: Timings = new Timings()): Promise<M.ReturnRequest> {
  // Inputs does not wait for Ping: it is used only if the caps say the engine has it.
  const inputs = bridge.inputs();
  inputs.catch(() => undefined);
  const pinged = timings.time("ping", bridge.ping());
  const capsSoon = pinged.then((p): Caps => ({ frontend: enabled(p.FrontendAPICaps), llb: enabled(p.LLBCaps) }));
  capsSoon.catch(() => undefined);
  // The build file and .dockerignore do not wait for Ping either (reads.ts says where they need its caps).
  const plan = readPlan(opts);
  const reads = startReads(bridge, opts, capsSoon, inputs, plan);
  const pong = await pinged;
  const caps = await capsSoon;
  const returned = await build(bridge, opts, timings, caps, pong, reads);
  if (timingsRequested(opts.buildArgs)) {
    // At the build file's step when it was read (a build or a subrequest that reads it).
    const vertex = plan.buildFile ? await reads.buildFile().then((f) => f.vertex, () => undefined) : undefined;
    await reportTimings(bridge, caps, timings, vertex);
  }
  return returned;
}

async function build(
  bridge: Bridge,
  opts: FrontendOptions,
  timings: Timings,
  caps: Caps,
  pong: M.PongResponse,
  reads: Reads,
): Promise<M.ReturnRequest> {
  const request = opts.requestId;
  if (request === "frontend.subrequests.describe") return sub.describe();
  if (request && !sub.SUBREQUESTS.some((s) => s.name === request)) return { error: unsupportedSubrequest(request, sub.SUBREQUESTS.map((s) => s.name)) };
  if (opts.remoteContext !== undefined && remoteKind(opts.remoteContext) === "other") {
    throw new UserError(`hier: cannot use the build context ${opts.remoteContext}: pass a directory, a git repository, an archive, or an http(s) URL of one (or of the build file)`);
  }
  const { lookups } = reads;
  const buildFile = await timings.time("read", reads.buildFile());
  const file = new SourceFile(buildFile.name, buildFile.text);
  const parsed = parseConfig(file.text, file.name);
  timings.mark("parsed");
  const { graph, diagnostics } = checkGraph(parsed, {
    buildArgs: opts.buildArgs,
    ...(opts.target ? { target: opts.target } : {}),
  });
  timings.mark("checked");
  if (request === "frontend.lint") return sub.lint(file, diagnostics);
  if (!graph || hasErrors(diagnostics)) return { error: statusFromDiagnostics(file, diagnostics) };
  if (request === "frontend.targets") return sub.targets(graph);
  if (request === "frontend.outline") return sub.outline(graph, opts.target ?? graph.defaultTarget);
  const target = opts.target ?? graph.defaultTarget;
  const platforms = targetPlatforms(opts, graph, target, pong);
  const replaced = (ref: string): boolean => Object.hasOwn(opts.contexts, ref);
  if (request === "frontend.lock") {
    // Resolved from the registry first, then as builds resolve (the local store).
    const host = (o: FrontendOptions) => makeHost(bridge, o, caps, platforms[0] ?? defaultPlatform(pong), lookups);
    return lockSubrequest(graph, { pull: host({ ...opts, imageResolveMode: "pull" }), local: host(opts) }, platforms[0] ?? defaultPlatform(pong), replaced);
  }
  const epoch = readSourceDateEpoch(opts.buildArgs["SOURCE_DATE_EPOCH"]);
  if (epoch.problem) throw new UserError(`hier: ${epoch.problem}`);
  await sendWarnings(bridge, caps, buildFile.vertex, file, diagnostics);
  const lock = prepareLock(graph, buildFile.lock, opts.buildArgs, replaced);
  if (lock.problem) throw new UserError(`hier: ${lock.problem}`);
  for (const w of lock.warnings) await sendWarnings(bridge, caps, buildFile.vertex, w.file, w.diagnostics);
  if (lock.errors) return { error: statusFromDiagnostics(lock.errors.file, lock.errors.diagnostics) };
  const multi = platforms.length > 1 || opts.raw.get("multi-platform") === "true";
  const caches = cacheMode(opts, platforms.length);
  const built: { id: string; platform: Platform; ref: string; metadata: Readonly<Record<string, string>> }[] = [];
  for (const platform of platforms) {
    const host = lock.wrap(makeHost(bridge, opts, caps, platform, lookups));
    prefetch(host, graph, target, platform, timings);
    const compiled = await compileTarget(graph, target, host).catch((err: unknown) => {
      // An image or named context the engine could not give: at the YAML key that asked for it.
      if (err instanceof EngineFailure) return statusFromFailure(file, stagesToCompile(graph, target, opts.contexts), err);
      throw err;
    });
    timings.mark(platforms.length > 1 ? `compiled ${platformId(platform)}` : "compiled");
    if (!("definition" in compiled)) return { error: compiled };
    if (hasErrors(compiled.diagnostics)) return { error: statusFromDiagnostics(file, compiled.diagnostics) };
    await sendWarnings(bridge, caps, buildFile.vertex, file, compiled.diagnostics);
    const cacheBuild = { bridge, caps, file, graph, target, platform, host, compiled, ...(buildFile.vertex ? { vertex: buildFile.vertex } : {}) };
    const seedError = caches.seed ? await seedCaches(cacheBuild) : undefined;
    if (seedError) return { error: seedError };
    // Tests are exec ops on top of the stage whose output nobody uses: solve them eagerly so a
    // failing test fails the build (Solve is otherwise lazy and would skip them).
    const [res] = await Promise.all([
      timings.time("solve", bridge.solve({ Definition: compiled.definition, CacheImports: [...opts.cacheImports] })),
      ...(compiled.tests ? [timings.time("solve tests", bridge.solve({ Definition: compiled.tests, Evaluate: true, CacheImports: [...opts.cacheImports] }))] : []),
    ]);
    const ref = res.result?.ref;
    if (!ref) throw new UserError(`hier: BuildKit returned no result for target ${target}`);
    if (caches.export) return exportCaches(cacheBuild);
    built.push({ id: platformId(platform), platform, ref: ref.id ?? "", metadata: compiled.metadata });
  }
  const utf8 = (v: string): Buffer => Buffer.from(v, "utf8");
  const only = built[0];
  if (!multi && only) {
    return { result: { ref: { id: only.ref }, metadata: Object.fromEntries(Object.entries(only.metadata).map(([k, v]) => [k, utf8(v)])) } };
  }
  // Several platforms: a ref per platform id, configs keyed `<key>/<id>`, and the
  // `refs.platforms` map the exporter needs to write an image index (capitalised keys).
  const metadata: Record<string, Uint8Array> = {};
  for (const b of built) for (const [k, v] of Object.entries(b.metadata)) metadata[`${k}/${b.id}`] = utf8(v);
  const mapping = built.map((b) => ({
    ID: b.id,
    Platform: { architecture: b.platform.architecture, os: b.platform.os, ...(b.platform.variant ? { variant: b.platform.variant } : {}) },
  }));
  metadata["refs.platforms"] = utf8(JSON.stringify({ Platforms: mapping }));
  return { result: { refs: { refs: Object.fromEntries(built.map((b) => [b.id, { id: b.ref }])) }, metadata } };
}

/**
 * What `build` will read for this request, known from the options alone: the build file unless
 * it is refused first (describe, an unknown subrequest, a context hier cannot use); a build (not a
 * subrequest) reads .dockerignore anyway, alongside the build file (none for a remote context:
 * reads.ts).
 */
function readPlan(opts: FrontendOptions): ReadPlan {
  const request = opts.requestId;
  const answered = !request || (request !== "frontend.subrequests.describe" && sub.SUBREQUESTS.some((s) => s.name === request));
  const buildFile = answered && (opts.remoteContext === undefined || remoteKind(opts.remoteContext) !== "other");
  return { buildFile, dockerignore: buildFile && !request };
}

/**
 * Starts the engine lookups the compiler will need (.dockerignore, every base image's config)
 * all at once, instead of one after another as the compiler reaches them. The host memoizes
 * them; a failure is reported where the compiler awaits it.
 */
function prefetch(host: CompileHost, graph: StageGraph, target: string, platform: Platform, timings: Timings): void {
  const quiet = (p: Promise<unknown>): void => void p.catch(() => undefined);
  quiet(host.dockerignore());
  const contexts = host.options.contexts ?? {};
  // Each image for the platform its stage is built for (a pinned build stage's may differ).
  const images = imagesToResolve(graph, stagesToCompile(graph, target, contexts), target, platform, contexts).map((i) => host.resolveImage(i.ref, i.platform));
  if (images.length > 0) void timings.time("images", Promise.allSettled(images));
}

/** Platforms to build: the `platform` option, else the target stage's, else the engine's default. */
function targetPlatforms(opts: FrontendOptions, graph: StageGraph, target: string, pong: M.PongResponse): Platform[] {
  const declared = opts.platforms.length > 0 ? opts.platforms : (graph.stages.find((s) => s.name === target)?.platforms ?? graph.platforms);
  if (declared.length > 0) return [...new Map(declared.map((t) => [platformId(parsePlatform(t)), parsePlatform(t)])).values()];
  return [defaultPlatform(pong)];
}

/** The engine's default platform: the first worker's first platform, else linux/amd64. */
function defaultPlatform(pong: M.PongResponse): Platform {
  const p = pong.Workers?.[0]?.platforms?.[0];
  if (p) return { os: p.OS, architecture: p.Architecture, ...(p.Variant ? { variant: p.Variant } : {}) };
  return { os: "linux", architecture: "amd64" };
}

/** The warnings among `diagnostics`, at the build file's step (`vertex`), each with its YAML lines. */
async function sendWarnings(bridge: Bridge, caps: Caps, vertex: string | undefined, file: SourceFile, diagnostics: readonly Diagnostic[]): Promise<void> {
  const sends = diagnostics.filter((x) => x.severity === "warning").map((d) => {
    const lines = file.lines(d.range);
    return warnAt(bridge, caps, vertex, `${d.code}: ${d.message} (${d.file}:${lines.start})`, {
      ...(d.hint ? { detail: [Buffer.from(d.hint, "utf8")] } : {}),
      info: { filename: file.name, data: Buffer.from(file.text, "utf8"), language: "YAML" },
      ranges: [{ start: { line: lines.start }, end: { line: lines.end } }],
    });
  });
  await Promise.all(sends);
}
