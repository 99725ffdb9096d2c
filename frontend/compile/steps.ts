/**
 * One step → one op (and one history entry). Run steps get their mounts (caches from the
 * catalogue, secrets, ssh, artifacts, binds); packages run the manager with the shared cache;
 * copies read from the context, another stage, an artifact or an image. Artifacts copied into a
 * stage are linked copies (copy onto scratch, then merge) when the engine has `mergeop`, so the
 * artifact layer is reused as is when the base below it changes.
 */
import type { Diagnostic, Range } from "../diagnostics/index.ts";
import type { CacheDecl, CopyStep, PackagesStep, RunMount, RunStep, Stage, StageGraph } from "../graph/model.ts";
import { PRESETS } from "../graph/presets.ts";
import { parseUser } from "../graph/values.ts";
import {
  copy,
  git,
  http,
  missingGitCaps,
  image,
  merge,
  mkdir,
  pinImageRef,
  platformId,
  scratch,
  type CopyOptions,
  type MountSpec,
  type Owner,
  type Platform,
  type RunOptions,
  type SecretEnv,
  type SourceLocation,
  type State,
} from "../llb/index.ts";
import { cacheMounts, stageDistro, type CacheUse } from "./caches.ts";
import type { ContextSource } from "./context.ts";
import type { CompileHost } from "./index.ts";
import { joinPath } from "./image-config.ts";
import { shellArgs, type StepNamer } from "./names.ts";
import { installExec } from "./packages.ts";
import type { StageResult } from "./stage.ts";

/** Everything a step needs to know about where it is. */
export interface StepContext {
  readonly graph: StageGraph;
  readonly stage: Stage;
  readonly host: CompileHost;
  readonly platform: Platform;
  readonly namer: StepNamer;
  readonly locate: (r: Range) => SourceLocation;
  readonly context: ContextSource;
  readonly results: ReadonlyMap<string, StageResult>;
  readonly noCache: boolean;
  readonly diagnostics: Diagnostic[];
  /** Every cache mount the steps emit, in order (for exporting and seeding caches). */
  readonly cacheUses: CacheUse[];
}

/** The implicit `WORKDIR` step a stage's own workdir adds. */
export interface WorkdirStep {
  readonly kind: "workdir";
  readonly path: string;
  readonly range: Range;
}

/** A compiled step: the new state and the history `created_by` text. */
export interface StepResult {
  readonly state: State;
  readonly createdBy: string;
}

/** How many numbered steps a stage has (for `[stage i/n]`), the implicit WORKDIR included. */
export function stepCount(stage: Stage): number {
  const workdir = stage.ownConfig.workdir !== undefined && stage.ownConfig.workdir !== "/" ? 1 : 0;
  return stage.steps.length + workdir;
}

/** Compiles one step on top of `state`. */
export async function compileStep(ctx: StepContext, state: State, step: RunStep | CopyStep | PackagesStep | WorkdirStep): Promise<StepResult> {
  switch (step.kind) {
    case "workdir":
      return {
        state: state.file(mkdir(step.path, 0o755, { makeParents: true }), {
          customName: ctx.namer.next(`WORKDIR ${step.path}`),
          location: ctx.locate(step.range),
        }),
        createdBy: `WORKDIR ${step.path}`,
      };
    case "run":
      return compileRun(ctx, state, step);
    case "packages":
      return compilePackages(ctx, state, step);
    case "copy":
      return compileCopy(ctx, state, step);
  }
}

/**
 * What every exec of the build gets from BuildKit options: extra hosts, the default network
 * mode, ulimits, the proxy build args, and a sized /dev/shm. A step's own `network` wins over the
 * default.
 */
export function execDefaults(host: CompileHost): Pick<RunOptions, "extraHosts" | "network" | "ulimits" | "proxyEnv"> & { mounts: MountSpec[] } {
  const e = host.options.exec ?? {};
  return {
    ...(e.extraHosts ? { extraHosts: e.extraHosts } : {}),
    ...(e.network ? { network: e.network } : {}),
    ...(e.ulimits ? { ulimits: e.ulimits } : {}),
    ...(e.proxyEnv ? { proxyEnv: e.proxyEnv } : {}),
    mounts: e.shmSize ? [{ type: "tmpfs", dest: "/dev/shm", size: e.shmSize }] : [],
  };
}

