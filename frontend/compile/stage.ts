/**
 * Compiles stages in topological order. For each stage: its `from` becomes a state and an image
 * config; the stage's own config is layered on (env and workdir apply to its steps, like ENV and
 * WORKDIR at the top of a Dockerfile stage); each step becomes one op and one history entry; each
 * test becomes an exec on the finished stage whose result nobody uses.
 */
import type { Diagnostic, Range } from "../diagnostics/index.ts";
import { stagesFor } from "../graph/index.ts";
import type { Stage, StageGraph } from "../graph/model.ts";
import { image, mkdir, pinImageRef, platformId, scratch, type Platform, type SourceLocation, type State } from "../llb/index.ts";
import type { CompileHost } from "./index.ts";
import { applyStageConfig, baseImageConfig, emptyImageConfig, envMap, stageLabels, type ImageConfig } from "./image-config.ts";
import { StepNamer, shellArgs, shortCommand } from "./names.ts";
import { compileStep, execDefaults, stepCount, type StepContext } from "./steps.ts";
import { ContextSource } from "./context.ts";
import { JobResults, planPlatforms, resultKey } from "./platforms.ts";
import { WRAPPER_DIR, WRAPPER_PATH, WRAPPER_SCRIPT, hooksFile, testsScript } from "./wrapper.ts";

/** Frontend options the compiler reads (the gateway's options satisfy this shape). */
export interface CompileOptions {
  readonly labels: Readonly<Record<string, string>>;
  readonly buildArgs: Readonly<Record<string, string>>;
  /** undefined = use the cache; empty = no cache for any stage; else stage names (lower-case). */
  readonly noCache?: ReadonlySet<string>;
  readonly sessionId: string;
  readonly localSessionIds: Readonly<Record<string, string>>;
  /** Process settings every exec gets (add-hosts, force-network-mode, shm-size, ulimit). */
  readonly exec?: {
    readonly extraHosts?: readonly { readonly host: string; readonly ip: string }[];
    readonly network?: "sandbox" | "host" | "none";
    readonly shmSize?: number;
    readonly ulimits?: readonly { readonly name: string; readonly soft: number; readonly hard: number }[];
  };
  readonly vcs?: { readonly source?: string; readonly revision?: string };
  /**
   * Named contexts passed to the build. One named like a stage replaces that stage (bake's
   * `contexts = { base = "target:base" }` hands over the parent image it just built).
   */
  readonly contexts?: Readonly<Record<string, string>>;
}

/** A compiled stage. */
export interface StageResult {
  readonly stage: Stage;
  readonly state: State;
  readonly config: ImageConfig;
  /** The config of the image the stage's hierarchy starts from, for the exporter. */
  readonly baseConfig?: ImageConfig;
  readonly baseName?: string;
  readonly baseDigest?: string;
  readonly platform: Platform;
}

export interface CompileOutput {
  /** The target's result (for the requested platform). */
  readonly results: Map<string, StageResult>;
  readonly tests: State[];
  readonly diagnostics: Diagnostic[];
  readonly epoch?: number;
}

