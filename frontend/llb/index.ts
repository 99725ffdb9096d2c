/**
 * The LLB builder: immutable states, ops, and a deterministic marshal into `pb.Definition`.
 *
 * ```ts
 * const base = image("debian:bookworm-slim", { platform }).withEnv("DEBIAN_FRONTEND", "noninteractive");
 * const built = base.run({ args: ["sh", "-c", "make"], mounts: [{ type: "cache", dest: "/root/.cache", id: "x" }] }).root();
 * const { bytes, definition } = marshal(built, { llbCaps, sources: [{ filename: "hier.yaml", data }] });
 * ```
 *
 * Constructors never throw; `marshal` throws an `LlbError` for the first invalid op.
 */
export { State, type NetworkMode, type SecurityMode, type Output, type PbInput } from "./state.ts";
export { scratch, image, local, http, git, gitOptionCaps, missingGitCaps, ociLayout, type ImageOptions, type LocalOptions, type HttpOptions, type OciLayoutOptions, type ResolveMode } from "./source.ts";
export { parseGitRef, type GitRef } from "./git-ref.ts";
export { explainImageRef, formatImageRef, isValidTag, normalizeImageRef, parseImageRef, pinImageRef, type ImageRef } from "./image-ref.ts";
export { definitionState, type DefinitionObject, type SourceObject, type LocationObject } from "./definition.ts";
export { ExecState, type RunOptions, type ProxyEnv, type Ulimit, type SecretEnv } from "./exec.ts";
export type {
  MountSpec,
  BindMount,
  CacheMount,
  CacheSharing,
  TmpfsMount,
  SecretMount,
  SshMount,
} from "./mounts.ts";
export {
  FileActions,
  copy,
  mkdir,
  mkfile,
  rm,
  symlink,
  type CopyOptions,
  type MkdirOptions,
  type CreateOptions,
  type RmOptions,
  type Owner,
  type UserRef,
} from "./file.ts";
export { merge, diff, allOf } from "./merge.ts";
export {
  marshal,
  type MarshalOptions,
  type Marshalled,
  type SourceFile,
} from "./marshal.ts";
export type { OpOptions, Platform, SourceLocation, LineRange, ProgressGroup, OpMetadataObject } from "./meta.ts";
export { digestOf } from "./digest.ts";
export { absPath } from "./paths.ts";
export { parsePlatform, platformId, platformProblem, validPlatform } from "./platform.ts";
export { LlbError, type LlbErrorCode } from "./errors.ts";
