/**
 * YAML syntax errors in hier's words. The `yaml` library finds an unclosed quote or bracket
 * where it runs out of text; we point at the opener instead (found in its concrete syntax tree),
 * drop the errors that only follow from another one (a bracket whose closer an unclosed quote
 * swallowed), and replace wording that names the library's API.
 */
import { Parser, type YAMLError } from "yaml";
import type { Range } from "../diagnostics/index.ts";

/** One syntax error, ready to report. */
export interface SyntaxError {
  readonly message: string;
  readonly range: Range;
  readonly hint?: string;
}

interface Opener {
  readonly kind: '"' | "'" | "[" | "{";
  readonly offset: number;
  readonly closed: boolean;
}

const CLOSER = { "[": "]", "{": "}", '"': '"', "'": "'" } as const;

/** The errors of `parseDocument(text)` as hier reports them, in order of position. */
export function syntaxErrors(text: string, errors: readonly YAMLError[]): SyntaxError[] {
  // A stack overflow in the library repeats at every level below it: its first report is the cause.
  const deep = errors.find((e) => e.code === "RESOURCE_EXHAUSTION");
  if (deep) return [describe(deep, clampPos(deep.pos[0], text.length), text.length, undefined)];
  const openers = errors.some((e) => openerKind(e) !== undefined) ? findOpeners(text) : [];
  const used = new Set<Opener>();
  const found: Found[] = [];
  let strays = 0;
  for (const e of errors) {
    const pos = clampPos(e.pos[0], text.length);
    const kind = openerKind(e);
    const opener = kind === undefined ? undefined : pick(openers, kind, pos, used);
    if (opener) used.add(opener);
    // Once text is left over after the document, the rest of it is left over too.
    const stray = STRAY.test(e.message);
    if (stray && strays++ > 0) continue;
    found.push({ e: describe(e, pos, text.length, opener), pos, ...(opener ? { opener } : {}) });
  }
  const out = firstPerLine(text, withoutFollowOns(found).map((f) => f.e));
  if (out.length <= MAX_SYNTAX_ERRORS) return out;
  const last = out[MAX_SYNTAX_ERRORS - 1] as SyntaxError;
  const more = `${out.length - MAX_SYNTAX_ERRORS} more syntax errors after this one are not shown`;
  return [...out.slice(0, MAX_SYNTAX_ERRORS - 1), { ...last, hint: last.hint ? `${last.hint}; ${more}` : more }];
}

interface Found {
  readonly e: SyntaxError;
  readonly pos: number;
  readonly opener?: Opener;
}

const STRAY = / token in YAML stream: /;

function clampPos(pos: number, len: number): number {
  return Math.max(0, Math.min(pos, len));
}

/**
 * An unclosed quote swallows the rest of the file: errors after it follow from it. An unclosed
 * bracket that another unclosed construct opens inside (before the bracket's error) is a
 * follow-on of that inner one.
 */
function withoutFollowOns(found: readonly Found[]): Found[] {
  const unclosed = found.filter((f) => f.opener && !f.opener.closed);
  const quote = unclosed.find((f) => f.opener?.kind === '"' || f.opener?.kind === "'");
  const starts = unclosed.map((f) => f.opener?.offset ?? 0).sort((a, b) => a - b);
  return found.filter((f) => {
    if (quote && f !== quote && f.pos > (quote.opener?.offset ?? 0)) return false;
    if (!f.opener || f.opener.closed) return true;
    const inner = starts[upperBound(starts, f.opener.offset)];
    return inner === undefined || inner >= f.pos;
  });
}

