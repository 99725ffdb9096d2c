// The stage graphs the repository ships (stages/, examples/) check clean, start with the syntax
// line, and point editors at the JSON Schema with a path that exists.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGraph } from "../../frontend/graph/index.ts";

const FILES = ["stages/hier.yaml", "examples/todobackend/hier.yaml", "examples/node-service/hier.yaml"];

describe.each(FILES)("%s", (path) => {
  const text = readFileSync(path, "utf8");

  it("checks without errors or warnings", () => {
    const { graph, diagnostics } = loadGraph(text, path);
    expect(diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([]);
    expect(graph?.stages.length).toBeGreaterThan(2);
  });

  it("starts with the syntax line and references the schema by a path that exists", () => {
    const [first, second] = text.split("\n");
    expect(first).toBe("# syntax=org/hier-frontend");
    const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(second ?? "");
    expect(m).not.toBeNull();
    expect(existsSync(resolve(dirname(path), m![1]!))).toBe(true);
    expect(resolve(dirname(path), m![1]!)).toBe(resolve("schema/hier.schema.json"));
  });
});
