import { describe, expect, it } from "vitest";
import { MAX_SOURCE_BYTES, parseConfig } from "../../../frontend/config/index.ts";
import { SourceFile, codeFrame, formatDiagnostic } from "../../../frontend/diagnostics/index.ts";

const summary = (text: string) =>
  parseConfig(text, "hier.yaml").diagnostics.map((d) => {
    const p = new SourceFile("f", text).position(d.range.start);
    return `${d.code} ${p.line}:${p.column} ${d.message}`;
  });

describe("input that is not a build file", () => {
  it("reports a file over MAX_SOURCE_BYTES once, without parsing it", () => {
    const text = "stages: {a: {from: alpine, x: " + "[".repeat(MAX_SOURCE_BYTES) + "}}";
    const t0 = performance.now();
    expect(summary(text)).toEqual(["TooLarge 1:1 the file is larger than 1,048,576 bytes (1 MiB), the most hier reads"]);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it("counts UTF-8 bytes, not characters", () => {
    const pad = "é".repeat(MAX_SOURCE_BYTES / 2);
    expect(summary(`# ${pad}\nstages: {a: {from: alpine}}\n`).map((s) => s.split(" ")[0])).toEqual(["TooLarge"]);
    expect(summary(`# ${"é".repeat(MAX_SOURCE_BYTES / 2 - 100)}\nstages: {a: {from: alpine}}\n`)).toEqual([]);
  });

  it("reports NUL bytes (binary files, /dev/zero) at the first one", () => {
    expect(summary("\0".repeat(4096))).toEqual(["NotText 1:1 the file is not text: it holds a NUL byte here"]);
    expect(summary("stages:\n  a: {from: al\0pine}\n")).toEqual(["NotText 2:15 the file is not text: it holds a NUL byte here"]);
  });

  it("reports bytes that are not UTF-8 (decoded as U+FFFD)", () => {
    const text = Buffer.from([...Buffer.from("stages: {a: {from: caf"), 0xe9, ...Buffer.from("}}\n")]).toString("utf8");
    expect(summary(text)).toEqual(["NotText 1:23 the file is not UTF-8 text: the bytes here are not UTF-8 (read as U+FFFD)"]);
  });
});

describe("columns and code frames", () => {
  it("count columns in code points, not UTF-16 units", () => {
    const text = "stages:\n  a: {from: \"😀😀\", user: [1]}\n";
    expect(summary(text)).toContain("WrongType 2:25 `user` of stage `a` must be a string, not a list");
    const f = new SourceFile("f", text);
    expect(codeFrame(f, { start: text.indexOf("[1]"), end: text.indexOf("[1]") + 3 })).toBe(
      "  2 |   a: {from: \"😀😀\", user: [1]}\n    |                         ^^^",
    );
  });

  it("cut a long line to a window around the caret", () => {
    const text = `stages: {a: {from: alpine, run: "${"x".repeat(5_000_000)}", user: [1]}}\n`;
    const f = new SourceFile("f", text);
    const at = text.indexOf("[1]");
    const frame = codeFrame(f, { start: at, end: at + 3 });
    const [line, carets] = frame.split("\n");
    // The window ends with the line, so it starts 100 units before its end.
    expect(line).toBe(`  1 | …${"x".repeat(86)}", user: [1]}}`);
    expect(carets).toBe(`    |  ${" ".repeat(95)}^^^`);
    const mid = text.indexOf("x") + 1000;
    expect(codeFrame(f, { start: mid, end: mid + 1 })).toBe(`  1 | …${"x".repeat(100)}…\n    |  ${" ".repeat(40)}^`);
    const head = codeFrame(f, { start: 0, end: 6 });
    expect(head).toBe(`  1 | stages: {a: {from: alpine, run: "${"x".repeat(67)}…\n    | ^^^^^^`);
  });

  it("show control characters as U+FFFD and cut endless messages", () => {
    const text = "a: \x1b[31mred\n";
    expect(codeFrame(new SourceFile("f", text), { start: 3, end: 4 })).toBe("  1 | a: �[31mred\n    |    ^");
    const d = { code: "UnknownKey", severity: "error", message: "m".repeat(10_000), file: "f", range: { start: 0, end: 1 } } as const;
    expect(formatDiagnostic(d, new SourceFile("f", text)).length).toBeLessThan(700);
  });

  it("quote at most 60 characters of a key in a message", () => {
    const key = "k".repeat(5000);
    const d = parseConfig(`stages: {a: {from: alpine, ${key}: 1}}\n`, "f").diagnostics[0];
    expect(d?.message).toBe(`unknown key \`${"k".repeat(50)}… (5000 characters)\` in stage \`a\``);
  });
});

describe("line endings", () => {
  it("reads CR LF files and reports a lone CR where it is, not as a missing stages key", () => {
    expect(summary("stages:\r\n  a:\r\n    from: alpine\r\n")).toEqual([]);
    expect(summary("stages:\r  a:\r    from: alpine\r")).toEqual(["YamlSyntax 1:8 a carriage return (CR) without a line feed ends a line here"]);
    expect(summary("stages:\r\n  a:\n    from: alpine\r    user: x\n")).toEqual(["YamlSyntax 3:17 a carriage return (CR) without a line feed ends a line here"]);
  });
});
