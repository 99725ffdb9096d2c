/**
 * Golden fixtures: test/fixtures/graph/<case>/{hier.yaml, options.json?, expected.json}.
 * `UPDATE_FIXTURES=1 npx vitest run --project unit test/unit/graph` rewrites expected.json.
 * Valid cases (no errors) dump the resolved graph; all cases list their diagnostics.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SourceFile } from "../../../frontend/diagnostics/index.ts";
import { CODES, loadGraph, type CheckOptions } from "../../../frontend/graph/index.ts";
import { dumpDiagnostics, dumpGraph } from "./dump.ts";

const root = join(import.meta.dirname, "../../fixtures/graph");
const cases = readdirSync(root).filter((d) => existsSync(join(root, d, "hier.yaml"))).sort();
const update = process.env["UPDATE_FIXTURES"] === "1";
const seen = new Set<string>();

describe("graph fixtures", () => {
  it.each(cases)("%s", (name) => {
    const dir = join(root, name);
    const text = readFileSync(join(dir, "hier.yaml"), "utf8");
    const optionsPath = join(dir, "options.json");
    const options = existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, "utf8")) as CheckOptions) : {};
    const { graph, diagnostics } = loadGraph(text, "hier.yaml", options);
    const file = new SourceFile("hier.yaml", text);
    for (const d of diagnostics) seen.add(d.code);
    const actual = { diagnostics: dumpDiagnostics(file, diagnostics), ...(graph ? { graph: dumpGraph(graph) } : {}) };
    const expectedPath = join(dir, "expected.json");
    if (update) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + "\n");
    // A case without expected.json fails: writing one would pass whatever the checker says.
    if (!existsSync(expectedPath)) {
      expect.fail(`${name}: no expected.json; write it with UPDATE_FIXTURES=1 npx vitest run --project unit test/unit/graph, then read it`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
    if (name.startsWith("invalid-")) expect(diagnostics.some((d) => d.severity === "error")).toBe(true);
    if (name.startsWith("valid-")) expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    if (name.startsWith("warn-")) {
      expect(graph).toBeDefined();
      expect(diagnostics.some((d) => d.severity === "warning")).toBe(true);
    }
  });

  it("has at least 40 invalid cases", () => {
    expect(cases.filter((c) => c.startsWith("invalid-")).length).toBeGreaterThanOrEqual(40);
  });

  it("covers every diagnostic code", () => {
    // Codes only the compile phase can emit (it alone knows the build's named contexts) are
    // covered by the compile tests; codes only the gateway emits (engine answers) by
    // test/unit/gateway/frontend.test.ts; the ignore file's (another file) by test/unit/compile/dockerignore.test.ts.
    const compilePhase = new Set(["UnknownContext", "PlatformMismatch", "ImageNotResolved", "UnsupportedContext", "InvalidLock", "LockMismatch", "UnlockedImage", "LockUnused", "CacheNeedsShell", "InvalidIgnorePattern"]);
    const untested = Object.keys(CODES).filter((c) => !seen.has(c) && !compilePhase.has(c) && c !== "InternalError" && c !== "YamlWarning");
    expect(untested).toEqual([]);
  });
});
