import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../../frontend/cli/index.ts";

function run(argv: string[], files: Record<string, string>, extra: { run?: (p: string, a: readonly string[], i: string) => Promise<string> } = {}) {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    readFile: async (p: string) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: "ENOENT" });
      return f;
    },
    ...extra,
  };
  return main(argv, io).then((code) => ({ code, stdout, stderr }));
}

const good = "# syntax=org/hier-frontend\nstages:\n  base: { from: alpine:3.20, role: base }\n  app: { from: base, role: runtime }\n";
const bad = "stages:\n  base: { from: alpine:3.20 }\n  app: { from: bsae }\n";

describe("hier check", () => {
  it("prints ok and exits 0 for a valid file", async () => {
    const r = await run(["check", "hier.yaml"], { "hier.yaml": good });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("hier.yaml: ok, 2 stages\n");
  });

  it("prints file:line:col, a code frame and the hint; exits 1", async () => {
    const r = await run(["check", "hier.yaml"], { "hier.yaml": bad });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      "hier.yaml:3:16: error UnknownStage: unknown stage `bsae`\n" +
        "  3 |   app: { from: bsae }\n" +
        "    |                ^^^^\n" +
        "  hint: did you mean `base`? (to use an image called `bsae`, write `bsae:latest`)\n\n" +
        "hier.yaml: 1 error, 0 warnings\n",
    );
  });

  it("--format json gives positions for tools", async () => {
    const r = await run(["check", "hier.yaml", "--format", "json"], { "hier.yaml": bad });
    const out = JSON.parse(r.stdout) as { ok: boolean; diagnostics: { code: string; line: number; column: number }[] };
    expect(out.ok).toBe(false);
    expect(out.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([["UnknownStage", 3, 16]]);
  });

  it("passes --build-arg and --target", async () => {
    const file = "args: { IMG: alpine }\nstages:\n  a: { from: \"${IMG}:3.20\" }\n";
    expect((await run(["check", "f.yaml", "--build-arg", "IMG=Bad"], { "f.yaml": file })).stdout).toContain("InvalidImageRef");
    expect((await run(["check", "f.yaml", "--target", "b"], { "f.yaml": file })).stdout).toContain("UnknownTarget");
  });

  it("reports usage errors with exit 2", async () => {
    expect((await run(["check"], {})).code).toBe(2);
    expect((await run(["check", "f", "--bogus"], { f: good })).code).toBe(2);
    // An unknown option or a missing value: the command's name, node:util's first sentence, the usage.
    const unknown = await run(["check", "f", "--bogus"], { f: good });
    expect(unknown.stderr).toBe("hier check: Unknown option '--bogus'\nusage: hier check FILE [--format text|json] [--build-arg NAME=VALUE]... [--target STAGE]\n");
    expect((await run(["check", "f", "--build-arg"], { f: good })).stderr).toMatch(/^hier check: Option '--build-arg <value>' argument missing\nusage: hier check /);
    expect((await run(["nope"], {})).stderr).toContain("unknown command `nope`");
    const missing = await run(["check", "missing.yaml"], {});
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("hier: cannot read missing.yaml: no such file\n");
  });

  it("hier llb refuses a SOURCE_DATE_EPOCH it cannot write, as a build does", async () => {
    const r = await run(["llb", "f", "--build-arg", "SOURCE_DATE_EPOCH=soon"], { f: good });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", "hier: SOURCE_DATE_EPOCH `soon` is not a time hier can write: give whole seconds since 1970-01-01 UTC (at most 253402300799, the end of the year 9999), or leave it empty\n"]);
  });

  it("`--target \"\"` is a usage error, not an unknown target named ``", async () => {
    const r = await run(["check", "f", "--target", ""], { f: good });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", "hier: --target needs a stage name (it was empty)\n"]);
  });

  it("`-` reads standard input", async () => {
    let stdout = "";
    const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true }, stdin: [Buffer.from(good)] };
    expect(await main(["check", "-"], io)).toBe(0);
    expect(stdout).toBe("<stdin>: ok, 2 stages\n");
  });
});

