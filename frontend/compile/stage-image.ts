/**
 * A stage's image settings around its steps: its own config layered on the inherited one, the
 * entrypoint wrapper (on or off, its files), and what is decided after the steps (entrypoint
 * and cmd entries, labels in their order of precedence, the user).
 */
import type { Stage, StageGraph } from "../graph/model.ts";
import { mkdir, type State } from "../llb/index.ts";
import type { CompileOptions, StageResult } from "./stage.ts";
import { envMap, stageLabels, type HistoryEntry, type ImageConfig } from "./image-config.ts";
import { historyEntry } from "./history.ts";
import { WRAPPER_DIR, WRAPPER_PATH, WRAPPER_SCRIPT, hooksFile, testsScript } from "./wrapper.ts";

/** Applies an image config's process settings (env, workdir, user) to a state. */
export function withConfig(state: State, config: ImageConfig, user: string | undefined): State {
  let s = state;
  for (const [k, v] of envMap(config.config.Env)) s = s.withEnv(k, v);
  s = s.withCwd(config.config.WorkingDir || "/");
  if (user) s = s.withUser(user);
  return s;
}

/** Whether the entrypoint wrapper is on for a stage, and whether the stage writes wrapper files. */
export interface WrapperPlan {
  readonly on: boolean;
  readonly write: boolean;
}

/**
 * The wrapper is on by the stage's own `wrapper`, or inherited (the parent image's entrypoint
 * starts with it). Inherited, the stage writes files only when it has tests of its own.
 */
export function wrapperPlan(stage: Stage, results: ReadonlyMap<string, StageResult>): WrapperPlan {
  const parent = stage.from.kind === "stage" ? results.get(stage.from.stage) : undefined;
  const inherited = parent?.config.config.Entrypoint?.[0] === WRAPPER_PATH;
  const own = stage.wrapper !== undefined;
  return { on: own || inherited, write: own || (inherited && stage.tests.length > 0) };
}

/**
 * The wrapper's files: with an own wrapper, the script, its hooks and this stage's tests; with
 * an inherited one only this stage's tests, so `hier-entrypoint check` checks the image it runs in.
 */
export function wrapperFiles(stage: Stage) {
  const files = mkdir(WRAPPER_DIR, 0o755, { makeParents: true }).mkfile(`${WRAPPER_DIR}/tests`, 0o644, testsScript(stage));
  if (!stage.wrapper) return files;
  return files
    .mkfile(`${WRAPPER_DIR}/hooks`, 0o644, hooksFile(stage))
    .mkdir("/usr/local/bin", 0o755, { makeParents: true })
    .mkfile(WRAPPER_PATH, 0o755, WRAPPER_SCRIPT);
}

/** What the image settings after the steps need. */
export interface FinishContext {
  readonly graph: StageGraph;
  readonly stage: Stage;
  readonly wrapper: WrapperPlan;
  /** The stage is the target: the `label:*` build options apply to it. */
  readonly isTarget: boolean;
  readonly options: CompileOptions;
  readonly epoch: number | undefined;
  /** The hierarchy's base image and its digest, for the OCI base labels. */
  readonly baseName?: string | undefined;
  readonly baseDigest?: string | undefined;
}

/**
 * Completes `config` (mutated) after the steps: the wrapper in front of the entrypoint, the CMD
 * and ENTRYPOINT history entries (pushed onto `history`), the labels and the user.
 */
export function finishImageConfig(config: ImageConfig, history: HistoryEntry[], c: FinishContext): void {
  const { stage, epoch } = c;
  if (c.wrapper.on) {
    // The wrapper runs first and execs the entrypoint/cmd the stage would have run; a derived
    // stage that sets its own entrypoint keeps the wrapper in front of it.
    const rest = (config.config.Entrypoint ?? []).filter((a, i) => !(i === 0 && a === WRAPPER_PATH));
    config.config.Entrypoint = [WRAPPER_PATH, ...rest];
  }
  for (const [k, v] of [["CMD", config.config.Cmd], ["ENTRYPOINT", config.config.Entrypoint]] as const) {
    if (k === "CMD" ? stage.ownConfig.cmd : stage.ownConfig.entrypoint) history.push(historyEntry(`${k} ${JSON.stringify(v)}`, true, epoch));
  }
  config.config.Labels = stageLabels({
    ...(config.config.Labels ? { inherited: config.config.Labels } : {}),
    derived: ociLabels(c),
    file: stage.config.labels,
    ...(c.isTarget ? { options: c.options.labels } : {}),
  });
  config.config.User = stage.ownConfig.user ?? config.config.User ?? "";
  if (config.config.User === "") delete config.config.User;
}

/**
 * `org.opencontainers.image.*` labels hier derives for a stage's image. The file's labels (the
 * stage's own or inherited from its parent stages) win over these, and `label:*` options over both.
 */
function ociLabels(c: FinishContext): Record<string, string> {
  const { graph, stage, epoch } = c;
  const vcs = c.options.vcs;
  const p = "org.opencontainers.image.";
  const out: Record<string, string> = { [`${p}title`]: graph.name ? `${graph.name}-${stage.name}` : stage.name };
  if (stage.description) out[`${p}description`] = stage.description;
  if (graph.version) out[`${p}version`] = graph.version;
  if (vcs?.revision) out[`${p}revision`] = vcs.revision;
  if (vcs?.source) out[`${p}source`] = vcs.source;
  if (epoch !== undefined) out[`${p}created`] = new Date(epoch * 1000).toISOString();
  if (c.baseName) out[`${p}base.name`] = c.baseName;
  if (c.baseDigest) out[`${p}base.digest`] = c.baseDigest;
  return out;
}
