/** Resolving a stage's steps: run (with mounts), copy and packages. Package managers come later. */
import type { Code } from "../diagnostics/index.ts";
import type { CopyNode, Entry, MountNode, PackagesNode, RunNode, Str } from "../config/index.ts";
import { didYouMean } from "../config/index.ts";
import type { CopySource, CopyStep, PackageManager, RunMount, RunStep } from "./model.ts";
import { PACKAGE_MANAGERS } from "./presets.ts";
import type { Dep, Refs } from "./refs.ts";
import { ARCHES, OSES, escapesContext, isValidUser, parseMode, parseSize, parseUint, platformId, platformProblem, resolvePath, validPlatform } from "./values.ts";
import { parseGitRef } from "../llb/git-ref.ts";

/** A packages step before its manager is known (inferred in topological order). */
export interface DraftPackages {
  readonly kind: "packages";
  readonly manager?: PackageManager;
  readonly names: readonly Str[];
  readonly range: PackagesNode["range"];
}

export type DraftStep = RunStep | CopyStep | DraftPackages;

const NETWORKS = ["default", "none", "host"] as const;

export function resolveRun(refs: Refs, n: RunNode, deps: Dep[]): RunStep {
  const { ip, rep } = refs;
  const cmd = n.command;
  const workdir = n.workdir ? text(refs, n.workdir, "the workdir") : undefined;
  const user = n.user ? checkUser(refs, n.user) : undefined;
  let network: RunStep["network"];
  if (n.network) {
    const v = ip.expand(n.network);
    if ((NETWORKS as readonly string[]).includes(v)) network = v as RunStep["network"];
    else rep.error("InvalidValue", `invalid network mode \`${v}\``, n.network.range, didYouMean(v, NETWORKS) ?? "use default, none or host");
  }
  const mounts = n.mounts.map((m) => resolveMount(refs, m, deps)).filter((m): m is RunMount => m !== undefined);
  if (cmd.shell && cmd.shell.value.trim() === "") rep.error("EmptyValue", "empty run command", cmd.shell.range);
  if (cmd.exec && cmd.exec.length === 0) rep.error("EmptyValue", "empty exec list", cmd.range, "give the program and its arguments");
  if (cmd.exec?.[0] && cmd.exec[0].value === "") rep.error("EmptyValue", "empty program name", cmd.exec[0].range, "the first item of `exec` is the program to run");
  const shell = cmd.shell ? text(refs, cmd.shell, "a run command") : undefined;
  const exec = cmd.exec ? cmd.exec.map((s) => text(refs, s, "a run argument")) : undefined;
  return {
    kind: "run",
    ...(shell !== undefined ? { shell } : {}),
    ...(exec ? { exec } : {}),
    env: n.env.map((e) => [envName(refs, e.key), text(refs, e.value, "an env value")] as const),
    ...(workdir ? { workdir } : {}), ...(user ? { user } : {}), ...(network ? { network } : {}),
    mounts, range: n.range,
  };
}

/** An absolute path (expanded), or an InvalidPath error. */
export function absolute(refs: Refs, s: Str | undefined, what: string): string | undefined {
  if (!s) return undefined;
  const v = text(refs, s, what);
  if (!v.startsWith("/")) refs.rep.error("InvalidPath", `${what} \`${v}\` must be an absolute path`, s.range, `write /${v.replace(/^\.?\/*/, "")}`);
  return v;
}

/** A mount target: absolute, and not `/` (a mount there would replace the root filesystem). */
export function mountTarget(refs: Refs, s: Str | undefined, what: string): string | undefined {
  const v = absolute(refs, s, what);
  if (s && v !== undefined && v.startsWith("/") && resolvePath("/", v) === "/") {
    refs.rep.error("InvalidPath", `${what} cannot be \`/\``, s.range, "a mount at / would replace the root filesystem; mount at a directory such as /mnt/NAME");
  }
  return v;
}

