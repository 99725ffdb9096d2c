import { describe, it, expect } from "vitest";
import { allOf, copy, diff, image, local, merge, scratch } from "../../../frontend/llb/index.ts";
import { decode, opsOf } from "./helpers.ts";

const base = image("alpine").withEnv("A", "1");
const ctx = local("context");

describe("merge", () => {
  it("has one input per state in order and MergeInput i = i", () => {
    const linked = scratch().file(copy(ctx, "/app", "/app"), { progressGroup: { id: "g", name: "COPY", weak: true } });
    const m = merge([base, scratch(), linked], { customName: "LINK COPY", progressGroup: { id: "g", name: "COPY" } });
    expect(m.env).toEqual([["A", "1"]]);
    const d = decode(m);
    const [op] = opsOf(d, "merge");
    expect(op!.op["merge"]).toEqual({ inputs: [{}, { input: 1 }] });
    expect(d.byDigest(op!.op["inputs"][0].digest).op["source"]).toBeDefined();
    expect(d.byDigest(op!.op["inputs"][1].digest).op["file"]).toBeDefined();
    expect(op!.op["platform"]).toBeUndefined();
    expect(d.metadata[op!.digest]).toEqual({
      description: { "llb.customname": "LINK COPY" },
      caps: { mergeop: true },
      progress_group: { id: "g", name: "COPY" },
    });
    const [file] = opsOf(d, "file");
    expect(d.metadata[file!.digest].progress_group).toEqual({ id: "g", name: "COPY", weak: true });
  });

  it("does not dedupe equal inputs", () => {
    const d = decode(merge([base, image("alpine")]));
    expect(opsOf(d, "merge")[0]!.op["inputs"]).toHaveLength(2);
  });

  it("collapses to the only non-scratch input, or scratch", () => {
    expect(merge([scratch(), base, scratch()])).toBe(base);
    expect(merge([scratch(), scratch()]).isScratch()).toBe(true);
    expect(merge([]).isScratch()).toBe(true);
  });
});

describe("diff", () => {
  it("writes lower then upper", () => {
    const upper = base.run({ args: ["touch", "/x"] }).root();
    const d = decode(diff(base, upper));
    const [op] = opsOf(d, "diff");
    expect(op!.op["diff"]).toEqual({ lower: {}, upper: { input: 1 } });
    expect(op!.op["inputs"]).toHaveLength(2);
    expect(d.metadata[op!.digest].caps).toEqual({ diffop: true });
  });

  it("treats scratch sides as -1 or collapses", () => {
    const d = decode(diff(base, scratch()));
    expect(opsOf(d, "diff")[0]!.op["diff"]).toEqual({ lower: {}, upper: { input: -1 } });
    expect(diff(scratch(), base)).toBe(base);
    expect(diff(scratch(), scratch()).isScratch()).toBe(true);
  });
});

describe("allOf", () => {
  it("is one file op on scratch with the states as inputs its action does not read", () => {
    const a = base.run({ args: ["true"] }).root();
    const b = base.run({ args: ["false"] }).root();
    const d = decode(allOf([a, scratch(), b, a], { customName: "[x] TESTS 2 passed", ignoreCache: true }));
    expect(d.result.op["file"]).toEqual({ actions: [{ input: -1, secondaryInput: -1, mkfile: { path: "/done", mode: 0o644, timestamp: -1 } }] });
    // Deduped, in order: the engine solves every input before the op runs.
    const inputs = d.result.op["inputs"] as { digest: string }[];
    expect(inputs.map((i) => d.byDigest(i.digest).op["exec"].meta.args)).toEqual([["true"], ["false"]]);
    expect(d.metadata[d.result.digest]).toMatchObject({ description: { "llb.customname": "[x] TESTS 2 passed" }, ignore_cache: true, caps: { "file.base": true } });
  });

  it("is scratch for no states, or only scratch ones", () => {
    expect(allOf([]).isScratch()).toBe(true);
    expect(allOf([scratch()]).isScratch()).toBe(true);
  });
});
