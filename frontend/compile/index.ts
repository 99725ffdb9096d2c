/**
 * The compiler: a checked stage graph → LLB for one target, plus its image config and the test
 * definitions BuildKit must evaluate. It knows nothing of gRPC: everything it needs from the
 * engine (image configs, .dockerignore, named contexts, caps) comes through `CompileHost`.
 */
import type { Diagnostic } from "../diagnostics/index.ts";
import { llbDiagnostic } from "./llb-errors.ts";
import type { StageGraph } from "../graph/model.ts";
import { LlbError, allOf, marshal, type DefinitionObject, type Platform, type ResolveMode, type State } from "../llb/index.ts";
import { imageConfigJson } from "./image-config.ts";
import type { CacheUse } from "./caches.ts";
import { compileStages, imageConfigOf, type CompileOptions } from "./stage.ts";

export type { CompileOptions } from "./stage.ts";
export { readSourceDateEpoch, stagesToCompile } from "./stage.ts";
export { imagesToResolve } from "./platforms.ts";

/** An image reference resolved by the engine. */
export interface ResolvedImage {
  /** The reference as the engine resolved it (may be rewritten by policy). */
  readonly ref: string;
  /** Manifest digest, to pin the image op. */
  readonly digest?: string;
  /** Image config JSON bytes. */
  readonly config?: Uint8Array;
}

/** A named context (`--build-context`, bake `contexts`), as an LLB state plus its image config. */
export interface NamedContext {
  readonly state: State;
  readonly config?: Uint8Array;
  /** What the user passed, for messages. */
  readonly description: string;
}

/** What the compiler asks of the engine. */
export interface CompileHost {
  readonly options: CompileOptions;
  /** LLB caps the engine advertises (e.g. `mergeop`). */
  readonly llbCaps: ReadonlySet<string>;
  readonly defaultPlatform: Platform;
  readonly resolveMode?: ResolveMode;
  resolveImage(ref: string, platform: Platform): Promise<ResolvedImage>;
  /** Patterns from the context's `.dockerignore` (empty when there is none). */
  dockerignore(): Promise<string[]>;
  /** The named context `name`, or undefined when none was passed. */
  namedContext(name: string, platform: Platform): Promise<NamedContext | undefined>;
  /** The build context when the engine has it (a URL, an uploaded archive, a `context` input); absent or undefined: the client's directory. */
  remoteContext?(): Promise<State | undefined>;
}

export type { DefinitionObject } from "../llb/index.ts";

/** The compiled target. */
export interface Compiled {
  readonly definition: DefinitionObject;
  /**
   * Every test of the target and of the stages it builds on, as one definition (`allOf` them):
   * solve it with `Evaluate` before returning, so a failing test fails the build. Absent when
   * there are none.
   */
  readonly tests?: DefinitionObject;
  /** Exporter metadata (`containerimage.config`, `source.date.epoch`, …) as strings. */
  readonly metadata: Readonly<Record<string, string>>;
  readonly diagnostics: readonly Diagnostic[];
  /** Every cache mount of the target's steps, in build order (see frontend/caches). */
  readonly caches: readonly CacheUse[];
}

/** Compiles `target` and the stages it depends on. */
export async function compileTarget(graph: StageGraph, target: string, host: CompileHost): Promise<Compiled> {
  const sources = [{ filename: graph.file.name, data: graph.file.text, language: "YAML" }];
  const out = await compileStages(graph, target, host);
  const result = out.results.get(target);
  if (!result) return { definition: {}, metadata: {}, diagnostics: out.diagnostics, caches: [] };
  const opts = { llbCaps: host.llbCaps, sources };
  let definition: DefinitionObject;
  let tests: DefinitionObject | undefined;
  try {
    definition = marshal(result.state, opts).definition;
    // Tests of every stage the target depends on run, so a broken parent fails the child's build;
    // one request for all of them, not one each (the engine loads a definition per request).
    const n = out.tests.length;
    if (n > 0) tests = marshal(allOf(out.tests, { customName: `[${target}] TESTS ${n} passed`, ignoreCache: host.options.noCache !== undefined }), opts).definition;
  } catch (e) {
    // A backstop behind the checker: an op it let through that LLB cannot express, at its line.
    if (!(e instanceof LlbError)) throw e;
    return { definition: {}, metadata: {}, diagnostics: [...out.diagnostics, llbDiagnostic(graph.file, e)], caches: [] };
  }
  const metadata: Record<string, string> = { "containerimage.config": imageConfigJson(imageConfigOf(result)) };
  if (result.baseConfig) metadata["containerimage.base.config"] = JSON.stringify(result.baseConfig);
  if (out.epoch !== undefined) metadata["source.date.epoch"] = String(out.epoch);
  return { definition, ...(tests ? { tests } : {}), metadata, diagnostics: out.diagnostics, caches: out.cacheUses };
}
