// Gateway pieces that need no BuildKit: option parsing, error statuses, subrequest answers.
import { describe, expect, it } from "vitest";
import { SourceFile } from "../../../frontend/diagnostics/index.ts";
import { loadGraph } from "../../../frontend/graph/index.ts";
import { BridgeError } from "../../../frontend/gateway/client.ts";
import { sourceDetail, statusFromDiagnostics, statusFromError, unsupportedSubrequest } from "../../../frontend/gateway/errors.ts";
import { readOptions } from "../../../frontend/gateway/options.ts";
import * as sub from "../../../frontend/gateway/subrequests.ts";

const text = (b: Uint8Array | undefined): string => Buffer.from(b ?? new Uint8Array()).toString("utf8");

describe("readOptions", () => {
  it("splits BUILDKIT_FRONTEND_OPT_<i> at the first '=' and groups prefixed keys", () => {
    const o = readOptions({
      BUILDKIT_FRONTEND_OPT_0: "filename=ci/hier.yaml",
      BUILDKIT_FRONTEND_OPT_1: "build-arg:URL=http://x/?a=b",
      BUILDKIT_FRONTEND_OPT_2: "label:org.example=1",
      BUILDKIT_FRONTEND_OPT_3: "context:base=docker-image://debian:bookworm-slim",
      BUILDKIT_FRONTEND_OPT_4: "no-cache=",
      BUILDKIT_FRONTEND_OPT_5: "local-sessionid:dockerfile=abc",
      BUILDKIT_FRONTEND_OPT_6: 'cache-imports=[{"Type":"local","Attrs":{"src":"/c"}}]',
      BUILDKIT_SESSION_ID: "sid",
      UNRELATED: "x=y",
    });
    expect(o.filename).toBe("ci/hier.yaml");
    expect(o.buildArgs).toEqual({ URL: "http://x/?a=b" });
    expect(o.labels).toEqual({ "org.example": "1" });
    expect(o.contexts).toEqual({ base: "docker-image://debian:bookworm-slim" });
    expect(o.noCache?.size).toBe(0);
    expect(o.localSessionIds).toEqual({ dockerfile: "abc" });
    expect(o.sessionId).toBe("sid");
    expect(o.cacheImports).toEqual([{ Type: "local", Attrs: { src: "/c" } }]);
    expect(o.dockerfileKeySet).toBe(false);
  });

  it("reads the predefined proxy build args in any case, the lower-case spelling first, and ignores empty ones", () => {
    const o = readOptions({
      BUILDKIT_FRONTEND_OPT_0: "build-arg:HTTPS_PROXY=http://upper:3128",
      BUILDKIT_FRONTEND_OPT_1: "build-arg:https_proxy=http://lower:3128",
      BUILDKIT_FRONTEND_OPT_2: "build-arg:All_Proxy=socks5://s:1080",
      BUILDKIT_FRONTEND_OPT_3: "build-arg:no_proxy=",
      BUILDKIT_FRONTEND_OPT_4: "build-arg:HTTP_PROXY_HOST=not-a-proxy-arg",
    });
    expect(o.exec.proxyEnv).toEqual({ httpsProxy: "http://lower:3128", allProxy: "socks5://s:1080" });
    expect(readOptions({ BUILDKIT_FRONTEND_OPT_0: "build-arg:URL=x" }).exec.proxyEnv).toBeUndefined();
  });

  it("defaults the file name to Dockerfile and leaves no-cache off", () => {
    const o = readOptions({});
    expect(o.filename).toBe("Dockerfile");
    expect(o.noCache).toBeUndefined();
    expect(o.target).toBeUndefined();
  });
});

