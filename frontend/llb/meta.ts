/**
 * Options every op accepts (progress name, cache control, progress group, source location) and
 * their translation into a `pb.OpMetadata` object and a `pb.Platform` object.
 *
 * Every object built here omits default values (no "", 0, false, empty list or map) and inserts
 * map keys in byte-wise order, because protobufjs writes whatever is present in key order.
 */
import { compareStrings, sortedRecord } from "./paths.ts";
import type { PbInput } from "./vertex.ts";

/** A target platform, OCI spelling. Normalize it (arm64 without v8, arm with v7) before use. */
export interface Platform {
  readonly os: string;
  readonly architecture: string;
  readonly variant?: string;
  readonly osVersion?: string;
  readonly osFeatures?: readonly string[];
}

/** Inclusive 1-based line range in a source file. */
export interface LineRange {
  readonly start: number;
  /** Defaults to `start`. */
  readonly end?: number;
}

/** Where an op comes from: an index into `MarshalOptions.sources` plus line ranges. */
export interface SourceLocation {
  readonly sourceIndex: number;
  readonly ranges: readonly LineRange[];
}

/** Groups vertices in the progress UI (`weak` members do not start the group's timer). */
export interface ProgressGroup {
  readonly id: string;
  readonly name?: string;
  readonly weak?: boolean;
}

/** Metadata options accepted by every op constructor. */
export interface OpOptions {
  /** Progress name, stored as description["llb.customname"]. */
  readonly customName?: string;
  /** Extra description entries (e.g. "com.docker.dockerfile.v1.command"). */
  readonly description?: Readonly<Record<string, string>>;
  /** Never take this op from the cache. */
  readonly ignoreCache?: boolean;
  readonly progressGroup?: ProgressGroup;
  /** Source location; marshal turns it into Definition.Source.locations[digest]. */
  readonly location?: SourceLocation;
}

/** The `pb.OpMetadata` object shape, as written (keepCase field names). */
export interface OpMetadataObject {
  ignore_cache?: boolean;
  description?: Record<string, string>;
  export_cache?: { Value?: boolean };
  caps?: Record<string, boolean>;
  progress_group?: { id?: string; name?: string; weak?: boolean };
}

/** The `pb.Platform` object for `p` without default-valued fields. */
export function platformObject(p: Platform): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (p.architecture !== "") out["Architecture"] = p.architecture;
  if (p.os !== "") out["OS"] = p.os;
  if (p.variant !== undefined && p.variant !== "") out["Variant"] = p.variant;
  if (p.osVersion !== undefined && p.osVersion !== "") out["OSVersion"] = p.osVersion;
  if (p.osFeatures !== undefined && p.osFeatures.length > 0) out["OSFeatures"] = [...p.osFeatures];
  return out;
}

/**
 * The metadata of one op: its options plus the LLB caps it needs. `caps` is already filtered
 * against what the engine advertises; an empty result is `{}` (Go also writes an entry per op).
 */
export function opMetadata(opts: OpOptions, caps: readonly string[]): OpMetadataObject {
  const md: OpMetadataObject = {};
  if (opts.ignoreCache === true) md.ignore_cache = true;
  const desc: Record<string, string> = { ...(opts.description ?? {}) };
  if (opts.customName !== undefined && opts.customName !== "") desc["llb.customname"] = opts.customName;
  if (Object.keys(desc).length > 0) md.description = sortedRecord(desc);
  if (caps.length > 0) {
    const c: Record<string, boolean> = {};
    for (const k of [...new Set(caps)].sort(compareStrings)) c[k] = true;
    md.caps = c;
  }
  const pg = opts.progressGroup;
  if (pg !== undefined) {
    const g: { id?: string; name?: string; weak?: boolean } = {};
    if (pg.id !== "") g.id = pg.id;
    if (pg.name !== undefined && pg.name !== "") g.name = pg.name;
    if (pg.weak === true) g.weak = true;
    md.progress_group = g;
  }
  return md;
}

/**
 * Merges metadata of two vertices that produced the same op digest: ignore_cache is or-ed, caps
 * are united, description entries and the progress group of the first vertex win.
 */
export function mergeMetadata(a: OpMetadataObject, b: OpMetadataObject): OpMetadataObject {
  const md: OpMetadataObject = {};
  if (a.ignore_cache === true || b.ignore_cache === true) md.ignore_cache = true;
  const desc = { ...(b.description ?? {}), ...(a.description ?? {}) };
  if (Object.keys(desc).length > 0) md.description = sortedRecord(desc);
  const ec = a.export_cache ?? b.export_cache;
  if (ec !== undefined) md.export_cache = ec;
  const caps = { ...(b.caps ?? {}), ...(a.caps ?? {}) };
  if (Object.keys(caps).length > 0) md.caps = sortedRecord(caps);
  const pg = a.progress_group ?? b.progress_group;
  if (pg !== undefined) md.progress_group = pg;
  return md;
}

/** The `pb.Location` object for a location (line ranges; characters are not tracked). */
export function locationObject(loc: SourceLocation, shift = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const idx = loc.sourceIndex + shift;
  if (idx !== 0) out["sourceIndex"] = idx;
  if (loc.ranges.length > 0) {
    out["ranges"] = loc.ranges.map((r) => ({ start: position(r.start), end: position(r.end ?? r.start) }));
  }
  return out;
}

function position(line: number): Record<string, number> {
  return line !== 0 ? { line } : {};
}

/** The `pb.Input` object of an edge (index 0 left out: protobufjs would write it). */
export function inputObject(i: PbInput): Record<string, unknown> {
  return i.index !== 0 ? { digest: i.digest, index: i.index } : { digest: i.digest };
}

