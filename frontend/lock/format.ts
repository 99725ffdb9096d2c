/**
 * The `hier.lock` file: which digest every image reference of a hier file resolved to. YAML,
 * written by tools (`hier lock`, `docker buildx build --call=lock`), keys sorted so a re-lock
 * that changes nothing changes no byte:
 *
 *   version: 1
 *   images:
 *     debian:bookworm-slim:        # the reference as the hier file writes it
 *       digest: sha256:…           # what it resolved to: the index (or single manifest) digest
 *       platforms:                 # optional: per platform, that platform's manifest digest
 *         linux/amd64: sha256:…
 *
 * `parseLock` reads it with positioned diagnostics (code `InvalidLock`, file `hier.lock`);
 * `formatLock` writes it.
 */
import { isMap, isScalar, parseDocument, type Node as YNode, type Pair } from "yaml";
import type { Diagnostic, Range, SourceFile } from "../diagnostics/index.ts";
import { explainImageRef, platformProblem } from "../llb/index.ts";
import { digestProblem } from "../llb/image-ref.ts";
import { MAX_SOURCE_BYTES } from "../config/index.ts";

/** The lock file's name; it sits beside the hier file. */
export const LOCK_FILE = "hier.lock";
/** The format version this hier reads and writes. */
export const LOCK_VERSION = 1;

/** What one reference is locked to. */
export interface LockedImage {
  /** The digest the reference resolved to (an image index, or a single manifest). */
  readonly digest: string;
  /** Per platform id (`linux/amd64`), that platform's manifest digest; empty when not recorded. */
  readonly platforms: Readonly<Record<string, string>>;
}

/** A lock entry as read: where it is in the lock file, for messages. */
export interface LockEntry extends LockedImage {
  /** The range of the reference key in the lock file. */
  readonly range: Range;
}

/** A parsed lock: entries by the reference exactly as the hier file writes it. */
export interface Lock {
  readonly file: SourceFile;
  readonly images: ReadonlyMap<string, LockEntry>;
}

const HEADER =
  "# hier.lock: written by `hier lock` (or `docker buildx build --call=lock`); do not edit.\n" +
  "# Builds use these digests; `hier lock --update FILE` re-resolves them.\n";

const byKey = <T>(o: Readonly<Record<string, T>>): [string, T][] => Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** The lock file's text for `images` (keys sorted; a header comment saying who writes it). */
export function formatLock(images: Readonly<Record<string, LockedImage>>): string {
  let out = `${HEADER}version: ${LOCK_VERSION}\nimages:${Object.keys(images).length === 0 ? " {}" : ""}\n`;
  for (const [ref, img] of byKey(images)) {
    out += `  ${quote(ref)}:\n    digest: ${img.digest}\n`;
    const platforms = byKey(img.platforms);
    if (platforms.length > 0) out += `    platforms:\n${platforms.map(([p, d]) => `      ${p}: ${d}\n`).join("")}`;
  }
  return out;
}

/** A reference as a YAML key: plain when YAML reads it back as the same string, else quoted. */
function quote(ref: string): string {
  // References are [a-z0-9._/:@-] plus IPv6 brackets; `: ` never occurs, `[` would start a flow.
  return /^[a-z0-9][\w./:@-]*$/i.test(ref) ? ref : JSON.stringify(ref);
}

