/**
 * The one expansion engine for `$` in hier files (docs/language.md, "Args and interpolation").
 *
 * Graph phase, every string: `${NAME}` and `${NAME:-word}` are declared args (`word` may itself
 * hold `${…}` and `$$`, to any depth); `$$` is a literal `$`; a `$` not followed by `{` or `$` is
 * left alone, so `$PATH` reaches the container unchanged. Arg defaults are interpolated too (they
 * may refer to other args, in any order; a cycle is an error). `--build-arg` values are literal.
 *
 * Compile phase, image `env` only: env values are kept as templates (`expandEnv` in the graph
 * phase re-escapes every literal `$` as `$$`), and `expandEnvTemplate` expands `$NAME` against
 * the inherited environment, like Docker's ENV. So `$${HOME}` is the text `${HOME}` in both.
 */
import type { ArgNode, Str } from "../config/index.ts";
import { didYouMean } from "../config/index.ts";
import type { Range } from "../diagnostics/index.ts";
import type { Reporter } from "./report.ts";

/** A piece of a parsed string; offsets are into the string's value. */
type Piece =
  | { readonly kind: "text"; readonly text: string }
  /** `$$`: a literal `$`. */
  | { readonly kind: "dollar" }
  | { readonly kind: "ref"; readonly name: string; readonly word?: readonly Piece[]; readonly start: number; readonly end: number }
  | { readonly kind: "bad"; readonly start: number; readonly end: number; readonly unclosed: boolean; readonly deep?: boolean };

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
/** How deep `${A:-${B:-…}}` may nest, and how long a chain of arg defaults may be (bounded stack). */
export const MAX_NESTING = 32;
export const MAX_ARG_CHAIN = 100;

/** Parses `v` from `i`; inside a default (`inWord`) it stops at the `}` that closes it. */
function parse(v: string, i: number, inWord: boolean, depth = 0): { pieces: Piece[]; end: number; closed: boolean; deep?: boolean } {
  const pieces: Piece[] = [];
  let text = "";
  const flush = (): void => {
    if (text) pieces.push({ kind: "text", text });
    text = "";
  };
  while (i < v.length) {
    const c = v[i];
    if (inWord && c === "}") {
      flush();
      return { pieces, end: i, closed: true };
    }
    if (c !== "$" || (v[i + 1] !== "$" && v[i + 1] !== "{")) {
      text += c;
      i++;
      continue;
    }
    flush();
    if (v[i + 1] === "$") {
      pieces.push({ kind: "dollar" });
      i += 2;
      continue;
    }
    const start = i;
    NAME.lastIndex = i + 2;
    const name = NAME.exec(v)?.[0];
    const after = i + 2 + (name?.length ?? 0);
    if (name !== undefined && v[after] === "}") {
      pieces.push({ kind: "ref", name, start, end: after + 1 });
      i = after + 1;
    } else if (name !== undefined && v.startsWith(":-", after) && depth >= MAX_NESTING) {
      // Too deep: one error here, and the levels above see a closed default (no second error).
      pieces.push({ kind: "bad", start, end: v.length, unclosed: false, deep: true });
      return { pieces, end: v.length, closed: true, deep: true };
    } else if (name !== undefined && v.startsWith(":-", after)) {
      const word = parse(v, after + 2, true, depth + 1);
      if (word.deep) {
        pieces.push({ kind: "ref", name, word: word.pieces, start, end: v.length });
        return { pieces, end: v.length, closed: true, deep: true };
      }
      if (!word.closed) {
        pieces.push({ kind: "bad", start, end: v.length, unclosed: true });
        return { pieces, end: v.length, closed: false };
      }
      pieces.push({ kind: "ref", name, word: word.pieces, start, end: word.end + 1 });
      i = word.end + 1;
    } else {
      const close = v.indexOf("}", i + 2);
      pieces.push({ kind: "bad", start, end: close < 0 ? v.length : close + 1, unclosed: close < 0 });
      i = close < 0 ? v.length : close + 1;
    }
  }
  flush();
  return { pieces, end: i, closed: !inWord };
}

/** What one arg is: its `--build-arg` value (literal), else its default (interpolated). */
interface ArgSource {
  readonly override?: string;
  readonly default?: Str;
}

/**
 * Expands the strings of one file against its args (declared once, resolved lazily, each default
 * at most once), reports every bad reference at its own range, and records which args the
 * strings expanded under `track(key, …)` read (the outline of a target lists those).
 */
export class Interpolator {
  private readonly sources = new Map<string, ArgSource>();
  private readonly values = new Map<string, string | undefined>();
  private readonly resolving: string[] = [];
  /** The args each arg's default reads, transitively (A: "${B}", B: "${C}" → A reads B and C). */
  private readonly argReads = new Map<string, Set<string>>();
  private scope: Set<string> | undefined;
  private readonly tracked = new Map<string, Set<string>>();

  constructor(
    private readonly report: Reporter,
    /** Declared args (the first of a name counts) and the `--build-arg` values given. */
    args: readonly ArgNode[],
    buildArgs: Readonly<Record<string, string>> = {},
  ) {
    for (const a of args) {
      const name = a.name.value;
      if (this.sources.has(name)) continue;
      this.sources.set(name, Object.hasOwn(buildArgs, name) ? { override: buildArgs[name] ?? "" } : a.default ? { default: a.default } : {});
    }
  }

  /** The value in effect of a declared arg (undefined: declared without a value). */
  argValue(name: string): string | undefined {
    if (this.values.has(name)) return this.values.get(name);
    const src = this.sources.get(name);
    if (!src?.default) return src?.override;
    this.resolving.push(name);
    const reads = new Set<string>();
    const value = this.within(reads, () => this.expand(src.default as Str));
    this.resolving.pop();
    this.argReads.set(name, reads);
    this.values.set(name, value);
    return value;
  }

