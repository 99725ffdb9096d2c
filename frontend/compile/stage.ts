/**
 * Compiles stages in topological order. For each stage: its `from` becomes a state and an image
 * config; the stage's own config is layered on (env and workdir apply to its steps, like ENV and
 * WORKDIR at the top of a Dockerfile stage); each step becomes one op and one history entry; each
 * test becomes an exec on the finished stage whose result nobody uses.
 *
 * The jobs are split by phase: `compileStages` walks the (stage, platform) jobs; `compileStage`
 * does one (its start in start.ts, its steps in steps.ts, its image settings in stage-image.ts,
 * its tests here). Image history is a shared `History` (history.ts), so a chain stays linear.
 */
import type { Diagnostic, Range } from "../diagnostics/index.ts";
import { stagesFor } from "../graph/index.ts";
import type { Stage, StageGraph } from "../graph/model.ts";
import { platformId, type Platform, type ProxyEnv, type SourceLocation, type State } from "../llb/index.ts";
import type { CompileHost } from "./index.ts";
import { applyStageConfig, type HistoryEntry, type ImageConfig } from "./image-config.ts";
import { historyEntry } from "./history.ts";
import { StepNamer, shellArgs, shortCommand } from "./names.ts";
import { compileStep, execDefaults, stepCount, type StepContext } from "./steps.ts";
import { ContextSource } from "./context.ts";
import type { CacheUse } from "./caches.ts";
import { JobResults, planPlatforms, resultKey } from "./platforms.ts";
import { finishImageConfig, withConfig, wrapperFiles, wrapperPlan, type WrapperPlan } from "./stage-image.ts";
import { providedResult, startState, type Start } from "./start.ts";
import { WRAPPER_PATH } from "./wrapper.ts";

/** Settings BuildKit options apply to every exec. */
export interface ExecDefaults {
  readonly extraHosts?: readonly { readonly host: string; readonly ip: string }[];
  readonly network?: "sandbox" | "host" | "none";
  /** Bytes of the /dev/shm tmpfs. */
  readonly shmSize?: number;
  readonly ulimits?: readonly { readonly name: string; readonly soft: number; readonly hard: number }[];
  /** From the predefined proxy build args (gateway/options.ts). */
  readonly proxyEnv?: ProxyEnv;
}

/** Frontend options the compiler reads (the gateway's options satisfy this shape). */
export interface CompileOptions {
  readonly labels: Readonly<Record<string, string>>;
  readonly buildArgs: Readonly<Record<string, string>>;
  /** undefined = use the cache; empty = no cache for any stage; else stage names (lower-case). */
  readonly noCache?: ReadonlySet<string>;
  readonly sessionId: string;
  readonly localSessionIds: Readonly<Record<string, string>>;
  /** Process settings every exec gets (add-hosts, force-network-mode, shm-size, ulimit, proxies). */
  readonly exec?: ExecDefaults;
  readonly vcs?: { readonly source?: string; readonly revision?: string };
  /**
   * Named contexts passed to the build. One named like a stage replaces that stage (bake's
   * `contexts = { base = "target:base" }` hands over the parent image it just built).
   */
  readonly contexts?: Readonly<Record<string, string>>;
}

/**
 * A compiled stage: its final state and config (shaped like the start a child stage begins
 * from; `baseConfig` is the config of the image the hierarchy starts from, for the exporter).
 */
export interface StageResult extends Start {
  readonly stage: Stage;
  readonly platform: Platform;
}

export interface CompileOutput {
  /** The target's result (for the requested platform). */
  readonly results: Map<string, StageResult>;
  readonly tests: State[];
  readonly diagnostics: Diagnostic[];
  readonly epoch?: number;
  /** Every cache mount of the compiled steps, in build order. */
  readonly cacheUses: readonly CacheUse[];
}

/** The seconds of 9999-12-31T23:59:59Z and of 0000-01-01T00:00:00Z: the years an image's `created` (RFC 3339) can hold. */
const EPOCH_MAX = 253402300799;
const EPOCH_MIN = -62167219200;