/** Reads a lock file. Any problem is an `InvalidLock` error at its line; no lock is returned then. */
export function parseLock(file: SourceFile): { lock?: Lock; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const fail = (message: string, range: Range, hint = "rewrite it with `hier lock --update FILE`"): void => {
    diagnostics.push({ code: "InvalidLock", severity: "error", message, file: file.name, range, hint });
  };
  const rangeOf = (n: YNode | null | undefined, fallback: Range = { start: 0, end: 0 }): Range =>
    n?.range ? { start: n.range[0], end: Math.max(n.range[0], n.range[1]) } : fallback;
  if (Buffer.byteLength(file.text, "utf8") > MAX_SOURCE_BYTES) {
    fail(`${file.name} is over ${MAX_SOURCE_BYTES} bytes, the limit for files hier reads`, { start: 0, end: 0 });
    return { diagnostics };
  }
  // Duplicate keys are found below in one pass (yaml's own check compares every pair of keys).
  const doc = parseDocument(file.text, { prettyErrors: false, uniqueKeys: false, keepSourceTokens: false });
  for (const e of doc.errors) fail(`${file.name} is not valid YAML: ${e.message.split("\n")[0]}`, { start: e.pos[0], end: e.pos[1] });
  if (diagnostics.length > 0) return { diagnostics };
  const root = doc.contents;
  const whole = { start: 0, end: file.text.length };
  if (!isMap(root)) {
    fail(`${file.name} must be a mapping with \`version\` and \`images\``, rangeOf(root, whole));
    return { diagnostics };
  }
  const fields = (map: YNode, what: string, known: readonly string[]): Map<string, Pair<YNode, YNode | null>> => {
    const out = new Map<string, Pair<YNode, YNode | null>>();
    if (!isMap(map)) return out;
    for (const pair of map.items as Pair<YNode, YNode | null>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      if (out.has(key)) fail(`\`${key}\` is written twice in ${what}`, rangeOf(pair.key));
      else if (!known.includes(key)) fail(`unknown key \`${key}\` in ${what}`, rangeOf(pair.key), `${what} has only ${known.map((k) => `\`${k}\``).join(", ")}`);
      else out.set(key, pair);
    }
    return out;
  };
  const top = fields(root, file.name, ["version", "images"]);
  const version = top.get("version");
  if (!version) fail(`${file.name} has no \`version\``, rangeOf(root, whole));
  else if (!isScalar(version.value) || version.value.value !== LOCK_VERSION) {
    fail(`${file.name} is version ${isScalar(version.value) ? String(version.value.value) : "?"}; this hier reads version ${LOCK_VERSION}`, rangeOf(version.value, rangeOf(version.key)), "upgrade hier, or rewrite the lock with `hier lock --update FILE`");
  }
  const images = new Map<string, LockEntry>();
  const imagesPair = top.get("images");
  if (!imagesPair) fail(`${file.name} has no \`images\``, rangeOf(root, whole));
  else if (!isMap(imagesPair.value)) fail("`images` must be a mapping from image reference to its digest", rangeOf(imagesPair.value, rangeOf(imagesPair.key)));
  else {
    for (const pair of imagesPair.value.items as Pair<YNode, YNode | null>[]) {
      const entry = readEntry(pair, fail, rangeOf, fields);
      if (entry && images.has(entry[0])) fail(`${entry[0]} is written twice in \`images\``, entry[1].range);
      else if (entry) images.set(entry[0], entry[1]);
    }
  }
  return diagnostics.length > 0 ? { diagnostics } : { lock: { file, images }, diagnostics };
}

type Fail = (message: string, range: Range, hint?: string) => void;
type RangeOf = (n: YNode | null | undefined, fallback?: Range) => Range;
type Fields = (map: YNode, what: string, known: readonly string[]) => Map<string, Pair<YNode, YNode | null>>;

/** One `REF: {digest, platforms}` entry, or undefined (with an error) when it is not one. */
function readEntry(pair: Pair<YNode, YNode | null>, fail: Fail, rangeOf: RangeOf, fields: Fields): [string, LockEntry] | undefined {
  const keyRange = rangeOf(pair.key);
  const ref = isScalar(pair.key) && typeof pair.key.value === "string" ? pair.key.value : undefined;
  const refProblem = ref === undefined ? "it is not a string" : explainImageRef(ref);
  if (ref === undefined || refProblem !== undefined) {
    fail(`\`${ref ?? "?"}\` is not an image reference: ${refProblem ?? ""}`, keyRange);
    return undefined;
  }
  if (!isMap(pair.value)) {
    fail(`the entry for ${ref} must be a mapping with \`digest\` (and optionally \`platforms\`)`, rangeOf(pair.value, keyRange));
    return undefined;
  }
  const f = fields(pair.value, `the entry for ${ref}`, ["digest", "platforms"]);
  const digest = digestAt(f.get("digest")?.value, `the digest of ${ref}`, fail, rangeOf, keyRange);
  const platforms: Record<string, string> = {};
  const plat = f.get("platforms");
  if (plat && !isMap(plat.value)) fail(`\`platforms\` of ${ref} must be a mapping from os/arch to a manifest digest`, rangeOf(plat.value, rangeOf(plat.key)));
  else if (plat && isMap(plat.value)) {
    for (const p of plat.value.items as Pair<YNode, YNode | null>[]) {
      const id = isScalar(p.key) ? String(p.key.value) : "";
      const problem = platformProblem(id);
      if (problem !== undefined) fail(`\`${id}\` in the platforms of ${ref} is not a platform: ${problem}`, rangeOf(p.key));
      const d = digestAt(p.value, `the ${id} digest of ${ref}`, fail, rangeOf, rangeOf(p.key));
      if (problem === undefined && d !== undefined) platforms[id] = d;
    }
  }
  if (digest === undefined || f.get("digest") === undefined) {
    if (f.get("digest") === undefined) fail(`the entry for ${ref} has no \`digest\``, keyRange);
    return undefined;
  }
  return [ref, { digest, platforms, range: keyRange }];
}

function digestAt(node: YNode | null | undefined, what: string, fail: Fail, rangeOf: RangeOf, fallback: Range): string | undefined {
  if (node === undefined) return undefined;
  const value = isScalar(node) && typeof node.value === "string" ? node.value : undefined;
  const problem = value === undefined ? "write sha256: and 64 hex digits" : digestProblem(value);
  if (value === undefined || problem !== undefined) {
    fail(`${what} is not a digest: ${problem ?? ""}`, rangeOf(node, fallback));
    return undefined;
  }
  return value;
}
