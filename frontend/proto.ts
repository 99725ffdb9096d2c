/**
 * Encoding and decoding of every protobuf message hier sends or receives, with the static code
 * that `scripts/gen-proto.mjs` generates from `proto/*.proto` (pbjs static-module): nothing to
 * load or generate at run time. Field names keep their .proto spelling (`Definition.Source`,
 * `Meta.proxy_env`, `Any.type_url`); int64 fields are plain numbers.
 *
 * The reflection schema (proto/gen/bundle.json) is generated alongside, for tests and tools.
 */
import * as generated from "../proto/gen/static.js";

/** Options of `toObject` (protobufjs conversion options). */
export interface ConversionOptions {
  readonly longs?: typeof Number | typeof String;
  readonly enums?: typeof Number | typeof String;
  readonly bytes?: typeof Buffer | typeof String | typeof Array;
  readonly defaults?: boolean;
  readonly arrays?: boolean;
  readonly objects?: boolean;
}

/** A generated message class: the wire codec and the plain-object conversions. */
export interface MessageType {
  encode(message: object): { finish(): Uint8Array };
  decode(bytes: Uint8Array): object;
  fromObject(object: object): object;
  toObject(message: object, options?: ConversionOptions): Record<string, unknown>;
}

const namespaces: Record<string, unknown> = { ...generated };
const types = new Map<string, MessageType>();

/**
 * The message type with a fully qualified name, e.g. `lookupType("pb.Op")` or
 * `lookupType("moby.buildkit.v1.frontend.SolveRequest")`. Cached; throws if the name is unknown
 * (a programming error, not an input error).
 */
export function lookupType(name: string): MessageType {
  let t = types.get(name);
  if (t === undefined) {
    let at: unknown = namespaces;
    for (const part of name.split(".")) at = typeof at === "object" || typeof at === "function" ? (at as Record<string, unknown>)[part] : undefined;
    if (typeof at !== "function" || typeof (at as Partial<MessageType>).encode !== "function") throw new Error(`no such message type: ${name}`);
    t = at as unknown as MessageType;
    types.set(name, t);
  }
  return t;
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
