/**
 * Diagnostics are data. Every phase (config, graph, compile) returns its value plus a list of
 * diagnostics and keeps going after an error; only the CLI and the gateway turn them into a failure.
 * Positions are UTF-16 offsets into the source text (what JavaScript strings index); line and
 * column are computed at the edge by `SourceFile.position`, and columns count Unicode code points
 * (what a user sees as characters; an emoji is one column, not two).
 */

import type { Code } from "./codes.ts";

/** How bad a diagnostic is. `error` fails `hier check` and the build; `warning` is reported only. */
export type Severity = "error" | "warning";

/** A half-open range of UTF-16 offsets into a source file's text: [start, end). */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A 1-based line and column; the column counts code points from the start of the line. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Another place that explains a diagnostic ("first defined here", "cycle goes through here"). */
export interface RelatedInfo {
  readonly message: string;
  readonly range: Range;
}

/** One finding about one range of one file. Codes are PascalCase keys of the catalogue (`UnknownStage`). */
export interface Diagnostic {
  readonly code: Code;
  readonly severity: Severity;
  readonly message: string;
  readonly file: string;
  readonly range: Range;
  readonly hint?: string;
  readonly related?: readonly RelatedInfo[];
}

/** A source file with a precomputed line index, so offsets turn into line/column cheaply. */
export class SourceFile {
  readonly #lineStarts: number[];
  /** Offsets of the second half of each surrogate pair (a code point that takes two UTF-16 units). */
  readonly #pairEnds: number[];

  constructor(
    readonly name: string,
    readonly text: string,
  ) {
    const starts = [0];
    const pairEnds: number[] = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c >= 0xdc00 && c <= 0xdfff && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) pairEnds.push(i);
    }
    this.#lineStarts = starts;
    this.#pairEnds = pairEnds;
  }

  /** Number of lines in the file (a trailing newline does not start a new line). */
  get lineCount(): number {
    const n = this.#lineStarts.length;
    return n > 1 && this.#lineStarts[n - 1] === this.text.length ? n - 1 : n;
  }

  /** 1-based line and column of an offset (clamped into the file). */
  position(offset: number): Position {
    const off = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.#lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.#lineStarts[mid] ?? 0) <= off) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.#lineStarts[lo] ?? 0;
    return { line: lo + 1, column: off - lineStart - this.#pairsBetween(lineStart, off) + 1 };
  }

  /** How many surrogate pairs end in [from, to): the UTF-16 units there that are not code points. */
  #pairsBetween(from: number, to: number): number {
    if (this.#pairEnds.length === 0) return 0;
    return lowerBound(this.#pairEnds, to) - lowerBound(this.#pairEnds, from + 1);
  }

  /** The UTF-16 offset of the start of a 1-based line (the text's length past the last line). */
  lineStart(line: number): number {
    return this.#lineStarts[line - 1] ?? this.text.length;
  }

  /** The 1-based inclusive line span of a range (an empty range covers its start line). */
  lines(range: Range): { start: number; end: number } {
    const start = this.position(range.start).line;
    const endOff = range.end > range.start ? range.end - 1 : range.start;
    return { start, end: Math.max(start, this.position(endOff).line) };
  }

  /** The text of a 1-based line, without its newline. */
  lineText(line: number): string {
    const start = this.#lineStarts[line - 1];
    if (start === undefined) return "";
    const next = this.#lineStarts[line];
    return this.text.slice(start, next === undefined ? undefined : next - 1).replace(/\r$/, "");
  }
}

/** The first index of a sorted array whose value is >= x. */
function lowerBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((a[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Diagnostics in reading order: by start; at one start, those reported at an alias use by where
 * the content they are about is defined; otherwise in the order found (a cause before what follows).
 */
export function byPosition<T extends Diagnostic>(ds: readonly T[]): T[] {
  const defined = (d: Diagnostic): number => (d.related?.[0]?.message === "defined here" ? d.related[0].range.start : -1);
  return ds.map((d, i) => ({ d, i })).sort((a, b) => a.d.range.start - b.d.range.start || defined(a.d) - defined(b.d) || a.i - b.i).map((x) => x.d);
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

export { CODES, severityOf, type Code } from "./codes.ts";
export { codeFrame, formatDiagnostic, location } from "./format.ts";