/** An expanded string (or `v`, `s` expanded otherwise); a NUL in it (which no process argument, path or label can hold) is an error. */
export function text(refs: Refs, s: Str, what: string, v = refs.ip.expand(s)): string {
  if (v.includes("\0")) refs.rep.error("InvalidValue", `${what} contains a NUL character`, s.range, "NUL cannot reach a process, a path or the image config; remove it");
  return v;
}

/** Env names: letters, digits, `_`, `.` and `-`, not starting with a digit (after interpolation). */
export const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** An env key, expanded; InvalidName when it is not a valid env name. */
export function envName(refs: Refs, s: Str): string {
  const v = refs.ip.expand(s);
  if (!ENV_NAME.test(v)) {
    const what = v === "" ? (s.value === "" ? "empty env name" : `env name \`${s.value}\` is empty after interpolation`) : `\`${v}\` is not a valid env name`;
    refs.rep.error("InvalidName", what, s.range, "env names are letters, digits, _ . and -, and do not start with a digit");
  }
  return v;
}

/** `true`/`false` (expanded), or an InvalidValue error. */
export function bool(refs: Refs, s: Str | undefined): boolean | undefined {
  if (!s) return undefined;
  const v = refs.ip.expand(s);
  if (v === "true" || v === "false") return v === "true";
  refs.rep.error("InvalidValue", `expected true or false, not \`${v}\``, s.range);
  return undefined;
}

function num(refs: Refs, s: Str | undefined, parse: (v: string) => number | undefined, code: Code, hint: string): number | undefined {
  if (!s) return undefined;
  const v = parse(refs.ip.expand(s));
  if (v === undefined) refs.rep.error(code, `invalid value \`${s.value}\``, s.range, hint);
  return v;
}

function resolveMount(refs: Refs, m: MountNode, deps: Dep[]): RunMount | undefined {
  const { ip, rep } = refs;
  const range = m.range;
  const opt = <K extends string, V>(k: K, v: V | undefined): { [P in K]?: V } => (v === undefined ? {} : ({ [k]: v } as { [P in K]: V }));
  const mode = num(refs, m.mode, parseMode, "InvalidMode", 'write an octal mode such as "0400"');
  const uid = num(refs, m.uid, parseUint, "InvalidValue", "expected a number");
  const gid = num(refs, m.gid, parseUint, "InvalidValue", "expected a number");
  switch (m.kind) {
    case "cache": {
      const cache = refs.cache(m.value);
      return cache === undefined ? undefined : { kind: "cache", cache, range };
    }
    case "secret": {
      const envName = m.env ? ip.expand(m.env) : undefined;
      if (envName !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(envName)) rep.error("InvalidValue", `\`${envName}\` is not a valid env name`, m.env?.range ?? range);
      const id = text(refs, m.value, "a secret id");
      if (id === "") rep.error("EmptyValue", "a secret mount needs an id", m.value.range, "write `secret: ID`, the id given with `--secret id=ID,…`");
      return {
        kind: "secret", id, ...opt("target", mountTarget(refs, m.target, "secret target")), ...opt("env", envName),
        required: bool(refs, m.required) ?? false, ...opt("mode", mode), ...opt("uid", uid), ...opt("gid", gid), range,
      };
    }
    case "ssh":
      return { kind: "ssh", id: ip.expand(m.value), ...opt("target", mountTarget(refs, m.target, "ssh target")), required: bool(refs, m.required) ?? false, range };
    case "artifact": {
      const art = refs.artifact(ip.expand(m.value), m.value.range, deps, "mount", true);
      const target = mountTarget(refs, m.target, "artifact mount target");
      if (!m.target) rep.error("MissingKey", "an artifact mount needs `target`", range, "add `target: /path` where the artifact appears");
      return art && target ? { kind: "artifact", stage: art.stage, artifact: art.artifact, target, range } : undefined;
    }
    case "tmpfs": {
      const target = mountTarget(refs, m.value, "tmpfs target");
      const size = num(refs, m.size, parseSize, "InvalidValue", "a size such as 64m (bytes, or k, m, g; below 8 PiB)");
      return target === undefined ? undefined : { kind: "tmpfs", target, ...opt("size", size), range };
    }
    case "bind": {
      const source = text(refs, m.value, "a bind source");
      const target = mountTarget(refs, m.target, "bind target");
      if (!m.target) rep.error("MissingKey", "a bind mount needs `target`", range);
      let from: { stage: string } | { image: string } | undefined;
      if (m.from) {
        const v = ip.expand(m.from);
        if (refs.hasStage(v)) {
          deps.push({ stage: v, range: m.from.range, kind: "mount" });
          from = { stage: v };
        } else if (!refs.reserved(v, m.from.range, "bind") && refs.image(v, m.from.range, "bind")) from = { image: v };
      } else if (escapesContext(source)) contextEscape(refs, m.value, source);
      return target === undefined ? undefined : { kind: "bind", ...opt("from", from), source, target, range };
    }
  }
}

