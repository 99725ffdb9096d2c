/**
 * Marshal: turns a State into an encoded `pb.Definition`.
 *
 * 1. Walk the graph depth-first from the state's output (an explicit stack, no recursion); each
 *    vertex is marshalled after its inputs, so `def` lists dependencies first (post-order). Vertices are visited once
 *    per marshal (by identity) and ops are kept once (by digest), so a shared sub-graph
 *    appears once even when it was built twice.
 * 2. Append the terminal op last: `Op{inputs:[<result>]}` with no op, platform or constraints.
 * 3. Write metadata for every op (possibly `{}`), keyed by digest, and the source map.
 *
 * Same states ⇒ same bytes: every map (attrs, description, caps, metadata, locations) is built
 * with keys in byte-wise order, default values are never written, op order is the walk order.
 */
import { encodeMessage } from "../proto.ts";
import type { DefinitionObject, LocationObject, SourceObject } from "./definition.ts";
import { digestOf } from "./digest.ts";
import { LlbError } from "./errors.ts";
import { inputObject, locationObject, mergeMetadata, opMetadata, type OpMetadataObject, type OpOptions } from "./meta.ts";
import { compareStrings, sortedRecord } from "./paths.ts";
import type { State } from "./state.ts";
import type { MarshalContext, Output, PbInput, Vertex } from "./vertex.ts";

/** A source file for the source map (the YAML file ops point into). */
export interface SourceFile {
  readonly filename: string;
  /** Full file contents (a string is UTF-8 encoded). */
  readonly data: string | Uint8Array;
  /** Linguist name, e.g. "YAML". */
  readonly language?: string;
  /** LLB that loads the file, if any. */
  readonly definition?: DefinitionObject;
}

/** Options of `marshal`. */
export interface MarshalOptions {
  /**
   * LLB caps the engine advertises (PongResponse.LLBCaps with Enabled). When given, only these
   * caps are written into OpMetadata.caps: an engine fails to load an op listing a cap it does
   * not know. When absent, every cap the ops need is written.
   */
  readonly llbCaps?: ReadonlySet<string> | readonly string[];
  /**
   * Source files that `OpOptions.location.sourceIndex` points into, in index order. Without
   * it, op locations are left out (no source map); with it, a location pointing past the list
   * is an `UnknownSourceIndex` error.
   */
  readonly sources?: readonly SourceFile[];
  /**
   * Write each op's oneof member (exec, source, file, build, merge, diff) after its platform and
   * constraints, as Go's marshaller since BuildKit 0.17 (vtproto) does, instead of in field-number
   * order as the one before it (gogo) did. The engine re-encodes with its own marshaller the ops a
   * source policy changes and those that depend on them, and since 0.18 every op it loads; it
   * names each vertex by the digest of those bytes: only when they equal ours do the source map
   * (the YAML line under a failing step), warnings and progress keyed by our digests find their
   * vertex. Default: when `llbCaps` has `exec.validexitcode` (new in 0.17).
   */
  readonly oneofLast?: boolean;
}

/** The pb.Op fields that are not its oneof member (written first when `oneofLast`). */
const OP_FIELDS = new Set(["inputs", "platform", "constraints"]);

/** The result of `marshal`: the Definition as an object, and encoded (on first use). */
export interface Marshalled {
  readonly bytes: Uint8Array;
  readonly definition: DefinitionObject;
  /**
   * The digest of the state's own op: the vertex the progress shows for it, which a warning
   * names to be printed at that step. Undefined for scratch.
   */
  readonly vertex?: string;
}

/**
 * Marshals `state` into a Definition. Scratch gives an empty Definition (no ops, zero bytes).
 * Throws `LlbError` for the first invalid op it reaches (bad arguments are only checked here).
 */
