// Decoding helpers for the LLB tests: marshal a state and read the Definition back with
// protobufjs, so tests check what the engine would receive rather than builder internals.
import { createHash } from "node:crypto";
import { decodeMessage } from "../../../frontend/proto.ts";
import { marshal, type MarshalOptions, type State } from "../../../frontend/llb/index.ts";

/** A decoded op with its digest. */
export interface DecodedOp {
  digest: string;
  bytes: Buffer;
  // Decoded pb.Op as a plain object (keepCase names, int64 as number).
  op: Record<string, any>;
}

/** A decoded Definition. */
export interface Decoded {
  bytes: Uint8Array;
  ops: DecodedOp[];
  metadata: Record<string, any>;
  source: Record<string, any> | undefined;
  /** The terminal op (last). */
  terminal: DecodedOp;
  /** The op the terminal points at. */
  result: DecodedOp;
  /** Finds an op by digest. */
  byDigest(d: string): DecodedOp;
}

/** Marshals `st` and decodes the bytes back. */
export function decode(st: State, opts: MarshalOptions = {}): Decoded {
  const { bytes } = marshal(st, opts);
  const def = decodeMessage<Record<string, any>>("pb.Definition", bytes);
  const ops: DecodedOp[] = (def["def"] ?? []).map((b: Buffer) => ({
    digest: `sha256:${createHash("sha256").update(b).digest("hex")}`,
    bytes: Buffer.from(b),
    op: decodeMessage("pb.Op", b),
  }));
  const byDigest = (d: string): DecodedOp => {
    const op = ops.find((o) => o.digest === d);
    if (op === undefined) throw new Error(`no op ${d}`);
    return op;
  };
  const terminal = ops[ops.length - 1]!;
  return {
    bytes,
    ops,
    metadata: def["metadata"] ?? {},
    source: def["Source"],
    terminal,
    result: byDigest(terminal.op["inputs"][0].digest),
    byDigest,
  };
}

/** The ops of `kind` ("exec", "file", "source", "merge", "diff"), in Definition order. */
export function opsOf(d: Decoded, kind: string): DecodedOp[] {
  return d.ops.filter((o) => o.op[kind] !== undefined);
}
