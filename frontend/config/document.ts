/**
 * The typed document: the YAML file's structure, checked for shape (known keys, right types) but
 * not for meaning. Every value keeps the source range it came from. Strings are raw: `${ARG}`
 * interpolation, reference resolution and value validation happen in the graph phase.
 *
 * Scalars that YAML reads as numbers or booleans keep their source text (`3.10` stays "3.10",
 * `0755` stays "0755"), because every scalar in this language is a string to us.
 */
import type { Range } from "../diagnostics/index.ts";

/** A scalar with its source range. */
export interface Str {
  readonly value: string;
  readonly range: Range;
}

/** One `key: value` entry of a string map (env, labels, artifacts). */
export interface Entry {
  readonly key: Str;
  readonly value: Str;
}

/** A command in shell form (a string) or exec form (a list). */
export interface CommandNode {
  readonly shell?: Str;
  readonly exec?: readonly Str[];
  readonly range: Range;
}

export interface ArgNode {
  readonly name: Str;
  readonly default?: Str;
  readonly description?: Str;
  readonly range: Range;
}

export interface CacheNode {
  readonly name: Str;
  readonly preset?: Str;
  readonly target?: Str;
  readonly sharing?: Str;
  readonly uid?: Str;
  readonly gid?: Str;
  readonly mode?: Str;
  readonly range: Range;
}

export type MountKind = "cache" | "secret" | "ssh" | "artifact" | "tmpfs" | "bind";

/** A run-step mount; `value` is the value of the key that names its kind (`cache: pip` → "pip"). */
export interface MountNode {
  readonly kind: MountKind;
  readonly value: Str;
  readonly target?: Str;
  readonly env?: Str;
  readonly required?: Str;
  readonly mode?: Str;
  readonly uid?: Str;
  readonly gid?: Str;
  readonly size?: Str;
  readonly from?: Str;
  readonly range: Range;
}

export interface RunNode {
  readonly kind: "run";
  readonly command: CommandNode;
  readonly env: readonly Entry[];
  readonly workdir?: Str;
  readonly user?: Str;
  readonly network?: Str;
  readonly mounts: readonly MountNode[];
  readonly range: Range;
}

export interface CopyNode {
  readonly kind: "copy";
  readonly src: readonly Str[];
  readonly dst?: Str;
  readonly from?: Str;
  readonly exclude: readonly Str[];
  readonly owner?: Str;
  readonly mode?: Str;
  /** The digest a download (`src: https://…`) must have. */
  readonly checksum?: Str;
  /** `src` as a mapping: a download per platform (platform → URL). */
  readonly srcByPlatform?: readonly Entry[];
  /** `checksum` as a mapping: the digest of each platform's download. */
  readonly checksumByPlatform?: readonly Entry[];
  readonly range: Range;
}

export interface PackagesNode {
  readonly kind: "packages";
  readonly manager?: Str;
  readonly names: readonly Str[];
  readonly range: Range;
}

export type StepNode = RunNode | CopyNode | PackagesNode;

export interface HealthcheckNode {
  readonly test?: CommandNode;
  readonly disable?: Str;
  readonly interval?: Str;
  readonly timeout?: Str;
  readonly startPeriod?: Str;
  readonly retries?: Str;
  readonly range: Range;
}

export interface StageNode {
  readonly name: Str;
  readonly role?: Str;
  readonly description?: Str;
  readonly from?: Str;
  readonly platforms: readonly Str[];
  /** Steps in execution order: the `steps:` list, or packages → copy → run from the short keys. */
  readonly steps: readonly StepNode[];
  readonly env: readonly Entry[];
  readonly workdir?: Str;
  readonly user?: Str;
  readonly caches: readonly Str[];
  readonly artifacts: readonly Entry[];
  readonly entrypoint?: CommandNode;
  readonly cmd?: CommandNode;
  readonly expose: readonly Str[];
  readonly volumes: readonly Str[];
  readonly labels: readonly Entry[];
  readonly healthcheck?: HealthcheckNode;
  readonly stopSignal?: Str;
  readonly tests: readonly Str[];
  /** `wrapper: true` or `wrapper: {source: [...]}`: the hier entrypoint wrapper. */
  readonly wrapper?: WrapperNode;
  /** The whole stage mapping. */
  readonly range: Range;
}

/** The whole file. */
export interface Document {
  readonly name?: Str;
  readonly namespace?: Str;
  readonly version?: Str;
  readonly description?: Str;
  readonly target?: Str;
  readonly platforms: readonly Str[];
  readonly args: readonly ArgNode[];
  readonly caches: readonly CacheNode[];
  readonly stages: readonly StageNode[];
  /** The `stages` key, where a diagnostic about the stages as a whole points (an unknown `--target`). */
  readonly stagesKey?: Range;
  /** The range of the root mapping (or of the whole text when the root is not a mapping). */
  readonly range: Range;
}

/** The entrypoint wrapper switch: `enabled` is the scalar (`true`/`false`) or absent for a mapping. */
export interface WrapperNode {
  readonly enabled?: Str;
  /** Scripts the wrapper sources before the command (e.g. a virtualenv's `bin/activate`). */
  readonly source: readonly Str[];
  readonly range: Range;
}