function contextEscape(refs: Refs, s: Str, v: string): void {
  refs.rep.error("ContextPathEscapes", `\`${v}\` is outside the build context`, s.range,
    v.startsWith("/") ? "context paths are relative to the context root: drop the leading /" : "a context path cannot climb out with `..`; widen the build context instead");
}

export function checkUser(refs: Refs, s: Str): string {
  const v = refs.ip.expand(s);
  if (!isValidUser(v)) refs.rep.error("InvalidUser", `\`${v}\` is not a valid user`, s.range, "write NAME, UID, NAME:GROUP or UID:GID");
  return v;
}

/**
 * What a copy source is when it is not a path, as Dockerfile `ADD` reads one: a git repository
 * (a URL with a scheme, or `user@host:path`, in the git grammar), else an http(s) URL (a download).
 */
export function remoteSource(v: string): "git" | "url" | undefined {
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(v);
  if ((scheme || /^[\w-]+@[\w.-]+:/.test(v)) && parseGitRef(v) !== undefined) return "git";
  return /^https?:\/\//i.test(v) ? "url" : undefined;
}
const isDownload = (v: string): boolean => remoteSource(v) !== undefined;

/** A full commit id: what `git.checksum` pins a checkout to. */
const COMMIT = /^([0-9a-f]{40}|[0-9a-f]{64})$/;

/** The digests a download's `checksum` may be (BuildKit's http source checks sha256, sha384, sha512). */
const CHECKSUM = /^(sha256:[0-9a-f]{64}|sha384:[0-9a-f]{96}|sha512:[0-9a-f]{128})$/;

/**
 * A copy whose source is a URL: the file it downloads, with its checksum. Undefined (reported)
 * when the copy mixes a URL with other sources, a `from` or `exclude`, or the URL or checksum is
 * not one.
 */
function resolveDownload(refs: Refs, n: CopyNode, src: readonly { s: Str; v: string }[]): CopySource | undefined {
  const { rep } = refs;
  const url = src.find((x) => isDownload(x.v));
  if (!url) return undefined;
  let ok = true;
  if (src.length > 1) {
    rep.error("InvalidCopy", "a download copies one URL and nothing else", src.find((x) => x !== url)?.s.range ?? url.s.range, "give each URL and each path its own copy");
    ok = false;
  }
  ok = noFromOrExclude(refs, n, `a download (\`src: ${url.v}\`)`) && ok;
  if (remoteSource(url.v) === "git") return ok ? resolveGit(refs, n, url) : undefined;
  ok = checkDownloadUrl(refs, url.s, url.v) && ok;
  const checksum = n.checksum ? text(refs, n.checksum, "a checksum") : undefined;
  if (checksum !== undefined) ok = checkChecksum(refs, n.checksum!, checksum) && ok;
  else if (ok) unpinned(refs, url.s, url.v);
  return ok ? { kind: "url", url: url.v, ...(checksum !== undefined ? { checksum } : {}) } : undefined;
}

