/**
 * Ignore files: the patterns the context source excludes. As with the Dockerfile frontend, the
 * build file's own `<build file>.dockerignore` beside it (`hier.yaml.dockerignore`) wins over the
 * context's `.dockerignore`.
 *
 * The engine (or buildx, which walks the directory) compiles each pattern with the syntax of Go's
 * `filepath.Match` and fails the whole transfer on a bad one with `syntax error in pattern`,
 * naming no file or line. hier checks that syntax first and names both.
 */
import { posix } from "node:path";
import type { Diagnostic } from "../diagnostics/index.ts";

/** The ignore file beside a build file: `hier.yaml` → `hier.yaml.dockerignore`. */
export function ownIgnoreFile(buildFile: string): string {
  return `${buildFile}.dockerignore`;
}

/** The context's ignore file, at its root. */
export const CONTEXT_IGNORE_FILE = ".dockerignore";

/** The patterns of an ignore file, or an `InvalidIgnorePattern` error at the first line that is not one. */
export type IgnoreParse = { readonly patterns: string[] } | { readonly diagnostic: Diagnostic };

/** Go's strings.TrimSpace: its white space, which is not JavaScript's (U+0085 is, U+FEFF is not). */
const goTrim = (s: string): string => s.replace(/^[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+|[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+$/g, "");

/** Go's filepath.Clean on a Linux path (`posix.normalize`, less a trailing `/`). */
const clean = (p: string): string => {
  const n = posix.normalize(p);
  return n.length > 1 && n.endsWith("/") ? n.slice(0, -1) : n;
};

/**
 * Parses the lines of the ignore file `name` as Docker reads `.dockerignore`: a byte-order mark
 * dropped, a line that starts with `#` skipped, the rest trimmed, blank ones skipped; `!` marks an
 * exception; each path cleaned, less a leading `/`. Each pattern is then checked as the engine
 * checks what it is given (`engineProblem`).
 */
export function parseDockerignore(text: string, name: string = CONTEXT_IGNORE_FILE): IgnoreParse {
  const patterns: string[] = [];
  let offset = text.startsWith("\uFEFF") ? 1 : 0;
  for (const raw of text.slice(offset).split("\n")) {
    const at = offset;
    offset += raw.length + 1;
    if (raw.startsWith("#")) continue;
    const line = goTrim(raw);
    if (line === "") continue;
    const exception = line.startsWith("!");
    let body = exception ? goTrim(line.slice(1)) : line;
    if (body !== "") body = clean(body).replace(/^\/(?=.)/, "");
    const pattern = exception ? `!${body}` : body;
    const problem = engineProblem(pattern);
    if (problem) {
      const start = at + raw.indexOf(line);
      return {
        diagnostic: {
          code: "InvalidIgnorePattern",
          severity: "error",
          message: `\`${shown(line)}\` is not a pattern: ${problem}`,
          file: name,
          range: { start, end: start + line.length },
          hint: "fix or remove the line (patterns are Go's filepath.Match, with `**` and a leading `!`)",
        },
      };
    }
    patterns.push(pattern);
  }
  return { patterns };
}

/** A line as a message shows it: control characters (a tab, a carriage return) escaped. */
const shown = (line: string): string => line.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));

/**
 * What the engine refuses in a pattern it is given, as it reads one: trimmed and cleaned, a
 * leading `!` taken off (alone, it is refused), then `patternProblem`.
 */
function engineProblem(pattern: string): string | undefined {
  let p = goTrim(pattern);
  if (p === "") return undefined;
  p = clean(p);
  if (p.startsWith("!")) {
    if (p.length === 1) return "`!` alone excludes nothing back in: write the path after it";
    p = p.slice(1);
  }
  return patternProblem(p);
}

const UNCLOSED = "a `[` is not closed with `]`";
const EMPTY = "`[]` is an empty character class (write `\\[` for a literal `[`)";
const LONE_ESCAPE = "it ends in a `\\` that escapes nothing (write `\\\\` for a backslash)";
const misplaced = (c: string): string => `a \`${c}\` in a character class must be escaped as \`\\${c}\` unless it closes the class or joins a range`;