describe("error statuses", () => {
  const file = new SourceFile("hier.yaml", "stages:\n  a:\n    from: nope\n");

  it("encodes errdefs.Source as Go-style JSON with base64 data and 1-based line ranges", () => {
    const d = sourceDetail(file, [{ start: 3, end: 3 }]);
    expect(d.type_url).toBe("github.com/moby/buildkit/errdefs.Source+json");
    const json = JSON.parse(text(d.value));
    expect(json).toEqual({
      info: { filename: "hier.yaml", data: Buffer.from(file.text).toString("base64"), language: "YAML" },
      ranges: [{ start: { line: 3 }, end: { line: 3 } }],
    });
  });

  it("turns diagnostics into a non-zero status naming file, line, code and hint", () => {
    const s = statusFromDiagnostics(file, [
      { code: "UnknownStage", severity: "error", message: "unknown stage `nope`", file: "hier.yaml", range: { start: 23, end: 27 }, hint: "did you mean `a`?" },
    ]);
    expect(s.code).toBe(2);
    expect(s.message).toBe("hier.yaml:3:11: UnknownStage: unknown stage `nope`; did you mean `a`?");
    expect(s.details).toHaveLength(1);
  });

  it("passes BuildKit's own failures through with their details", () => {
    const details = [{ type_url: "github.com/moby/buildkit/errdefs.Vertex+json", value: Buffer.from('{"digest":"sha256:1"}') }];
    const s = statusFromError(new BridgeError("Solve", { code: 2, message: "process failed", details }));
    expect(s).toEqual({ code: 2, message: "process failed", details });
  });

  it("hides internals behind a one-line message, never a stack", () => {
    const s = statusFromError(new TypeError("x is undefined"));
    expect(s.message).toBe("hier: internal error: x is undefined");
    expect(s.message).not.toMatch(/\n/);
  });

  it("refuses unknown subrequests in one line that no hop repeats (code Unknown, no Subrequest detail)", () => {
    const s = unsupportedSubrequest("frontend.nope", ["frontend.outline", "frontend.lint"]);
    expect(s).toEqual({ code: 2, message: "unsupported request frontend.nope: hier answers frontend.outline, frontend.lint", details: [] });
  });
});

describe("subrequests", () => {
  const yaml = `args:\n  V: { default: "1", description: the version }\nstages:\n  build:\n    from: scratch\n    run:\n      - sh: make V=\${V}\n        mounts: [{ secret: npmrc }]\n  app:\n    role: runtime\n    description: the app\n    from: build\n`;
  const { graph } = loadGraph(yaml, "hier.yaml");

  it("targets marks the default and gives each stage's base and line", () => {
    const res = sub.targets(graph!);
    const json = JSON.parse(text(res.result?.metadata?.["result.json"]));
    expect(json.targets).toEqual([
      { name: "build", description: "build", base: "scratch", location: { ranges: [{ start: { line: 4 }, end: { line: 4 } }] } },
      { name: "app", default: true, description: "runtime: the app", base: "build", location: { ranges: [{ start: { line: 9 }, end: { line: 9 } }] } },
    ]);
    expect(text(res.result?.metadata?.["version"])).toBe("1.0.0");
  });

  it("outline lists args with defaults and the secrets of the stages the target needs", () => {
    const json = JSON.parse(text(sub.outline(graph!, "app").result?.metadata?.["result.json"]));
    expect(json.args).toEqual([{ name: "V", description: "the version", value: "1", location: { ranges: [{ start: { line: 2 }, end: { line: 2 } }] } }]);
    expect(json.secrets.map((s: { name: string }) => s.name)).toEqual(["npmrc"]);
  });

  it("outline lists only the args the target's stages read (its own, its dependencies', their caches', the file's name)", () => {
    const two = `name: app-\${NAME}
args:
  NAME: n
  BASE: { default: alpine, description: base image }
  ONLY_A: a
  ONLY_B: b
  VIA: "\${DEEP}"
  DEEP: d
  CACHEDIR: /c
  UNUSED: u
caches:
  c: { target: "\${CACHEDIR}" }
stages:
  root:
    from: "\${BASE}:3.20"
  a:
    from: root
    run: echo \${ONLY_A} \${VIA}
  b:
    from: root
    caches: [c]
    run: make
    env: { X: "\${ONLY_B:-$$\{HOME}}" }
`;
    const g = loadGraph(two, "hier.yaml").graph!;
    const names = (target: string): string[] => JSON.parse(text(sub.outline(g, target).result?.metadata?.["result.json"])).args.map((a: { name: string }) => a.name);
    expect(names("a")).toEqual(["NAME", "BASE", "ONLY_A", "VIA", "DEEP"]);
    expect(names("b")).toEqual(["NAME", "BASE", "ONLY_B", "CACHEDIR"]);
    expect(names("root")).toEqual(["NAME", "BASE"]);
    const txt = text(sub.outline(g, "root").result?.metadata?.["result.txt"]);
    expect(txt).toBe("TARGET: root\n\nBUILD ARG   VALUE    DESCRIPTION\nNAME        n\nBASE        alpine   base image\n");
  });

  it("lint reports warnings with status 1 and a clean file with status 0", () => {
    const file = new SourceFile("hier.yaml", yaml);
    const clean = sub.lint(file, []);
    expect(text(clean.result?.metadata?.["result.statuscode"])).toBe("0");
    const warned = sub.lint(file, [{ code: "UnreachableStage", severity: "warning", message: "m", file: "hier.yaml", range: { start: 0, end: 4 } }]);
    expect(text(warned.result?.metadata?.["result.statuscode"])).toBe("1");
    expect(JSON.parse(text(warned.result?.metadata?.["result.json"])).warnings[0].ruleName).toBe("UnreachableStage");
  });
});
