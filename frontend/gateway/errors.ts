/**
 * The one place where hier's failures become the `google.rpc.Status` that `Return` carries.
 * Diagnostics become `errdefs.Source` details (Go-style JSON: buildx prints `file:line` and a
 * snippet for each); BuildKit's own failures (a RUN step that exits 1) pass through with their
 * details untouched, so buildx still shows the failing vertex and the YAML line from the source map.
 */
import type { Diagnostic, SourceFile } from "../diagnostics/index.ts";
import { BridgeError } from "./client.ts";
import type { Any, RpcStatus } from "./messages.ts";

/** gRPC status codes used here. */
export const Code = { Unknown: 2, InvalidArgument: 3, NotFound: 5, Unimplemented: 12, Internal: 13 } as const;

const SOURCE_TYPE = "github.com/moby/buildkit/errdefs.Source+json";

/** An `errdefs.Source` detail pointing at lines of a file (1-based, inclusive). */
export function sourceDetail(file: SourceFile, lines: readonly { start: number; end: number }[], language = "YAML"): Any {
  // Go's encoding/json of the generated struct: field names as in the proto, zero values
  // omitted, bytes as standard base64.
  const json = {
    info: { filename: file.name, data: Buffer.from(file.text, "utf8").toString("base64"), language },
    ranges: lines.map((l) => ({ start: { line: l.start }, end: { line: l.end } })),
  };
  return { type_url: SOURCE_TYPE, value: Buffer.from(JSON.stringify(json), "utf8") };
}

/**
 * One Source detail per line range, in the order buildx prints them first to last. Each hop that
 * decodes a status wraps the error once per detail, and buildx prints the outermost (the last
 * detail) first, so the details go in reverse.
 */
export function sourceDetailsInOrder(file: SourceFile, ranges: readonly { start: number; end: number }[]): Any[] {
  return ranges.map((r) => sourceDetail(file, [r])).reverse();
}

/** A status for diagnostics: the first error's message, a Source detail for each error. */
export function statusFromDiagnostics(file: SourceFile, diagnostics: readonly Diagnostic[]): RpcStatus {
  const errors = diagnostics.filter((d) => d.severity === "error");
  const shown = errors.length > 0 ? errors : diagnostics;
  const first = shown[0];
  const describe = (d: Diagnostic): string => {
    const pos = file.position(d.range.start);
    return `${d.file}:${pos.line}:${pos.column}: ${d.code}: ${d.message}${d.hint ? `; ${d.hint}` : ""}`;
  };
  let message = first ? describe(first) : "the build file has errors";
  if (shown.length > 1) message += ` (and ${shown.length - 1} more: ${shown.slice(1, 4).map(describe).join("; ")})`;
  return {
    // Unknown (2), like the Dockerfile frontend: other codes make each forwarding layer
    // prefix the message with the code's name ("InvalidArgument: InvalidArgument: …").
    code: Code.Unknown,
    message,
    details: sourceDetailsInOrder(file, shown.slice(0, 8).map((d) => file.lines(d.range))),
  };
}

/**
 * The status for an unknown subrequest: one line naming the request and the ones hier answers.
 *
 * Code Unknown and no `errdefs.Subrequest` detail, on purpose. Each hop that decodes a status
 * (the gateway, then buildx) wraps it in an `UnsupportedSubrequestError` whose text is
 * "unsupported request NAME: " + the inner text, and for any code but Unknown the inner text
 * starts with the code's name ("Unimplemented: "); the next hop re-encodes that whole text as the
 * message. With the detail and code 12, buildx 0.13 printed the message three times. buildx uses
 * the detail only to fall back to the Dockerfile frontend for outline/targets/lint, which hier
 * answers itself.
 */
export function unsupportedSubrequest(name: string, known: readonly string[]): RpcStatus {
  return {
    code: Code.Unknown,
    message: `unsupported request ${name}: hier answers ${known.join(", ")}`,
    details: [],
  };
}

/** Any thrown value as a status; BuildKit's own errors keep their code and details. */
export function statusFromError(err: unknown): RpcStatus {
  if (err instanceof BridgeError) {
    return { code: err.status.code || Code.Unknown, message: err.status.message, details: err.status.details };
  }
  if (err instanceof UserError) return { code: err.code, message: err.message, details: err.details };
  const message = err instanceof Error ? err.message : String(err);
  return { code: Code.Internal, message: `hier: internal error: ${message}`, details: [] };
}

/** A failure meant for the user, with an optional source detail. Never shows a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly details: Any[] = [],
    readonly code: number = Code.Unknown,
  ) {
    super(message);
    this.name = "UserError";
  }
}
