/**
 * The config phase: YAML text → typed document with source ranges. Shape only (keys, types);
 * meaning is checked by `frontend/graph`.
 */
export { atUse, parseConfig, type ParsedConfig } from "./parse.ts";
export { MAX_SOURCE_BYTES } from "./limits.ts";
export type * from "./document.ts";
export { KEYS, MOUNT_KINDS, isExtensionKey, type KeyKind } from "./keys.ts";
export { Candidates, closest, didYouMean, editDistance } from "./suggest.ts";