function cacheDecl(ctx: StepContext, name: string): CacheDecl | undefined {
  return ctx.graph.caches.get(name);
}

async function compileRun(ctx: StepContext, state: State, step: RunStep): Promise<StepResult> {
  const args = step.exec ? [...step.exec] : shellArgs(step.shell ?? "");
  const env: Record<string, string> = {};
  const mounts: MountSpec[] = [];
  const secretEnv: SecretEnv[] = [];
  const user = step.user ?? state.user;
  for (const m of step.mounts) await addMount(ctx, m, mounts, secretEnv, env, user);
  for (const [k, v] of step.env) env[k] = v;
  const command = step.exec ? JSON.stringify(step.exec) : (step.shell ?? "");
  const defaults = execDefaults(ctx.host);
  const exec = state.run({
    ...defaults,
    args,
    env,
    ...(step.workdir !== undefined ? { cwd: step.workdir } : {}),
    ...(step.user !== undefined ? { user: step.user } : {}),
    ...(step.network === "none" || step.network === "host" ? { network: step.network } : {}),
    mounts: [...defaults.mounts, ...mounts],
    ...(secretEnv.length > 0 ? { secretEnv } : {}),
    customName: ctx.namer.next(`RUN ${command}`),
    location: ctx.locate(step.range),
    ...(ctx.noCache ? { ignoreCache: true } : {}),
  });
  const shown = step.exec ? JSON.stringify(step.exec) : args.join(" ");
  return { state: exec.root(), createdBy: `RUN ${shown} # buildkit` };
}

async function addMount(
  ctx: StepContext,
  m: RunMount,
  mounts: MountSpec[],
  secretEnv: SecretEnv[],
  env: Record<string, string>,
  user: string | undefined,
): Promise<void> {
  switch (m.kind) {
    case "cache": {
      const decl = cacheDecl(ctx, m.cache);
      if (!decl) return;
      const own = cacheMounts(decl, stageDistro(ctx.graph, ctx.stage), ctx.platform, user);
      ctx.cacheUses.push({ cache: decl, stage: ctx.stage, platform: ctx.platform, mounts: own });
      mounts.push(...own);
      for (const [k, v] of decl.env) env[k] = v;
      return;
    }
    case "secret":
      if (m.env !== undefined) secretEnv.push({ id: m.id, name: m.env, ...(m.required ? {} : { optional: true }) });
      if (m.env === undefined || m.target !== undefined) {
        mounts.push({
          type: "secret",
          id: m.id,
          dest: m.target ?? `/run/secrets/${m.id}`,
          ...(m.uid !== undefined ? { uid: m.uid } : {}),
          ...(m.gid !== undefined ? { gid: m.gid } : {}),
          ...(m.mode !== undefined ? { mode: m.mode } : {}),
          ...(m.required ? {} : { optional: true }),
        });
      }
      return;
    case "ssh":
      mounts.push({ type: "ssh", ...(m.id ? { id: m.id } : {}), ...(m.target ? { dest: m.target } : {}), ...(m.required ? {} : { optional: true }) });
      return;
    case "tmpfs":
      mounts.push({ type: "tmpfs", dest: m.target, ...(m.size !== undefined ? { size: m.size } : {}) });
      return;
    case "artifact": {
      const producer = ctx.results.get(m.stage);
      const art = producer?.stage.artifacts.find((a) => a.name === m.artifact);
      if (!producer || !art) return;
      mounts.push({ type: "bind", dest: m.target, source: producer.state, selector: art.path, readonly: true });
      return;
    }
    case "bind": {
      const source = await bindSource(ctx, m.from);
      mounts.push({ type: "bind", dest: m.target, source, selector: joinPath("/", m.source), readonly: true });
      return;
    }
  }
}

async function bindSource(ctx: StepContext, from: { stage: string } | { image: string } | undefined): Promise<State> {
  if (from === undefined) return ctx.context.state();
  if ("stage" in from) return ctx.results.get(from.stage)?.state ?? scratch();
  return pinnedImage(ctx, from.image);
}

async function pinnedImage(ctx: StepContext, ref: string): Promise<State> {
  const named = await ctx.host.namedContext(ref, ctx.platform);
  if (named) return named.state;
  const resolved = await ctx.host.resolveImage(ref, ctx.platform);
  const pinned = pinImageRef(ref, resolved.digest);
  return image(pinned, { platform: ctx.platform, ...(ctx.host.resolveMode ? { resolveMode: ctx.host.resolveMode } : {}) });
}