/**
 * `SOURCE_DATE_EPOCH` read as the Dockerfile frontend reads it: empty or absent is none, else a
 * whole number of seconds since 1970 (negative too); `problem` says why another value cannot be.
 */
export function readSourceDateEpoch(value: string | undefined): { epoch?: number; problem?: string } {
  if (value === undefined || value === "") return {};
  const n = /^[+-]?\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
  if (n >= EPOCH_MIN && n <= EPOCH_MAX) return { epoch: n };
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return { problem: `SOURCE_DATE_EPOCH \`${shown}\` is not a time hier can write: give whole seconds since 1970-01-01 UTC (at most ${EPOCH_MAX}, the end of the year 9999), or leave it empty` };
}

/** The epoch from `SOURCE_DATE_EPOCH` (callers refuse a value with a problem before compiling). */
function sourceDateEpoch(buildArgs: Readonly<Record<string, string>>): number | undefined {
  return readSourceDateEpoch(buildArgs["SOURCE_DATE_EPOCH"]).epoch;
}

/**
 * The stages building `target` compiles: the target and its dependencies, minus what named
 * contexts called like a stage provide already built (and what only those needed).
 */
export function stagesToCompile(graph: StageGraph, target: string, contexts: Readonly<Record<string, string>>): Stage[] {
  return stagesFor(graph, target, (name) => name !== target && Object.hasOwn(contexts, name));
}

/** The stage's image config with its history written out (what the exporter gets). */
export function imageConfigOf(result: StageResult): ImageConfig {
  return { ...result.config, history: result.history.entries() };
}

/** What every stage of one compile shares. */
interface CompileRun {
  readonly graph: StageGraph;
  readonly host: CompileHost;
  readonly tests: State[];
  readonly diagnostics: Diagnostic[];
  readonly cacheUses: CacheUse[];
  readonly epoch: number | undefined;
  readonly context: ContextSource;
  readonly locate: (range: Range) => SourceLocation;
  /** The last stage compiled: the target (the `label:*` options apply to it). */
  readonly last: Stage | undefined;
}

/** Compiles `target` and its dependencies. */
export async function compileStages(graph: StageGraph, target: string, host: CompileHost): Promise<CompileOutput> {
  const contexts = host.options.contexts ?? {};
  const provided = (name: string): boolean => name !== target && Object.hasOwn(contexts, name);
  const stages = stagesToCompile(graph, target, contexts);
  // Every stage's result per platform (see platforms.ts); each job sees its dependencies by name.
  const all = new Map<string, StageResult>();
  const plan = planPlatforms(stages, target, host.defaultPlatform, provided, graph.file.name);
  const epoch = sourceDateEpoch(host.options.buildArgs);
  const run: CompileRun = {
    graph, host, tests: [], diagnostics: [...plan.diagnostics], cacheUses: [], epoch,
    context: new ContextSource(stages, host),
    locate: (range) => {
      const lines = graph.file.lines(range);
      return { sourceIndex: 0, ranges: [{ start: lines.start, end: lines.end }] };
    },
    last: stages[stages.length - 1],
  };
  for (const job of plan.jobs) {
    const { stage, platform } = job;
    const results = new JobResults(all, job.deps);
    const given = provided(stage.name) ? await host.namedContext(stage.name, platform) : undefined;
    const result = given ? providedResult(stage, given, platform) : await compileStage(run, stage, platform, results);
    if (result) results.set(stage.name, result);
  }
  const targetResult = all.get(resultKey(target, host.defaultPlatform));
  const results = new Map(targetResult ? [[target, targetResult]] : []);
  return { results, tests: run.tests, diagnostics: run.diagnostics, cacheUses: run.cacheUses, ...(epoch !== undefined ? { epoch } : {}) };
}

