/**
 * Which platform each stage is built for, Docker-style. The target is built for the requested
 * platform (`--platform`, else its own first platform). A stage's `platforms` is the set it can
 * be built for: a stage another stage needs is built for the needing stage's platform when it
 * allows it, else for its own first platform (a `build` stage pinned to `linux/amd64` that
 * cross-compiles for an arm64 runtime, like `FROM --platform=$BUILDPLATFORM`). A stage shared by
 * stages on two platforms is built once per platform.
 *
 * A stage has its `from` parent's filesystem, so both must be built for the same platform; the
 * target must allow the requested platform. Either conflict is a `PlatformMismatch`.
 */
import type { Diagnostic } from "../diagnostics/index.ts";
import { dependencies } from "../graph/index.ts";
import type { Stage, StageGraph } from "../graph/model.ts";
import { parsePlatform, platformId, type Platform } from "../llb/index.ts";
import type { StageResult } from "./stage.ts";

/** The platform `stage` is built for when a stage built for `wanted` needs it. */
export function platformFor(stage: Stage, wanted: Platform): Platform {
  if (stage.platforms.length === 0) return wanted;
  const own = stage.platforms.map(parsePlatform);
  return own.find((p) => platformId(p) === platformId(wanted)) ?? (own[0] as Platform);
}

/** One stage to compile for one platform, with the platform of each stage it needs. */
export interface PlatformJob {
  readonly stage: Stage;
  readonly platform: Platform;
  readonly deps: ReadonlyMap<string, Platform>;
}

/**
 * The jobs building `target` for `wanted` takes, dependencies first (in `stages`' topological
 * order), and the conflicts found. `provided` stages (named contexts) need nothing.
 */
export function planPlatforms(
  stages: readonly Stage[], target: string, wanted: Platform, provided: (name: string) => boolean, fileName: string,
): { jobs: PlatformJob[]; diagnostics: Diagnostic[] } {
  const byName = new Map(stages.map((s) => [s.name, s]));
  const needed = new Map<string, Map<string, Platform>>();
  const need = (name: string, p: Platform): void => {
    const ids = needed.get(name) ?? new Map<string, Platform>();
    needed.set(name, ids.set(platformId(p), p));
  };
  const diagnostics: Diagnostic[] = [];
  const top = byName.get(target);
  if (top && platformId(platformFor(top, wanted)) !== platformId(wanted)) {
    diagnostics.push({
      code: "PlatformMismatch", severity: "error", file: fileName, range: top.nameRange,
      message: `stage \`${target}\` is built for ${top.platforms.join(", ")} (its platforms), not for ${platformId(wanted)}`,
      hint: `build it for ${top.platforms[0] ?? ""}, or add ${platformId(wanted)} to its platforms`,
    });
  }
  if (top) need(target, wanted);
  const jobs: PlatformJob[] = [];
  // Dependents come after their dependencies in `stages`: walking backwards, every platform a
  // stage is needed for is known before the stage itself is reached.
  for (const stage of [...stages].reverse()) {
    for (const platform of needed.get(stage.name)?.values() ?? []) {
      const deps = new Map<string, Platform>();
      for (const d of provided(stage.name) && stage.name !== target ? [] : dependencies(stage)) {
        const dep = byName.get(d);
        if (!dep) continue;
        const p = platformFor(dep, platform);
        deps.set(d, p);
        need(d, p);
        if (stage.from.kind === "stage" && stage.from.stage === d && platformId(p) !== platformId(platform)) {
          diagnostics.push({
            code: "PlatformMismatch", severity: "error", file: fileName, range: stage.from.range,
            message: `stage \`${stage.name}\` is built for ${platformId(platform)}, but its parent \`${d}\` only for ${dep.platforms.join(", ")}`,
            hint: `a stage has its parent's filesystem: add ${platformId(platform)} to the platforms of \`${d}\`, or drop it from \`${stage.name}\``,
          });
        }
      }
      jobs.push({ stage, platform, deps });
    }
  }
  return { jobs: jobs.reverse(), diagnostics };
}

/**
 * The compiled stages one job sees, by name: each dependency at the platform the job needs it
 * for. `set` files a result under its own platform, so every job's results land in `all`. Only
 * `get` and `set` are overridden (the compiler uses nothing else of the map).
 */
export class JobResults extends Map<string, StageResult> {
  constructor(
    private readonly all: Map<string, StageResult>,
    private readonly deps: ReadonlyMap<string, Platform>,
  ) {
    super();
  }

  override get(name: string): StageResult | undefined {
    const p = this.deps.get(name);
    return p ? this.all.get(resultKey(name, p)) : undefined;
  }

  override set(name: string, result: StageResult): this {
    this.all.set(resultKey(name, result.platform), result);
    return this;
  }
}

/** The key of a stage's result for one platform. */
export function resultKey(name: string, platform: Platform): string {
  return `${name}@${platformId(platform)}`;
}

/**
 * The base images building `target` for `wanted` resolves, each with the platform it is resolved
 * for (what the gateway prefetches). Images a named context replaces are left out.
 */
export function imagesToResolve(
  graph: StageGraph, stages: readonly Stage[], target: string, wanted: Platform, contexts: Readonly<Record<string, string>>,
): { ref: string; platform: Platform }[] {
  const provided = (name: string): boolean => name !== target && Object.hasOwn(contexts, name);
  return planPlatforms(stages, target, wanted, provided, graph.file.name).jobs.flatMap((j) =>
    j.stage.from.kind === "image" && !provided(j.stage.name) && !Object.hasOwn(contexts, j.stage.from.ref) ? [{ ref: j.stage.from.ref, platform: j.platform }] : []);
}