function compilePackages(ctx: StepContext, state: State, step: PackagesStep): StepResult {
  const decl = (step.cache !== undefined ? cacheDecl(ctx, step.cache) : undefined) ?? implicitCache(step);
  const own = cacheMounts(decl, stageDistro(ctx.graph, ctx.stage), ctx.platform);
  ctx.cacheUses.push({ cache: decl, stage: ctx.stage, platform: ctx.platform, mounts: own });
  const mounts: MountSpec[] = [...own];
  const install = installExec(step.manager, step.names);
  const defaults = execDefaults(ctx.host);
  const exec = state.run({
    ...defaults,
    args: install.args,
    env: install.env,
    // Package managers run as root whatever user the stage inherited.
    user: "0",
    mounts: [...defaults.mounts, ...mounts],
    customName: ctx.namer.next(`${step.manager.toUpperCase()} ${step.names.join(" ")}`),
    location: ctx.locate(step.range),
    ...(ctx.noCache ? { ignoreCache: true } : {}),
  });
  return { state: exec.root(), createdBy: `RUN ${install.args.join(" ")} # buildkit` };
}

/** The package manager's preset cache when the stage names none: packages always use a cache. */
function implicitCache(step: PackagesStep): CacheDecl {
  const preset = PRESETS[step.manager];
  return { name: step.manager, preset: step.manager, targets: preset?.targets ?? [], env: preset?.env ?? [], range: step.range };
}

/** Parses `uid[:gid]` / `name[:group]` (checked by the graph phase) into an Owner. */
function parseOwner(owner: string | undefined): Owner | undefined {
  const parsed = owner === undefined ? undefined : parseUser(owner);
  if (parsed === undefined) return undefined;
  const id = (s: string): number | string => (/^\d+$/.test(s) ? Number(s) : s);
  return { user: id(parsed.user), ...(parsed.group !== undefined && parsed.group !== "" ? { group: id(parsed.group) } : {}) };
}

/** The file name of a download: the last segment of the URL's path, as Dockerfile `ADD` names it; `download` when the path has none. */
export function downloadName(url: string): string {
  const last = new URL(url).pathname.split("/").at(-1) ?? "";
  let name: string;
  try {
    name = decodeURIComponent(last);
  } catch {
    name = last;
  }
  return name === "" || name === "." || name === ".." || name.includes("/") || name.includes("\0") ? "download" : name;
}

