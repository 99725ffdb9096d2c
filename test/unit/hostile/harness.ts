/**
 * One hostile case: check the text (loadGraph) and, when check passes, compile its default
 * target the way `hier llb` does (compileTarget, offline host). The outcome says what came out;
 * `problems` lists what the suite forbids: an InternalError, an exception, a compile error
 * without a real range, a range outside the file.
 */
import { compileTarget } from "../../../frontend/compile/index.ts";
import { testHost } from "../helpers/offline.ts";
import type { Diagnostic } from "../../../frontend/diagnostics/index.ts";
import { loadGraph } from "../../../frontend/graph/index.ts";

/** What a case produced. */
export interface Outcome {
  readonly check: readonly Diagnostic[];
  /** Undefined when check failed (nothing compiled). */
  readonly compile?: readonly Diagnostic[];
  /** An exception thrown by check or compile, as `name: message`. */
  readonly exception?: string;
}

const host = testHost();

/** Runs check, then compile when check passes. Never throws: an exception is part of the outcome. */
export async function runCase(text: string, fileName = "hier.yaml"): Promise<Outcome> {
  let check: readonly Diagnostic[] = [];
  try {
    const loaded = loadGraph(text, fileName);
    check = loaded.diagnostics;
    if (!loaded.graph) return { check };
    const compiled = await compileTarget(loaded.graph, loaded.graph.defaultTarget, host);
    return { check, compile: compiled.diagnostics };
  } catch (e) {
    return { check, exception: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

/** What is wrong with an outcome (empty when the case is handled well). */
export function problems(o: Outcome, text: string): string[] {
  const out: string[] = [];
  if (o.exception !== undefined) out.push(`exception: ${o.exception.slice(0, 300)}`);
  const all = [...o.check, ...(o.compile ?? [])];
  for (const d of all) {
    if (d.code === "InternalError") out.push(`InternalError: ${d.message.slice(0, 300)}`);
    const r = d.range;
    if (!(Number.isInteger(r.start) && Number.isInteger(r.end) && 0 <= r.start && r.start <= r.end && r.end <= text.length)) {
      out.push(`${d.code}: range ${r.start}..${r.end} outside the file (${text.length} characters)`);
    }
  }
  for (const d of o.compile ?? []) {
    if (d.severity === "error" && d.range.start === 0 && d.range.end === 0 && text.length > 0) {
      out.push(`compile error ${d.code} without a position: ${d.message.slice(0, 200)}`);
    }
  }
  return out;
}