/** One stage: start, own config, steps, wrapper, final image settings, then its tests. */
async function compileStage(run: CompileRun, stage: Stage, platform: Platform, results: JobResults): Promise<StageResult | undefined> {
  const { graph, host, epoch } = run;
  const noCache = host.options.noCache !== undefined && (host.options.noCache.size === 0 || host.options.noCache.has(stage.name.toLowerCase()));
  const wrapper = wrapperPlan(stage, results);
  // A stage built for another platform than the target's says so: `[linux/amd64 builder 1/2]`.
  const other = platformId(platform) !== platformId(host.defaultPlatform) ? platformId(platform) : undefined;
  const namer = new StepNamer(stage.name, stepCount(stage) + (stage.from.kind === "image" ? 1 : 0) + (wrapper.write ? 1 : 0), other);
  const start = await startState(stage, { results, host, platform, namer, locate: run.locate, diagnostics: run.diagnostics, fileName: graph.file.name });
  if (!start) return undefined;
  const config = applyStageConfig(start.config, stage.ownConfig);
  // The stage's own `user` is the image's user: its steps run as the parent's user (as a
  // Dockerfile's RUNs before a final USER do); tests and derived stages run as the new user.
  const initial = withConfig(start.state, config, start.config.config.User);
  const ctx: StepContext = { graph, stage, host, platform, namer, locate: run.locate, context: run.context, results, noCache, diagnostics: run.diagnostics, cacheUses: run.cacheUses };
  const history: HistoryEntry[] = [];
  let state = await compileSteps(ctx, initial, config, history, epoch);
  if (wrapper.write) {
    state = state.file(wrapperFiles(stage), {
      customName: namer.next(`WRAPPER ${WRAPPER_PATH}`),
      location: run.locate(stage.nameRange),
      ...(noCache ? { ignoreCache: true } : {}),
    });
    history.push(historyEntry(`WRAPPER ${WRAPPER_PATH} # hier`, false, epoch));
  }
  finishImageConfig(config, history, {
    graph, stage, wrapper, isTarget: stage === run.last, options: host.options, epoch, baseName: start.baseName, baseDigest: start.baseDigest,
  });
  const finalState = stage.ownConfig.user !== undefined ? state.withUser(stage.ownConfig.user) : state;
  run.tests.push(...stageTests(run, stage, finalState, wrapper, noCache));
  return {
    stage,
    state: finalState,
    config,
    history: start.history.extend(history),
    ...(start.baseConfig ? { baseConfig: start.baseConfig } : {}),
    ...(start.baseName ? { baseName: start.baseName } : {}),
    ...(start.baseDigest ? { baseDigest: start.baseDigest } : {}),
    platform,
  };
}

/** The implicit WORKDIR (when the stage sets one) and the stage's steps, one op and history entry each. */
async function compileSteps(ctx: StepContext, initial: State, config: ImageConfig, history: HistoryEntry[], epoch: number | undefined): Promise<State> {
  let state = initial;
  const workdir = config.config.WorkingDir;
  if (ctx.stage.ownConfig.workdir !== undefined && workdir && workdir !== "/") {
    // Like WORKDIR: the directory exists before the steps run in it.
    state = (await compileStep(ctx, state, { kind: "workdir", path: workdir, range: ctx.stage.nameRange })).state;
    history.push(historyEntry(`WORKDIR ${workdir}`, false, epoch));
  }
  for (const step of ctx.stage.steps) {
    const done = await compileStep(ctx, state, step);
    state = done.state;
    history.push(historyEntry(done.createdBy, false, epoch));
  }
  return state;
}

/** The stage's tests: each an exec on the finished stage (through the wrapper when it is on). */
function stageTests(run: CompileRun, stage: Stage, finalState: State, wrapper: WrapperPlan, noCache: boolean): State[] {
  return stage.tests.map((test, i) => {
    const name = `[${stage.name} test ${i + 1}/${stage.tests.length}] TEST ${shortCommand(test.run)}`;
    // With the wrapper on, tests run through it (its hooks sourced), as `hier-entrypoint check` will.
    const args = [...(wrapper.on ? [WRAPPER_PATH] : []), ...shellArgs(test.run)];
    return finalState.run({ ...execDefaults(run.host), args, customName: name, location: run.locate(test.range), ignoreCache: noCache }).root();
  });
}