/** Whether the copy has neither `from` nor `exclude`, which a download (`what`) does not take (reported). */
function noFromOrExclude(refs: Refs, n: CopyNode, what: string): boolean {
  let ok = true;
  for (const [key, node] of [["from", n.from], ["exclude", n.exclude[0]]] as const) {
    if (node) {
      refs.rep.error("ConflictingKeys", `\`${key}\` does not go with ${what}`, node.range, `the URL is where the file comes from: drop \`${key}\``);
      ok = false;
    }
  }
  return ok;
}

/** Whether `v` is an http(s) URL a download may fetch (reported when not). */
function checkDownloadUrl(refs: Refs, s: Str, v: string): boolean {
  let parsed: URL | undefined;
  try {
    parsed = new URL(v);
  } catch {
    parsed = undefined;
  }
  if (!parsed || parsed.hostname === "" || /\s/.test(v) || !/^https?:\/\//i.test(v)) {
    refs.rep.error("InvalidValue", `\`${v}\` is not a URL`, s.range, "write http(s)://HOST/PATH");
    return false;
  }
  if (parsed.username !== "" || parsed.password !== "") {
    refs.rep.error("InvalidValue", "a download URL with credentials puts them in the build's cache keys and image history", s.range, "download it in a `run` step with a secret mount instead");
    return false;
  }
  return true;
}

/** Whether `v` is a digest a download can be checked against (reported when not). */
function checkChecksum(refs: Refs, s: Str, v: string): boolean {
  if (CHECKSUM.test(v)) return true;
  refs.rep.error("InvalidValue", `\`${v}\` is not a checksum`, s.range, "write sha256: and the 64 hex digits `sha256sum FILE` prints (or sha384:, sha512:)");
  return false;
}

function unpinned(refs: Refs, s: Str, v: string): void {
  refs.rep.warn("UnpinnedDownload", `\`${v}\` is downloaded without a checksum: the build takes whatever the server sends, and asks again every build`, s.range,
    "add `checksum: sha256:…` (what `sha256sum FILE` prints): the file is then checked, and cached by that digest");
}

/**
 * A download per platform: `src` and `checksum` as mappings from a platform to its URL and its
 * digest. Each key is a platform (normalised); each checksum belongs to a platform with a URL.
 */
function resolvePlatformDownloads(refs: Refs, n: CopyNode, entries: readonly Entry[]): CopyStep | undefined {
  const { rep } = refs;
  let ok = true;
  ok = noFromOrExclude(refs, n, "a download per platform") && ok;
  if (n.checksum) {
    rep.error("InvalidValue", "one checksum cannot check a file per platform", n.checksum.range, "give `checksum` the same platforms as `src`: `{ linux/amd64: sha256:…, … }`");
    ok = false;
  }
  if (entries.length === 0) {
    rep.error("EmptyValue", "a download per platform needs at least one platform", n.range, "write `src: { linux/amd64: https://… }`");
    return undefined;
  }
  const ids = checkPlatforms(refs, entries.map((e) => e.key));
  const sums = new Map<string, { s: Str; v: string }>();
  const sumEntries = n.checksumByPlatform ?? [];
  checkPlatforms(refs, sumEntries.map((e) => e.key)).forEach((id, i) => {
    const e = sumEntries[i] as Entry;
    sums.set(id, { s: e.value, v: text(refs, e.value, "a checksum") });
  });
  const byPlatform: { platform: string; url: string; checksum?: string }[] = [];
  entries.forEach((e, i) => {
    const platform = ids[i] ?? "";
    const url = text(refs, e.value, "a download URL");
    let good = checkDownloadUrl(refs, e.value, url);
    const sum = sums.get(platform);
    if (sum) good = checkChecksum(refs, sum.s, sum.v) && good;
    else if (good) unpinned(refs, e.value, url);
    ok &&= good;
    byPlatform.push({ platform, url, ...(sum ? { checksum: sum.v } : {}) });
  });
  for (const [id, sum] of sums) {
    if (!ids.includes(id)) {
      rep.error("InvalidValue", `a checksum for ${id}, which \`src\` has no URL for`, sum.s.range, `add ${id} to \`src\`, or drop this checksum`);
      ok = false;
    }
  }
  return copyStep(refs, n, ok ? { kind: "urls", byPlatform } : undefined, []);
}