describe("hier check with hier.lock beside the file", () => {
  const D = `sha256:${"a".repeat(64)}`;
  const lock = (ref: string) => `version: 1\nimages:\n  ${ref}:\n    digest: ${D}\n`;

  it("a reference that changed since it was locked is the build's LockMismatch error, at its line", async () => {
    const r = await run(["check", "hier.yaml"], { "hier.yaml": good, "hier.lock": lock("alpine:3.19") });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^hier\.yaml:3:17: error LockMismatch: alpine:3\.20 is not in hier\.lock, which locks alpine:3\.19/);
    expect(r.stdout).toContain("hint: run `hier lock FILE`");
    expect(r.stdout).toMatch(/hier\.yaml: 1 error, 0 warnings\n$/);
  });

  it("an entry no reference uses is a warning at its line in hier.lock; a matching lock is ok", async () => {
    const unused = await run(["check", "hier.yaml"], { "hier.yaml": good, "hier.lock": lock("alpine:3.20") + `  debian:bookworm-slim:\n    digest: ${D}\n` });
    expect(unused.code).toBe(0);
    expect(unused.stdout).toMatch(/^hier\.lock:5:3: warning LockUnused: /);
    expect(unused.stdout).toMatch(/hier\.yaml: ok, 2 stages, 1 warning\n$/);
    const json = JSON.parse((await run(["check", "hier.yaml", "--format", "json"], { "hier.yaml": good, "hier.lock": lock("alpine:3.20") + `  debian:bookworm-slim:\n    digest: ${D}\n` })).stdout);
    expect(json.diagnostics.map((d: { code: string; file: string; line: number }) => [d.code, d.file, d.line])).toEqual([["LockUnused", "hier.lock", 5]]);
    expect(await run(["check", "hier.yaml"], { "hier.yaml": good, "hier.lock": lock("alpine:3.20") })).toEqual({ code: 0, stdout: "hier.yaml: ok, 2 stages\n", stderr: "" });
  });

  it("an invalid lock fails at its line; HIER_LOCK=strict without one, and a bad HIER_LOCK, fail as a build does", async () => {
    const invalid = await run(["check", "hier.yaml"], { "hier.yaml": good, "hier.lock": "version: 1\nimages:\n  alpine:3.20:\n    digest: sha256:abc\n" });
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toMatch(/^hier\.lock:4:\d+: error InvalidLock: /);
    const strict = await run(["check", "hier.yaml", "--build-arg", "HIER_LOCK=strict"], { "hier.yaml": good });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/^hier\.yaml:3:17: error UnlockedImage: /);
    expect((await run(["check", "hier.yaml", "--build-arg", "HIER_LOCK=ignore"], { "hier.yaml": good, "hier.lock": "not: [a lock" })).code).toBe(0);
    const bad = await run(["check", "hier.yaml", "--build-arg", "HIER_LOCK=yes"], { "hier.yaml": good });
    expect([bad.code, bad.stdout]).toEqual([1, ""]);
    expect(bad.stderr).toMatch(/^hier: HIER_LOCK=yes is not a lock mode/);
  });
});

describe("hier check with the ignore file a build uses", () => {
  it("a line the engine would refuse is an InvalidIgnorePattern error at its line; the build file's own is the one read", async () => {
    const r = await run(["check", "hier.yaml"], { "hier.yaml": good, ".dockerignore": "node_modules\nbuild/[abc\n" });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\.dockerignore:2:1: error InvalidIgnorePattern: `build\/\[abc` is not a pattern: a `\[` is not closed with `\]`\n  2 \| build\/\[abc\n/);
    expect(r.stdout).toMatch(/hier\.yaml: 1 error, 0 warnings\n$/);
    const own = await run(["check", "hier.yaml", "--format", "json"], { "hier.yaml": good, ".dockerignore": "[", "hier.yaml.dockerignore": "docs\n!\n" });
    const json = JSON.parse(own.stdout);
    expect(json.diagnostics.map((d: { code: string; file: string; line: number }) => [d.code, d.file, d.line])).toEqual([["InvalidIgnorePattern", "hier.yaml.dockerignore", 2]]);
    expect(await run(["check", "hier.yaml"], { "hier.yaml": good, ".dockerignore": "[", "hier.yaml.dockerignore": "docs\n" })).toEqual({ code: 0, stdout: "hier.yaml: ok, 2 stages\n", stderr: "" });
  });

  it("hier llb stops at that line too", async () => {
    const copies = "stages:\n  app:\n    from: alpine:3.20\n    copy: [{ src: ., dst: /app/ }]\n";
    const r = await run(["llb", "hier.yaml"], { "hier.yaml": copies, "hier.yaml.dockerignore": "a\\\n" });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^hier: hier\.yaml\.dockerignore:1:1: error InvalidIgnorePattern: `a\\` is not a pattern: it ends in a `\\` that escapes nothing/);
  });
});