  /** Runs `fn`; the args its expansions read are added to `reads(key)`. */
  track<T>(key: string, fn: () => T): T {
    let set = this.tracked.get(key);
    if (!set) this.tracked.set(key, (set = new Set()));
    return this.within(set, fn);
  }

  /** The args read while tracking `key` (see `track`), in no particular order. */
  reads(key: string): ReadonlySet<string> {
    return this.tracked.get(key) ?? new Set();
  }

  /**
   * Runs `fn`, adding to `reads` every arg its expansions read, and every arg those args'
   * defaults read (so a stage that reads `${A}`, where A defaults to `${B}`, reads B too).
   */
  private within<T>(reads: Set<string>, fn: () => T): T {
    const outer = this.scope;
    this.scope = reads;
    try {
      return fn();
    } finally {
      this.scope = outer;
      if (outer) for (const r of reads) outer.add(r);
    }
  }

  /** The interpolated string (errors are reported and the reference becomes ""). */
  expand(s: Str): string {
    return this.render(s, false);
  }

  /** An env value as a template for `expandEnvTemplate`: args in, every literal `$` as `$$`. */
  expandEnv(s: Str): string {
    return this.render(s, true);
  }

  /** The interpolated string, or undefined when the interpolation reported an error. */
  tryExpand(s: Str): string | undefined {
    const before = this.report.diagnostics.length;
    const v = this.expand(s);
    return this.report.diagnostics.length === before ? v : undefined;
  }

  /** A Str with its value interpolated. */
  str(s: Str): Str {
    return { value: this.expand(s), range: s.range };
  }

  private render(s: Str, env: boolean): string {
    if (!s.value.includes("$")) return s.value;
    return this.pieces(s, parse(s.value, 0, false).pieces, env);
  }

  private pieces(s: Str, pieces: readonly Piece[], env: boolean): string {
    // In an env template, bare `$NAME` stays for the compiler; literal `$` from `$$` or from an
    // arg's value is doubled so the compiler does not expand it.
    const lit = (t: string): string => (env ? t.replace(/\$/g, () => "$$") : t);
    const raw = s.value;
    let out = "";
    for (const p of pieces) {
      if (p.kind === "text") {
        out += p.text;
        continue;
      }
      if (p.kind === "dollar") {
        out += env ? "$$" : "$";
        continue;
      }
      const token = raw.slice(p.start, p.end);
      const range = this.locate(s, token, p.start);
      const shown = token.length > 60 ? `${token.slice(0, 57)}...` : token;
      if (p.kind === "bad" && p.deep) {
        this.report.error("InvalidInterpolation", `defaults nest more than ${MAX_NESTING} levels deep`, range, "use an arg whose default holds the inner part");
        continue;
      }
      if (p.kind === "bad") {
        this.report.error("InvalidInterpolation", `\`${shown}\` is not a valid arg reference${p.unclosed ? " (no closing `}`)" : ""}`, range,
          "write ${NAME} or ${NAME:-default} (the default may hold ${OTHER}); write $$ for a literal $");
        continue;
      }
      const word = p.word ? this.pieces(s, p.word, env) : "";
      if (!this.sources.has(p.name)) {
        this.report.error("UndefinedArg", `arg \`${p.name}\` is not declared`, range,
          didYouMean(p.name, this.sources.keys()) ?? `declare it under \`args:\`, or write $${p.name} / $$\{${p.name}} to leave it to the shell`);
        continue;
      }
      this.scope?.add(p.name);
      if (this.resolving.length >= MAX_ARG_CHAIN && !this.values.has(p.name)) {
        this.report.error("InvalidInterpolation", `arg defaults refer to each other more than ${MAX_ARG_CHAIN} levels deep`, range,
          "give one of the args in the chain a literal default");
        continue;
      }
      const cycle = this.resolving.indexOf(p.name);
      if (cycle >= 0) {
        const path = [...this.resolving.slice(cycle), p.name].join(" → ");
        this.report.error("InvalidInterpolation", `args refer to each other in a cycle: ${path}`, range,
          "an arg's default may use other args, but not one that (through its own default) uses it");
        continue;
      }
      const val = this.argValue(p.name);
      for (const r of this.argReads.get(p.name) ?? []) this.scope?.add(r);
      out += val === undefined || val === "" ? word : lit(val);
    }
    return out;
  }

  /** The range of `token` (found at `index` of the value) in the file, or the scalar's range. */
  private locate(s: Str, token: string, index: number): Range {
    const text = this.report.file.text;
    for (const start of [s.range.start + index, s.range.start + index + 1]) {
      if (text.startsWith(token, start) && start + token.length <= s.range.end) return { start, end: start + token.length };
    }
    const at = text.indexOf(token, s.range.start);
    return at >= 0 && at + token.length <= s.range.end ? { start: at, end: at + token.length } : s.range;
  }
}

/** Whether interpolation can change `text` (it holds `${` or `$$`); else it is used as it is. */
export function interpolates(text: string): boolean {
  return /\$[{$]/.test(text);
}

/**
 * Compile phase: expands an env template (from `Interpolator.expandEnv`) against the environment
 * inherited so far, like Docker's ENV: `$NAME` is the variable's value ("" when unset), `$$` is
 * a literal `$`, any other `$` is itself.
 */
export function expandEnvTemplate(template: string, vars: ReadonlyMap<string, string>): string {
  return template.replace(/\$\$|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, name: string | undefined) => (name === undefined ? "$" : (vars.get(name) ?? "")));
}