/** The epoch from `SOURCE_DATE_EPOCH`, when it is a whole number of seconds. */
function sourceDateEpoch(buildArgs: Readonly<Record<string, string>>): number | undefined {
  const raw = buildArgs["SOURCE_DATE_EPOCH"];
  return raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

/**
 * The stages building `target` compiles: the target and its dependencies, minus what named
 * contexts called like a stage provide already built (and what only those needed).
 */
export function stagesToCompile(graph: StageGraph, target: string, contexts: Readonly<Record<string, string>>): Stage[] {
  return stagesFor(graph, target, (name) => name !== target && Object.hasOwn(contexts, name));
}

/** Compiles `target` and its dependencies. */
export async function compileStages(graph: StageGraph, target: string, host: CompileHost): Promise<CompileOutput> {
  const contexts = host.options.contexts ?? {};
  const provided = (name: string): boolean => name !== target && Object.hasOwn(contexts, name);
  const stages = stagesToCompile(graph, target, contexts);
  // Every stage's result per platform (see platforms.ts); each job sees its dependencies by name.
  const all = new Map<string, StageResult>();
  const plan = planPlatforms(stages, target, host.defaultPlatform, provided, graph.file.name);
  const tests: State[] = [];
  const diagnostics: Diagnostic[] = [...plan.diagnostics];
  const epoch = sourceDateEpoch(host.options.buildArgs);
  const context = new ContextSource(stages, host);
  const locate = (range: Range): SourceLocation => {
    const lines = graph.file.lines(range);
    return { sourceIndex: 0, ranges: [{ start: lines.start, end: lines.end }] };
  };
  for (const job of plan.jobs) {
    const { stage, platform } = job;
    const results = new JobResults(all, job.deps);
    const given = provided(stage.name) ? await host.namedContext(stage.name, platform) : undefined;
    if (given) {
      // Built elsewhere (its tests ran there): use its filesystem and image config as they are.
      const config = given.config ? baseImageConfig(given.config, platform) : emptyImageConfig(platform);
      results.set(stage.name, { stage, state: withConfig(given.state.withPlatform(platform), config, config.config.User), config, platform });
      continue;
    }
    const noCache = host.options.noCache !== undefined && (host.options.noCache.size === 0 || host.options.noCache.has(stage.name.toLowerCase()));
    const fromImage = stage.from.kind === "image";
    const wrapper = wrapperPlan(stage, results);
    // A stage built for another platform than the target's says so: `[linux/amd64 builder 1/2]`.
    const other = platformId(platform) !== platformId(host.defaultPlatform) ? platformId(platform) : undefined;
    const namer = new StepNamer(stage.name, stepCount(stage) + (fromImage ? 1 : 0) + (wrapper.write ? 1 : 0), other);
    const start = await startState(stage, results, host, platform, namer, locate, diagnostics, graph.file.name);
    if (!start) continue;
    let config = applyStageConfig(start.config, stage.ownConfig);
    config = { ...config, history: [...(config.history ?? [])] };
    // The stage's own `user` is the image's user: its steps run as the parent's user (as a
    // Dockerfile's RUNs before a final USER do); tests and derived stages run as the new user.
    let state = withConfig(start.state, config, start.config.config.User);
    const ctx: StepContext = { graph, stage, host, platform, namer, locate, context, results, noCache, diagnostics };
    const own = stage.ownConfig.workdir;
    if (own !== undefined && config.config.WorkingDir && config.config.WorkingDir !== "/") {
      // Like WORKDIR: the directory exists before the steps run in it.
      state = (await compileStep(ctx, state, { kind: "workdir", path: config.config.WorkingDir, range: stage.nameRange })).state;
      config.history?.push(history(`WORKDIR ${config.config.WorkingDir}`, false, epoch));
    }
    for (const step of stage.steps) {
      const done = await compileStep(ctx, state, step);
      state = done.state;
      config.history?.push(history(done.createdBy, false, epoch));
    }
    if (wrapper.write) {
      // Own wrapper: the script, its hooks and this stage's tests. Inherited wrapper: only this
      // stage's tests, so `hier-entrypoint check` checks the image it runs in.
      let files = mkdir(WRAPPER_DIR, 0o755, { makeParents: true }).mkfile(`${WRAPPER_DIR}/tests`, 0o644, testsScript(stage));
      if (stage.wrapper) {
        files = files
          .mkfile(`${WRAPPER_DIR}/hooks`, 0o644, hooksFile(stage))
          .mkdir("/usr/local/bin", 0o755, { makeParents: true })
          .mkfile(WRAPPER_PATH, 0o755, WRAPPER_SCRIPT);
      }
      state = state.file(files, {
        customName: namer.next(`WRAPPER ${WRAPPER_PATH}`),
        location: locate(stage.nameRange),
        ...(noCache ? { ignoreCache: true } : {}),
      });
      config.history?.push(history(`WRAPPER ${WRAPPER_PATH} # hier`, false, epoch));
    }
    if (wrapper.on) {
      // The wrapper runs first and execs the entrypoint/cmd the stage would have run; a derived
      // stage that sets its own entrypoint keeps the wrapper in front of it.
      const rest = (config.config.Entrypoint ?? []).filter((a, i) => !(i === 0 && a === WRAPPER_PATH));
      config.config.Entrypoint = [WRAPPER_PATH, ...rest];
    }
    for (const [k, v] of [["CMD", config.config.Cmd], ["ENTRYPOINT", config.config.Entrypoint]] as const) {
      if (k === "CMD" ? stage.ownConfig.cmd : stage.ownConfig.entrypoint) config.history?.push(history(`${k} ${JSON.stringify(v)}`, true, epoch));
    }
    config.config.Labels = stageLabels({
      ...(config.config.Labels ? { inherited: config.config.Labels } : {}),
      derived: ociLabels(graph, stage, start, epoch, host.options.vcs),
      file: stage.config.labels,
      ...(stage === stages[stages.length - 1] ? { options: host.options.labels } : {}),
    });
    config.config.User = stage.ownConfig.user ?? config.config.User ?? "";
    if (config.config.User === "") delete config.config.User;
    const finalState = stage.ownConfig.user !== undefined ? state.withUser(stage.ownConfig.user) : state;
    results.set(stage.name, {
      stage,
      state: finalState,
      config,
      ...(start.baseConfig ? { baseConfig: start.baseConfig } : {}),
      ...(start.baseName ? { baseName: start.baseName } : {}),
      ...(start.baseDigest ? { baseDigest: start.baseDigest } : {}),
      platform,
    });
    stage.tests.forEach((test, i) => {
      const name = `[${stage.name} test ${i + 1}/${stage.tests.length}] TEST ${shortCommand(test.run)}`;
      // With the wrapper on, tests run through it (its hooks sourced), as `hier-entrypoint check` will.
      const args = [...(wrapper.on ? [WRAPPER_PATH] : []), ...shellArgs(test.run)];
      const run = finalState.run({ ...execDefaults(host), args, customName: name, location: locate(test.range), ignoreCache: noCache });
      tests.push(run.root());
    });
  }
  const targetResult = all.get(resultKey(target, host.defaultPlatform));
  const results = new Map(targetResult ? [[target, targetResult]] : []);
  return { results, tests, diagnostics, ...(epoch !== undefined ? { epoch } : {}) };
}

/**
 * `org.opencontainers.image.*` labels hier derives for a stage's image. The file's labels (the
 * stage's own or inherited from its parent stages) win over these, and `label:*` options over both.
 */
function ociLabels(
  graph: StageGraph,
  stage: Stage,
  start: Start,
  epoch: number | undefined,
  vcs: CompileOptions["vcs"],
): Record<string, string> {
  const p = "org.opencontainers.image.";
  const out: Record<string, string> = { [`${p}title`]: graph.name ? `${graph.name}-${stage.name}` : stage.name };
  if (stage.description) out[`${p}description`] = stage.description;
  if (graph.version) out[`${p}version`] = graph.version;
  if (vcs?.revision) out[`${p}revision`] = vcs.revision;
  if (vcs?.source) out[`${p}source`] = vcs.source;
  if (epoch !== undefined) out[`${p}created`] = new Date(epoch * 1000).toISOString();
  if (start.baseName) out[`${p}base.name`] = start.baseName;
  if (start.baseDigest) out[`${p}base.digest`] = start.baseDigest;
  return out;
}

/**
 * Whether the entrypoint wrapper is on for a stage (its own `wrapper`, or inherited: the parent
 * image's entrypoint starts with it) and whether the stage writes wrapper files.
 */
function wrapperPlan(stage: Stage, results: ReadonlyMap<string, StageResult>): { on: boolean; write: boolean } {
  const parent = stage.from.kind === "stage" ? results.get(stage.from.stage) : undefined;
  const inherited = parent?.config.config.Entrypoint?.[0] === WRAPPER_PATH;
  const own = stage.wrapper !== undefined;
  return { on: own || inherited, write: own || (inherited && stage.tests.length > 0) };
}

/** A history entry in the Dockerfile frontend's form. */
function history(createdBy: string, emptyLayer: boolean, epoch: number | undefined) {
  return {
    ...(epoch !== undefined ? { created: new Date(epoch * 1000).toISOString() } : {}),
    created_by: createdBy,
    comment: "hier.v0",
    ...(emptyLayer ? { empty_layer: true } : {}),
  };
}

/** Applies an image config's process settings (env, workdir, user) to a state. */
function withConfig(state: State, config: ImageConfig, user: string | undefined): State {
  let s = state;
  for (const [k, v] of envMap(config.config.Env)) s = s.withEnv(k, v);
  s = s.withCwd(config.config.WorkingDir || "/");
  if (user) s = s.withUser(user);
  return s;
}

interface Start {
  readonly state: State;
  readonly config: ImageConfig;
  readonly baseConfig?: ImageConfig;
  /** The image the hierarchy starts from, and its manifest digest (OCI base-image labels). */
  readonly baseName?: string;
  readonly baseDigest?: string;
}

async function startState(
  stage: Stage,
  results: Map<string, StageResult>,
  host: CompileHost,
  platform: Platform,
  namer: StepNamer,
  locate: (r: Range) => SourceLocation,
  diagnostics: Diagnostic[],
  fileName: string,
): Promise<Start | undefined> {
  const from = stage.from;
  const fail = (message: string, hint: string): undefined => {
    diagnostics.push({ code: "UnknownContext", severity: "error", message, file: fileName, range: from.range, hint });
    return undefined;
  };
  switch (from.kind) {
    case "stage": {
      const parent = results.get(from.stage);
      if (!parent) return fail(`stage ${from.stage} was not compiled`, "check the stage graph");
      return {
        state: parent.state,
        config: parent.config,
        ...(parent.baseConfig ? { baseConfig: parent.baseConfig } : {}),
        ...(parent.baseName ? { baseName: parent.baseName } : {}),
        ...(parent.baseDigest ? { baseDigest: parent.baseDigest } : {}),
      };
    }
    case "scratch":
      return { state: scratch().withPlatform(platform), config: emptyImageConfig(platform) };
    case "context":
    case "image": {
      const name = from.kind === "context" ? from.name : from.ref;
      const named = await host.namedContext(name, platform);
      if (named) {
        const config = named.config ? baseImageConfig(named.config, platform) : emptyImageConfig(platform);
        return { state: named.state.withPlatform(platform), config, baseConfig: config };
      }
      if (from.kind === "context") {
        return fail(`named context ${name} was not passed to the build`, `pass it with --build-context ${name}=… or bake contexts`);
      }
      const resolved = await host.resolveImage(from.ref, platform);
      const pinned = pinImageRef(from.ref, resolved.digest);
      const config = baseImageConfig(resolved.config, platform);
      const state = image(pinned, {
        platform,
        ...(host.resolveMode ? { resolveMode: host.resolveMode } : {}),
        customName: namer.next(`FROM ${pinned}`),
        location: locate(from.range),
      });
      return { state, config, baseConfig: config, baseName: from.ref, ...(resolved.digest ? { baseDigest: resolved.digest } : {}) };
    }
  }
}
