/**
 * POSIX path helpers (Go `path.Clean`/`path.Join` semantics): the one implementation the checker,
 * the compiler and the exec and file ops use.
 */
import { posix } from "node:path";

/** Cleans `p` and makes it absolute against `cwd`; `keepSlash` keeps a trailing `/` (dests). */
export function absPath(cwd: string, p: string, keepSlash = false): string {
  let out = posix.isAbsolute(p) ? posix.normalize(p) : posix.join("/", cwd, p);
  if (out.length > 1 && out.endsWith("/")) out = out.slice(0, -1);
  if (keepSlash && (p.endsWith("/") || p.endsWith("/.")) && !out.endsWith("/")) out += "/";
  return out;
}

/** True when `path` is `dir` or inside it (both absolute). */
export function isUnder(path: string, dir: string): boolean {
  const p = absPath("/", path);
  const d = absPath("/", dir);
  return p === d || p.startsWith(d === "/" ? "/" : `${d}/`);
}

/** True when a relative path leaves its root: it is absolute, or climbs out with `..`. */
export function escapesRoot(p: string): boolean {
  if (posix.isAbsolute(p)) return true;
  const n = posix.normalize(p);
  return n === ".." || n.startsWith("../");
}

/** Byte-wise string order (Go's string compare), independent of locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A copy of `record` whose keys were inserted in byte-wise order: protobufjs writes map entries
 * in `Object.keys` order. JS puts integer-like keys ("10") first whatever the insertion order;
 * that order is still deterministic, only not Go's (no key we write is integer-like).
 */
export function sortedRecord<V>(record: Readonly<Record<string, V>>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const k of Object.keys(record).sort(compareStrings)) out[k] = record[k] as V;
  return out;
}