describe("hier --version", () => {
  it("prints the version from package.json", async () => {
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, "../../../package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-V"]) {
      const r = await run([flag], {});
      expect([r.code, r.stdout, r.stderr]).toEqual([0, `hier ${version}\n`, ""]);
    }
  });
});

describe("hier llb flags", () => {
  it("--platform: garbage, empty or several is an error (llb compiles one platform), aliases normalise", async () => {
    const cases: [string, string][] = [
      ["bogus", "hier: --platform `bogus` is not a valid platform: write os/arch[/variant], e.g. linux/amd64"],
      ["", 'hier: --platform "": empty platform; write os/arch[/variant], e.g. linux/amd64'],
      ["linux/amd64,", 'hier: --platform "linux/amd64,": empty platform; write os/arch[/variant], e.g. linux/amd64'],
      ["a,b", "hier: --platform `a` is not a valid platform: write os/arch[/variant], e.g. linux/amd64"],
      ["linux/amd64,linux/arm64", "hier: --platform linux/amd64,linux/arm64: hier llb compiles for one platform at a time; run it once per platform"],
      ["linux/", "hier: --platform `linux/` is not a valid platform: write os/arch[/variant], e.g. linux/amd64"],
    ];
    for (const [value, message] of cases) {
      const r = await run(["llb", "f", "--platform", value], { f: good });
      expect([value, r.code, r.stdout]).toEqual([value, 2, ""]);
      expect(r.stderr.startsWith(message)).toBe(true);
    }
    const arm = await run(["llb", "f", "--platform", "linux/aarch64"], { f: good });
    expect(arm.code).toBe(0);
    expect(arm.stdout).toContain('"Architecture": "arm64"');
  });

  it("`--target \"\"` is an error, not an empty definition", async () => {
    const r = await run(["llb", "f", "--target", ""], { f: good });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", "hier: --target needs a stage name (it was empty)\n"]);
  });
});

describe("hier bake", () => {
  it("refuses `-`: the bake file must name the build file", async () => {
    const r = await run(["bake", "-"], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("hier: hier bake needs the build file's path (the bake file names it as `dockerfile`), not -\n");
  });
});

describe("hier graph", () => {
  it("prints Mermaid by default and DOT on request", async () => {
    const m = await run(["graph", "f"], { f: good });
    expect(m.code).toBe(0);
    expect(m.stdout).toMatch(/^flowchart TD\n/);
    expect(m.stdout).toContain('n1["base<br/><i>base</i>"]:::base');
    const d = await run(["graph", "f", "--format", "dot"], { f: good });
    expect(d.stdout).toContain('"stage:base" -> "stage:app";');
  });

  it("renders SVG through dot, with a clear error when it is missing", async () => {
    const ok = await run(["graph", "f", "--format", "svg"], { f: good }, { run: async (p, a, input) => `<svg>${p} ${a.join(" ")} ${input.length > 0}</svg>` });
    expect(ok.stdout).toBe("<svg>dot -Tsvg true</svg>");
    const enoent = Object.assign(new Error("spawn dot ENOENT"), { code: "ENOENT" });
    const missing = await run(["graph", "f", "--format", "svg"], { f: good }, { run: () => Promise.reject(enoent) });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("needs Graphviz's `dot` program");
  });

  it("prints diagnostics instead of a graph for a broken file", async () => {
    const r = await run(["graph", "f"], { f: bad });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("UnknownStage");
  });
});
