/**
 * `${NAME}` and `${NAME:-default}` interpolation of declared args; `$$` is a literal `$`.
 * A `$` not followed by `{` or `$` is left alone, so `$PATH` in env values and shell commands
 * reaches the container unchanged. `${NAME}` always means an arg: an undeclared name is an error.
 */
import type { Str } from "../config/index.ts";
import { didYouMean } from "../config/index.ts";
import type { Range } from "../diagnostics/index.ts";
import type { Reporter } from "./report.ts";

export class Interpolator {
  constructor(
    private readonly report: Reporter,
    /** Declared args and their values (undefined: declared without a value). */
    private readonly values: ReadonlyMap<string, string | undefined>,
  ) {}

  /** The interpolated string (errors are reported and the reference becomes ""). */
  expand(s: Str): string {
    const v = s.value;
    if (!v.includes("$")) return v;
    let out = "";
    let i = 0;
    while (i < v.length) {
      const c = v[i];
      if (c !== "$") {
        out += c;
        i++;
        continue;
      }
      if (v[i + 1] === "$") {
        out += "$";
        i += 2;
        continue;
      }
      if (v[i + 1] !== "{") {
        out += "$";
        i++;
        continue;
      }
      const close = v.indexOf("}", i + 2);
      const body = close < 0 ? v.slice(i + 2) : v.slice(i + 2, close);
      const token = close < 0 ? v.slice(i) : v.slice(i, close + 1);
      const range = this.locate(s, token, i);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?::-(.*))?$/s.exec(body);
      if (close < 0 || !m || m[1] === undefined) {
        this.report.error("InvalidInterpolation", `\`${token}\` is not a valid arg reference`, range,
          "write ${NAME} or ${NAME:-default}; write $$ for a literal $");
        i = close < 0 ? v.length : close + 1;
        continue;
      }
      const name = m[1];
      if (!this.values.has(name)) {
        this.report.error("UndefinedArg", `arg \`${name}\` is not declared`, range,
          didYouMean(name, this.values.keys()) ?? `declare it under \`args:\`, or write $${name} / $$\{${name}} to leave it to the shell`);
      } else {
        const val = this.values.get(name);
        out += val === undefined || val === "" ? (m[2] ?? "") : val;
      }
      i = close + 1;
    }
    return out;
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
