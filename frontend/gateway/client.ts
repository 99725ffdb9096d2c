/**
 * A typed LLBBridge client: one method per RPC hier uses, plain objects in and out.
 * Messages are encoded with the protobufjs root built from our own `.proto` files. Failed calls
 * reject with a `BridgeError` that keeps BuildKit's typed error details (vertex, source, solve)
 * so they can be handed back unchanged in `Return`, where buildx prints them.
 */
import { lookupType, type MessageType } from "../proto.ts";
import { CallError, Status, type Channel } from "./transport.ts";
import type * as M from "./messages.ts";

const SERVICE = "/moby.buildkit.v1.frontend.LLBBridge/";

/** A gRPC failure from BuildKit, with the `google.rpc.Status` it carried. */
export class BridgeError extends Error {
  constructor(
    readonly method: string,
    readonly status: M.RpcStatus,
  ) {
    super(status.message || `${method} failed with gRPC code ${status.code}`);
    this.name = "BridgeError";
  }
}

interface Codec {
  type: MessageType;
  encode: (v: object) => Buffer;
  decode: (b: Buffer) => object;
}

const codecs = new Map<string, Codec>();

/** Encoder/decoder for one message type, built once per type. */
function codec(typeName: string): Codec {
  const known = codecs.get(typeName);
  if (known) return known;
  const type = lookupType(typeName);
  const made: Codec = {
    type,
    encode: (v) => {
      // A request's Definition (SolveRequest) is marshal.ts's object, built to encode as it is:
      // put it on the converted message unconverted (fromObject would copy every op's metadata).
      const { Definition, ...rest } = v as { Definition?: object };
      const message = type.fromObject(rest) as { Definition?: object };
      if (Definition !== undefined) message.Definition = Definition;
      return Buffer.from(type.encode(message).finish());
    },
    decode: (b) => type.toObject(type.decode(b), { longs: Number, enums: Number, bytes: Buffer, defaults: false, arrays: true, objects: true }),
  };
  codecs.set(typeName, made);
  return made;
}

const statusCodec = codec("google.rpc.Status");

/**
 * Turns a failed call into a BridgeError: the `google.rpc.Status` of `grpc-status-details-bin`
 * when BuildKit sent one (its typed details are what buildx prints), else the code and message.
 */
function toBridgeError(method: string, err: CallError): BridgeError {
  if (err.details) {
    try {
      const status = statusCodec.decode(err.details) as Partial<M.RpcStatus>;
      return new BridgeError(method, { code: status.code ?? err.code, message: status.message ?? err.message, details: status.details ?? [] });
    } catch {
      // Undecodable details: the status line alone still says what failed.
    }
  }
  return new BridgeError(method, { code: err.code, message: err.message, details: [] });
}

/** What the frontend calls on the bridge: `BridgeClient`'s methods (tests pass a fake). */
export type Bridge = Pick<BridgeClient, keyof BridgeClient>;

/** A byte range of a file to read (`offset` from the start, at most `length` bytes). */
export interface FileRange {
  readonly offset: number;
  readonly length: number;
}

/** The LLBBridge methods hier calls. */
export class BridgeClient {
  readonly #channel: Channel;

  constructor(channel: Channel) {
    this.#channel = channel;
  }

  async #call<Req extends object, Res>(method: string, reqType: string, resType: string, req: Req): Promise<Res> {
    const enc = codec(`moby.buildkit.v1.frontend.${reqType}`);
    const dec = codec(`moby.buildkit.v1.frontend.${resType}`);
    let reply: Buffer;
    try {
      reply = await this.#channel.unary(SERVICE + method, enc.encode(req));
    } catch (err) {
      throw err instanceof CallError ? toBridgeError(method, err) : err;
    }
    try {
      return dec.decode(reply) as Res;
    } catch (err) {
      throw new BridgeError(method, { code: Status.Internal, message: `cannot decode the ${resType} BuildKit sent: ${(err as Error).message}`, details: [] });
    }
  }

  /** Capabilities and workers of the engine. */
  ping(): Promise<M.PongResponse> {
    return this.#call("Ping", "PingRequest", "PongResponse", {});
  }

  /** Solves a definition (lazily unless `Evaluate` is set) and returns the result refs. */
  solve(req: M.SolveRequest): Promise<M.SolveResponse> {
    return this.#call("Solve", "SolveRequest", "SolveResponse", { allowResultReturn: true, allowResultArrayRef: true, ...req });
  }

  /** Reads a regular file from a solved ref: the whole of it, or `range` of it. */
  async readFile(ref: string, path: string, range?: FileRange): Promise<Buffer> {
    const req = { Ref: ref, FilePath: path, ...(range ? { Range: { Offset: range.offset, Length: range.length } } : {}) };
    const res = await this.#call<object, { Data?: Buffer }>("ReadFile", "ReadFileRequest", "ReadFileResponse", req);
    return res.Data ?? Buffer.alloc(0);
  }

  /** The entries of a directory in a solved ref whose names match `pattern` (a glob). */
  async readDir(ref: string, dir: string, pattern: string): Promise<M.Stat[]> {
    const res = await this.#call<object, { entries?: M.Stat[] }>("ReadDir", "ReadDirRequest", "ReadDirResponse", { Ref: ref, DirPath: dir, IncludePattern: pattern });
    return res.entries ?? [];
  }

  /** Stats one path in a solved ref. */
  async statFile(ref: string, path: string): Promise<M.Stat | undefined> {
    const res = await this.#call<object, { stat?: M.Stat }>("StatFile", "StatFileRequest", "StatFileResponse", { Ref: ref, Path: path });
    return res.stat;
  }

  /** Forces the solve of a ref; rejects with the build error if it fails. */
  async evaluate(ref: string): Promise<void> {
    await this.#call("Evaluate", "EvaluateRequest", "EvaluateResponse", { Ref: ref });
  }

  /** Resolves an image reference to its manifest digest and config. */
  resolveImageConfig(req: M.ResolveImageConfigRequest): Promise<M.ResolveImageConfigResponse> {
    return this.#call("ResolveImageConfig", "ResolveImageConfigRequest", "ResolveImageConfigResponse", req);
  }

  /** The definitions passed to this frontend as inputs (bake `target:` contexts, forwarded contexts). */
  async inputs(): Promise<Record<string, M.Definition>> {
    const res = await this.#call<object, { Definitions?: Record<string, M.Definition> }>("Inputs", "InputsRequest", "InputsResponse", {});
    return res.Definitions ?? {};
  }

  /** Sends a build warning; buildx prints it after the build. */
  async warn(req: M.WarnRequest): Promise<void> {
    await this.#call("Warn", "WarnRequest", "WarnResponse", req);
  }

  /** Hands the result (or the error) to BuildKit. Call exactly once. */
  async return(req: M.ReturnRequest): Promise<void> {
    await this.#call("Return", "ReturnRequest", "ReturnResponse", req);
  }
}
