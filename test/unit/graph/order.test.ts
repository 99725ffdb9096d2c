// The dependency order is found without recursion: long chains in any order, long cycles.
import { describe, expect, it } from "vitest";
import { loadGraph } from "../../../frontend/graph/index.ts";
import { chain, cycle, reverseChain } from "../hostile/generate.ts";

describe("orderStages", () => {
  it("orders a 10,000-stage chain written in reverse, dependencies first", () => {
    const { graph, diagnostics } = loadGraph(reverseChain(10_000), "hier.yaml");
    expect(diagnostics).toEqual([]);
    expect(graph?.stages.map((s) => s.name).slice(0, 3)).toEqual(["s0", "s1", "s2"]);
    expect(graph?.stages.length).toBe(10_000);
  });

  it("orders a 10,000-stage chain in file order", () => {
    const { graph } = loadGraph(chain(10_000), "hier.yaml");
    expect(graph?.stages.at(-1)?.name).toBe("s9999");
  });

  it("reports a 10,000-stage cycle once, as StageCycle at the first edge", () => {
    const text = cycle(10_000);
    const { diagnostics } = loadGraph(text, "hier.yaml");
    expect(diagnostics.map((d) => d.code)).toEqual(["StageCycle"]);
    const [d] = diagnostics;
    expect(text.slice(d?.range.start, d?.range.end)).toBe("s1");
    expect(d?.related?.length).toBe(9_999);
  });
});