/**
 * The copy step from what was resolved: its mode and owner checked (reported whatever else
 * failed), then undefined unless `from` and `dst` are there; `exclude` expanded only then.
 */
function copyStep(refs: Refs, n: CopyNode, from: CopySource | undefined, src: readonly string[], exclude: readonly Str[] = []): CopyStep | undefined {
  const mode = num(refs, n.mode, parseMode, "InvalidMode", 'write an octal mode such as "0755"');
  const owner = n.owner ? checkUser(refs, n.owner) : undefined;
  if (!from || !n.dst) return undefined;
  return {
    kind: "copy", from, src, dst: text(refs, n.dst, "a copy destination"), exclude: exclude.map((s) => text(refs, s, "an exclude pattern")),
    ...(owner ? { owner } : {}), ...(mode === undefined ? {} : { mode }), range: n.range,
  };
}

export function resolveCopy(refs: Refs, n: CopyNode, deps: Dep[]): CopyStep | undefined {
  const { rep } = refs;
  if (n.srcByPlatform) return resolvePlatformDownloads(refs, n, n.srcByPlatform);
  if (n.checksumByPlatform) rep.error("InvalidValue", "a checksum per platform needs a download per platform", n.range, "write `src` as a mapping too: `{ linux/amd64: https://…, … }`");
  const src = n.src.map((s) => ({ s, v: text(refs, s, "a copy source") }));
  // A download's file (or a checkout) to `dst`.
  if (src.some((x) => isDownload(x.v))) return copyStep(refs, n, resolveDownload(refs, n, src), []);
  if (n.checksum) rep.error("InvalidValue", "`checksum` is for a download", n.checksum.range, "a checksum checks a file downloaded from `src: https://…`; drop it here");
  const from = refs.copyFrom(n.from, deps);
  if (from?.kind === "context") for (const { s, v } of src) if (escapesContext(v)) contextEscape(refs, s, v);
  if (from?.kind === "artifact") {
    for (const { s, v } of src) if (v.startsWith("/") || escapesContext(v)) rep.error("ContextPathEscapes", `\`${v}\` must be relative to the artifact's root`, s.range);
  } else if (n.src.length === 0 && n.from && from !== undefined) {
    rep.error("MissingKey", "a copy from a stage or image needs `src`", n.from.range, "add `src: /path/in/that/image`");
  }
  return copyStep(refs, n, from, src.length ? src.map((x) => x.v) : [""], n.exclude);
}

