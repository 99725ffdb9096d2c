/** POSIX path helpers shared by exec and file ops (Go `path.Clean`/`path.Join` semantics). */
import { posix } from "node:path";

/** Cleans `p` and makes it absolute against `cwd`; `keepSlash` keeps a trailing `/` (dests). */
export function absPath(cwd: string, p: string, keepSlash = false): string {
  let out = posix.isAbsolute(p) ? posix.normalize(p) : posix.join("/", cwd, p);
  if (out.length > 1 && out.endsWith("/")) out = out.slice(0, -1);
  if (keepSlash && (p.endsWith("/") || p.endsWith("/.")) && !out.endsWith("/")) out += "/";
  return out;
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
