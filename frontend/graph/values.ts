/**
 * Validators and normalizers for the scalar values the language has: image references, users,
 * ports, modes, durations, signals, platforms, names and paths. Each returns the normalized value
 * or undefined; the caller reports the diagnostic (so every message points at its own range).
 */
import type { ImageRef } from "../llb/image-ref.ts";
import { absPath } from "../llb/paths.ts";
import type { PackageManager } from "./model.ts";

// One grammar each for image references, platforms and paths: the compiler's (llb/).
export { explainImageRef, isValidTag, parseImageRef, type ImageRef } from "../llb/image-ref.ts";
export { ARCHES, OSES, platformId, platformProblem, validPlatform } from "../llb/platform.ts";
export { escapesRoot as escapesContext, isUnder } from "../llb/paths.ts";

const APT_IMAGES = new Set([
  "debian", "ubuntu", "python", "node", "golang", "rust", "ruby", "php", "perl", "openjdk", "eclipse-temurin",
  "buildpack-deps", "gcc", "maven", "gradle", "haskell", "elixir", "erlang", "postgres", "nginx", "httpd",
]);
const DNF_IMAGES = new Set(["fedora", "rockylinux", "almalinux", "centos", "ubi", "ubi8", "ubi9", "ubi-minimal", "ubi8-minimal", "ubi9-minimal", "rhel", "oraclelinux", "amazonlinux"]);

/** The package manager an image most likely has, from its name and tag (undefined if unknown). */
export function inferPackageManager(ref: ImageRef): PackageManager | undefined {
  const repo = ref.path.split("/").pop() ?? "";
  const tag = ref.tag ?? "";
  if (repo === "alpine" || /(^|-)alpine/.test(tag)) return "apk";
  if (DNF_IMAGES.has(repo) || /^ubi\d*(-|$)/.test(repo)) return "dnf";
  if (APT_IMAGES.has(repo) || /(bookworm|bullseye|buster|trixie|jammy|noble|focal|slim)/.test(tag)) return "apt";
  return undefined;
}

const NAME = "[A-Za-z_][A-Za-z0-9_.-]*\\$?|[0-9]+";
const USER = new RegExp(`^(?:${NAME})(?::(?:${NAME}))?$`);

/** A user as `name`, `uid`, `name:group` or `uid:gid`: the user and group parts, or undefined when invalid. */
export function parseUser(user: string): { readonly user: string; readonly group?: string } | undefined {
  if (!USER.test(user)) return undefined;
  const [u = "", g] = user.split(":");
  if (![u, g ?? ""].every((p) => !/^[0-9]+$/.test(p) || Number(p) <= 4294967294)) return undefined;
  return { user: u, ...(g !== undefined ? { group: g } : {}) };
}

/** `name`, `uid`, `name:group`, `uid:gid`. */
export function isValidUser(user: string): boolean {
  return parseUser(user) !== undefined;
}

/** `8000`, `8000/tcp`, `53/udp`, `7000-7002` → ["7000/tcp", "7001/tcp", "7002/tcp"]. */
export function parsePorts(port: string): string[] | undefined {
  const m = /^([0-9]{1,5})(?:-([0-9]{1,5}))?(?:\/(tcp|udp|sctp))?$/i.exec(port);
  if (!m) return undefined;
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  if (lo < 1 || hi > 65535 || hi < lo || hi - lo > 1024) return undefined;
  const proto = (m[3] ?? "tcp").toLowerCase();
  const out: string[] = [];
  for (let p = lo; p <= hi; p++) out.push(`${p}/${proto}`);
  return out;
}

/** Octal permission bits: "0755", "755", "0o755" → 0o755 (always octal, quoted or not). */
export function parseMode(mode: string): number | undefined {
  const m = /^(?:0o)?([0-7]{1,5})$/.exec(mode);
  if (!m || m[1] === undefined) return undefined;
  const v = parseInt(m[1], 8);
  return v <= 0o7777 ? v : undefined;
}

/** A non-negative integer id (uid, gid, retries, tmpfs size in bytes). */
export function parseUint(s: string, max = 4294967294): number | undefined {
  if (!/^[0-9]{1,10}$/.test(s)) return undefined;
  const v = Number(s);
  return v <= max ? v : undefined;
}

/** A size in bytes: `64m`, `1g`, `512k`, `4096`. */
export function parseSize(s: string): number | undefined {
  const m = /^([0-9]+)([kmg]?)b?$/i.exec(s);
  if (!m || m[1] === undefined) return undefined;
  const mult = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? "").toLowerCase()] ?? 1;
  const v = Number(m[1]) * mult;
  // The engine reads sizes as 64-bit integers; above 2^53 a JS number no longer counts bytes.
  return Number.isSafeInteger(v) ? v : undefined;
}

const UNITS: Readonly<Record<string, number>> = { ns: 1, us: 1e3, "µs": 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

/** Durations (in nanoseconds) must stay below this: Go's time.Duration is an int64. */
export const DURATION_LIMIT = 2 ** 63;

/** A Go-style duration (`30s`, `1m30s`, `500ms`) in nanoseconds. */
export function parseDuration(s: string): number | undefined {
  if (!/^(?:[0-9]+(?:\.[0-9]+)?(?:ns|us|µs|ms|s|m|h))+$/.test(s)) return undefined;
  let total = 0;
  for (const m of s.matchAll(/([0-9]+(?:\.[0-9]+)?)(ns|us|µs|ms|s|m|h)/g)) total += Number(m[1]) * (UNITS[m[2] ?? ""] ?? 0);
  return Math.round(total);
}

const SIGNALS = new Set(
  "HUP INT QUIT ILL TRAP ABRT IOT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM STKFLT CHLD CONT STOP TSTP TTIN TTOU URG XCPU XFSZ VTALRM PROF WINCH IO POLL PWR SYS RTMIN RTMAX".split(" "),
);

/** `SIGTERM`, `TERM`, `SIGRTMIN+3`, or a number 1–64. */
export function isValidSignal(s: string): boolean {
  if (/^[0-9]+$/.test(s)) return Number(s) >= 1 && Number(s) <= 64;
  const name = s.toUpperCase().replace(/^SIG/, "");
  return SIGNALS.has(name) || /^RTM(IN|AX)[+-][0-9]{1,2}$/.test(name);
}

/** Stage names become part of image tags (`NAMESPACE/NAME-STAGE`) and precede `.artifact`. */
export const STAGE_NAME = /^[a-z0-9][a-z0-9_-]*$/;
/** Artifact and cache names. */
export const ITEM_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
/** Arg names, as in shells. */
export const ARG_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Words `from` gives a meaning of its own; no stage may be called so. */
export const RESERVED_STAGE_NAMES = new Set(["scratch", "context"]);

/** `rel` resolved against the absolute directory `dir`, keeping a trailing `/` (`/a/./b/../c/` → `/a/c/`). */
export function resolvePath(dir: string, rel: string): string {
  return absPath(dir, rel, true);
}

const COMPILERS =
  /^(?:gcc|g\+\+|gcc-c\+\+|cpp|clang|llvm|build-essential|build-base|alpine-sdk|make|cmake|autoconf|automake|libtool|golang|golang-go|go|rustc|cargo|default-jdk|musl-dev|libc6-dev|nasm)(?:-[0-9.]+)?$|-(?:dev|devel|jdk|jdk-headless)$/;

/** Packages that are compilers or headers: they belong in build stages. */
export function isCompilerPackage(name: string): boolean {
  return COMPILERS.test(name.replace(/[=<>~].*$/, ""));
}
