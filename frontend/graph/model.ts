/**
 * The checked stage graph: what the graph phase hands the compiler. Everything here is resolved:
 * `${VAR}` args are interpolated, references point at stages/caches/artifacts that exist, stages
 * are in topological order (parents before children), and every node carries the source range it
 * came from so that each LLB op can point back at its YAML line.
 *
 * Image config is NOT merged with the base image here (the base image's config is only known at
 * compile time, from ResolveImageConfig); `config` is the stage's own settings layered over its
 * parent stages' settings, and env values are templates (args interpolated, `$PATH` kept, a
 * literal `$` written `$$`) for the compiler to expand against the inherited environment.
 */
import type { Range, SourceFile } from "../diagnostics/index.ts";
import type { GitRef } from "../llb/git-ref.ts";

/** The role of a stage in the hierarchy. */
export type Role = "base" | "build" | "dev" | "runtime";

/** Every role, in the order docs and messages list them. */
export const ROLES: readonly Role[] = ["base", "build", "dev", "runtime"];

/** Where a stage starts from. */
export type From =
  | { readonly kind: "image"; readonly ref: string; readonly range: Range }
  | { readonly kind: "stage"; readonly stage: string; readonly range: Range }
  | { readonly kind: "scratch"; readonly range: Range }
  /** A named context (`--build-context NAME=…`, bake `contexts`); resolved by the compiler. */
  | { readonly kind: "context"; readonly name: string; readonly range: Range };

export type PackageManager = "apt" | "apk" | "dnf";

/** A named cache from the top-level catalogue, with its preset resolved to concrete mounts. */
export interface CacheDecl {
  readonly name: string;
  /** The preset it came from (`apt`, `pip`, …) or `custom`. */
  readonly preset: string;
  /** One or more mount targets (apt has two). */
  readonly targets: readonly CacheTarget[];
  /** Extra env a preset needs when mounted (e.g. `PIP_CACHE_DIR`), applied to steps using it. */
  readonly env: readonly (readonly [string, string])[];
  readonly range: Range;
}

export interface CacheTarget {
  /** Absolute path in the container. */
  readonly path: string;
  readonly sharing: "shared" | "private" | "locked";
  /** Id suffix unique within the preset (e.g. `archives`, `lists`); the compiler namespaces it. */
  readonly key: string;
  readonly uid?: number;
  readonly gid?: number;
  readonly mode?: number;
}

/** A mount for one run step. */
export type RunMount =
  | { readonly kind: "cache"; readonly cache: string; readonly range: Range }
  | {
      readonly kind: "secret";
      readonly id: string;
      /** File target (default `/run/secrets/<id>`) unless `env` is given. */
      readonly target?: string;
      readonly env?: string;
      readonly required: boolean;
      readonly mode?: number;
      readonly uid?: number;
      readonly gid?: number;
      readonly range: Range;
    }
  | { readonly kind: "ssh"; readonly id: string; readonly target?: string; readonly required: boolean; readonly range: Range }
  | { readonly kind: "artifact"; readonly stage: string; readonly artifact: string; readonly target: string; readonly range: Range }
  | { readonly kind: "tmpfs"; readonly target: string; readonly size?: number; readonly range: Range }
  /** A read-only bind of a context path, or of a path in another stage. */
  | { readonly kind: "bind"; readonly from?: { readonly stage: string } | { readonly image: string }; readonly source: string; readonly target: string; readonly range: Range };

export interface RunStep {
  readonly kind: "run";
  /** Shell form: run with `/bin/sh -c`. */
  readonly shell?: string;
  /** Exec form: argv as given. Exactly one of `shell` / `exec` is set. */
  readonly exec?: readonly string[];
  readonly env: readonly (readonly [string, string])[];
  readonly workdir?: string;
  readonly user?: string;
  readonly network?: "default" | "none" | "host";
  readonly mounts: readonly RunMount[];
  readonly range: Range;
}

