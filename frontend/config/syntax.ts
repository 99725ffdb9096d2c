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
  const openers = needsOpeners(errors) ? findOpeners(text) : [];
  const used = new Set<Opener>();
  const found: { e: SyntaxError; pos: number; opener?: Opener }[] = [];
  for (const e of errors) {
    const pos = Math.max(0, Math.min(e.pos[0], text.length));
    const kind = openerKind(e);
    const opener = kind === undefined ? undefined : pick(openers, kind, pos, used);
    if (opener) used.add(opener);
    found.push({ e: describe(e, pos, text.length, opener), pos, ...(opener ? { opener } : {}) });
  }
  // An unclosed construct opened inside another one, before the outer one's error, is the cause.
  const unclosed = found.filter((f) => f.opener && !f.opener.closed);
  const quote = unclosed.find((f) => f.opener?.kind === '"' || f.opener?.kind === "'");
  const kept = found.filter((f) => {
    if (quote && f !== quote && f.pos > (quote.opener?.offset ?? 0)) return false;
    if (!f.opener || f.opener.closed) return true;
    const at = f.opener.offset;
    return !unclosed.some((g) => g !== f && (g.opener?.offset ?? 0) > at && (g.opener?.offset ?? 0) < f.pos);
  });
  // Once text is left over after the document, the rest of it is left over too.
  const firstStray = found.findIndex((_, i) => / token in YAML stream: /.test(errors[i]?.message ?? ""));
  if (firstStray >= 0) {
    const rest = kept.filter((f) => !(found.indexOf(f) > firstStray && / token in YAML stream: /.test(errors[found.indexOf(f)]?.message ?? "")));
    kept.length = 0;
    kept.push(...rest);
  }
  // A stack overflow in the library repeats at every level below it: its first report is the cause.
  const deep = found.find((_, i) => errors[i]?.code === "RESOURCE_EXHAUSTION");
  // After the first error on a line, the rest of that line is read wrongly: later ones there follow.
  const lines = new Set<number>();
  const out = (deep ? [deep] : kept).map((f) => f.e).sort((a, b) => a.range.start - b.range.start).filter((e) => {
    const line = text.lastIndexOf("\n", e.range.start - 1);
    if (lines.has(line)) return false;
    lines.add(line);
    return true;
  });
  if (out.length <= MAX_SYNTAX_ERRORS) return out;
  const last = out[MAX_SYNTAX_ERRORS - 1] as SyntaxError;
  const more = `${out.length - MAX_SYNTAX_ERRORS} more syntax errors after this one are not shown`;
  return [...out.slice(0, MAX_SYNTAX_ERRORS - 1), { ...last, hint: last.hint ? `${last.hint}; ${more}` : more }];
}

/** Syntax errors beyond this many are counted, not listed: after so many, the rest is noise. */
const MAX_SYNTAX_ERRORS = 20;

function needsOpeners(errors: readonly YAMLError[]): boolean {
  if (errors.some((e) => e.code === "RESOURCE_EXHAUSTION")) return false; // reported alone, where it happened
  return errors.some((e) => openerKind(e) !== undefined);
}

function openerKind(e: YAMLError): Opener["kind"] | undefined {
  if (e.code === "MISSING_CHAR" && /closing "quote/.test(e.message)) return '"';
  if (e.code === "MISSING_CHAR" && /closing 'quote/.test(e.message)) return "'";
  if (/^Flow sequence\b/.test(e.message)) return "[";
  if (/^Flow map\b/.test(e.message)) return "{";
  return undefined;
}

/** The unclosed opener of this kind nearest before `pos` (else the nearest closed one). */
function pick(openers: readonly Opener[], kind: Opener["kind"], pos: number, used: ReadonlySet<Opener>): Opener | undefined {
  let best: Opener | undefined;
  for (const o of openers) {
    if (o.kind !== kind || o.offset > pos || used.has(o)) continue;
    if (!best || (best.closed && !o.closed) || (best.closed === o.closed && o.offset > best.offset)) best = o;
  }
  return best;
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
  return out;
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
