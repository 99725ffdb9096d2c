import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../frontend/config/index.ts";
import { SourceFile } from "../../../frontend/diagnostics/index.ts";
import { loadGraph } from "../../../frontend/graph/index.ts";

const summary = (text: string, target?: string) =>
  loadGraph(text, "hier.yaml", target === undefined ? {} : { target }).diagnostics.map((d) => {
    const p = new SourceFile("f", text).position(d.range.start);
    return `${d.code} ${p.line}:${p.column} ${d.message}`;
  });

describe("YAML syntax errors", () => {
  it("report an unclosed quote at the quote, with no follow-on errors", () => {
    expect(summary('stages:\n  x: {from: "alpine}\n  y: {from: a}\n')).toEqual(["YamlSyntax 2:13 this `\"` is never closed"]);
    expect(summary("stages:\n  x:\n    from: 'it''s\n  y: {from: x}\n")).toEqual(["YamlSyntax 3:11 this `'` is never closed"]);
    expect(summary('stages:\n  a:\n    run: ["make\n  b: {from: a}\n')).toEqual(["YamlSyntax 3:11 this `\"` is never closed"]);
  });

  it("report an unclosed bracket at the bracket, the innermost one as the cause", () => {
    expect(summary("stages:\n  x: {from: [alpine}\n  y: {from: a}\n")).toEqual(["YamlSyntax 2:13 this `[` is not closed"]);
    expect(summary("a: [x\nb: [y\nc: 1\n")).toEqual(["YamlSyntax 1:4 this `[` is not closed", "YamlSyntax 2:4 this `[` is not closed"]);
    const d = parseConfig("stages:\n  x: {from: alpine\n", "f").diagnostics[0];
    expect(d?.hint).toBe("end the mapping with `}`; a `{ … }` that spans lines needs its later lines indented more than its key");
  });

  it("say that a hier file is one document, without the library's API names", () => {
    const ds = parseConfig("stages:\n  a: {from: alpine}\n---\nstages: {}\n", "f").diagnostics;
    expect(ds.map((d) => [d.code, d.range.start, d.message])).toEqual([["YamlSyntax", 28, "a hier file is one YAML document; a second one starts here"]]);
    expect(ds[0]?.hint).toBe("remove this `---` and what follows it, or move that into a file of its own");
  });

  it("report 10,000 nested lists once, as too deep", () => {
    for (const text of [`stages: ${"[".repeat(10_000)}${"]".repeat(10_000)}`, `stages: ${"[".repeat(10_000)}`, `${"{a: ".repeat(10_000)}`]) {
      const ds = summary(text);
      expect(ds).toHaveLength(1);
      expect(ds[0]).toMatch(/^YamlSyntax 1:\d+ lists or mappings are nested too deeply to read here$/);
    }
  });

  it("keep one error per line and no bogus NoStages or UnknownTarget after a syntax error", () => {
    expect(summary("stages:\n  base:\n\tfrom: debian\n  app: {from: base}\n", "app")).toEqual(["YamlSyntax 3:1 Tabs are not allowed as indentation"]);
    expect(parseConfig("stages:\n\ta: 1\n", "f").diagnostics[0]?.hint).toBe("indent with spaces: YAML does not allow tabs in indentation");
  });

  it("list at most 20 syntax errors and say how many more there are", () => {
    const text = Array.from({ length: 30 }, (_, i) => `k${i}: [`).join("\n");
    const ds = parseConfig(text, "f").diagnostics;
    expect(ds).toHaveLength(20);
    expect(ds[19]?.hint).toMatch(/; 10 more syntax errors after this one are not shown$/);
  });
});

describe("WrongType", () => {
  it("always says what to write instead", () => {
    const docs = [
      "stages: [a]", "stages: {a: [1]}", "stages: {a: {from: [x]}}", "stages: {a: {from: x, env: [A]}}",
      "stages: {a: {from: x, env: {A: [1]}}}", "stages: {a: {from: x, run: {sh: [1]}}}", "stages: {a: {from: x, steps: {run: x}}}",
      "stages: {a: {from: x, run: {exec: x}}}", "stages: {a: {from: x, run: [{sh: x, mounts: x}]}}",
      "stages: {a: {from: x, run: [{sh: x, mounts: [x]}]}}", "stages: {a: {from: x, healthcheck: x}}", "stages: {a: {from: x, user:}}",
      "stages: {a: {from: x, platforms: [[1]]}}", "stages: {a: {from: x, <<: 1}}", "stages: {a: {from: x, labels: x}}",
      "args: [A]\nstages: {a: {from: x}}", "args: {A: [1]}\nstages: {a: {from: x}}", "caches: {c: [1]}\nstages: {a: {from: x}}",
      "caches: {c: {preset: [1]}}\nstages: {a: {from: x}}", "name: [1]\nstages: {a: {from: x}}", "[1]", "x",
      "stages: {a: {from: x, ? [k] : v}}", "stages: {a: {from: x, wrapper: [1]}}", "stages: {a: {from: x, copy: [[1]]}}",
    ];
    let seen = 0;
    for (const t of docs) {
      for (const d of parseConfig(t, "f").diagnostics.filter((x) => x.code === "WrongType")) {
        seen++;
        expect(d.hint, `${t}: ${d.message}`).toMatch(/^(write|give|put) /);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(docs.length);
  });

  it("hints by the type expected and found", () => {
    const hint = (t: string) => parseConfig(t, "f").diagnostics.find((d) => d.code === "WrongType")?.hint;
    expect(hint("stages: {a: {from: [x]}}")).toBe("write one value here, not a list; `[…]` and `- item` lines make a list");
    expect(hint("stages: {a: {from: x, env: [A]}}")).toBe("write `name: value` lines indented under the key (or `{ name: value }`), not `- item` lines");
    expect(hint("stages: {a: {from: x, steps: {run: x}}}")).toBe("write `[a, b]`, or one `- item` line per entry under the key");
    expect(hint("stages: {a: {from: x, user:}}")).toBe("give it a value, or remove the key");
  });
});

describe("no follow-on errors", () => {
  it("an unknown alias is one error, not also an empty value", () => {
    expect(summary("stages:\n  s:\n    from: *nope\n    user: *nope\n")).toEqual([
      "YamlSyntax 3:11 unknown alias *nope", "YamlSyntax 4:11 unknown alias *nope",
    ]);
    expect(summary("*x\n")).toEqual(["YamlSyntax 1:1 unknown alias *x"]);
  });

  it("NoStages only when no stage is written, not when one is malformed", () => {
    expect(summary("stages:\n  a:\n")).toEqual(["WrongType 2:5 stage `a` must be a mapping, not nothing"]);
    expect(summary("stages: {}\n")).toEqual(["NoStages 1:1 the file defines no stages"]);
  });

  it("text after the document is one error in plain words", () => {
    const ds = parseConfig("stages:\n  a: {from: alpine}]\n  b: {from: a}}\n]\n", "f").diagnostics;
    expect(ds.map((d) => [d.range.start, d.message])).toEqual([[27, "unexpected `]`: the file's top-level mapping or list ended before it"]]);
    expect(summary("%YAML 1.2\nstages: {}\n")).toEqual(["YamlSyntax 2:1 a `%` directive line must be followed by a `---` line"]);
  });
});
