/**
 * Rendering diagnostics for people: `file:line:col: severity CODE: message`, a code frame with a
 * caret under the range, the hint, and the related places. Used by `hier check` and the gateway.
 */
import type { Diagnostic, Range, SourceFile } from "./index.ts";

/** The code frame of a range: the source line with carets under the range (first line only). */
export function codeFrame(file: SourceFile, range: Range): string {
  const start = file.position(range.start);
  const lines = file.lines(range);
  const text = file.lineText(start.line);
  const endCol = lines.end === start.line ? file.position(range.end).column : text.length + 1;
  const width = Math.max(1, endCol - start.column);
  const num = String(start.line);
  const pad = " ".repeat(num.length);
  const lead = text.slice(0, start.column - 1).replace(/[^\t]/g, " ");
  return `  ${num} | ${text}\n  ${pad} | ${lead}${"^".repeat(Math.min(width, Math.max(1, text.length - start.column + 1)))}`;
}

/** `file:line:col` of an offset. */
export function location(file: SourceFile, offset: number): string {
  const p = file.position(offset);
  return `${file.name}:${p.line}:${p.column}`;
}

/** One diagnostic as text (no trailing newline). */
export function formatDiagnostic(d: Diagnostic, file: SourceFile): string {
  const out = [`${location(file, d.range.start)}: ${d.severity} ${d.code}: ${d.message}`];
  if (file.text.length > 0) out.push(codeFrame(file, d.range));
  if (d.hint) out.push(`  hint: ${d.hint}`);
  for (const r of d.related ?? []) out.push(`  ${location(file, r.range.start)}: note: ${r.message}`);
  return out.join("\n");
}
