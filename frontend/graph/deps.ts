/** The stage edges of a checked stage. */
import type { Stage } from "./model.ts";

/** The names of the stages a stage needs: its `from` stage, and stages it copies or mounts from. */
export function dependencies(stage: Stage): string[] {
  const out = new Set<string>();
  if (stage.from.kind === "stage") out.add(stage.from.stage);
  for (const s of stage.steps) {
    if (s.kind === "copy" && (s.from.kind === "stage" || s.from.kind === "artifact")) out.add(s.from.stage);
    if (s.kind === "run") {
      for (const m of s.mounts) {
        if (m.kind === "artifact") out.add(m.stage);
        if (m.kind === "bind" && m.from && "stage" in m.from) out.add(m.from.stage);
      }
    }
  }
  return [...out];
}
