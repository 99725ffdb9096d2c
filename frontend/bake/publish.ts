/**
 * The two-phase publish part of a bake file: a `verify` group that builds every stage, and so
 * runs every stage's tests, exporting nothing (`type=cacheonly`), and a `publish` group that
 * builds the same targets again with `type=registry` outputs. Run as
 * `docker buildx bake verify && docker buildx bake publish`, nothing reaches the registry unless
 * the whole family built and passed its tests: phase 1 fails first, and phase 2 finds every step
 * in the build cache, so all it does is push.
 *
 * Each variant target inherits the stage's target (tags, args, file). A `publish` target takes
 * its parents from the same phase (`target:` contexts), so each stage is built once per phase,
 * every child on the very parent the phase pushes, even under `--no-cache`. A `verify` target
 * does the same when the stage targets are chained; with the default `closure` wiring it compiles
 * its stage's closure like the stage target (identical LLB, so the same cache keys for
 * `publish`), and all of them start at once. Either way `verify` never loads or pushes a parent.
 */
import { bakeName, hclString } from "./hcl.ts";

/** The two phases, and the output each exports. */
export const PHASES = [
  { phase: "verify", output: "type=cacheonly" },
  { phase: "publish", output: "type=registry" },
] as const;

/** What the publish part needs from the bake file around it. */
export interface PublishPart {
  /** Target-name prefix (as `BakeOptions.prefix`), already applied by `target`. */
  readonly prefix: string;
  /** The stages written, in order, with their contexts (stage dependencies and any frontend). */
  readonly stages: readonly { readonly name: string; readonly contexts: readonly (readonly [string, string])[] }[];
  /** The bake target name of a stage. */
  readonly target: (stage: string) => string;
  /**
   * Whether the stage targets take their parents as `target:` contexts (`contexts` wiring). When
   * they do not (`closure` wiring), the `verify` phase does not either: each of its targets
   * compiles its stage's closure, all of them at once. The `publish` phase always does.
   */
  readonly chained?: boolean;
}

/** The group name of a phase (`verify`, `publish`, or with the prefix, `base-verify`). */
export function phaseGroup(prefix: string, phase: string): string {
  return bakeName(`${prefix}${phase}`);
}

/** The target name of a stage in a phase, e.g. `_verify_app`: stage names never start with `_`. */
export function phaseTarget(prefix: string, phase: string, stage: string): string {
  return bakeName(`_${phase}_${prefix}${stage}`);
}

/**
 * Group names the publish part writes that a stage's target also has (a stage called `verify`
 * or `publish`): bake cannot tell a group from a target of the same name.
 */
export function publishCollisions(prefix: string, targets: readonly string[]): string[] {
  const groups = PHASES.map((p) => phaseGroup(prefix, p.phase));
  return groups.filter((g) => targets.includes(g));
}

/** The HCL of the `verify` and `publish` groups and their targets (no leading blank line). */
export function publishPart(part: PublishPart): string {
  const { prefix, stages, target } = part;
  const chained = part.chained ?? true;
  const own = new Set(stages.map((s) => target(s.name)));
  const lines: string[] = [
    "// Publish the family atomically: nothing is pushed unless every target built and every",
    "// stage's tests passed, and tags move only in the second phase, which finds every step cached:",
    `//   docker buildx bake ${phaseGroup(prefix, "verify")} && docker buildx bake ${phaseGroup(prefix, "publish")}`,
  ];
  for (const { phase } of PHASES) {
    const names = stages.map((s) => hclString(phaseTarget(prefix, phase, s.name)));
    lines.push(`group ${hclString(phaseGroup(prefix, phase))} {\n  targets = [${names.join(", ")}]\n}`, "");
  }
  for (const { phase, output } of PHASES) {
    for (const s of stages) {
      // Unchained verify targets need no contexts of their own: the stage target has the rest.
      const rewire = phase === "publish" || chained;
      const contexts = !rewire ? [] : s.contexts.map(([k, v]): [string, string] => {
        const dep = v.startsWith("target:") ? v.slice("target:".length) : undefined;
        const stage = dep !== undefined && own.has(dep) ? stages.find((x) => target(x.name) === dep) : undefined;
        return stage ? [k, `target:${phaseTarget(prefix, phase, stage.name)}`] : [k, v];
      });
      lines.push(
        `target ${hclString(phaseTarget(prefix, phase, s.name))} {`,
        `  inherits = [${hclString(target(s.name))}]`,
        ...(contexts.length > 0 ? ["  contexts = {", ...contexts.map(([k, v]) => `    ${hclString(k)} = ${hclString(v)}`), "  }"] : []),
        `  output   = [${hclString(output)}]`,
        "}",
        "",
      );
    }
  }
  return lines.join("\n").trimEnd() + "\n";
}
