/**
 * The protobuf schema of every message hier sends or receives, loaded once from the JSON bundle
 * that `scripts/gen-proto.mjs` compiles from `proto/*.proto` (field names keep their .proto
 * spelling: `Definition.Source`, `Meta.proxy_env`, `Any.type_url`).
 *
 * protobufjs is a CommonJS package: import its default export (named imports do not survive
 * Node's ESM loader).
 */
import protobuf from "protobufjs";
import type { Enum, INamespace, Root, Service, Type } from "protobufjs";
import bundle from "../proto/gen/bundle.json" with { type: "json" };

/** The loaded root of all our protos, fully resolved. */
export const root: Root = protobuf.Root.fromJSON(bundle as INamespace).resolveAll() as Root;

const types = new Map<string, Type>();

/**
 * The message type with a fully qualified name, e.g. `lookupType("pb.Op")` or
 * `lookupType("moby.buildkit.v1.frontend.SolveRequest")`. Cached; throws if the name is unknown
 * (a programming error, not an input error).
 */
export function lookupType(name: string): Type {
  let t = types.get(name);
  if (t === undefined) {
    t = root.lookupType(name);
    types.set(name, t);
  }
  return t;
}

/** The enum with a fully qualified name, e.g. `lookupEnum("pb.NetMode")`. Throws if unknown. */
export function lookupEnum(name: string): Enum {
  return root.lookupEnum(name);
}

/** The service with a fully qualified name, e.g. `moby.buildkit.v1.frontend.LLBBridge`. */
export function lookupService(name: string): Service {
  return root.lookupService(name);
}

/** Encodes a plain object as `name` (no verification: build objects with the right shape). */
export function encodeMessage(name: string, value: object): Uint8Array {
  return lookupType(name).encode(value).finish();
}

/**
 * Decodes bytes as `name` into a plain object: int64 as number, enums as numbers, bytes as
 * Uint8Array (Buffer), no default values filled in, repeated/map fields present only when set.
 */
export function decodeMessage<T = Record<string, unknown>>(name: string, bytes: Uint8Array): T {
  const t = lookupType(name);
  return t.toObject(t.decode(bytes), { longs: Number, enums: Number, bytes: Buffer }) as T;
}
