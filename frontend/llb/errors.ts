/**
 * Errors of the LLB builder. Constructors never throw: a bad argument is kept in the graph and
 * `marshal` throws an `LlbError` when it reaches the op.
 */
import type { SourceLocation } from "./meta.ts";

/** What went wrong, as a stable string-literal code. */
export type LlbErrorCode =
  | "EmptyArgs" // exec with no args
  | "InvalidMount" // a mount that cannot be expressed (no id, dest "/" twice, ...)
  | "NoMountOutput" // mountState() on a mount that produces no output
  | "InvalidImageRef" // image() with a reference that does not parse
  | "EmptyFileOp" // file() with no actions
  | "InvalidDefinition" // definitionState() with bytes that do not decode
  | "UnknownSourceIndex"; // a location pointing past the registered source files

/** An error found while marshalling; `location` is the op's source location when it had one. */
export class LlbError extends Error {
  /** Stable code for tests and for mapping to diagnostics. */
  readonly code: LlbErrorCode;
  /** The source location of the op that failed, if it carried one. */
  readonly location: SourceLocation | undefined;

  constructor(code: LlbErrorCode, message: string, location?: SourceLocation) {
    super(message);
    this.name = "LlbError";
    this.code = code;
    this.location = location;
  }
}