/**
 * What the engine finds wrong with a pattern, or undefined. The engine (and buildx, which walks
 * the client's directory) takes a pattern only if Go's `filepath.Match(pattern, ".")` returns no
 * error. That call checks the syntax (`\\` escapes the next character; `[…]`, `[^…]` negated, holds
 * characters and ranges `lo-hi`, a `-` or `]` escaped, and is closed) only as far as it gets
 * matching `.`: the first chunk (up to a `*` outside a class) whole, later ones only while `.`
 * still matches. This follows the same steps, so it rejects exactly what that call rejects and
 * nothing more: a pattern Docker takes, hier takes.
 */
export function patternProblem(pattern: string): string | undefined {
  let rest = [...pattern];
  let name = ["."];
  for (;;) {
    if (rest.length === 0) return undefined;
    const { star, chunk, after } = scanChunk(rest);
    rest = after;
    if (star && chunk.length === 0) return undefined;
    const here = matchChunk(chunk, name);
    if (typeof here === "string") return here;
    if (here && (here.length === 0 || rest.length > 0)) {
      name = here;
      continue;
    }
    if (!star) return undefined;
    // A star may skip characters of the name (never a `/`) before the chunk.
    let next: string[] | undefined;
    for (let i = 0; i < name.length && name[i] !== "/"; i++) {
      const skipped = matchChunk(chunk, name.slice(i + 1));
      if (typeof skipped === "string") return skipped;
      if (skipped && !(rest.length === 0 && skipped.length > 0)) {
        next = skipped;
        break;
      }
    }
    if (next === undefined) return undefined;
    name = next;
  }
}

/** Leading stars, then the chunk up to the next `*` outside a class. */
function scanChunk(p: readonly string[]): { star: boolean; chunk: string[]; after: string[] } {
  let at = 0;
  while (p[at] === "*") at++;
  let i = at;
  let inClass = false;
  for (; i < p.length; i++) {
    const c = p[i];
    if (c === "\\") {
      if (i + 1 < p.length) i++;
    } else if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    else if (c === "*" && !inClass) break;
  }
  return { star: at > 0, chunk: p.slice(at, i), after: p.slice(i) };
}

/**
 * Matches a chunk at the start of `s`: what is left of `s`, undefined when it does not match, or
 * the problem. After a mismatch it reads on through the chunk, checking its syntax.
 */
function matchChunk(chunk: readonly string[], s: readonly string[]): string[] | undefined | string {
  let failed = false;
  let left = [...s];
  let i = 0;
  // One class member from `at` (a character, or `\\` and one); something must follow it.
  const member = (at: number): { c: string; next: number } | string => {
    let j = at;
    const c = chunk[j];
    if (c === undefined) return UNCLOSED;
    if (c === "-" || c === "]") return misplaced(c);
    if (c === "\\") {
      j++;
      if (chunk[j] === undefined) return UNCLOSED;
    }
    const got = chunk[j] as string;
    return chunk[j + 1] === undefined ? UNCLOSED : { c: got, next: j + 1 };
  };
  while (i < chunk.length) {
    if (!failed && left.length === 0) failed = true;
    const c = chunk[i] as string;
    if (c === "[") {
      const r = failed ? undefined : left.shift();
      i++;
      const negated = chunk[i] === "^";
      if (negated) i++;
      let matched = false;
      for (let ranges = 0; ; ranges++) {
        if (chunk[i] === "]" && ranges > 0) {
          i++;
          break;
        }
        if (chunk[i] === "]" && ranges === 0) return EMPTY;
        const lo = member(i);
        if (typeof lo === "string") return lo;
        let hi = lo;
        if (chunk[lo.next] === "-") {
          const h = member(lo.next + 1);
          if (typeof h === "string") return h;
          hi = h;
        }
        i = hi.next;
        if (r !== undefined && (r.codePointAt(0) ?? 0) >= (lo.c.codePointAt(0) ?? 0) && (r.codePointAt(0) ?? 0) <= (hi.c.codePointAt(0) ?? 0)) matched = true;
      }
      if (matched === negated) failed = true;
      continue;
    }
    if (c === "?") {
      if (!failed) {
        if (left[0] === "/") failed = true;
        left = left.slice(1);
      }
      i++;
      continue;
    }
    let literal = c;
    if (c === "\\") {
      i++;
      if (chunk[i] === undefined) return LONE_ESCAPE;
      literal = chunk[i] as string;
    }
    if (!failed) {
      if (literal !== left[0]) failed = true;
      left = left.slice(1);
    }
    i++;
  }
  return failed ? undefined : left;
}
