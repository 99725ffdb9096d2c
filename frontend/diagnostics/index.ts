/**
 * Diagnostics are data. Every phase (config, graph, compile) returns its value plus a list of
 * diagnostics and keeps going after an error; only the CLI and the gateway turn them into a failure.
 * Positions are byte offsets into the source text; line/column are computed at the edge by
 * `SourceFile.position`.
 */

import type { Code } from "./codes.ts";

/** How bad a diagnostic is. `error` fails `hier check` and the build; `warning` is reported only. */
export type Severity = "error" | "warning";

/** A half-open range of UTF-16 offsets into a source file's text: [start, end). */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** A 1-based line and column. */
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

  constructor(
    readonly name: string,
    readonly text: string,
  ) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    this.#lineStarts = starts;
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
    return { line: lo + 1, column: off - (this.#lineStarts[lo] ?? 0) + 1 };
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

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

export { CODES, severityOf, type Code } from "./codes.ts";
export { codeFrame, formatDiagnostic, location } from "./format.ts";
