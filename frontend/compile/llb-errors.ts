/**
 * `LlbError` (thrown by marshal for an op LLB cannot express) as a diagnostic: a catalogue code
 * and the YAML lines of the op it came from, so it prints like every other error, never as
 * "internal error" without a line.
 */
import type { Code, Diagnostic, Range, SourceFile } from "../diagnostics/index.ts";
import type { LlbError, LlbErrorCode } from "../llb/index.ts";

const CODE_OF: Readonly<Record<LlbErrorCode, Code>> = {
  EmptyArgs: "EmptyValue",
  InvalidMount: "InvalidMount",
  InvalidImageRef: "InvalidImageRef",
  NoMountOutput: "InternalError",
  EmptyFileOp: "InternalError",
  InvalidDefinition: "InvalidValue",
  UnknownSourceIndex: "InternalError",
};

/** The range of 1-based lines `start`..`end`, from the first non-blank character (the whole file when unknown). */
function linesRange(file: SourceFile, start: number | undefined, end: number | undefined): Range {
  if (start === undefined || start < 1 || start > file.lineCount) return { start: 0, end: 0 };
  const offsets = [0];
  for (let i = 0; i < file.text.length && offsets.length <= (end ?? start); i++) if (file.text.charCodeAt(i) === 10) offsets.push(i + 1);
  const first = offsets[start - 1] ?? 0;
  const indent = file.lineText(start).length - file.lineText(start).trimStart().length;
  const last = Math.max(start, Math.min(end ?? start, file.lineCount));
  return { start: first + indent, end: (offsets[last - 1] ?? first) + file.lineText(last).length };
}

/** The diagnostic for an `LlbError`, at the YAML lines its op points to. */
export function llbDiagnostic(file: SourceFile, e: LlbError): Diagnostic {
  const lines = e.location?.ranges[0];
  return {
    code: CODE_OF[e.code],
    severity: "error",
    message: e.message,
    file: file.name,
    range: linesRange(file, lines?.start, lines?.end ?? lines?.start),
    hint: CODE_OF[e.code] === "InternalError"
      ? "the checker let through something LLB cannot express: please report it with this file"
      : "the checker should have caught this: please report it with this file",
  };
}
