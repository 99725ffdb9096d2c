/**
 * Stages and their steps. Short keys become steps in a fixed order — packages, then copy, then
 * run — because installing packages first and copying sources before building is what nearly
 * every Dockerfile does; a `steps:` list gives any other order and excludes the short keys.
 */
import { isMap, isSeq } from "yaml";
import type {
  CommandNode, CopyNode, HealthcheckNode, MountKind, MountNode, PackagesNode, RunNode, StageNode, StepNode, Str, WrapperNode,
} from "./document.ts";
import { KEYS, MOUNT_KINDS } from "./keys.ts";
import { shortName } from "./messages.ts";
import type { Field, Reader } from "./reader.ts";
import { didYouMean } from "./suggest.ts";

/** Reads one stage mapping. */
export function readStage(r: Reader, name: Str, field: Field): StageNode | undefined {
  const what = `stage \`${shortName(name.value)}\``;
  if (!isMap(field.node)) {
    r.wrongType("a mapping", field.node, field.range, what);
    return undefined;
  }
  const f = r.fields(field, "stage", what);
  if (!f.has("from")) r.error("MissingKey", `${what} needs \`from\``, name.range, "add `from: IMAGE`, `from: STAGE`, `from: scratch` or `from: context:NAME`");
  const steps: StepNode[] = [];
  const stepsField = f.get("steps");
  if (stepsField) {
    for (const k of ["packages", "copy", "run"] as const) {
      const short = f.get(k);
      if (short) {
        r.error("StepsConflict", `\`${k}\` cannot be used together with \`steps\` in ${what}`, short.key.range,
          `move it into the \`steps\` list as \`- ${k}: …\``, [{ message: "`steps` is here", range: stepsField.key.range }]);
      }
    }
    steps.push(...readSteps(r, stepsField, what));
  } else {
    const pk = f.get("packages");
    if (pk) steps.push(...readPackages(r, pk, what));
    const cp = f.get("copy");
    if (cp) steps.push(...readCopies(r, cp, what));
    const rn = f.get("run");
    if (rn) steps.push(...readRuns(r, rn, what));
  }
  const opt = <K extends string, V>(k: K, v: V | undefined): { [P in K]?: V } => (v === undefined ? {} : ({ [k]: v } as { [P in K]: V }));
  return {
    name,
    ...opt("role", r.str(f.get("role"), `the role of ${what}`)),
    ...opt("description", r.str(f.get("description"), `the description of ${what}`)),
    ...opt("from", r.str(f.get("from"), `\`from\` of ${what}`)),
    platforms: r.strList(f.get("platforms"), `\`platforms\` of ${what}`),
    steps,
    env: r.strMap(f.get("env"), `\`env\` of ${what}`),
    ...opt("workdir", r.str(f.get("workdir"), `\`workdir\` of ${what}`)),
    ...opt("user", r.str(f.get("user"), `\`user\` of ${what}`)),
    caches: r.strList(f.get("caches"), `\`caches\` of ${what}`),
    artifacts: r.strMap(f.get("artifacts"), `\`artifacts\` of ${what}`),
    ...opt("entrypoint", readCommand(r, f.get("entrypoint"), `\`entrypoint\` of ${what}`)),
    ...opt("cmd", readCommand(r, f.get("cmd"), `\`cmd\` of ${what}`)),
    expose: r.strList(f.get("expose"), `\`expose\` of ${what}`),
    volumes: r.strList(f.get("volumes"), `\`volumes\` of ${what}`),
    labels: r.strMap(f.get("labels"), `\`labels\` of ${what}`),
    ...opt("healthcheck", readHealthcheck(r, f.get("healthcheck"), what)),
    ...opt("stopSignal", r.str(f.get("stop_signal"), `\`stop_signal\` of ${what}`)),
    tests: r.strList(f.get("test"), `\`test\` of ${what}`),
    ...opt("wrapper", readWrapper(r, f.get("wrapper"), what)),
    range: field.range,
  };
}

/** Each item of a list, or the value itself when it is not a list. */
function items(r: Reader, field: Field): Field[] {
  return r.items(field);
}

function readSteps(r: Reader, field: Field, what: string): StepNode[] {
  if (!isSeq(field.node)) {
    r.wrongType("a list", field.node, field.range, `\`steps\` of ${what}`);
    return [];
  }
  const out: StepNode[] = [];
  for (const item of items(r, field)) {
    const f = r.fields(item, "step", `a step of ${what}`);
    if (!isMap(item.node)) continue;
    const kinds = [...f.keys()];
    if (kinds.length > 1) {
      r.error("ConflictingKeys", `a step has exactly one of run, copy, packages; this one has ${kinds.join(", ")}`, item.range,
        "split it into one list item per step");
    }
    const [kind] = kinds;
    const inner = kind === undefined ? undefined : f.get(kind);
    if (inner === undefined) {
      if (item.node.items.length === 0) {
        r.error("MissingKey", `a step of ${what} needs one of run, copy, packages`, item.range);
      }
      continue;
    }
    if (kind === "run") out.push(...readRuns(r, inner, what));
    else if (kind === "copy") out.push(...readCopies(r, inner, what));
    else out.push(...readPackages(r, inner, what));
  }
  return out;
}

