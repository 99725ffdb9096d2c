/**
 * checkGraph: typed document → checked StageGraph. Passes: declarations (args, caches) → pass 1
 * per stage in file order (draft.ts) → pass 2 order and cycles (order.ts) → pass 3 inheritance in
 * topological order (finish.ts) → role and reachability rules. All diagnostics are collected;
 * the graph is returned only when there is no error.
 */
import type { ParsedConfig } from "../config/index.ts";
import { atUse, didYouMean } from "../config/index.ts";
import { byPosition, hasErrors, type Diagnostic } from "../diagnostics/index.ts";
import { resolveArgs, resolveCaches } from "./declarations.ts";
import { draftStage, type Draft } from "./draft.ts";
import { checkPlatforms } from "./steps.ts";
import { finishStages } from "./finish.ts";
import { Interpolator } from "./interpolate.ts";
import type { StageGraph } from "./model.ts";
import { orderStages } from "./order.ts";
import { Refs, short } from "./refs.ts";
import { Reporter } from "./report.ts";
import { checkReachable, checkRoles } from "./rules.ts";
import { STAGE_NAME, explainImageRef, isValidTag, parseImageRef } from "./values.ts";

/** Options of a check: `--build-arg` values and the requested `--target`. */
export interface CheckOptions {
  readonly buildArgs?: Readonly<Record<string, string>>;
  readonly target?: string;
}

/** The checked graph (undefined when there are errors) and every diagnostic, sorted by position. */
export interface CheckResult {
  readonly graph: StageGraph | undefined;
  readonly diagnostics: Diagnostic[];
}

export function checkGraph(parsed: ParsedConfig, options: CheckOptions = {}): CheckResult {
  const rep = new Reporter(parsed.file);
  rep.diagnostics.push(...parsed.diagnostics);
  let graph: StageGraph | undefined;
  try {
    if (!parsed.unread) graph = build(rep, parsed, options);
  } catch (e) {
    rep.error("InternalError", `checker failed: ${e instanceof Error ? e.message : String(e)}`, { start: 0, end: 0 });
  }
  const diagnostics = byPosition(rep.diagnostics.map((d) => atUse(parsed, d)));
  return { graph: hasErrors(diagnostics) ? undefined : graph, diagnostics };
}

function build(rep: Reporter, { doc, file }: ParsedConfig, options: CheckOptions): StageGraph | undefined {
  const ip = new Interpolator(rep, doc.args, options.buildArgs ?? {});
  // Every default is interpolated here, used or not, so its errors are reported.
  const args = resolveArgs(rep, doc.args, options.buildArgs ?? {}).map(({ value: _raw, range, ...a }) => {
    const value = ip.argValue(a.name);
    return { ...a, ...(value === undefined ? {} : { value }), range };
  });
  const caches = resolveCaches(rep, ip, doc.caches);
  const artifactNames = new Map(doc.stages.map((s) => [s.name.value, new Set(s.artifacts.map((a) => a.key.value))]));
  const refs = new Refs(rep, ip, artifactNames, caches);

  // Every target's image is named and labelled with these: what they read, every target reads.
  const [name, namespace, version] = ip.track("top", () => [doc.name, doc.namespace, doc.version].map((s) => (s ? ip.expand(s) : undefined)));
  if (doc.name && name !== undefined && !parseImageRef(`${name}-x`)) {
    rep.error("InvalidName", `\`${name}\` cannot start an image name`, doc.name.range, "lowercase letters, digits, and . _ - between them");
  }
  if (doc.namespace && namespace !== undefined && !parseImageRef(`${namespace}/x`)) {
    rep.error("InvalidImageRef", `\`${namespace}\` is not a valid registry namespace`, doc.namespace.range, "write e.g. acme or ghcr.io/acme (lowercase)");
  }
  const versionOk = version === undefined || isValidTag(version);
  if (doc.version && !versionOk) {
    rep.error("InvalidValue", `\`${short(version ?? "")}\` is not a valid image tag`, doc.version.range, "tags are letters, digits, _ . - (up to 128), not starting with . or -");
  }
  // Each stage's image is tagged NAMESPACE/NAME-STAGE:VERSION (hier bake): that must be a valid reference too.
  const nameOk = (name === undefined || !!parseImageRef(`${name}-x`)) && (namespace === undefined || !!parseImageRef(`${namespace}/x`));
  if (nameOk && versionOk) {
    for (const s of doc.stages) {
      if (!STAGE_NAME.test(s.name.value)) continue;
      const tag = `${namespace ?? "library"}/${name ? `${name}-` : ""}${s.name.value}:${version ?? "latest"}`;
      const problem = explainImageRef(tag);
      if (problem !== undefined) {
        rep.error("InvalidName", `stage \`${s.name.value}\` cannot be tagged: \`${tag.length > 60 ? `${tag.slice(0, 25)}…${tag.slice(-34)}` : tag}\` is not a valid image reference`, s.name.range, problem);
      }
    }
  }
  const platforms = checkPlatforms(refs, doc.platforms);

  const drafts = new Map<string, Draft>();
  for (const s of doc.stages) if (!drafts.has(s.name.value)) drafts.set(s.name.value, ip.track(`stage:${s.name.value}`, () => draftStage(refs, s)));
  const order = orderStages(rep, drafts);
  const stages = finishStages(rep, drafts, order, caches, platforms);
  checkRoles(rep, drafts);

  const names = [...drafts.keys()];
  let defaultTarget = names[names.length - 1] ?? "";
  if (doc.target) {
    const t = ip.expand(doc.target);
    if (drafts.has(t)) defaultTarget = t;
    else rep.error("UnknownTarget", `\`target\` names no stage: \`${t}\``, doc.target.range, didYouMean(t, names) ?? `stages: ${names.join(", ")}`);
  }
  if (options.target !== undefined && !drafts.has(options.target)) {
    rep.error("UnknownTarget", `unknown target \`${options.target}\` (requested with --target)`, doc.target?.range ?? doc.stagesKey ?? { start: 0, end: 0 },
      didYouMean(options.target, names) ?? `stages: ${names.join(", ")}`);
  }
  if (names.length) checkReachable(rep, drafts, defaultTarget);

  const top = ip.reads("top");
  const argsRead = Object.fromEntries(stages.map((s) => {
    const mounted = s.steps.flatMap((st) => (st.kind === "run" ? st.mounts.flatMap((m) => (m.kind === "cache" ? [m.cache] : [])) : st.kind === "packages" && st.cache ? [st.cache] : []));
    const reads = [top, ip.reads(`stage:${s.name}`), ...mounted.map((c) => ip.reads(`cache:${c}`))].flatMap((r) => [...r]);
    return [s.name, [...new Set(reads)]];
  }));
  return {
    file, ...(name ? { name } : {}), ...(namespace ? { namespace } : {}), ...(version ? { version } : {}),
    args, caches, stages, defaultTarget, platforms, argsRead,
  };
}
