/**
 * Pass 1 of the checker, per stage in file order: resolve everything a stage says about itself
 * (from, steps, own image config, artifacts, tests), collecting the edges to other stages. What
 * depends on the parent stage (inherited config, package manager, platforms) waits for pass 3.
 */
import type { CommandNode, HealthcheckNode, StageNode, Str } from "../config/index.ts";
import { didYouMean } from "../config/index.ts";
import type { Range } from "../diagnostics/index.ts";
import { ROLES, type From, type Healthcheck, type PackageManager, type Role, type StageConfig, type StageTest } from "./model.ts";
import type { Dep, Refs } from "./refs.ts";
import { absolute, bool, checkPlatforms, checkUser, envName, resolveCopy, resolvePackages, resolveRun, text, type DraftStep } from "./steps.ts";
import {
  RESERVED_STAGE_NAMES, STAGE_NAME, ITEM_NAME, inferPackageManager, isValidSignal, parseDuration, parsePorts, parseUint,
  DURATION_LIMIT,
} from "./values.ts";

export interface DraftArtifact {
  readonly name: string;
  /** As written (relative paths resolve against the stage's workdir in pass 3). */
  readonly path: string;
  readonly range: Range;
}

export interface Draft {
  readonly node: StageNode;
  readonly name: string;
  readonly role: Role;
  /** False when the role is the default (`build`), not written in the file. */
  readonly explicitRole: boolean;
  readonly from: From | undefined;
  /** The package manager the `from` image implies, if it is an image we recognize. */
  readonly imageManager?: PackageManager;
  readonly steps: readonly DraftStep[];
  readonly own: StageConfig;
  readonly artifacts: readonly DraftArtifact[];
  readonly tests: readonly StageTest[];
  readonly wrapper?: { readonly source: readonly string[] };
  readonly platforms: readonly string[];
  /** Stage-level caches (names from the catalogue). */
  readonly caches: readonly { readonly name: string; readonly range: Range }[];
  readonly deps: readonly Dep[];
}

export function draftStage(refs: Refs, n: StageNode): Draft {
  const { rep } = refs;
  const name = n.name.value;
  if (RESERVED_STAGE_NAMES.has(name)) {
    rep.error("InvalidName", `\`${name}\` is reserved and cannot name a stage`, n.name.range, `\`from: ${name}\` has its own meaning; pick another name`);
  } else if (name === "default") {
    rep.error("InvalidName", "`default` cannot name a stage", n.name.range,
      "`hier bake` writes a group called `default` (what `docker buildx bake` builds without a target), and a target cannot share its name; pick another name");
  } else if (!STAGE_NAME.test(name)) {
    rep.error("InvalidName", `\`${name}\` is not a valid stage name`, n.name.range,
      "stage names are lowercase letters, digits, - and _ (they become part of image tags, and `.` separates artifacts)");
  }
  let role: Role = "build";
  if (n.role) {
    if ((ROLES as readonly string[]).includes(n.role.value)) role = n.role.value as Role;
    else rep.error("InvalidValue", `unknown role \`${n.role.value}\``, n.role.range, didYouMean(n.role.value, ROLES) ?? `roles: ${ROLES.join(", ")}`);
  }
  const deps: Dep[] = [];
  const from = n.from ? refs.from(n.from, deps) : undefined;
  const imageManager = from?.image ? inferPackageManager(from.image) : undefined;
  const steps: DraftStep[] = [];
  for (const s of n.steps) {
    if (s.kind === "run") steps.push(resolveRun(refs, s, deps));
    else if (s.kind === "packages") steps.push(resolvePackages(refs, s));
    else {
      const c = resolveCopy(refs, s, deps);
      if (c) steps.push(c);
    }
  }
  const caches: { name: string; range: Range }[] = [];
  for (const c of n.caches) {
    const v = refs.cache(c);
    if (v !== undefined) caches.push({ name: v, range: c.range });
  }
  const artifacts = n.artifacts.map((a) => {
    if (!ITEM_NAME.test(a.key.value)) rep.error("InvalidName", `\`${a.key.value}\` is not a valid artifact name`, a.key.range, "use letters, digits, - and _");
    const path = text(refs, a.value, `the path of artifact \`${a.key.value}\``);
    if (path === "") rep.error("EmptyValue", `artifact \`${a.key.value}\` needs a path`, a.value.range);
    return { name: a.key.value, path, range: a.key.range };
  });
  const platforms = checkPlatforms(refs, n.platforms);
  const tests = n.tests.map((t) => {
    const run = text(refs, t, "a test command");
    if (run.trim() === "") rep.error("EmptyValue", "empty test command", t.range, "a test is a shell command that fails when the image is broken");
    return { run, range: t.range };
  });
  const wrapperOn = n.wrapper && (n.wrapper.enabled ? bool(refs, n.wrapper.enabled) : true);
  const wrapper = n.wrapper && wrapperOn
    ? { source: n.wrapper.source.map((s) => absolute(refs, s, "a wrapper `source` script") ?? "") }
    : undefined;
  const dr: Draft = {
    node: n, name, role, explicitRole: n.role !== undefined, from: from?.from, steps, own: ownConfig(refs, n), artifacts, tests, platforms, caches, deps,
    ...(imageManager ? { imageManager } : {}),
    ...(wrapper ? { wrapper } : {}),
  };
  return dr;
}


