/**
 * Pass 2: the dependency order. A depth-first walk in file order puts every stage after the
 * stages it depends on; among independent stages the file order is kept, so the order (and the
 * LLB built from it) is stable. A cycle is reported once, naming every stage on it.
 */
import type { Draft } from "./draft.ts";
import type { Reporter } from "./report.ts";

/** Stage names in topological order; stages on or behind a cycle are left out. */
export function orderStages(rep: Reporter, drafts: ReadonlyMap<string, Draft>): string[] {
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const order: string[] = [];
  const broken = new Set<string>();
  const reported = new Set<string>();

  // Iterative (an explicit stack, not recursion): a chain of 10,000 stages is fine. `path`
  // holds the stages being visited with the index of the next dependency to look at; a frame
  // is done when its dependencies are, exactly as a recursive walk would finish it.
  const path: { name: string; deps: readonly { stage: string }[]; next: number }[] = [];
  const enter = (name: string): void => {
    state.set(name, 1);
    stack.push(name);
    path.push({ name, deps: drafts.get(name)?.deps ?? [], next: 0 });
  };
  const visit = (root: string): void => {
    enter(root);
    for (let top = path[0]; top !== undefined; top = path[path.length - 1]) {
      // Coming back from a dependency: a broken dependency breaks this stage too.
      const done = top.deps[top.next - 1];
      if (done !== undefined && broken.has(done.stage)) broken.add(top.name);
      const dep = top.deps[top.next];
      if (dep !== undefined) {
        top.next++;
        const s = state.get(dep.stage);
        if (s === undefined) {
          enter(dep.stage);
          continue;
        }
        if (s === 1) reportCycle(stack.slice(stack.indexOf(dep.stage)));
        continue;
      }
      path.pop();
      stack.pop();
      state.set(top.name, 2);
      if (!broken.has(top.name)) order.push(top.name);
    }
  };

  const reportCycle = (cycle: string[]): void => {
    for (const n of cycle) broken.add(n);
    const key = [...cycle].sort().join("\0");
    if (reported.has(key)) return;
    reported.add(key);
    const edges = cycle.map((from, i) => {
      const to = cycle[(i + 1) % cycle.length] ?? from;
      const dep = drafts.get(from)?.deps.find((d) => d.stage === to);
      return { from, to, range: dep?.range ?? { start: 0, end: 0 } };
    });
    const [first, ...rest] = edges;
    if (!first) return;
    const path = [...cycle, cycle[0]].map((n) => `\`${n}\``).join(" → ");
    const message = cycle.length === 1 ? `stage \`${first.from}\` depends on itself` : `stage cycle: ${path}`;
    rep.error("StageCycle", message, first.range, "a stage cannot be built from, or copy from, a stage that needs it; break the cycle",
      rest.map((e) => ({ message: `\`${e.from}\` depends on \`${e.to}\` here`, range: e.range })));
  };

  for (const name of drafts.keys()) if (!state.has(name)) visit(name);
  return order;
}
