/**
 * Where a stage starts: its parent stage's result, scratch, a named context, or a base image
 * (resolved through the host and pinned to its digest). A stage that a named context provides
 * already built is taken as it is.
 */
import type { Diagnostic, Range } from "../diagnostics/index.ts";
import type { Stage } from "../graph/model.ts";
import { image, pinImageRef, scratch, type Platform, type SourceLocation, type State } from "../llb/index.ts";
import { History } from "./history.ts";
import type { CompileHost, NamedContext } from "./index.ts";
import { baseImageConfig, emptyImageConfig, type ImageConfig } from "./image-config.ts";
import type { StepNamer } from "./names.ts";
import { withConfig } from "./stage-image.ts";
import type { StageResult } from "./stage.ts";

/** A stage's starting point. */
export interface Start {
  readonly state: State;
  /** The config the stage inherits; its `history` is empty, the entries are in `history`. */
  readonly config: ImageConfig;
  readonly history: History;
  readonly baseConfig?: ImageConfig;
  /** The image the hierarchy starts from, and its manifest digest (OCI base-image labels). */
  readonly baseName?: string;
  readonly baseDigest?: string;
}

/** What finding a start needs besides the stage. */
export interface StartContext {
  readonly results: ReadonlyMap<string, StageResult>;
  readonly host: CompileHost;
  readonly platform: Platform;
  readonly namer: StepNamer;
  readonly locate: (r: Range) => SourceLocation;
  readonly diagnostics: Diagnostic[];
  readonly fileName: string;
}

/** A config as a start holds it: the history taken out into a `History` (its key kept in place). */
function split(config: ImageConfig): { config: ImageConfig; history: History } {
  return { config: { ...config, history: [] }, history: History.of(config.history) };
}

/** The result of a stage built elsewhere (its tests ran there): its filesystem and config as they are. */
export function providedResult(stage: Stage, given: NamedContext, platform: Platform): StageResult {
  const { config, history } = split(given.config ? baseImageConfig(given.config, platform) : emptyImageConfig(platform));
  return { stage, state: withConfig(given.state.withPlatform(platform), config, config.config.User), config, history, platform };
}

/** The state and config `stage` starts from; undefined (with a diagnostic) when there is none. */
export async function startState(stage: Stage, c: StartContext): Promise<Start | undefined> {
  const from = stage.from;
  const fail = (message: string, hint: string): undefined => {
    c.diagnostics.push({ code: "UnknownContext", severity: "error", message, file: c.fileName, range: from.range, hint });
    return undefined;
  };
  switch (from.kind) {
    case "stage": {
      const parent = c.results.get(from.stage);
      if (!parent) return fail(`stage ${from.stage} was not compiled`, "check the stage graph");
      return {
        state: parent.state,
        config: parent.config,
        history: parent.history,
        ...(parent.baseConfig ? { baseConfig: parent.baseConfig } : {}),
        ...(parent.baseName ? { baseName: parent.baseName } : {}),
        ...(parent.baseDigest ? { baseDigest: parent.baseDigest } : {}),
      };
    }
    case "scratch":
      return { state: scratch().withPlatform(c.platform), ...split(emptyImageConfig(c.platform)) };
    case "context":
    case "image": {
      const name = from.kind === "context" ? from.name : from.ref;
      const named = await c.host.namedContext(name, c.platform);
      if (named) {
        const config = named.config ? baseImageConfig(named.config, c.platform) : emptyImageConfig(c.platform);
        return { state: named.state.withPlatform(c.platform), ...split(config), baseConfig: config };
      }
      if (from.kind === "context") {
        return fail(`named context ${name} was not passed to the build`, `pass it with --build-context ${name}=… or bake contexts`);
      }
      const resolved = await c.host.resolveImage(from.ref, c.platform);
      const pinned = pinImageRef(from.ref, resolved.digest);
      const config = baseImageConfig(resolved.config, c.platform);
      const state = image(pinned, {
        platform: c.platform,
        ...(c.host.resolveMode ? { resolveMode: c.host.resolveMode } : {}),
        customName: c.namer.next(`FROM ${pinned}`),
        location: c.locate(from.range),
      });
      return { state, ...split(config), baseConfig: config, baseName: from.ref, ...(resolved.digest ? { baseDigest: resolved.digest } : {}) };
    }
  }
}