export function marshal(state: State, opts: MarshalOptions = {}): Marshalled {
  const ctx = new Context(opts);
  if (state.output === undefined) return { bytes: new Uint8Array(0), definition: {} };
  const result = ctx.input(state.output);
  return ctx.finish(result);
}

class Context implements MarshalContext {
  readonly #caps: ReadonlySet<string> | undefined;
  readonly #registered: number | undefined;
  readonly #memo = new Map<Vertex, string>();
  readonly #ops = new Map<string, Uint8Array>();
  readonly #metadata = new Map<string, OpMetadataObject>();
  readonly #locations = new Map<string, { key: string; loc: Record<string, unknown> }[]>();
  readonly #infos: Record<string, unknown>[] = [];
  readonly #infoIndex = new Map<string, number>();
  readonly #oneofLast: boolean;

  constructor(opts: MarshalOptions) {
    this.#caps = opts.llbCaps === undefined ? undefined : new Set(opts.llbCaps);
    this.#oneofLast = opts.oneofLast ?? this.#caps?.has("exec.validexitcode") ?? false;
    for (const f of opts.sources ?? []) this.addSourceInfo(sourceInfoObject(f));
    this.#registered = opts.sources === undefined ? undefined : this.#infos.length;
  }

  input(output: Output): PbInput {
    let digest = this.#memo.get(output.vertex);
    if (digest === undefined) {
      this.#walk(output.vertex);
      digest = this.#memo.get(output.vertex) ?? "";
    }
    return { digest, index: output.index };
  }