async function compileCopy(ctx: StepContext, state: State, step: CopyStep): Promise<StepResult> {
  const owner = parseOwner(step.owner);
  const base: CopyOptions = {
    followSymlink: true,
    dirCopyContents: true,
    createDestPath: true,
    allowWildcard: true,
    ...(step.exclude.length > 0 ? { excludePatterns: [...step.exclude] } : {}),
    ...(step.mode !== undefined ? { mode: step.mode } : {}),
    ...(owner ? { owner } : {}),
  };
  let dst = joinPath(state.cwd, step.dst) + (step.dst.endsWith("/") || step.src.length > 1 ? "/" : "");
  if (dst === "//") dst = "/";
  let source: State;
  let srcs: string[];
  let label: string;
  // A download's or a checkout's URL: the step is shown as ADD.
  let shownUrl: string | undefined;
  const from = step.from;
  switch (from.kind) {
    case "context": {
      // The build context, or a named context (`from: context:NAME`).
      const named = from.name !== undefined ? await ctx.host.namedContext(from.name, ctx.platform) : undefined;
      if (from.name !== undefined && !named) {
        ctx.diagnostics.push({
          code: "UnknownContext",
          severity: "error",
          message: `named context ${from.name} was not passed to the build`,
          file: ctx.graph.file.name,
          range: step.range,
          hint: `pass it with --build-context ${from.name}=… or bake contexts`,
        });
      }
      source = named ? named.state : await ctx.context.state();
      srcs = step.src.map((s) => joinPath("/", s));
      label = from.name !== undefined ? `--from=context:${from.name} ` : "";
      break;
    }
    case "stage":
      source = ctx.results.get(from.stage)?.state ?? scratch();
      srcs = step.src.map((s) => joinPath("/", s));
      label = `--from=${from.stage} `;
      break;
    case "artifact": {
      const producer = ctx.results.get(from.stage);
      const art = producer?.stage.artifacts.find((a) => a.name === from.artifact);
      source = producer?.state ?? scratch();
      const root = art?.path ?? "/";
      srcs = (step.src.length > 0 ? step.src : [""]).map((s) => joinPath(root, s));
      label = `--from=${from.stage}.${from.artifact} `;
      break;
    }
    case "image":
      source = await pinnedImage(ctx, from.ref);
      srcs = step.src.map((s) => joinPath("/", s));
      label = `--from=${from.ref} `;
      break;
    case "url":
    case "urls": {
      // The engine downloads the one file (checked against the checksum, and cached by it): for
      // a download per platform, the URL of the platform this stage is built for.
      const chosen = from.kind === "url" ? from : from.byPlatform.find((d) => d.platform === platformId(ctx.platform));
      if (!chosen && from.kind === "urls") {
        ctx.diagnostics.push({
          code: "PlatformMismatch",
          severity: "error",
          message: `this copy downloads nothing for ${platformId(ctx.platform)} (it has ${from.byPlatform.map((d) => d.platform).join(", ")})`,
          file: ctx.graph.file.name,
          range: step.range,
          hint: `add ${platformId(ctx.platform)} to \`src\`, or build for the platforms it has`,
        });
      }
      // None for this platform (reported above): nothing to download, as an unknown context copies from scratch.
      const name = chosen ? downloadName(chosen.url) : "";
      source = chosen ? http(chosen.url, { filename: name, ...(chosen.checksum !== undefined ? { checksum: chosen.checksum } : {}), location: ctx.locate(step.range) }) : scratch();
      shownUrl = chosen?.url ?? "";
      srcs = [`/${name}`];
      // The name shows the URL and where it goes (the checksum is in the source op).
      label = "";
      break;
    }
    case "git": {
      // The checkout (of its subdirectory, when the URL names one), its contents into dst.
      const missing = missingGitCaps(from.repo, ctx.host.llbCaps);
      if (missing.length > 0) {
        ctx.diagnostics.push({
          code: "UnsupportedContext",
          severity: "error",
          message: `this BuildKit cannot check out ${from.url}: it lacks ${missing.join(", ")}`,
          file: ctx.graph.file.name,
          range: step.range,
          hint: missing.includes("source.git.checksum")
            ? "upgrade BuildKit, or pin the commit as the ref instead (`REPO#COMMIT`), which any BuildKit checks out"
            : "upgrade BuildKit or leave that option out of the URL",
        });
      }
      source = git(from.repo, { location: ctx.locate(step.range) });
      shownUrl = from.url;
      srcs = ["/"];
      label = "";
      break;
    }
  }
  const shown = shownUrl !== undefined ? `ADD ${shownUrl} ${step.dst}` : `COPY ${label}${step.src.join(" ") || "."} ${step.dst}`;
  const [first, ...rest] = srcs;
  let actions = copy(source, first ?? "/", dst, base);
  for (const s of rest) actions = actions.copy(source, s, dst, base);
  const location = ctx.locate(step.range);
  const ignore = ctx.noCache ? { ignoreCache: true } : {};
  // Owners by name need the stage's /etc/passwd, which a copy onto scratch cannot see.
  const byName = owner !== undefined && (typeof owner.user === "string" || typeof owner.group === "string");
  if (from.kind === "artifact" && ctx.host.llbCaps.has("mergeop") && !state.isScratch() && !byName) {
    // Linked copy: the artifact lands on scratch, then is stacked on the stage. If the stage
    // below changes, the artifact layer is reused without copying again.
    const index = ctx.namer.index + 1;
    // buildx shows grouped vertices under the group name: it says LINK so the log tells.
    const group = { id: `${ctx.stage.name}-${index}`, name: ctx.namer.at(index, `LINK ${shown}`) };
    const layer = scratch().file(actions, { customName: ctx.namer.at(index, shown), location, progressGroup: { ...group, weak: true }, ...ignore });
    const merged = merge([state, layer], { customName: ctx.namer.next(`LINK ${shown}`), location, progressGroup: group, ...ignore });
    return { state: merged, createdBy: `${shown} # buildkit` };
  }
  return { state: state.file(actions, { customName: ctx.namer.next(shown), location, ...ignore }), createdBy: `${shown} # buildkit` };
}
