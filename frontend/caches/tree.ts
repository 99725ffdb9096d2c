/**
 * The cache tree: what `HIER_CACHES=export` returns and what `--build-context hier-caches=…`
 * reads. It is shared by the frontend (export, seed) and the CLI (`hier cache …`, bake).
 *
 *     hier-caches.json                                  the manifest (`CacheManifest`)
 *     hier%2Fapt%2Farchives%2Fdebian-bookworm%2Flinux-amd64/   one directory per cache id,
 *     hier%2Fpip%2Fcache%2Fdebian-bookworm%2Flinux-amd64/      holding the cache's files
 *
 * A directory name is its BuildKit cache id with every byte outside `A-Z a-z 0-9 . _ -` written
 * `%XX` (upper-case hex of its UTF-8 bytes), so `/` is `%2F` and `%` itself `%25`: the mapping is
 * one-to-one, reversible (`idFromDir`), and never yields `.`, `..` or a `/`.
 */

/** The manifest's file name, at the root of the tree. */
export const MANIFEST = "hier-caches.json";

/** The manifest's `format`; a reader refuses any other. */
export const FORMAT = "hier-caches/v1";

/** The named context a seed is passed as (`--build-context hier-caches=SOURCE`). */
export const SEED_CONTEXT = "hier-caches";

/** The build arg that turns a build into an export (`HIER_CACHES=export`). */
export const EXPORT_ARG = "HIER_CACHES";

/** One exported cache: a BuildKit cache id and where it came from. */
export interface CacheEntry {
  /** The catalogue name (`caches:` key, or the package manager for an implicit cache). */
  readonly name: string;
  /** The BuildKit cache id (see frontend/compile/caches.ts). */
  readonly id: string;
  /** The preset (`apt`, `pip`, …) or `custom`. */
  readonly preset: string;
  /** Where the stages mount it. */
  readonly path: string;
  /** `shared`, `private` or `locked`. */
  readonly sharing: string;
  /** The directory in the tree holding its files: `dirForId(id)`. */
  readonly dir: string;
  /** The stages that mount it, in build order. */
  readonly stages: readonly string[];
  /** Bytes of its files after the build (apparent sizes, as `du -sb`). */
  readonly bytes: number;
}

/** The manifest, `hier-caches.json`. */
export interface CacheManifest {
  readonly format: typeof FORMAT;
  /** The target whose build filled the caches. */
  readonly target: string;
  /** `linux/amd64` etc.: the platform they were built for. */
  readonly platform: string;
  readonly caches: readonly CacheEntry[];
}

/** The tree directory of a cache id: `hier/apt/…` → `hier%2Fapt%2F…` (see the file comment). */
export function dirForId(id: string): string {
  let out = "";
  for (const byte of Buffer.from(id, "utf8")) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9._-]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  // An id of only dots would name `.` or `..`: escape its first dot (ids start with `hier/`).
  return /^\.+$/.test(out) ? `%2E${out.slice(1)}` : out;
}

/** The cache id a tree directory holds, or undefined when the name is not such an encoding. */
export function idFromDir(dir: string): string | undefined {
  if (!/^(?:[A-Za-z0-9._-]|%[0-9A-F]{2})+$/.test(dir)) return undefined;
  try {
    const id = decodeURIComponent(dir);
    return dirForId(id) === dir ? id : undefined;
  } catch {
    return undefined;
  }
}

/** Paths (relative to a cache directory, shell globs) per preset that never travel. */
export const NOT_EXPORTED: Readonly<Record<string, readonly string[]>> = {
  // apt: its lock files and the one hier's apt steps take (`hier.lock`), half-downloaded packages
  // (`partial/` of the archive dirs and lists) and the binary package caches it rebuilds from the
  // lists (`*.bin`).
  apt: ["lock", "partial", "archives/lock", "archives/partial", "hier-archives/lock", "hier-archives/partial", "*.bin", "hier.lock"],
  apk: [],
  dnf: ["*.lock", "**/packages/*.rpm.part"],
  pip: ["selfcheck", "*.lock"],
  npm: ["_logs", "_cacache/tmp"],
  yarn: [".tmp"],
  pnpm: ["tmp"],
  go: [],
  cargo: ["registry/.package-cache", ".package-cache"],
  maven: [],
  gradle: ["*.lock", "**/*.lock"],
  ccache: ["tmp", "*.lock"],
};

/** Why `text` is not a manifest, or the manifest. */
export function parseManifest(text: string): CacheManifest | string {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    // V8 quotes the text around the fault, newlines and all: one line for the error it goes into.
    return `${MANIFEST} is not JSON (${(e instanceof Error ? e.message : String(e)).replace(/\s+/g, " ")})`;
  }
  if (typeof v !== "object" || v === null) return `${MANIFEST} is not an object`;
  const m = v as Partial<CacheManifest>;
  if (m.format !== FORMAT) {
    return `${MANIFEST} has ${m.format === undefined ? "no format" : `format ${JSON.stringify(m.format)}`}, expected ${JSON.stringify(FORMAT)}`;
  }
  if (!Array.isArray(m.caches)) return `${MANIFEST} has no caches list`;
  for (const [i, c] of m.caches.entries()) {
    const e = c as Partial<CacheEntry> | null;
    if (typeof e?.id !== "string") return `${MANIFEST}: caches[${i}] has no id`;
    const dir = dirForId(e.id);
    if (e.dir !== dir) {
      return `${MANIFEST}: caches[${i}] (id ${JSON.stringify(e.id)}) needs the dir ${JSON.stringify(dir)}${typeof e.dir === "string" ? `, not ${JSON.stringify(e.dir)}` : ""}`;
    }
  }
  return m as CacheManifest;
}

/** The manifest as written: two-space JSON with a final newline, entries sorted by id. */
export function formatManifest(m: CacheManifest): string {
  const caches = [...m.caches].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return `${JSON.stringify({ ...m, caches }, null, 2)}\n`;
}

/** `1536` → `1.5 KiB`, for progress messages. */
export function formatBytes(n: number): string {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${n} B` : `${v.toFixed(1)} ${units[u]}`;
}