  /**
   * Marshals `root` and whatever it needs, inputs before the vertex that reads them, with an
   * explicit stack: the same depth-first post-order a recursive walk gives (a vertex's inputs
   * in the order it lists them), at any depth.
   */
  #walk(root: Vertex): void {
    const stack: { vertex: Vertex; inputs: readonly Output[]; next: number }[] = [{ vertex: root, inputs: root.inputs(), next: 0 }];
    for (let top = stack[0]; top !== undefined; top = stack[stack.length - 1]) {
      const input = top.inputs[top.next];
      if (input !== undefined) {
        top.next++;
        const v = input.vertex;
        if (!this.#memo.has(v)) stack.push({ vertex: v, inputs: v.inputs(), next: 0 });
        continue;
      }
      stack.pop();
      if (!this.#memo.has(top.vertex)) this.#memo.set(top.vertex, top.vertex.marshal(this));
    }
  }

  addOp(op: Record<string, unknown>, opts: OpOptions, caps: readonly string[]): string {
    // Every non-terminal op carries empty constraints, as the Go client writes them.
    const digest = this.addRawOp(this.#encodeOp({ ...op, constraints: {} }));
    this.#putMetadata(digest, opMetadata(opts, caps), true);
    const loc = opts.location;
    if (loc !== undefined && this.#registered !== undefined) {
      if (!Number.isInteger(loc.sourceIndex) || loc.sourceIndex < 0 || loc.sourceIndex >= this.#registered) {
        throw new LlbError("UnknownSourceIndex", `source index ${loc.sourceIndex} is not a registered source file`, loc);
      }
      this.addLocation(digest, locationObject(loc));
    }
    return digest;
  }

  /** The op's bytes; with `oneofLast`, two encodings of parts of it, concatenated (protobuf merges them). */
  #encodeOp(op: Record<string, unknown>): Uint8Array {
    if (!this.#oneofLast) return encodeMessage("pb.Op", op);
    const head: Record<string, unknown> = {};
    const member: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(op)) (OP_FIELDS.has(k) ? head : member)[k] = v;
    return Buffer.concat([encodeMessage("pb.Op", head), encodeMessage("pb.Op", member)]);
  }

  addRawOp(bytes: Uint8Array): string {
    const digest = digestOf(bytes);
    if (!this.#ops.has(digest)) this.#ops.set(digest, bytes);
    return digest;
  }

  addMetadata(digest: string, md: OpMetadataObject): void {
    this.#putMetadata(digest, md, false);
  }

  /**
   * Files an op's metadata, caps filtered. The first metadata of a digest is normalised by
   * merging it with nothing, unless it is `fresh` (built by `opMetadata`: already in that form).
   */
  #putMetadata(digest: string, md: OpMetadataObject, fresh: boolean): void {
    const caps = this.#caps;
    let m = md;
    if (caps !== undefined && md.caps !== undefined) {
      const kept = Object.fromEntries(Object.entries(md.caps).filter(([k]) => caps.has(k)));
      const { caps: _dropped, ...rest } = md;
      m = Object.keys(kept).length > 0 ? { ...rest, caps: kept } : rest;
    }
    const prev = this.#metadata.get(digest);
    this.#metadata.set(digest, prev === undefined && fresh ? m : mergeMetadata(prev ?? m, prev === undefined ? {} : m));
  }

  addSourceInfo(info: Record<string, unknown>): number {
    // Identical files (same encoded SourceInfo) share one entry.
    const key = Buffer.from(encodeMessage("pb.SourceInfo", info)).toString("base64");
    const known = this.#infoIndex.get(key);
    if (known !== undefined) return known;
    this.#infos.push(info);
    this.#infoIndex.set(key, this.#infos.length - 1);
    return this.#infos.length - 1;
  }

  addLocation(digest: string, location: Record<string, unknown>): void {
    const list = this.#locations.get(digest) ?? [];
    const key = JSON.stringify(location);
    if (!list.some((l) => l.key === key)) list.push({ key, loc: location });
    this.#locations.set(digest, list);
  }

  finish(result: PbInput): Marshalled {
    const terminal = encodeMessage("pb.Op", { inputs: [inputObject(result)] });
    const terminalDigest = digestOf(terminal);
    // The terminal op goes last: the engine takes the last op as the result.
    this.#ops.delete(terminalDigest);
    this.#ops.set(terminalDigest, terminal);

    const all = [...this.#metadata.values()];
    const caps = ["constraints", "platform"];
    if (all.some((m) => m.ignore_cache === true)) caps.push("meta.ignorecache");
    if (all.some((m) => Object.keys(m.description ?? {}).length > 0)) caps.push("meta.description");
    if (all.some((m) => m.export_cache !== undefined)) caps.push("meta.exportcache");
    this.#metadata.delete(terminalDigest);
    this.addMetadata(terminalDigest, opMetadata({}, caps));

    const metadata: Record<string, OpMetadataObject> = {};
    for (const d of [...this.#metadata.keys()].sort(compareStrings)) metadata[d] = this.#metadata.get(d) ?? {};
    const definition: DefinitionObject = { def: [...this.#ops.values()], metadata };
    if (this.#infos.length > 0 || this.#locations.size > 0) {
      const source: SourceObject = {};
      if (this.#locations.size > 0) {
        const locs: Record<string, { locations: LocationObject[] }> = {};
        for (const [d, list] of this.#locations) locs[d] = { locations: list.map((l) => l.loc) };
        source.locations = sortedRecord(locs);
      }
      if (this.#infos.length > 0) source.infos = this.#infos;
      definition.Source = source;
    }
    // Encoded when asked: the frontend hands the object to its Solve request, which encodes it.
    let bytes: Uint8Array | undefined;
    return {
      definition,
      vertex: result.digest,
      get bytes(): Uint8Array {
        return (bytes ??= encodeMessage("pb.Definition", definition));
      },
    };
  }
}

function sourceInfoObject(f: SourceFile): Record<string, unknown> {
  const o: Record<string, unknown> = { filename: f.filename };
  const data = typeof f.data === "string" ? new TextEncoder().encode(f.data) : f.data;
  if (data.length > 0) o["data"] = data;
  if (f.definition !== undefined) o["definition"] = f.definition;
  if (f.language !== undefined && f.language !== "") o["language"] = f.language;
  return o;
}
