/**
 * Rendering diagnostics for people: `file:line:col: severity CODE: message`, a code frame with a
 * caret under the range, the hint, and the related places. Used by `hier check` and the gateway.
 */
import type { Diagnostic, Range, SourceFile } from "./index.ts";

/** Code frames show at most this many UTF-16 units of a line, around the caret. */
export const FRAME_WIDTH = 100;
/** How much of the line before the caret a cut frame keeps. */
const FRAME_BEFORE = 40;

/**
 * The code frame of a range: the source line with carets under the range (first line only).
 * A long line is cut to FRAME_WIDTH around the caret, with `…` where it was cut; control
 * characters are shown as `�` so a hostile file cannot drive the terminal.
 */
export function codeFrame(file: SourceFile, range: Range): string {
  const start = file.position(range.start);
  const lineStart = file.lineStart(start.line);
  const line = file.lineText(start.line);
  const caret = Math.max(0, Math.min(range.start - lineStart, line.length));
  const lineEnd = file.lines(range).end === start.line ? Math.min(range.end - lineStart, line.length) : line.length;
  let from = line.length <= FRAME_WIDTH ? 0 : Math.max(0, Math.min(caret - FRAME_BEFORE, line.length - FRAME_WIDTH));
  let to = Math.min(line.length, from + FRAME_WIDTH);
  if (isLowSurrogate(line.charCodeAt(from))) from++;
  if (to < line.length && isLowSurrogate(line.charCodeAt(to))) to--;
  const shown = clean(line.slice(from, to));
  const lead = [...clean(line.slice(from, Math.max(from, caret)))].map((c) => (c === "\t" ? "\t" : " ")).join("");
  const width = Math.max(1, [...line.slice(caret, Math.min(Math.max(lineEnd, caret), to))].length);
  const left = from > 0 ? "…" : "";
  const right = to < line.length ? "…" : "";
  const num = String(start.line);
  const pad = " ".repeat(num.length);
  return `  ${num} | ${left}${shown}${right}\n  ${pad} | ${left ? " " : ""}${lead}${"^".repeat(width)}`;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Control characters (but tabs) as U+FFFD: one character for one, so carets stay aligned. */
function clean(s: string): string {
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, "\ufffd");
}

/** `file:line:col` of an offset. */
export function location(file: SourceFile, offset: number): string {
  const p = file.position(offset);
  return `${file.name}:${p.line}:${p.column}`;
}

/** Messages and hints longer than this are cut in text output (they can quote hostile values). */
const MAX_MESSAGE = 400;

function cut(s: string): string {
  return s.length <= MAX_MESSAGE ? clean(s) : `${clean(s.slice(0, MAX_MESSAGE))}… (cut, ${s.length} characters)`;
}

/** One diagnostic as text (no trailing newline). */
export function formatDiagnostic(d: Diagnostic, file: SourceFile): string {
  const out = [`${location(file, d.range.start)}: ${d.severity} ${d.code}: ${cut(d.message)}`];
  if (file.text.length > 0) out.push(codeFrame(file, d.range));
  if (d.hint) out.push(`  hint: ${cut(d.hint)}`);
  for (const r of d.related ?? []) out.push(`  ${location(file, r.range.start)}: note: ${r.message}`);
  return out.join("\n");
}
