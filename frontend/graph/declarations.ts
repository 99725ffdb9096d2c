/** Top-level declarations: args (with `--build-arg` overrides) and the cache catalogue. */
import type { Code } from "../diagnostics/index.ts";
import type { ArgNode, CacheNode } from "../config/index.ts";
import { didYouMean } from "../config/index.ts";
import type { Interpolator } from "./interpolate.ts";
import type { ArgDecl, CacheDecl, CacheTarget } from "./model.ts";
import { PRESETS, SHARING_MODES } from "./presets.ts";
import type { Reporter } from "./report.ts";
import { ARG_NAME, ITEM_NAME, parseMode, parseUint, resolvePath } from "./values.ts";

/** Declared args with the raw value in effect (check.ts interpolates defaults with the Interpolator). */
export function resolveArgs(rep: Reporter, nodes: readonly ArgNode[], buildArgs: Readonly<Record<string, string>>): ArgDecl[] {
  return nodes.map((a) => {
    if (!ARG_NAME.test(a.name.value)) {
      rep.error("InvalidName", `\`${a.name.value}\` is not a valid arg name`, a.name.range, "arg names are letters, digits and _, and do not start with a digit");
    }
    const value = Object.hasOwn(buildArgs, a.name.value) ? buildArgs[a.name.value] : a.default?.value;
    return {
      name: a.name.value,
      ...(a.default ? { default: a.default.value } : {}),
      ...(a.description ? { description: a.description.value } : {}),
      ...(value === undefined ? {} : { value }),
      range: a.name.range,
    };
  });
}

/** The cache catalogue with presets resolved to concrete targets. */
export function resolveCaches(rep: Reporter, ip: Interpolator, nodes: readonly CacheNode[]): Map<string, CacheDecl> {
  const out = new Map<string, CacheDecl>();
  // Tracked per cache: a stage that mounts a cache reads the args the cache's settings use.
  for (const c of nodes) ip.track(`cache:${c.name.value}`, () => {
    const name = c.name.value;
    if (!ITEM_NAME.test(name)) rep.error("InvalidName", `\`${name}\` is not a valid cache name`, c.name.range, "use letters, digits, - and _");
    const presetName = c.preset ? ip.expand(c.preset) : c.target ? undefined : name;
    const preset = presetName === undefined || !Object.hasOwn(PRESETS, presetName) ? undefined : PRESETS[presetName];
    if (presetName !== undefined && preset === undefined) {
      const at = c.preset?.range ?? c.name.range;
      const hint = didYouMean(presetName, Object.keys(PRESETS)) ?? `presets: ${Object.keys(PRESETS).join(", ")}; or give \`target:\` for a custom cache`;
      rep.error(c.preset ? "UnknownPreset" : "MissingKey", c.preset ? `unknown cache preset \`${presetName}\`` : `cache \`${name}\` needs a \`preset\` or a \`target\``, at, hint);
      return;
    }
    let sharing: CacheTarget["sharing"] | undefined;
    if (c.sharing) {
      const s = ip.expand(c.sharing);
      if ((SHARING_MODES as readonly string[]).includes(s)) sharing = s as CacheTarget["sharing"];
      else rep.error("InvalidSharing", `invalid sharing mode \`${s}\``, c.sharing.range, didYouMean(s, SHARING_MODES) ?? "use shared, private or locked");
    }
    const num = (s: typeof c.uid, what: string, parse: (v: string) => number | undefined, code: Code): number | undefined => {
      if (!s) return undefined;
      const v = parse(ip.expand(s));
      if (v === undefined) rep.error(code, `invalid ${what} \`${s.value}\``, s.range, code === "InvalidMode" ? 'write an octal mode such as "0755"' : "expected a number");
      return v;
    };
    const uid = num(c.uid, "uid", parseUint, "InvalidValue");
    const gid = num(c.gid, "gid", parseUint, "InvalidValue");
    const mode = num(c.mode, "mode", parseMode, "InvalidMode");
    const extra = { ...(uid === undefined ? {} : { uid }), ...(gid === undefined ? {} : { gid }), ...(mode === undefined ? {} : { mode }) };
    let targets: CacheTarget[];
    if (preset) {
      targets = preset.targets.map((t) => ({ ...t, ...(sharing ? { sharing } : {}), ...extra }));
      if (c.target) {
        if (targets.length > 1) {
          rep.error("InvalidCache", `preset \`${presetName}\` has ${targets.length} targets; \`target\` cannot replace them`, c.target.range, "drop `target`, or declare a custom cache without `preset`");
        } else if (targets[0]) {
          targets = [{ ...targets[0], path: checkTarget(rep, ip, c.target) }];
        }
      }
    } else {
      targets = c.target ? [{ path: checkTarget(rep, ip, c.target), key: "cache", sharing: sharing ?? "shared", ...extra }] : [];
    }
    const env = preset && !c.target ? preset.env : [];
    out.set(name, { name, preset: preset ? (presetName ?? name) : "custom", targets, env, range: c.name.range });
  });
  return out;
}

function checkTarget(rep: Reporter, ip: Interpolator, target: NonNullable<CacheNode["target"]>): string {
  const path = ip.expand(target);
  if (!path.startsWith("/")) rep.error("InvalidPath", `cache target \`${path}\` must be an absolute path`, target.range, `write /${path.replace(/^\.?\/*/, "")}`);
  else if (resolvePath("/", path) === "/") rep.error("InvalidPath", "cache target cannot be `/`", target.range, "a mount at / would replace the root filesystem; use the tool's cache directory");
  return path;
}
