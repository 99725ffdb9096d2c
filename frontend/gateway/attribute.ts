/**
 * Engine failures hier can attribute to a line of the build file. The host (host.ts) knows what
 * it asked the engine for (an image reference, a named context) but not which YAML key asked;
 * the graph knows every key that names that image or context. `EngineFailure` carries the
 * subject and the engine's own status; `statusFromFailure` reports it like a diagnostic (file:line:col,
 * catalogue code, message, hint) at the first key that names the subject, with an `errdefs.Source`
 * detail for it and for each other use, so buildx prints the snippets there and not at the
 * `# syntax=` line.
 */
import type { Code as DiagnosticCode, Range, SourceFile } from "../diagnostics/index.ts";
import type { Stage } from "../graph/index.ts";
import { Code, sourceDetailsInOrder } from "./errors.ts";
import type { RpcStatus } from "./messages.ts";

/** What the engine was asked for: an image reference, or a named context by name. */
export type Subject = { readonly kind: "image"; readonly ref: string } | { readonly kind: "context"; readonly name: string };

/** A failure of an engine request (or of a named context hier cannot use), not yet placed in the file. */
export class EngineFailure extends Error {
  constructor(
    readonly subject: Subject,
    readonly code: DiagnosticCode,
    message: string,
    readonly hint?: string,
    /** The engine's status, when the engine failed (its details are passed on). */
    readonly engine?: RpcStatus,
  ) {
    super(message);
    this.name = "EngineFailure";
  }
}

/** Every range in `stages` whose key names `subject`, in file order. */
export function rangesOf(stages: readonly Stage[], subject: Subject): Range[] {
  const out: Range[] = [];
  const image = subject.kind === "image" ? subject.ref : undefined;
  const context = subject.kind === "context" ? subject.name : undefined;
  for (const s of stages) {
    // A named context can stand in for a stage, an image (`from: debian:12`) or `context:NAME`.
    if (context !== undefined && s.name === context) out.push(s.nameRange);
    const from = s.from;
    if (from.kind === "image" && (from.ref === image || from.ref === context)) out.push(from.range);
    if (from.kind === "context" && from.name === context) out.push(from.range);
    for (const step of s.steps) {
      if (step.kind === "copy") {
        const f = step.from;
        if (f.kind === "image" && (f.ref === image || f.ref === context)) out.push(step.range);
        if (f.kind === "context" && f.name !== undefined && f.name === context) out.push(step.range);
      }
      if (step.kind === "run") {
        for (const m of step.mounts) {
          if (m.kind === "bind" && m.from && "image" in m.from && (m.from.image === image || m.from.image === context)) out.push(m.range);
        }
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The status for an engine failure: at the first key naming the subject (file:line:col, code,
 * message with the engine's words, hint), Source details for it and for up to 7 other uses, then
 * the engine's own details. Without a key to point at, a plain message.
 */
export function statusFromFailure(file: SourceFile, stages: readonly Stage[], failure: EngineFailure): RpcStatus {
  const [first, ...others] = rangesOf(stages, failure.subject);
  const engineDetails = failure.engine?.details ?? [];
  if (!first) {
    return { code: Code.Unknown, message: `hier: ${failure.code}: ${failure.message}${failure.hint ? `; ${failure.hint}` : ""}`, details: engineDetails };
  }
  const at = (r: Range): string => {
    const p = file.position(r.start);
    return `${file.name}:${p.line}:${p.column}`;
  };
  let message = `${at(first)}: ${failure.code}: ${failure.message}${failure.hint ? `; ${failure.hint}` : ""}`;
  if (others.length > 0) message += ` (also used at ${others.map(at).join(", ")})`;
  const shown = [first, ...others].slice(0, 8);
  return { code: Code.Unknown, message, details: [...sourceDetailsInOrder(file, shown.map((r) => file.lines(r))), ...engineDetails] };
}