function readPackages(r: Reader, field: Field, what: string): PackagesNode[] {
  const w = `\`packages\` of ${what}`;
  if (isMap(field.node)) {
    const f = r.fields(field, "packages", w);
    const manager = r.str(f.get("manager"), `the package manager of ${what}`);
    const names = splitWords(r, f.get("names"), r.strList(f.get("names"), `\`names\` in ${w}`));
    if (!f.has("names")) r.error("MissingKey", `${w} needs \`names\``, field.range, "list the packages to install under `names:`");
    return [{ kind: "packages", ...(manager ? { manager } : {}), names, range: field.range }];
  }
  return [{ kind: "packages", names: splitWords(r, field, r.strList(field, w)), range: field.range }];
}

/**
 * `packages: "curl git"` is two packages, as on an `apt-get install` line. Items of a list are
 * names as written (the checker reports an empty one or one with spaces: `InvalidPackageName`).
 */
function splitWords(r: Reader, field: Field | undefined, list: Str[]): Str[] {
  if (field !== undefined && isSeq(field.node)) return list;
  const out: Str[] = [];
  for (const s of list) {
    let from = 0;
    for (const word of s.value.split(/\s+/).filter((w) => w !== "")) {
      const sub = r.subRange(s, word, from);
      from = sub.next;
      out.push({ value: word, range: sub.range });
    }
  }
  return out;
}

function readCopies(r: Reader, field: Field, what: string): CopyNode[] {
  const out: CopyNode[] = [];
  for (const item of items(r, field)) {
    const w = `a copy in ${what}`;
    if (isMap(item.node)) {
      const f = r.fields(item, "copy", w);
      const dst = r.str(f.get("dst"), `\`dst\` of ${w}`);
      const from = r.str(f.get("from"), `\`from\` of ${w}`);
      const owner = r.str(f.get("owner"), `\`owner\` of ${w}`);
      const mode = r.str(f.get("mode"), `\`mode\` of ${w}`);
      // `src` and `checksum` may be mappings: a download per platform.
      const srcMap = isMap(f.get("src")?.node) ? r.strMap(f.get("src"), `\`src\` of ${w}`) : undefined;
      const sumMap = isMap(f.get("checksum")?.node) ? r.strMap(f.get("checksum"), `\`checksum\` of ${w}`) : undefined;
      const checksum = sumMap ? undefined : r.str(f.get("checksum"), `\`checksum\` of ${w}`);
      if (!f.has("dst")) r.error("MissingKey", `${w} needs \`dst\``, item.range, "add `dst: /path/in/image`");
      if (!f.has("src") && !f.has("from")) r.error("MissingKey", `${w} needs \`src\``, item.range, "add `src: path/in/context`");
      out.push({
        kind: "copy", src: srcMap ? [] : r.strList(f.get("src"), `\`src\` of ${w}`), exclude: r.strList(f.get("exclude"), `\`exclude\` of ${w}`),
        ...(dst ? { dst } : {}), ...(from ? { from } : {}), ...(owner ? { owner } : {}), ...(mode ? { mode } : {}), ...(checksum ? { checksum } : {}),
        ...(srcMap ? { srcByPlatform: srcMap } : {}), ...(sumMap ? { checksumByPlatform: sumMap } : {}),
        range: item.range,
      });
      continue;
    }
    const s = r.str(item, w, 'a "SRC... DST" string or a mapping');
    if (!s) continue;
    const words = splitWords(r, undefined, [s]);
    const dst = words.pop();
    if (dst === undefined || words.length === 0) {
      r.error("InvalidCopy", `a copy string needs a source and a destination: "SRC... DST"`, s.range,
        "write `requirements.txt /src/`, or use a mapping {src, dst}");
      continue;
    }
    out.push({ kind: "copy", src: words, dst, exclude: [], range: s.range });
  }
  return out;
}

