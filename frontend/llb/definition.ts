/**
 * Wrapping a `pb.Definition` received from the engine (frontend inputs, named contexts,
 * `Result.ref.def`, frontend.bin) so it can be used as a State.
 *
 * Its op bytes are kept verbatim, never re-encoded: the engine identifies ops by the digest of
 * their exact bytes, and protobufjs would not reproduce another encoder's bytes. Its terminal
 * op is dropped; the state points at the terminal's first input. Metadata and source infos are
 * merged into the Definition being marshalled (source indexes shifted).
 */
import { decodeMessage } from "../proto.ts";
import { digestOf } from "./digest.ts";
import { LlbError } from "./errors.ts";
import type { OpMetadataObject, OpOptions } from "./meta.ts";
import { State } from "./state.ts";
import { failedOutput, type MarshalContext, type Output, type Vertex } from "./vertex.ts";

/** A `pb.Definition` as a protobufjs plain object (keepCase names, bytes as Uint8Array). */
export interface DefinitionObject {
  def?: readonly Uint8Array[] | null;
  metadata?: Readonly<Record<string, OpMetadataObject>> | null;
  Source?: SourceObject | null;
}

/** A `pb.Source` as a protobufjs plain object. */
export interface SourceObject {
  locations?: Readonly<Record<string, { locations?: readonly LocationObject[] | null }>> | null;
  infos?: readonly Record<string, unknown>[] | null;
}

/** A `pb.Location` as a protobufjs plain object. */
export interface LocationObject {
  sourceIndex?: number | null;
  ranges?: readonly Record<string, unknown>[] | null;
}

interface TerminalInput {
  digest: string;
  index: number;
}

class DefinitionVertex implements Vertex {
  constructor(
    private readonly def: DefinitionObject,
    private readonly terminal: TerminalInput,
  ) {}

  inputs(): readonly Output[] {
    return [];
  }

  marshal(ctx: MarshalContext): string {
    const ops = this.def.def ?? [];
    for (const bytes of ops.slice(0, -1)) ctx.addRawOp(bytes);
    const last = ops[ops.length - 1];
    const terminalDigest = last === undefined ? "" : digestOf(last);
    // The received terminal op is not kept, so neither is its metadata.
    for (const [digest, md] of Object.entries(this.def.metadata ?? {})) {
      if (digest !== terminalDigest) ctx.addMetadata(digest, md);
    }
    const src = this.def.Source;
    if (src != null) {
      const shift = (src.infos ?? []).map((info) => ctx.addSourceInfo(info));
      for (const [digest, locs] of Object.entries(src.locations ?? {})) {
        if (digest === terminalDigest) continue;
        for (const loc of locs.locations ?? []) {
          const idx = shift[loc.sourceIndex ?? 0] ?? loc.sourceIndex ?? 0;
          const o: Record<string, unknown> = {};
          if (idx !== 0) o["sourceIndex"] = idx;
          if (loc.ranges != null && loc.ranges.length > 0) o["ranges"] = loc.ranges;
          ctx.addLocation(digest, o);
        }
      }
    }
    return this.terminal.digest;
  }
}

/**
 * A State for a received Definition (a plain object or its encoded bytes). An empty
 * Definition is scratch. A Definition that does not decode, or whose terminal op has no input,
 * fails at marshal time with `InvalidDefinition`. `opts.location` is only used for that error.
 */
export function definitionState(def: DefinitionObject | Uint8Array, opts: Pick<OpOptions, "location"> = {}): State {
  const fail = (msg: string): State =>
    State.scratch().withOutput(failedOutput(new LlbError("InvalidDefinition", msg, opts.location)));
  let obj: DefinitionObject;
  let terminal: TerminalInput | undefined;
  try {
    obj = def instanceof Uint8Array ? decodeMessage<DefinitionObject>("pb.Definition", def) : def;
    const last = obj.def?.[obj.def.length - 1];
    if (last === undefined) return State.scratch();
    const op = decodeMessage<{ inputs?: { digest?: string; index?: number }[] }>("pb.Op", last);
    const first = op.inputs?.[0];
    if (first?.digest !== undefined && first.digest !== "") {
      terminal = { digest: first.digest, index: first.index ?? 0 };
    }
  } catch (e) {
    return fail(`cannot decode definition: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (terminal === undefined) return fail("definition's terminal op has no input");
  return State.scratch().withOutput({ vertex: new DefinitionVertex(obj, terminal), index: terminal.index });
}
