import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../frontend/config/index.ts";

const at = (text: string, offset: number) => {
  const before = text.slice(0, offset).split("\n");
  return `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
};

describe("parseConfig", () => {
  it("reads scalars as their source text", () => {
    const { doc, diagnostics } = parseConfig("version: 1.10\nargs: { PY: 3.10 }\nstages:\n  a: { from: alpine, user: 1000 }\n", "hier.yaml");
    expect(diagnostics).toEqual([]);
    expect(doc.version?.value).toBe("1.10");
    expect(doc.args[0]?.default?.value).toBe("3.10");
    expect(doc.stages[0]?.user?.value).toBe("1000");
  });

  it("orders short keys packages → copy → run", () => {
    const { doc } = parseConfig("stages:\n  a:\n    run: make\n    copy: [a /a]\n    packages: [gcc]\n    from: alpine\n", "f");
    expect(doc.stages[0]?.steps.map((s) => s.kind)).toEqual(["packages", "copy", "run"]);
  });

  it("reports an unknown key with a suggestion and its exact position", () => {
    const text = "stages:\n  a:\n    form: alpine\n";
    const { diagnostics } = parseConfig(text, "hier.yaml");
    const d = diagnostics.find((x) => x.code === "UnknownKey");
    expect(d?.message).toBe("unknown key `form` in stage `a`");
    expect(d?.hint).toBe("did you mean `from`?");
    expect(d && at(text, d.range.start)).toBe("3:5");
    expect(d && text.slice(d.range.start, d.range.end)).toBe("form");
  });

  it("reports duplicate stage names with the first definition", () => {
    const text = "stages:\n  a: { from: alpine }\n  a: { from: debian }\n";
    const d = parseConfig(text, "f").diagnostics.find((x) => x.code === "DuplicateName");
    expect(d?.message).toBe("duplicate name `a` in `stages`");
    expect(d?.related?.[0]?.message).toBe("first defined here");
    expect(d && at(text, d.range.start)).toBe("3:3");
  });

  it("parses a file called Dockerfile with the syntax line", () => {
    const r = parseConfig("# syntax=org/hier-frontend\nstages:\n  a: { from: alpine }\n", "Dockerfile");
    expect(r.diagnostics).toEqual([]);
    expect(r.file.name).toBe("Dockerfile");
  });

  it("splits copy strings into sources and destination with ranges", () => {
    const text = "stages:\n  a:\n    from: alpine\n    copy: [\"a.txt b/ /dst/\"]\n";
    const c = parseConfig(text, "f").doc.stages[0]?.steps[0];
    expect(c?.kind === "copy" && c.src.map((s) => text.slice(s.range.start, s.range.end))).toEqual(["a.txt", "b/"]);
    expect(c?.kind === "copy" && c.dst?.value).toBe("/dst/");
  });

  it("never throws on garbage", () => {
    for (const t of ["", "\0", ":", "- [", "stages: *x", "a: &a [*a]", "{{{{", "stages:\n  a:\n    <<: [1, 2]"]) {
      expect(() => parseConfig(t, "f")).not.toThrow();
    }
  });
});
