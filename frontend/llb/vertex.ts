/**
 * The op graph's interfaces: a `Vertex` is one op, an `Output` one of its results, and a
 * `MarshalContext` what marshal.ts offers a vertex while it is written. No runtime imports, so
 * state.ts, exec.ts, file.ts and the others all import this module and none imports another
 * in a cycle.
 */
import type { LlbError } from "./errors.ts";
import type { OpMetadataObject, OpOptions } from "./meta.ts";

/** An edge as written into `Op.inputs`: output `index` of the op with `digest`. */
export interface PbInput {
  readonly digest: string;
  readonly index: number;
}

/** What a vertex may do while it is marshalled (implemented by marshal.ts). */
export interface MarshalContext {
  /** Marshals the producer of `output` (once per marshal) and returns the edge to it. */
  input(output: Output): PbInput;
  /** Adds an op object (no `constraints`, added here) with its metadata; returns its digest. */
  addOp(op: Record<string, unknown>, opts: OpOptions, caps: readonly string[]): string;
  /** Adds received op bytes verbatim (never re-encoded); returns their digest. */
  addRawOp(bytes: Uint8Array): string;
  /** Merges metadata for an op digest (received definitions). */
  addMetadata(digest: string, md: OpMetadataObject): void;
  /** Registers a `pb.SourceInfo` object from a received definition; returns its index. */
  addSourceInfo(info: Record<string, unknown>): number;
  /** Adds a `pb.Location` object for an op digest. */
  addLocation(digest: string, location: Record<string, unknown>): void;
}

/**
 * One op of the graph. Marshalling is two calls, so that the walk needs no recursion (a chain
 * of 10,000 stages is 10,000 vertices deep): `inputs()` when the walk first reaches the vertex,
 * then, once every input is marshalled, `marshal(ctx)`, whose `ctx.input` calls find them done.
 */
export interface Vertex {
  /**
   * The outputs `marshal` will ask `ctx.input` for, in that order (the order ops are written
   * in). Throws the vertex's `LlbError` when it is invalid: the walk reports the first invalid
   * vertex it reaches, before its inputs, as a recursive marshal would.
   */
  inputs(): readonly Output[];
  /** Adds this vertex's op(s) and returns the digest its outputs refer to. */
  marshal(ctx: MarshalContext): string;
}

/** Output `index` of a vertex. */
export interface Output {
  readonly vertex: Vertex;
  readonly index: number;
}

/** An output whose marshalling fails with `error` (how constructors defer their errors). */
export function failedOutput(error: LlbError): Output {
  return {
    vertex: {
      inputs(): never {
        throw error;
      },
      marshal(): never {
        throw error;
      },
    },
    index: 0,
  };
}