function readRuns(r: Reader, field: Field, what: string): RunNode[] {
  const out: RunNode[] = [];
  for (const item of items(r, field)) {
    const w = `a run step of ${what}`;
    if (!isMap(item.node)) {
      const shell = r.str(item, w, "a shell string or a mapping");
      if (shell) out.push({ kind: "run", command: { shell, range: shell.range }, env: [], mounts: [], range: shell.range });
      continue;
    }
    const f = r.fields(item, "run", w);
    const sh = f.get("sh");
    const exec = f.get("exec");
    if (sh && exec) r.error("ConflictingKeys", `${w} has both \`sh\` and \`exec\``, exec.key.range, "keep one: `sh` runs a shell string, `exec` an argv list");
    if (!sh && !exec) r.error("MissingKey", `${w} needs \`sh\` or \`exec\``, item.range, "add `sh: your command`");
    const command = sh ? readCommand(r, sh, `\`sh\` of ${w}`, "shell") : exec ? readCommand(r, exec, `\`exec\` of ${w}`, "exec") : undefined;
    const workdir = r.str(f.get("workdir"), `\`workdir\` of ${w}`);
    const user = r.str(f.get("user"), `\`user\` of ${w}`);
    const network = r.str(f.get("network"), `\`network\` of ${w}`);
    const mounts = f.get("mounts");
    out.push({
      kind: "run", command: command ?? { range: item.range }, env: r.strMap(f.get("env"), `\`env\` of ${w}`),
      ...(workdir ? { workdir } : {}), ...(user ? { user } : {}), ...(network ? { network } : {}),
      mounts: mounts ? readMounts(r, mounts, w) : [], range: item.range,
    });
  }
  return out;
}

const MOUNT_KEYS = Object.keys(MOUNT_KINDS) as MountKind[];

function readMounts(r: Reader, field: Field, what: string): MountNode[] {
  if (!isSeq(field.node)) {
    r.wrongType("a list", field.node, field.range, `\`mounts\` of ${what}`);
    return [];
  }
  const out: MountNode[] = [];
  for (const item of items(r, field)) {
    if (!isMap(item.node)) {
      r.wrongType("a mapping", item.node, item.range, `a mount of ${what}`);
      continue;
    }
    const keys = item.node.items.map((p) => r.scalarText(r.deref(p.key)) ?? "");
    const kinds = MOUNT_KEYS.filter((k) => keys.includes(k));
    const [kind] = kinds;
    if (kind === undefined || kinds.length > 1) {
      const guess = keys.map((k) => didYouMean(k, MOUNT_KEYS)).find((h) => h !== undefined);
      r.error("InvalidMount", kinds.length > 1 ? `a mount has exactly one of ${MOUNT_KEYS.join(", ")}; this one has ${kinds.join(", ")}`
        : `a mount needs one of ${MOUNT_KEYS.join(", ")}`, item.range, guess ?? "e.g. `{ cache: pip }` or `{ secret: npmrc, target: /root/.npmrc }`");
      continue;
    }
    const f = r.fields(item, MOUNT_KINDS[kind], `a ${kind} mount`);
    const value = r.str(f.get(kind), `\`${kind}\` of a mount`);
    if (!value) continue;
    const node: Record<string, unknown> = { kind, value, range: item.range };
    for (const k of KEYS[MOUNT_KINDS[kind]]) {
      if (k === kind) continue;
      const s = r.str(f.get(k), `\`${k}\` of a ${kind} mount`);
      if (s) node[k] = s;
    }
    out.push(node as unknown as MountNode);
  }
  return out;
}

/** A string is the shell form, a list the exec form (`force` requires one of them). */
function readCommand(r: Reader, field: Field | undefined, what: string, force?: "shell" | "exec"): CommandNode | undefined {
  if (field === undefined) return undefined;
  if (isSeq(field.node) && force !== "shell") return { exec: r.strList(field, what), range: field.range };
  if (force === "exec") {
    r.wrongType("a list", field.node, field.range, what);
    return undefined;
  }
  const shell = r.str(field, what, force === "shell" ? "a string" : "a string or a list");
  return shell ? { shell, range: field.range } : undefined;
}

function readHealthcheck(r: Reader, field: Field | undefined, what: string): HealthcheckNode | undefined {
  if (field === undefined) return undefined;
  const w = `\`healthcheck\` of ${what}`;
  const f = r.fields(field, "healthcheck", w);
  if (!isMap(field.node)) return undefined;
  const node: Record<string, unknown> = { range: field.range };
  const test = readCommand(r, f.get("test"), `\`test\` of ${w}`);
  if (test) node["test"] = test;
  for (const [k, prop] of [["interval", "interval"], ["timeout", "timeout"], ["start_period", "startPeriod"], ["retries", "retries"], ["disable", "disable"]] as const) {
    const s = r.str(f.get(k), `\`${k}\` of ${w}`);
    if (s) node[prop] = s;
  }
  return node as unknown as HealthcheckNode;
}

/** `wrapper: true|false` or `wrapper: {source: [...]}`. */
function readWrapper(r: Reader, field: Field | undefined, what: string): WrapperNode | undefined {
  if (field === undefined) return undefined;
  const w = `\`wrapper\` of ${what}`;
  if (isMap(field.node)) {
    const f = r.fields(field, "wrapper", w);
    return { source: r.strList(f.get("source"), `\`source\` of ${w}`), range: field.range };
  }
  const enabled = r.str(field, w);
  return enabled ? { enabled, source: [], range: field.range } : undefined;
}