/** Where a copy reads from. */
export type CopySource =
  /** The main build context, or (additive) a named context `--build-context NAME=…` when `name` is set. */
  | { readonly kind: "context"; readonly name?: string }
  | { readonly kind: "stage"; readonly stage: string }
  | { readonly kind: "artifact"; readonly stage: string; readonly artifact: string }
  | { readonly kind: "image"; readonly ref: string }
  /** A download: the one file at an http(s) URL, checked against `checksum` when there is one. */
  | { readonly kind: "url"; readonly url: string; readonly checksum?: string }
  /** A download per platform: the build for a platform fetches that platform's URL. */
  | { readonly kind: "urls"; readonly byPlatform: readonly { readonly platform: string; readonly url: string; readonly checksum?: string }[] }
  /** A git checkout (`https://…/r.git#REF[:SUBDIR]`, `git@host:r.git`, …): the URL as written, and parsed (at commit `repo.checksum` when there is one). */
  | { readonly kind: "git"; readonly url: string; readonly repo: GitRef };

export interface CopyStep {
  readonly kind: "copy";
  readonly from: CopySource;
  /** Source paths (globs allowed). For an artifact, relative to the artifact root ("" = all). */
  readonly src: readonly string[];
  /** Destination; a trailing `/` means "into this directory". Relative to the stage workdir. */
  readonly dst: string;
  readonly exclude: readonly string[];
  readonly owner?: string;
  readonly mode?: number;
  readonly range: Range;
}

export interface PackagesStep {
  readonly kind: "packages";
  readonly manager: PackageManager;
  readonly names: readonly string[];
  /** The catalogue cache used for the package manager's downloads, if any. */
  readonly cache?: string;
  readonly range: Range;
}

/** One step of a stage, in execution order. */
export type Step = RunStep | CopyStep | PackagesStep;

/** Image config a stage sets; inherited values are merged in by the graph phase (see file header). */
export interface StageConfig {
  readonly env: readonly (readonly [string, string])[];
  readonly workdir?: string;
  readonly user?: string;
  readonly entrypoint?: readonly string[];
  readonly cmd?: readonly string[];
  readonly expose: readonly string[];
  readonly volumes: readonly string[];
  readonly labels: Readonly<Record<string, string>>;
  readonly healthcheck?: Healthcheck;
  readonly stopSignal?: string;
}

export interface Healthcheck {
  /** `["NONE"]`, `["CMD", …]` or `["CMD-SHELL", "…"]`, as in the image config. */
  readonly test: readonly string[];
  /** Durations in nanoseconds. */
  readonly interval?: number;
  readonly timeout?: number;
  readonly startPeriod?: number;
  readonly retries?: number;
}

export interface Artifact {
  readonly name: string;
  /** Absolute path in the stage's filesystem. */
  readonly path: string;
  readonly range: Range;
}

export interface StageTest {
  /** Shell command; runs with `/bin/sh -c` in the built stage. */
  readonly run: string;
  readonly range: Range;
}

export interface Stage {
  readonly name: string;
  readonly role: Role;
  readonly description?: string;
  readonly from: From;
  /** Steps in execution order (the documented order of short keys, or an explicit `steps:` list). */
  readonly steps: readonly Step[];
  /** This stage's own config settings merged over its parent stages' (not the base image's). */
  readonly config: StageConfig;
  /** Only what this stage sets itself (for history entries and docs). */
  readonly ownConfig: StageConfig;
  readonly artifacts: readonly Artifact[];
  readonly tests: readonly StageTest[];
  /** The hier entrypoint wrapper, when the stage switches it on. */
  readonly wrapper?: { readonly source: readonly string[] };
  /** Platforms for this stage (empty = the build's default platform). */
  readonly platforms: readonly string[];
  /** The range of the stage's key (its name) in the file. */
  readonly nameRange: Range;
  /** The range of the whole stage mapping. */
  readonly range: Range;
}

export interface ArgDecl {
  readonly name: string;
  readonly default?: string;
  readonly description?: string;
  /** The value in effect: a `--build-arg` override, else the default. */
  readonly value?: string;
  readonly range: Range;
}

/** The whole checked graph. */
export interface StageGraph {
  readonly file: SourceFile;
  readonly name?: string;
  readonly namespace?: string;
  readonly version?: string;
  readonly args: readonly ArgDecl[];
  readonly caches: ReadonlyMap<string, CacheDecl>;
  /** Topological order: every stage comes after the stages it depends on. */
  readonly stages: readonly Stage[];
  /** Name of the default target (the file's `target:` key, else the last stage). */
  readonly defaultTarget: string;
  readonly platforms: readonly string[];
  /**
   * The args each stage reads by its own settings: its strings, the caches it mounts, the
   * file's name/namespace/version, and through arg defaults the args those read.
   */
  readonly argsRead: Readonly<Record<string, readonly string[]>>;
}
