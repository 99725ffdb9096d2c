/** A stable JSON view of check results for golden files: ranges as "line:col-line:col". */
import type { Diagnostic, Range, SourceFile } from "../../../frontend/diagnostics/index.ts";
import type { StageGraph } from "../../../frontend/graph/index.ts";

export function at(file: SourceFile, offset: number): string {
  const p = file.position(offset);
  return `${p.line}:${p.column}`;
}

function span(file: SourceFile, r: Range): string {
  return `${at(file, r.start)}-${at(file, r.end)}`;
}

function isRange(v: unknown): v is Range {
  return typeof v === "object" && v !== null && Object.keys(v).length === 2 && "start" in v && "end" in v;
}

/** The graph with ranges rendered and maps as objects; `file` and `argsRead` (outline tests) left out. */
export function dumpGraph(graph: StageGraph): unknown {
  const { file, argsRead: _argsRead, ...rest } = graph;
  return JSON.parse(JSON.stringify(rest, (_k, v: unknown) => {
    if (isRange(v)) return span(file, v);
    if (v instanceof Map) return Object.fromEntries(v);
    return v;
  }));
}

export function dumpDiagnostics(file: SourceFile, ds: readonly Diagnostic[]): unknown[] {
  return ds.map((d) => ({ code: d.code, severity: d.severity, at: at(file, d.range.start), message: d.message }));
}
