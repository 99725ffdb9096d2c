/**
 * Role rules (warnings): a runtime stage is its base plus artifacts, so it should not start from a
 * build stage, copy from a non-build stage, or install compilers; and a build stage whose
 * artifacts no target uses is dead weight.
 */
import type { Draft } from "./draft.ts";
import type { Reporter } from "./report.ts";
import { isCompilerPackage } from "./values.ts";

export function checkRoles(rep: Reporter, drafts: ReadonlyMap<string, Draft>): void {
  for (const d of drafts.values()) {
    if (d.role !== "runtime") continue;
    for (const dep of d.deps) {
      const role = drafts.get(dep.stage)?.role;
      if (dep.kind === "from" && (role === "build" || role === "dev") && drafts.get(dep.stage)?.explicitRole) {
        rep.warn("RuntimeFromBuildStage", `runtime stage \`${d.name}\` starts from ${role} stage \`${dep.stage}\``, dep.range,
          "start runtime stages from a base stage and copy the artifacts they need");
      } else if (dep.kind !== "from" && role !== "build" && dep.stage !== d.name) {
        rep.warn("RuntimeCopyFromNonBuild", `runtime stage \`${d.name}\` copies from ${role ?? "unknown"} stage \`${dep.stage}\``, dep.range,
          "runtime stages should receive only artifacts of build stages");
      }
    }
    for (const s of d.steps) {
      if (s.kind !== "packages") continue;
      for (const p of s.names) {
        if (isCompilerPackage(p.value)) {
          rep.warn("RuntimeInstallsCompiler", `runtime stage \`${d.name}\` installs \`${p.value}\`, a compiler or development package`, p.range,
            "install build tools in a build stage and copy the results as artifacts");
        }
      }
    }
  }
}

/**
 * Targets are the default target and every stage except build stages that declare artifacts
 * (those exist to feed other stages). Anything no target reaches is reported.
 */
export function checkReachable(rep: Reporter, drafts: ReadonlyMap<string, Draft>, defaultTarget: string): void {
  const reached = new Set<string>();
  const walk = (name: string): void => {
    const work = [name];
    while (work.length) {
      const n = work.pop() ?? "";
      if (reached.has(n)) continue;
      reached.add(n);
      for (const dep of drafts.get(n)?.deps ?? []) work.push(dep.stage);
    }
  };
  walk(defaultTarget);
  for (const d of drafts.values()) if (!(d.role === "build" && d.artifacts.length > 0)) walk(d.name);
  for (const d of drafts.values()) {
    if (!reached.has(d.name)) {
      rep.warn("UnreachableStage", `stage \`${d.name}\` is not used by any target`, d.node.name.range,
        "no stage copies or mounts its artifacts; use them, make it the `target`, or remove the stage");
    }
  }
}