/** The first index whose value is > x in a sorted array. */
function upperBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((a[mid] ?? 0) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** After the first error on a line, the rest of that line is read wrongly: later ones there follow. */
function firstPerLine(text: string, es: readonly SyntaxError[]): SyntaxError[] {
  const sorted = [...es].sort((a, b) => a.range.start - b.range.start);
  const out: SyntaxError[] = [];
  let lineEnd = -1;
  for (const e of sorted) {
    if (e.range.start <= lineEnd && out.length > 0) continue;
    out.push(e);
    const nl = text.indexOf("\n", e.range.start);
    lineEnd = nl < 0 ? text.length : nl;
  }
  return out;
}

/** Syntax errors beyond this many are counted, not listed: after so many, the rest is noise. */
const MAX_SYNTAX_ERRORS = 20;

function openerKind(e: YAMLError): Opener["kind"] | undefined {
  if (e.code === "MISSING_CHAR" && /closing "quote/.test(e.message)) return '"';
  if (e.code === "MISSING_CHAR" && /closing 'quote/.test(e.message)) return "'";
  if (/^Flow sequence\b/.test(e.message)) return "[";
  if (/^Flow map\b/.test(e.message)) return "{";
  return undefined;
}

/**
 * The unclosed opener of this kind nearest before `pos` (else the nearest closed one), not used
 * by an earlier error. `openers` is sorted by offset; the search looks back a bounded distance.
 */
function pick(openers: readonly Opener[], kind: Opener["kind"], pos: number, used: ReadonlySet<Opener>): Opener | undefined {
  let lo = 0;
  let hi = openers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((openers[mid]?.offset ?? 0) <= pos) lo = mid + 1;
    else hi = mid;
  }
  let closed: Opener | undefined;
  for (let i = lo - 1, seen = 0; i >= 0 && seen < 256; i--) {
    const o = openers[i] as Opener;
    if (o.kind !== kind || used.has(o)) continue;
    seen++;
    if (!o.closed) return o;
    closed ??= o;
  }
  return closed;
}

function describe(e: YAMLError, pos: number, len: number, opener: Opener | undefined): SyntaxError {
  const at = (start: number, end = start + 1): Range => ({ start, end: Math.min(Math.max(start, end), len) });
  if (opener && !opener.closed) {
    const close = CLOSER[opener.kind];
    if (opener.kind === '"' || opener.kind === "'") {
      return {
        message: `this \`${opener.kind}\` is never closed`, range: at(opener.offset),
        hint: `end the string with \`${close}\` (a quoted string runs on, across lines, until its closing quote)`,
      };
    }
    // The syntax tree cannot tell a missing closer from one on a line that is not indented enough.
    const what = opener.kind === "[" ? "list" : "mapping";
    return {
      message: `this \`${opener.kind}\` is not closed`, range: at(opener.offset),
      hint: `end the ${what} with \`${close}\`; a \`${opener.kind} … ${close}\` that spans lines needs its later lines indented more than its key`,
    };
  }
  if (opener) {
    return {
      message: `the lines of this \`${opener.kind} … ${CLOSER[opener.kind]}\` must be indented more than the key it belongs to`,
      range: at(opener.offset), hint: "indent the continuation lines, or put the whole collection on one line",
    };
  }
  if (e.code === "MISSING_CHAR" && /directives-end/.test(e.message)) {
    return {
      message: "a `%` directive line must be followed by a `---` line", range: at(pos),
      hint: "add `---` after the `%YAML`/`%TAG` lines, or remove them",
    };
  }
  if (e.code === "MULTIPLE_DOCS") {
    return {
      message: "a hier file is one YAML document; a second one starts here", range: at(pos, pos + 3),
      hint: "remove this `---` and what follows it, or move that into a file of its own",
    };
  }
  if (e.code === "RESOURCE_EXHAUSTION") {
    return {
      message: "lists or mappings are nested too deeply to read here", range: at(pos),
      hint: "a build file needs a few levels of nesting; flatten this part",
    };
  }
  const stray = /^Unexpected .* token in YAML stream: "(.*)"$/.exec(e.message);
  if (stray) {
    return {
      message: `unexpected \`${stray[1]}\`: the file's top-level mapping or list ended before it`, range: at(pos, e.pos[1]),
      hint: "remove it, or check this line's indentation against the lines above",
    };
  }
  const hint = HINTS[e.code];
  return { message: e.message.split("\n")[0] ?? e.message, range: at(pos, e.pos[1]), ...(hint ? { hint } : {}) };
}

/** What to do about the library's other errors, by its error code. */
const HINTS: Partial<Record<YAMLError["code"], string>> = {
  TAB_AS_INDENT: "indent with spaces: YAML does not allow tabs in indentation",
  BLOCK_AS_IMPLICIT_KEY: "put the inner `key: value` on its own, more indented line, or quote the value",
  MULTILINE_IMPLICIT_KEY: "a key and its `:` must be on one line; check this line's indentation",
  BAD_INDENT: "line up the keys of one mapping (and the `-` of one list) in the same column",
  MULTIPLE_ANCHORS: "give a node one `&anchor`",
  MULTIPLE_TAGS: "give a node one `!tag`",
  BAD_ALIAS: "an alias is `*name`, where `&name` anchors a node earlier in the file",
  UNEXPECTED_TOKEN: "check the line for a stray character, or quote the value",
  KEY_OVER_1024_CHARS: "a key without quotes or `?` may be at most 1024 characters; shorten it",
  BAD_DQ_ESCAPE: "in double quotes a backslash starts an escape; write `\\\\` for a backslash, or use single quotes",
};

/** Quoted scalars and flow collections in the text, with whether they are closed. */
function findOpeners(text: string): Opener[] {
  const out: Opener[] = [];
  const work: unknown[] = [...new Parser().parse(text)];
  while (work.length > 0) {
    const t = work.pop();
    if (Array.isArray(t)) {
      for (const x of t) if (x && typeof x === "object") work.push(x);
      continue;
    }
    if (!t || typeof t !== "object") continue;
    const tok = t as { type?: string; offset?: number; source?: string; start?: { source?: string }; end?: { source?: string }[] };
    if (tok.type === "double-quoted-scalar" || tok.type === "single-quoted-scalar") {
      const src = tok.source ?? "";
      const kind = tok.type === "double-quoted-scalar" ? '"' : "'";
      out.push({ kind, offset: tok.offset ?? 0, closed: kind === '"' ? closedDouble(src) : closedSingle(src) });
    } else if (tok.type === "flow-collection") {
      const kind = tok.start?.source === "[" ? "[" : "{";
      const closer = CLOSER[kind];
      out.push({ kind, offset: tok.offset ?? 0, closed: (tok.end ?? []).some((x) => x.source === closer) });
    }
    for (const v of Object.values(tok)) if (v && typeof v === "object") work.push(v);
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** `"…"` ends with a quote not escaped by an odd run of backslashes. */
function closedDouble(src: string): boolean {
  if (src.length < 2 || !src.endsWith('"')) return false;
  let slashes = 0;
  for (let i = src.length - 2; i > 0 && src[i] === "\\"; i--) slashes++;
  return slashes % 2 === 0;
}

/** `'…'` ends with an odd run of quotes after the opener (`''` is an escaped quote). */
function closedSingle(src: string): boolean {
  let run = 0;
  for (let i = src.length - 1; i > 0 && src[i] === "'"; i--) run++;
  return run % 2 === 1;
}