/** An entrypoint or cmd; an empty shell string or an empty program name cannot run. */
function command(refs: Refs, c: CommandNode | undefined, what: "entrypoint" | "cmd"): string[] | undefined {
  if (!c) return undefined;
  if (c.shell) {
    const v = text(refs, c.shell, `the ${what}`);
    if (v.trim() === "") refs.rep.error("EmptyValue", `empty ${what}`, c.shell.range, `write \`${what}: []\` to clear the inherited ${what}`);
    return ["/bin/sh", "-c", v];
  }
  const argv = (c.exec ?? []).map((s) => text(refs, s, `an ${what} argument`));
  const first = c.exec?.[0];
  if (what === "entrypoint" && first && argv[0] === "") refs.rep.error("EmptyValue", "empty program name in `entrypoint`", first.range, "the first item is the program to run");
  return argv;
}

function ownConfig(refs: Refs, n: StageNode): StageConfig {
  const { ip, rep } = refs;
  const expose: string[] = [];
  for (const p of n.expose) {
    const v = ip.expand(p);
    const ports = parsePorts(v);
    if (ports) expose.push(...ports.filter((x) => !expose.includes(x)));
    else rep.error("InvalidPort", `\`${v}\` is not a valid port`, p.range, "write PORT or PORT/PROTO, e.g. 8000 or 53/udp (ports 1-65535)");
  }
  const volumes = n.volumes.map((s) => {
    const v = text(refs, s, "a volume");
    if (!v.startsWith("/")) rep.error("InvalidPath", `volume \`${v}\` must be an absolute path`, s.range);
    return v;
  });
  // Env templates: the compiler expands `$NAME` against the inherited env (see interpolate.ts).
  const env = n.env.map((e) => [envName(refs, e.key), text(refs, e.value, "an env value", ip.expandEnv(e.value))] as const);
  for (const l of n.labels) {
    if (l.key.value === "") rep.error("InvalidName", "empty label key", l.key.range, "label keys are names such as org.opencontainers.image.title");
    else if (/[\0-\x1f\x7f]/.test(l.key.value)) rep.error("InvalidName", "a label key contains a control character", l.key.range, "remove NUL, newlines and other control characters from the key");
  }
  // fromEntries defines own properties, so a label called `__proto__` stays a label.
  const labels: Record<string, string> = Object.fromEntries(n.labels.map((l) => [l.key.value, text(refs, l.value, "a label value")]));
  let stopSignal: string | undefined;
  if (n.stopSignal) {
    stopSignal = ip.expand(n.stopSignal);
    if (!isValidSignal(stopSignal)) rep.error("InvalidSignal", `\`${stopSignal}\` is not a signal`, n.stopSignal.range, "write a signal name such as SIGTERM, or a number 1-64");
  }
  const entrypoint = command(refs, n.entrypoint, "entrypoint");
  const cmd = command(refs, n.cmd, "cmd");
  const healthcheck = n.healthcheck ? resolveHealthcheck(refs, n.healthcheck) : undefined;
  return {
    env,
    ...(n.workdir ? { workdir: text(refs, n.workdir, "the workdir") } : {}),
    ...(n.user ? { user: checkUser(refs, n.user) } : {}),
    ...(entrypoint ? { entrypoint } : {}), ...(cmd ? { cmd } : {}),
    expose, volumes, labels,
    ...(healthcheck ? { healthcheck } : {}), ...(stopSignal ? { stopSignal } : {}),
  };
}

function resolveHealthcheck(refs: Refs, h: HealthcheckNode): Healthcheck | undefined {
  const { ip, rep } = refs;
  const dur = (s: Str | undefined): number | undefined => {
    if (!s) return undefined;
    const v = parseDuration(ip.expand(s));
    if (v === undefined) rep.error("InvalidDuration", `\`${s.value}\` is not a duration`, s.range, "write e.g. 30s, 1m30s or 500ms");
    else if (v >= DURATION_LIMIT) {
      rep.error("InvalidDuration", `\`${s.value}\` is too long`, s.range, "the image config holds durations as 64-bit nanoseconds: at most 2562047h (about 292 years)");
      return undefined;
    }
    return v;
  };
  const interval = dur(h.interval), timeout = dur(h.timeout), startPeriod = dur(h.startPeriod);
  let retries: number | undefined;
  if (h.retries) {
    retries = parseUint(ip.expand(h.retries));
    if (retries === undefined) rep.error("InvalidValue", `\`${h.retries.value}\` is not a number of retries`, h.retries.range);
  }
  const disable = h.disable ? ip.expand(h.disable) : undefined;
  if (disable !== undefined && disable !== "true" && disable !== "false") rep.error("InvalidValue", `expected true or false, not \`${disable}\``, h.disable?.range ?? h.range);
  let test: string[] | undefined;
  if (disable === "true" && h.test) {
    rep.error("ConflictingKeys", "a healthcheck has `test` or `disable: true`, not both", h.test.range, "drop `test` to switch the inherited healthcheck off, or drop `disable`");
  }
  if (disable === "true") test = ["NONE"];
  else if (h.test?.shell) test = ["CMD-SHELL", text(refs, h.test.shell, "a healthcheck command")];
  else if (h.test?.exec) {
    const argv = h.test.exec.map((s) => text(refs, s, "a healthcheck argument"));
    test = ["CMD", "CMD-SHELL", "NONE"].includes(argv[0] ?? "") ? argv : ["CMD", ...argv];
  }
  if (test && test[0] !== "NONE" && (test[1] ?? "").trim() === "" && h.test) {
    rep.error("EmptyValue", "empty healthcheck command", h.test.range, "write the command to run, e.g. `test: curl -f http://localhost/ || exit 1`");
  }
  if (!test) {
    rep.error("MissingKey", "a healthcheck needs `test` (or `disable: true`)", h.range, "add `test: curl -f http://localhost/ || exit 1`");
    return undefined;
  }
  const opt = (k: string, v: number | undefined) => (v === undefined ? {} : { [k]: v });
  return { test, ...opt("interval", interval), ...opt("timeout", timeout), ...opt("startPeriod", startPeriod), ...opt("retries", retries) };
}
