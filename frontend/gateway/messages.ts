/**
 * Plain-object shapes of the LLBBridge messages hier sends and receives (protobufjs object form:
 * field names as in our `.proto` files, int64 as number, bytes as Buffer/Uint8Array).
 */
import type { DefinitionObject } from "../llb/index.ts";

export interface Any {
  type_url: string;
  value: Uint8Array;
}

export interface RpcStatus {
  code: number;
  message: string;
  details: Any[];
}

export interface APICap {
  ID: string;
  Enabled?: boolean;
  DisabledReason?: string;
}

export interface Platform {
  Architecture: string;
  OS: string;
  Variant?: string;
}

export interface WorkerRecord {
  ID?: string;
  Labels?: Record<string, string>;
  platforms?: Platform[];
}

export interface PongResponse {
  FrontendAPICaps?: APICap[];
  LLBCaps?: APICap[];
  Workers?: WorkerRecord[];
}

/** A pb.Definition as protobufjs objects, op bytes kept verbatim: the LLB builder's one type. */
export type Definition = DefinitionObject;

export interface SolveRequest {
  Definition?: Definition;
  Frontend?: string;
  FrontendOpt?: Record<string, string>;
  CacheImports?: { Type: string; Attrs: Record<string, string> }[];
  FrontendInputs?: Record<string, Definition>;
  Evaluate?: boolean;
}

export interface Ref {
  id?: string;
  def?: Definition;
}

export interface Result {
  ref?: Ref;
  refs?: { refs: Record<string, Ref> };
  metadata?: Record<string, Uint8Array>;
}

export interface SolveResponse {
  result?: Result;
}

export interface ReturnRequest {
  result?: Result;
  error?: RpcStatus;
}

export interface Stat {
  path: string;
  mode: number;
  size?: number;
}

export interface ResolveImageConfigRequest {
  Ref: string;
  Platform?: Platform;
  ResolveMode?: string;
  LogName?: string;
}

export interface ResolveImageConfigResponse {
  Digest?: string;
  Config?: Uint8Array;
  Ref?: string;
}

export interface SourceInfo {
  filename: string;
  data: Uint8Array;
  language?: string;
}

export interface LineRange {
  start: { line: number };
  end: { line: number };
}

export interface WarnRequest {
  digest?: string;
  level?: number;
  short: Uint8Array;
  detail?: Uint8Array[];
  url?: string;
  info?: SourceInfo;
  ranges?: LineRange[];
}