/** A git source: the repository's checkout, at a commit when `checksum` (or the URL's `?checksum=`) gives one. */
function resolveGit(refs: Refs, n: CopyNode, url: { s: Str; v: string }): CopySource | undefined {
  const { rep } = refs;
  const ref = parseGitRef(url.v);
  if (ref === undefined) return undefined;
  if ("problem" in ref) {
    rep.error("InvalidValue", ref.problem, url.s.range, "write the repository as docker buildx takes it: REPO.git#REF[:SUBDIR] or REPO.git?ref=REF&subdir=DIR");
    return undefined;
  }
  if (ref.remote.includes("@") && ref.scheme !== "ssh") {
    rep.error("InvalidValue", "a repository URL with credentials puts them in the build's cache keys and image history", url.s.range, "pass a token with --secret id=GIT_AUTH_TOKEN instead");
    return undefined;
  }
  const checksum = n.checksum ? text(refs, n.checksum, "a checksum") : ref.checksum;
  if (checksum !== undefined && !COMMIT.test(checksum)) {
    rep.error("InvalidValue", `\`${checksum}\` is not a commit`, n.checksum?.range ?? url.s.range, "a repository's checksum is the full commit id `git rev-parse REF` prints");
    return undefined;
  }
  if (n.checksum && ref.checksum !== undefined && ref.checksum !== checksum) {
    rep.error("ConflictingKeys", `\`checksum\` says ${checksum} and the URL says ${ref.checksum}`, n.checksum.range, "keep one of them");
    return undefined;
  }
  if (checksum === undefined && !(ref.ref !== undefined && COMMIT.test(ref.ref))) {
    rep.warn("UnpinnedDownload", `\`${url.v}\` is checked out without a commit: the build takes whatever the ref points at, and asks again every build`, url.s.range,
      "add `checksum:` with the commit `git rev-parse REF` prints (or write the commit as the ref)");
  }
  return { kind: "git", url: url.v, repo: { ...ref, ...(checksum !== undefined ? { checksum } : {}) } };
}

export function resolvePackages(refs: Refs, n: PackagesNode): DraftPackages {
  const { ip, rep } = refs;
  let manager: PackageManager | undefined;
  if (n.manager) {
    const v = ip.expand(n.manager);
    if ((PACKAGE_MANAGERS as readonly string[]).includes(v)) manager = v as PackageManager;
    else rep.error("InvalidValue", `unknown package manager \`${v}\``, n.manager.range, didYouMean(v, PACKAGE_MANAGERS) ?? "use apt, apk or dnf");
  }
  const names = n.names.map((s) => ip.str(s));
  for (const s of names) {
    if (s.value.trim() === "") rep.error("InvalidPackageName", "empty package name", s.range, "remove the empty item");
    else if (/[\s\0]/.test(s.value)) {
      rep.error("InvalidPackageName", `\`${s.value}\` is not a package name`, s.range, `list each package as its own item: [${s.value.split(/[\s\0]+/).filter(Boolean).join(", ")}]`);
    } else if (s.value.startsWith("-")) {
      rep.error("InvalidPackageName", `\`${s.value}\` is not a package name`, s.range, "list package names only; options are not allowed");
    }
  }
  if (names.length === 0) rep.warn("EmptyValue", "no packages to install", n.range);
  return { kind: "packages", ...(manager ? { manager } : {}), names, range: n.range };
}

/** A `platforms` list: each one valid, none twice (as written or after normalising); normalised ids. */
export function checkPlatforms(refs: Refs, list: readonly Str[]): string[] {
  const seen = new Map<string, Str>();
  const out: string[] = [];
  for (const p of list) {
    const v = refs.ip.expand(p);
    const problem = platformProblem(v);
    const parsed = problem === undefined ? validPlatform(v) : undefined;
    if (!parsed) {
      const [os = "", arch = ""] = v.split("/");
      const hint = !OSES.includes(os.toLowerCase()) ? didYouMean(os, OSES) : !ARCHES.includes(arch.toLowerCase()) ? didYouMean(arch, ARCHES) : undefined;
      refs.rep.error("InvalidPlatform", `\`${v}\` is not a valid platform`, p.range, hint ?? problem);
      out.push(v);
      continue;
    }
    const id = platformId(parsed);
    const first = seen.get(id);
    if (first) {
      const was = refs.ip.expand(first);
      const same = was === v ? `platform \`${v}\` is listed twice` : `platform \`${v}\`${v === id ? "" : ` (\`${id}\`)`} is listed already as \`${was}\``;
      refs.rep.error("InvalidPlatform", same, p.range,
        "list each platform once", [{ message: "first listed here", range: first.range }]);
      continue;
    }
    seen.set(id, p);
    out.push(id);
  }
  return out;
}
