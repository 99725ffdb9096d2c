// runFrontend against a fake bridge: subrequest dispatch, single- and multi-platform results,
// and every failure hier can place in the build file carrying an errdefs.Source detail there; hostile options.
import { describe, expect, it } from "vitest";
import { BridgeError, type Bridge } from "../../../frontend/gateway/client.ts";
import { UserError, statusFromError } from "../../../frontend/gateway/errors.ts";
import { runFrontend } from "../../../frontend/gateway/frontend.ts";
import type * as M from "../../../frontend/gateway/messages.ts";
import { parseOptions } from "../../../frontend/gateway/options.ts";
import { Timings } from "../../../frontend/gateway/timings.ts";
import { http, marshal } from "../../../frontend/llb/index.ts";
import { generator } from "../hostile/mutate.ts";

const text = (b: Uint8Array | undefined): string => Buffer.from(b ?? new Uint8Array()).toString("utf8");
const SOURCE = "github.com/moby/buildkit/errdefs.Source+json";

const YAML = `# syntax=org/hier-frontend
args:
  V: { default: "1" }
stages:
  base:
    from: debian:bookworm-slim
    run: echo \${V}
  app:
    from: base
    copy: [{ from: "registry.example/tools:2", src: /bin/tool, dst: /usr/local/bin/ }]
`;

interface FakeOptions {
  files?: Record<string, string>;
  /** Image refs the fake engine knows; any other ref fails like BuildKit's resolver. */
  images?: readonly string[];
  /** Frontend caps Ping reports (default: solve, readfile, resolveimage, warnings). */
  caps?: readonly string[];
  /** What Inputs answers; when absent it fails like an engine without the method. */
  inputs?: Record<string, M.Definition>;
  /** Ping answers only once this settles (logged as `pong`). */
  pingGate?: Promise<void>;
  /** LLB caps Ping reports (default none). */
  llbCaps?: readonly string[];
  /** A Solve whose vertex names include this one fails with "<name>: failed". */
  failSolve?: string;
}

/** A bridge that answers from memory and records what the frontend asked. */
function fakeBridge(opts: FakeOptions = {}) {
  const files = opts.files ?? { "hier.yaml": YAML };
  const images = new Set(opts.images ?? ["debian:bookworm-slim", "registry.example/tools:2"]);
  const calls = { solves: [] as M.SolveRequest[], reads: [] as string[], resolves: [] as string[], warnings: [] as string[], warnedAt: [] as (string | undefined)[], log: [] as string[] };
  let n = 0;
  const notFound = (method: string, what: string) => new BridgeError(method, { code: 2, message: `${what}: not found`, details: [] });
  const bridge: Bridge = {
    ping: async () => (calls.log.push("ping"), opts.pingGate && (await opts.pingGate, calls.log.push("pong")), {
      FrontendAPICaps: (opts.caps ?? ["solve.base", "readfile", "resolveimage", "gateway.warnings"]).map((ID) => ({ ID, Enabled: true })),
      LLBCaps: (opts.llbCaps ?? []).map((ID) => ({ ID, Enabled: true })),
      Workers: [{ platforms: [{ OS: "linux", Architecture: "amd64" }] }],
    }),
    solve: async (req) => {
      calls.solves.push(req);
      const names = Object.values(req.Definition?.metadata ?? {}).map((m) => m.description?.["llb.customname"]).filter(Boolean);
      calls.log.push(`solve ${names.join(",")}`);
      if (opts.failSolve && names.includes(opts.failSolve)) throw new BridgeError("Solve", { code: 2, message: `${opts.failSolve}: failed`, details: [] });
      return { result: { ref: { id: `ref-${++n}` } } };
    },
    statFile: async (_ref, path) => {
      calls.log.push(`stat ${path}`);
      if (!(path in files)) throw notFound("StatFile", path);
      return { path, mode: 0o644 };
    },
    readFile: async (_ref, path, range) => {
      calls.reads.push(path);
      calls.log.push(`read ${path}${range ? ` ${range.offset}+${range.length}` : ""}`);
      const data = files[path];
      if (data === undefined) throw notFound("ReadFile", path);
      const bytes = Buffer.from(data, "utf8");
      return range ? bytes.subarray(range.offset, range.offset + range.length) : bytes;
    },
    readDir: async (_ref, dir, pattern) => {
      calls.log.push(`readdir ${dir} ${pattern}`);
      const path = dir === "/" || dir === "." ? pattern : `${dir}/${pattern}`;
      return path in files ? [{ path: pattern, mode: 0o644 }] : [];
    },
    evaluate: async () => undefined,
    resolveImageConfig: async (req) => {
      calls.resolves.push(req.Ref);
      if (!images.has(req.Ref)) {
        // What BuildKit answers (a Vertex detail for the "load metadata" step, message with its words).
        throw new BridgeError("ResolveImageConfig", {
          code: 2,
          message: `failed to resolve source metadata for docker.io/library/${req.Ref}: not found`,
          details: [{ type_url: "github.com/moby/buildkit/errdefs.Vertex+json", value: Buffer.from('{"digest":"sha256:1"}') }],
        });
      }
      const config = { architecture: req.Platform?.Architecture, os: req.Platform?.OS, config: { Env: ["PATH=/usr/bin:/bin"] } };
      return { Digest: `sha256:${"a".repeat(64)}`, Config: Buffer.from(JSON.stringify(config)), Ref: req.Ref };
    },
    inputs: async () => {
      calls.log.push("inputs");
      if (opts.inputs === undefined) throw new BridgeError("Inputs", { code: 12, message: "unknown method Inputs", details: [] });
      return opts.inputs;
    },
    warn: async (req) => void (calls.warnings.push(text(req.short)), calls.warnedAt.push(req.digest)),
    return: async () => undefined,
  };
  return { bridge, calls };
}

function options(extra: Record<string, string> = {}) {
  return parseOptions(new Map(Object.entries({ filename: "hier.yaml", ...extra })), "sid");
}

/** The lines each errdefs.Source detail of a status highlights. */
function sourceLines(status: M.RpcStatus | undefined): number[][] {
  return (status?.details ?? [])
    .filter((d) => d.type_url === SOURCE)
    .map((d) => (JSON.parse(text(d.value)) as { ranges: { start: { line: number } }[] }).ranges.map((r) => r.start.line));
}

describe("runFrontend: subrequests", () => {
  it("describe answers without reading the build file", async () => {
    const { bridge, calls } = fakeBridge();
    const res = await runFrontend(bridge, options({ requestid: "frontend.subrequests.describe" }));
    const names = (JSON.parse(text(res.result?.metadata?.["result.json"])) as { name: string }[]).map((s) => s.name);
    expect(names).toEqual(["frontend.outline", "frontend.targets", "frontend.lock", "frontend.lint", "frontend.subrequests.describe"]);
    expect(calls.reads).toEqual([]);
  });

  it("outline, targets and lint answer from the YAML with no ref and solve nothing but the build file", async () => {
    for (const [id, check] of [
      ["frontend.outline", (j: Record<string, unknown>) => expect(j["name"]).toBe("app")],
      ["frontend.targets", (j: Record<string, unknown>) => expect((j["targets"] as { name: string }[]).map((t) => t.name)).toEqual(["base", "app"])],
      ["frontend.lint", (j: Record<string, unknown>) => expect(j["warnings"]).toEqual([])],
    ] as const) {
      const { bridge, calls } = fakeBridge();
      const res = await runFrontend(bridge, options({ requestid: id }));
      expect(res.error, id).toBeUndefined();
      expect(res.result?.ref, id).toBeUndefined();
      check(JSON.parse(text(res.result?.metadata?.["result.json"])));
      expect(calls.solves, id).toHaveLength(1); // the build definition local
      expect(calls.resolves, id).toEqual([]);
    }
  });

  it("lint gives status 0 for a clean file", async () => {
    const { bridge } = fakeBridge();
    const res = await runFrontend(bridge, options({ requestid: "frontend.lint" }));
    expect(text(res.result?.metadata?.["result.statuscode"])).toBe("0");
  });

  it("an unknown subrequest is one line naming what hier answers, before any read", async () => {
    const { bridge, calls } = fakeBridge();
    const res = await runFrontend(bridge, options({ requestid: "frontend.nonsense" }));
    expect(res.error).toEqual({
      code: 2,
      message: "unsupported request frontend.nonsense: hier answers frontend.outline, frontend.targets, frontend.lock, frontend.lint, frontend.subrequests.describe",
      details: [],
    });
    expect(calls.solves).toEqual([]);
  });
});

describe("runFrontend: results", () => {
  it("one platform: a single ref and containerimage.config", async () => {
    const { bridge, calls } = fakeBridge();
    const res = await runFrontend(bridge, options());
    expect(res.error).toBeUndefined();
    expect(res.result?.ref?.id).toMatch(/^ref-\d+$/);
    expect(res.result?.refs).toBeUndefined();
    const config = JSON.parse(text(res.result?.metadata?.["containerimage.config"])) as { architecture: string };
    expect(config.architecture).toBe("amd64");
    expect([...new Set(calls.resolves)].sort()).toEqual(["debian:bookworm-slim", "registry.example/tools:2"]);
  });

  it("several platforms: a ref per platform id, per-platform configs and refs.platforms", async () => {
    const { bridge } = fakeBridge();
    const res = await runFrontend(bridge, options({ platform: "linux/amd64,linux/arm64" }));
    expect(res.error).toBeUndefined();
    expect(res.result?.ref).toBeUndefined();
    const refs = res.result?.refs?.refs ?? {};
    expect(Object.keys(refs).sort()).toEqual(["linux/amd64", "linux/arm64"]);
    expect(refs["linux/amd64"]?.id).not.toBe(refs["linux/arm64"]?.id);
    const md = res.result?.metadata ?? {};
    expect(JSON.parse(text(md["containerimage.config/linux/arm64"])).architecture).toBe("arm64");
    expect(JSON.parse(text(md["containerimage.config/linux/amd64"])).architecture).toBe("amd64");
    expect(JSON.parse(text(md["refs.platforms"]))).toEqual({
      Platforms: [
        { ID: "linux/amd64", Platform: { architecture: "amd64", os: "linux" } },
        { ID: "linux/arm64", Platform: { architecture: "arm64", os: "linux" } },
      ],
    });
  });

  it("multi-platform=true with one platform still returns the refs map", async () => {
    const { bridge } = fakeBridge();
    const res = await runFrontend(bridge, options({ platform: "linux/arm64", "multi-platform": "true" }));
    expect(Object.keys(res.result?.refs?.refs ?? {})).toEqual(["linux/arm64"]);
    expect(res.result?.metadata?.["refs.platforms"]).toBeDefined();
  });

  it("every warning names the step the build file was read through, so the progress prints it there", async () => {
    // A runtime stage that installs a compiler: a RuntimeInstallsCompiler warning.
    const yaml = `${YAML}    role: runtime\n    packages: [gcc]\n`;
    const { bridge, calls } = fakeBridge({ files: { "hier.yaml": yaml } });
    const res = await runFrontend(bridge, options({ "build-arg:HIER_DEBUG": "timings" }));
    expect(res.error).toBeUndefined();
    const read = calls.solves.find((s) => Object.values(s.Definition?.metadata ?? {}).some((m) => m.description?.["llb.customname"] === "[internal] load build definition from hier.yaml"));
    const vertex = Object.entries(read?.Definition?.metadata ?? {}).find(([, m]) => m.description?.["llb.customname"] !== undefined)?.[0];
    expect(vertex).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(calls.warnings.map((w) => w.split(/[:(]/)[0])).toEqual(["RuntimeInstallsCompiler", "hier timings "]);
    expect(calls.warnedAt).toEqual([vertex, vertex]);
  });

  it("SOURCE_DATE_EPOCH as the Dockerfile frontend reads it: empty is none, negative is before 1970, anything else a UserError", async () => {
    const created = async (v: string) => {
      const res = await runFrontend(fakeBridge().bridge, options({ "build-arg:SOURCE_DATE_EPOCH": v }));
      const config = JSON.parse(text(res.result?.metadata?.["containerimage.config"])) as { config: { Labels?: Record<string, string> } };
      return [config.config.Labels?.["org.opencontainers.image.created"], res.result?.metadata?.["source.date.epoch"] && text(res.result.metadata["source.date.epoch"])];
    };
    expect(await created("1700000000")).toEqual(["2023-11-14T22:13:20.000Z", "1700000000"]);
    expect(await created("")).toEqual([undefined, undefined]);
    expect(await created("-86400")).toEqual(["1969-12-31T00:00:00.000Z", "-86400"]);
    expect(await created("253402300799")).toEqual(["9999-12-31T23:59:59.000Z", "253402300799"]);
    for (const bad of ["9999999999999999999", "253402300800", "1e9", "17000000OO", " 1", "0x10"]) {
      await expect(runFrontend(fakeBridge().bridge, options({ "build-arg:SOURCE_DATE_EPOCH": bad })), bad).rejects.toThrow(
        new UserError(`hier: SOURCE_DATE_EPOCH \`${bad}\` is not a time hier can write: give whole seconds since 1970-01-01 UTC (at most 253402300799, the end of the year 9999), or leave it empty`),
      );
    }
  });
});

describe("runFrontend: failures at their line", () => {
  it("a diagnostic: code, file:line:col and a Source detail at the line", async () => {
    const { bridge } = fakeBridge({ files: { "hier.yaml": "stages:\n  app:\n    from: scratch\n    frm: x\n" } });
    const res = await runFrontend(bridge, options());
    expect(res.error?.code).toBe(2);
    expect(res.error?.message).toMatch(/^hier\.yaml:4:5: UnknownKey: /);
    expect(sourceLines(res.error)).toEqual([[4]]);
  });

  it("an image the engine cannot resolve: ImageNotResolved at its from: line, with the engine's message and details", async () => {
    const { bridge } = fakeBridge({ images: ["registry.example/tools:2"] });
    const res = await runFrontend(bridge, options());
    expect(res.error?.message).toBe(
      "hier.yaml:6:11: ImageNotResolved: cannot resolve image debian:bookworm-slim: failed to resolve source metadata for docker.io/library/debian:bookworm-slim: not found; check the name, the tag and that the registry (or the local image store) has it for this platform",
    );
    expect(sourceLines(res.error)).toEqual([[6]]);
    expect(res.error?.details.map((d) => d.type_url)).toEqual([SOURCE, "github.com/moby/buildkit/errdefs.Vertex+json"]);
  });

  it("an image a copy names: at the copy, and every other use of it as a related line", async () => {
    const yaml = YAML.replace("run: echo ${V}", 'copy: [{ from: "registry.example/tools:2", src: /x, dst: /x }]');
    const { bridge } = fakeBridge({ files: { "hier.yaml": yaml }, images: ["debian:bookworm-slim"] });
    const res = await runFrontend(bridge, options());
    expect(res.error?.message).toMatch(/^hier\.yaml:7:\d+: ImageNotResolved: cannot resolve image registry\.example\/tools:2: .* \(also used at hier\.yaml:10:\d+\)$/);
    // Reversed on the wire: buildx prints the last detail first, so it shows line 7, then 10.
    expect(sourceLines(res.error)).toEqual([[10], [7]]);
  });

  it("a named context hier cannot use: UnsupportedContext at the from: that names it", async () => {
    const { bridge } = fakeBridge();
    const res = await runFrontend(bridge, options({ "context:debian:bookworm-slim": "ftp://example.com/x.tar" }));
    expect(res.error?.message).toMatch(/^hier\.yaml:6:11: UnsupportedContext: named context debian:bookworm-slim=ftp:\/\/example\.com\/x\.tar is not a kind hier supports; /);
    expect(sourceLines(res.error)).toEqual([[6]]);
    const subdir = await runFrontend(fakeBridge().bridge, options({ "context:debian:bookworm-slim": "https://github.com/x/y.git#main:sub" }));
    expect(subdir.error?.message).toMatch(/^hier\.yaml:6:11: UnsupportedContext: this BuildKit cannot check out named context debian:bookworm-slim=https:\/\/github\.com\/x\/y\.git#main:sub: it lacks source\.git\.subdir; /);
  });

  it("git and http named contexts: a checkout and a download stand in for the image", async () => {
    const { decodeMessage } = await import("../../../frontend/proto.ts");
    const { bridge, calls } = fakeBridge();
    const res = await runFrontend(bridge, options({ "context:debian:bookworm-slim": "https://github.com/x/y.git?ref=main", "context:registry.example/tools:2": "https://example.com/tool.tgz" }));
    expect(res.error).toBeUndefined();
    const ids = (calls.solves.at(-1)?.Definition?.def ?? []).map((b) => decodeMessage<{ source?: { identifier: string } }>("pb.Op", b).source?.identifier).filter(Boolean);
    expect(ids).toEqual(expect.arrayContaining(["git://github.com/x/y.git#main", "https://example.com/tool.tgz"]));
    expect(calls.resolves).toEqual([]);
  });

  it("a docker-image:// named context the engine cannot resolve: at the stage it stands in for", async () => {
    const { bridge } = fakeBridge();
    const res = await runFrontend(bridge, options({ "context:base": "docker-image://gone:1" }));
    expect(res.error?.message).toMatch(/^hier\.yaml:5:3: ImageNotResolved: cannot resolve image gone:1 of named context base: failed to resolve source metadata for docker\.io\/library\/gone:1: not found/);
    expect(sourceLines(res.error)).toEqual([[5]]);
  });

  it("a named input BuildKit did not pass: UnsupportedContext at the key", async () => {
    const { bridge } = fakeBridge();
    const res = await runFrontend(bridge, options({ "context:base": "input:nothere" }));
    expect(res.error?.message).toMatch(/^hier\.yaml:5:3: UnsupportedContext: named context base=input:nothere names input nothere, which BuildKit did not pass/);
  });

  it("no YAML line to point at: a plain message, never an internal error", async () => {
    const missing = fakeBridge({ files: {} });
    const noFile = await runFrontend(missing.bridge, options()).catch((e: unknown) => ({ error: statusFromError(e) }));
    expect(noFile.error?.message).toBe("hier: cannot read the build file hier.yaml: no such file in the build definition context");
    expect(noFile.error?.code).toBe(2);

    const remote = fakeBridge();
    const odd = await runFrontend(remote.bridge, options({ context: "ftp://example.com/c.tar" })).catch((e: unknown) => ({ error: statusFromError(e) }));
    expect(odd.error?.message).toBe("hier: cannot use the build context ftp://example.com/c.tar: pass a directory, a git repository, an archive, or an http(s) URL of one (or of the build file)");
    expect(remote.calls.solves).toEqual([]);
  });
});

describe("runFrontend: remote contexts", () => {
  const COPYING = `# syntax=org/hier-frontend
stages:
  app:
    from: debian:bookworm-slim
    copy: [{ src: app/, dst: /app/ }]
`;
  /** The vertex names of a Solve request's definition. */
  const namesOf = (req: M.SolveRequest | undefined): string[] =>
    Object.values(req?.Definition?.metadata ?? {}).map((m) => m.description?.["llb.customname"] ?? "").filter(Boolean);
  const sourcesOf = async (req: M.SolveRequest | undefined): Promise<string[]> => {
    const { decodeMessage } = await import("../../../frontend/proto.ts");
    return (req?.Definition?.def ?? []).map((b) => decodeMessage<{ source?: { identifier: string } }>("pb.Op", b).source?.identifier).filter((x): x is string => x !== undefined);
  };

  it("an archive URL: the engine downloads and unpacks it, the build file and copies come from it, no .dockerignore", async () => {
    const url = "https://example.com/app.tar";
    const { bridge, calls } = fakeBridge({ files: { context: tarHead("hier.yaml").toString("latin1"), "hier.yaml": COPYING } });
    const res = await runFrontend(bridge, options({ context: url }));
    expect(res.error).toBeUndefined();
    expect(namesOf(calls.solves[0])).toEqual(["[internal] load remote build context"]);
    expect(namesOf(calls.solves[1]).sort()).toEqual(["[internal] load remote build context", "[internal] unpack remote build context"]);
    expect(calls.log.some((l) => /load build definition|dockerignore/.test(l))).toBe(false);
    expect(calls.reads.slice(0, 2)).toEqual(["context", "hier.yaml"]);
    const built = calls.solves.at(-1);
    expect(await sourcesOf(built)).toContain(url);
    expect((await sourcesOf(built)).some((id) => id.startsWith("local://"))).toBe(false);
  });

  it("context and dockerfile inputs (a remote bake definition): the build file and the copies come from them, no local, no .dockerignore", async () => {
    // What buildx passes for `docker buildx bake REPO` when a target's context is a subdirectory.
    const given = marshal(http("https://example.com/checkout.tar")).definition as M.Definition;
    const { bridge, calls } = fakeBridge({ caps: ["solve.base", "readfile", "resolveimage", "frontend.inputs"], inputs: { context: given, dockerfile: given }, files: { "hier.yaml": COPYING } });
    const res = await runFrontend(bridge, options());
    expect(res.error).toBeUndefined();
    expect(calls.log.some((l) => /load build definition|dockerignore/.test(l))).toBe(false);
    const built = await sourcesOf(calls.solves.at(-1));
    expect(built).toContain("https://example.com/checkout.tar");
    expect(built.some((id) => id.startsWith("local://"))).toBe(false);
  });

  it("a context input on an engine without frontend.inputs is not used: the client's directory is", async () => {
    const given = marshal(http("https://example.com/checkout.tar")).definition as M.Definition;
    const { bridge, calls } = fakeBridge({ caps: ["solve.base", "readfile", "resolveimage"], inputs: { context: given }, files: { "hier.yaml": COPYING } });
    expect((await runFrontend(bridge, options())).error).toBeUndefined();
    expect(await sourcesOf(calls.solves.at(-1))).toContain("local://context");
  });

  it("a URL that is not an archive is the build file itself, named after the URL in diagnostics", async () => {
    const ok = fakeBridge({ files: { context: YAML } });
    expect((await runFrontend(ok.bridge, options({ context: "https://example.com/ci/hier.yaml" }))).error).toBeUndefined();
    // Downloaded and solved once: the ref that showed it is no archive is the one read.
    expect(ok.calls.solves.filter((req) => namesOf(req).includes("[internal] load remote build context"))).toHaveLength(1);
    const broken = fakeBridge({ files: { context: "# syntax=org/hier-frontend\nstages:\n  app: { from: base }\n" } });
    const res = await runFrontend(broken.bridge, options({ context: "https://example.com/ci/family.yaml" }));
    expect(res.error?.message).toMatch(/^family\.yaml:3:/);
  });

  it("a download the engine cannot make: a plain message naming the context (the upload of stdin as such)", async () => {
    for (const [url, shown] of [
      ["https://example.com/gone.tar", "https://example.com/gone.tar"],
      ["http://buildkit-session/abc", "the context archive the client uploaded"],
    ] as const) {
      const { bridge } = fakeBridge({ failSolve: "[internal] load remote build context" });
      const res = await runFrontend(bridge, options({ context: url })).catch((e: unknown) => ({ error: statusFromError(e) }));
      expect(res.error?.message).toBe(`hier: cannot download the build context (${shown}): [internal] load remote build context: failed`);
    }
  });

  it("an archive without the build file: says which file and where it looked", async () => {
    const { bridge } = fakeBridge({ files: { context: tarHead("other").toString("latin1") } });
    const res = await runFrontend(bridge, options({ context: "http://buildkit-session/abc" })).catch((e: unknown) => ({ error: statusFromError(e) }));
    expect(res.error?.message).toBe("hier: cannot read the build file hier.yaml: no such file in the build context (the context archive the client uploaded)");
  });

  it("with the build file sent by the client (dockerfilekey), only the context is remote", async () => {
    const { bridge, calls } = fakeBridge({ files: { context: tarHead("app/").toString("latin1"), "hier.yaml": COPYING } });
    const res = await runFrontend(bridge, options({ context: "https://example.com/app.tar", dockerfilekey: "dockerfile" }));
    expect(res.error).toBeUndefined();
    expect(calls.log.some((l) => l.includes("load build definition from hier.yaml"))).toBe(true);
    expect(await sourcesOf(calls.solves.at(-1))).toContain("https://example.com/app.tar");
  });
});

describe("runFrontend: git contexts", () => {
  const url = "https://github.com/x/y.git?ref=v1&subdir=app";
  const sourceOps = async (req: M.SolveRequest | undefined) => {
    const { decodeMessage } = await import("../../../frontend/proto.ts");
    return (req?.Definition?.def ?? []).map((b) => decodeMessage<{ source?: { identifier: string; attrs?: Record<string, string> } }>("pb.Op", b).source).filter((x) => x !== undefined);
  };

  it("the engine checks the repository out; the build file and the copies come from the checkout", async () => {
    const { bridge, calls } = fakeBridge({ llbCaps: ["source.git.subdir"] });
    const res = await runFrontend(bridge, options({ context: url }));
    expect(res.error).toBeUndefined();
    const [checkout] = await sourceOps(calls.solves[0]);
    expect(checkout).toEqual({
      identifier: "git://github.com/x/y.git#v1:app",
      attrs: { "git.authheadersecret": "GIT_AUTH_HEADER", "git.authtokensecret": "GIT_AUTH_TOKEN", "git.fullurl": "https://github.com/x/y.git" },
    });
    expect(calls.log.some((l) => /load build definition|dockerignore/.test(l))).toBe(false);
  });

  it("BUILDKIT_CONTEXT_KEEP_GIT_DIR=1 keeps .git in the checkout", async () => {
    const { bridge, calls } = fakeBridge({ llbCaps: ["source.git.keepgitdir"] });
    expect((await runFrontend(bridge, options({ context: "git://127.0.0.1/r.git", "build-arg:BUILDKIT_CONTEXT_KEEP_GIT_DIR": "1" }))).error).toBeUndefined();
    expect((await sourceOps(calls.solves[0]))[0]?.attrs?.["git.keepgitdir"]).toBe("true");
  });

  it("an option the engine has no cap for, a malformed query, a failed checkout: plain messages", async () => {
    const run = async (o: FakeOptions, context: string) => {
      const { bridge } = fakeBridge(o);
      return (await runFrontend(bridge, options({ context })).catch((e: unknown) => ({ error: statusFromError(e) }))).error?.message;
    };
    expect(await run({}, url)).toBe(`hier: this BuildKit cannot check out ${url}: it lacks source.git.subdir; upgrade BuildKit or leave that option out of the URL`);
    expect(await run({}, "https://github.com/x/y.git?ref=a&ref=b")).toBe('hier: cannot use the git build context: query "ref" of https://github.com/x/y.git?ref=a&ref=b has multiple values');
    expect(await run({ failSolve: "[internal] load git source git://127.0.0.1/r.git" }, "git://127.0.0.1/r.git")).toBe(
      "hier: cannot check out the build context (git://127.0.0.1/r.git): [internal] load git source git://127.0.0.1/r.git: failed",
    );
  });
});

describe("remoteKind and isArchive", () => {
  it("tells git from http URLs", async () => {
    const { remoteKind } = await import("../../../frontend/gateway/remote.ts");
    for (const git of ["git@github.com:x/y.git", "git://host/x", "ssh://git@host/x", "github.com/x/y", "https://host/x/y.git", "https://host/x/y.git#main", "https://host/y.git?ref=v1"]) {
      expect(remoteKind(git), git).toBe("git");
    }
    for (const h of ["https://host/c.tar.gz", "http://buildkit-session/abc", "HTTPS://host/hier.yaml", "https://host/x.gitignore"]) expect(remoteKind(h), h).toBe("http");
    for (const o of ["ftp://host/c.tar", "file:///tmp/c", "c.tar"]) expect(remoteKind(o), o).toBe("other");
  });

  it("knows gzip, bzip2, xz and tar by their first bytes; text is not an archive", async () => {
    const { isArchive } = await import("../../../frontend/gateway/remote.ts");
    const { gzipSync } = await import("node:zlib");
    expect(isArchive(gzipSync("x"))).toBe(true);
    expect(isArchive(Buffer.from("BZh91AY&SY"))).toBe(true);
    expect(isArchive(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00]))).toBe(true);
    expect(isArchive(tarHead("hier.yaml"))).toBe(true);
    expect(isArchive(Buffer.from("# syntax=org/hier-frontend\nstages: {}\n"))).toBe(false);
    expect(isArchive(Buffer.alloc(0))).toBe(false);
  });
});

/** The first 512 bytes of a tar holding `name`: all ASCII, so the fake's text files carry it as latin1. */
function tarHead(name: string): Buffer {
  const b = Buffer.alloc(512);
  b.write(name, 0, "latin1");
  b.write("ustar\u000000", 257, "latin1");
  return b;
}

describe("runFrontend: a build file too large to be one", () => {
  it("reads 1 MiB and a byte of it, not the whole, and says TooLarge at line 1", async () => {
    const huge = `# syntax=org/hier-frontend\n# ${"x".repeat(3 << 20)}\nstages: {}\n`;
    const { bridge, calls } = fakeBridge({ files: { "hier.yaml": huge } });
    const res = await runFrontend(bridge, options());
    expect(res.error?.message).toMatch(/^hier\.yaml:1:1: TooLarge: the file is larger than 1,048,576 bytes/);
    expect(calls.log).toContain(`read hier.yaml 0+${(1 << 20) + 1}`);
  });
});

describe("statusFromFailure", () => {
  it("with no key naming the subject: a plain message with code and hint, the engine's details kept", async () => {
    const { EngineFailure, statusFromFailure } = await import("../../../frontend/gateway/attribute.ts");
    const { SourceFile } = await import("../../../frontend/diagnostics/index.ts");
    const details = [{ type_url: "github.com/moby/buildkit/errdefs.Vertex+json", value: Buffer.from("{}") }];
    const failure = new EngineFailure({ kind: "image", ref: "x:1" }, "ImageNotResolved", "cannot resolve image x:1: not found", "check it", { code: 2, message: "not found", details });
    const status = statusFromFailure(new SourceFile("hier.yaml", "stages: {}\n"), [], failure);
    expect(status).toEqual({ code: 2, message: "hier: ImageNotResolved: cannot resolve image x:1: not found; check it", details });
  });
});

describe("runFrontend: round trips", () => {
  it("Inputs goes out with Ping, .dockerignore with the build file, and no StatFile before a ReadFile", async () => {
    const { bridge, calls } = fakeBridge({ caps: ["solve.base", "readfile", "resolveimage", "frontend.inputs"], inputs: {} });
    const res = await runFrontend(bridge, options());
    expect(res.error).toBeUndefined();
    expect(calls.log.slice(0, 2)).toEqual(["inputs", "ping"]);
    // Both locals are solved before either file is read.
    expect(calls.log.slice(2, 4).sort()).toEqual(["solve [internal] load .dockerignore", "solve [internal] load build definition from hier.yaml"]);
    expect(calls.log.filter((c) => c.startsWith("stat"))).toEqual([]);
    // hier.lock (docs/lock.md) and its own ignore file beside the build file are read with it.
    expect(calls.reads.sort()).toEqual([".dockerignore", "hier.lock", "hier.yaml", "hier.yaml.dockerignore"]);
  });

  it("with the readdir cap, a missing .dockerignore or hier.lock costs a ReadDir, never a failing ReadFile; a present one is read", async () => {
    const caps = ["solve.base", "readfile", "readdir", "resolveimage"];
    const missing = fakeBridge({ caps });
    expect((await runFrontend(missing.bridge, options())).error).toBeUndefined();
    expect(missing.calls.log.filter((c) => c.startsWith("readdir")).sort()).toEqual(["readdir / .dockerignore", "readdir / hier.lock", "readdir / hier.yaml.dockerignore"]);
    expect(missing.calls.reads).toEqual(["hier.yaml"]);

    const present = fakeBridge({ caps, files: { "hier.yaml": YAML, ".dockerignore": "*.md\n", "hier.yaml.dockerignore": "*.md\n", "hier.lock": "version: 1\nimages: {}\n" } });
    await runFrontend(present.bridge, options());
    expect(present.calls.reads.sort()).toEqual([".dockerignore", "hier.lock", "hier.yaml", "hier.yaml.dockerignore"]);
  });

  /** The exclude patterns of the context local a build solved. */
  const excluded = async (req: M.SolveRequest | undefined): Promise<unknown> => {
    const { decodeMessage } = await import("../../../frontend/proto.ts");
    const ops = (req?.Definition?.def ?? []).map((b) => decodeMessage<{ source?: { identifier: string; attrs?: Record<string, string> } }>("pb.Op", b).source);
    const context = ops.find((o) => o?.identifier === "local://context");
    return JSON.parse(context?.attrs?.["local.excludepatterns"] ?? "[]");
  };
  const COPIES = `stages:\n  app:\n    from: debian:bookworm-slim\n    copy: [{ src: ., dst: /app/ }]\n`;

  it("the build file's own ignore file beside it wins over the context's .dockerignore, as with Dockerfile.dockerignore", async () => {
    const both = fakeBridge({ files: { "hier.yaml": COPIES, ".dockerignore": "docs\n", "hier.yaml.dockerignore": "*.md\n!README.md\n" } });
    expect((await runFrontend(both.bridge, options())).error).toBeUndefined();
    expect(await excluded(both.calls.solves.at(-1))).toEqual(["*.md", "!README.md"]);
    const context = fakeBridge({ files: { "hier.yaml": COPIES, ".dockerignore": "docs\n" } });
    await runFrontend(context.bridge, options());
    expect(await excluded(context.calls.solves.at(-1))).toEqual(["docs"]);
  });

  it("a line that is not a pattern fails the build at that line of the ignore file used, before anything is built", async () => {
    const bad = (files: Record<string, string>) => runFrontend(fakeBridge({ files: { "hier.yaml": COPIES, ...files } }).bridge, options());
    const failed = await bad({ ".dockerignore": "# caches\nnode_modules\n  build/[abc\n" }).then(
      () => expect.fail("the build went on"),
      (e: unknown) => statusFromError(e),
    );
    expect(failed.message).toBe(
      ".dockerignore:3:3: InvalidIgnorePattern: `build/[abc` is not a pattern: a `[` is not closed with `]`; fix or remove the line (patterns are Go's filepath.Match, with `**` and a leading `!`)",
    );
    // With the snippet of the ignore file at that line.
    expect(sourceLines(failed)).toEqual([[3]]);
    await expect(bad({ "hier.yaml.dockerignore": "!\n" })).rejects.toThrow(/^hier\.yaml\.dockerignore:1:1: InvalidIgnorePattern: `!` is not a pattern: `!` alone/);
    // The context's is not used, nor checked, when the build file has its own.
    expect((await bad({ ".dockerignore": "[", "hier.yaml.dockerignore": "docs\n" })).error).toBeUndefined();
  });

  it("an engine without the inputs cap whose Inputs fails: the build file comes from the local", async () => {
    const { bridge, calls } = fakeBridge({ caps: ["solve.base", "readfile", "resolveimage"] });
    const res = await runFrontend(bridge, options());
    expect(res.result?.ref?.id).toBeDefined();
    expect(calls.reads).toContain("hier.yaml");
  });

  it("a dockerfile input is the build file, and subrequests read no .dockerignore", async () => {
    const def = { def: [] } as unknown as M.Definition;
    const { bridge, calls } = fakeBridge({ caps: ["solve.base", "readfile", "frontend.inputs"], inputs: { dockerfile: def } });
    const res = await runFrontend(bridge, options({ requestid: "frontend.targets" }));
    expect(res.error).toBeUndefined();
    expect(calls.log.filter((c) => c.startsWith("solve"))).toEqual(["solve "]);
    expect(calls.reads.sort()).toEqual(["hier.lock", "hier.yaml"]);
  });
});

describe("runFrontend: what does not wait for Ping", () => {
  /** Waits (at most 2 s) until `ok()`; fails naming `what` otherwise. */
  async function until(what: string, ok: () => boolean): Promise<void> {
    for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
    expect(ok(), what).toBe(true);
  }
  const gated = () => {
    let open = (): void => undefined;
    const gate = new Promise<void>((r) => (open = r));
    return { gate, open };
  };

  it("the build file's local and .dockerignore are solved and the build file read while Ping is still out; ReadDir waits for its cap", async () => {
    const { gate, open } = gated();
    const { bridge, calls } = fakeBridge({ caps: ["solve.base", "readfile", "readdir", "resolveimage", "frontend.inputs"], inputs: {}, pingGate: gate });
    const run = runFrontend(bridge, options());
    await until("the build file read before Ping answered", () => calls.reads.includes("hier.yaml"));
    expect(calls.log).not.toContain("pong");
    expect(calls.log.filter((c) => c.startsWith("solve")).sort()).toEqual(["solve [internal] load .dockerignore", "solve [internal] load build definition from hier.yaml"]);
    // Locals solved before the caps are known list none in their metadata.
    expect(calls.solves.flatMap((s) => Object.values(s.Definition?.metadata ?? {}).flatMap((m) => Object.keys(m.caps ?? {})))).toEqual([]);
    open();
    expect((await run).error).toBeUndefined();
    const pong = calls.log.indexOf("pong");
    expect(calls.log.findIndex((c) => c.startsWith("readdir"))).toBeGreaterThan(pong);
    expect(calls.log.findIndex((c) => c.startsWith("solve") && !c.includes("[internal]"))).toBeGreaterThan(pong);
  });

  it("a dockerfile input waits for Ping's frontend.inputs cap; without the cap the local is read instead", async () => {
    const def = { def: [] } as unknown as M.Definition;
    const withCap = gated();
    const a = fakeBridge({ caps: ["solve.base", "readfile", "frontend.inputs"], inputs: { dockerfile: def }, pingGate: withCap.gate });
    const run = runFrontend(a.bridge, options({ requestid: "frontend.targets" }));
    await new Promise((r) => setTimeout(r, 30));
    expect(a.calls.solves).toEqual([]);
    withCap.open();
    expect((await run).error).toBeUndefined();
    expect(a.calls.log.filter((c) => c.startsWith("solve"))).toEqual(["solve "]);

    const b = fakeBridge({ caps: ["solve.base", "readfile"], inputs: { dockerfile: def } });
    expect((await runFrontend(b.bridge, options({ requestid: "frontend.targets" }))).error).toBeUndefined();
    expect(b.calls.log.filter((c) => c.startsWith("solve"))).toEqual(["solve [internal] load build definition from hier.yaml"]);
  });

  it("a failing Ping fails the run with its error, and nothing started early rejects unhandled", async () => {
    const { bridge } = fakeBridge();
    const failing: Bridge = { ...bridge, ping: async () => Promise.reject(new BridgeError("Ping", { code: 14, message: "BuildKit closed the connection", details: [] })) };
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on("unhandledRejection", onUnhandled);
    try {
      await expect(runFrontend(failing, options())).rejects.toThrow("BuildKit closed the connection");
      await new Promise((r) => setTimeout(r, 20));
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });
});

describe("runFrontend: HIER_DEBUG=timings", () => {
  const PHASES = ["ping", "read", "parsed", "checked", "images", "compiled", "solve", "return"];
  /** The phase names of a `hier timings …` line, in order (without its ` — cpu N ms` end). */
  const phases = (line: string): string[] =>
    withoutCpu(line).replace(/^hier timings \(ms since process start, node v\d+\.\d+\.\d+ \w+\): /, "").split(" · ").map((p) => p.replace(/ \d+$/, ""));
  /** The line without its CPU figure, which must be there: ` — cpu N ms`, N > 0. */
  const withoutCpu = (line: string): string => {
    const m = / — cpu (\d+) ms$/.exec(line);
    expect(m, line).not.toBeNull();
    expect(Number(m?.[1]), line).toBeGreaterThan(0);
    return line.slice(0, m?.index);
  };

  it("with the warnings cap: one warning listing every phase in order, times rising, after the build's own solves", async () => {
    const { bridge, calls } = fakeBridge();
    const res = await runFrontend(bridge, options({ "build-arg:HIER_DEBUG": "timings" }), Timings.forProcess());
    expect(res.error).toBeUndefined();
    const lines = calls.warnings.filter((w) => w.startsWith("hier timings"));
    expect(lines).toHaveLength(1);
    const line = lines[0] ?? "";
    expect(phases(line)).toEqual(["node", "bundle", ...PHASES]);
    const ms = withoutCpu(line).split(" · ").map((p) => Number(/(\d+)$/.exec(p)?.[1]));
    expect(ms).toEqual([...ms].sort((a, b) => a - b));
  });

  it("from the startup snapshot: the header says so, `main` replaces `bundle`, times rising", async () => {
    const { bridge, calls } = fakeBridge();
    const t = Timings.forSnapshot(performance.now());
    expect(t.fromSnapshot).toBe(true);
    expect(Timings.forProcess().fromSnapshot).toBe(false);
    await runFrontend(bridge, options({ "build-arg:HIER_DEBUG": "timings" }), t);
    const line = calls.warnings.find((w) => w.startsWith("hier timings")) ?? "";
    expect(line.startsWith(`hier timings (ms since process start, node ${process.version} ${process.arch}, snapshot): node `), line).toBe(true);
    expect(withoutCpu(line).replace(/^[^:]*: /, "").split(" · ").map((p) => p.replace(/ \d+$/, ""))).toEqual(["node", "main", ...PHASES]);
    const ms = withoutCpu(line).replace(/^[^:]*: /, "").split(" · ").map((p) => Number(/(\d+)$/.exec(p)?.[1]));
    expect(ms).toEqual([...ms].sort((a, b) => a - b));
  });

  it("each test's solve is its own phase; a list like `x,timings` asks too", async () => {
    const yaml = YAML + "    test: [\"true\"]\n";
    const { bridge, calls } = fakeBridge({ files: { "hier.yaml": yaml } });
    await runFrontend(bridge, options({ "build-arg:HIER_DEBUG": "x, Timings" }));
    const line = calls.warnings.find((w) => w.startsWith("hier timings")) ?? "";
    expect(phases(line).sort()).toEqual([...PHASES, "solve tests"].sort());
  });

  it("without the warnings cap: a vertex named with the line, solved eagerly, and no Warn", async () => {
    const { bridge, calls } = fakeBridge({ caps: ["solve.base", "readfile", "resolveimage"] });
    const res = await runFrontend(bridge, options({ "build-arg:HIER_DEBUG": "timings" }));
    expect(res.result?.ref?.id).toBeDefined();
    expect(calls.warnings).toEqual([]);
    const last = calls.solves.at(-1);
    expect(last?.Evaluate).toBe(true);
    const names = Object.values(last?.Definition?.metadata ?? {}).map((m) => m.description?.["llb.customname"]).filter(Boolean);
    expect(names).toHaveLength(1);
    expect(phases(String(names[0]).replace(/^\[hier\] /, ""))).toEqual(PHASES);
  });

  it("not asked: no timings anywhere", async () => {
    const { bridge, calls } = fakeBridge();
    await runFrontend(bridge, options({ "build-arg:HIER_DEBUG": "other" }));
    expect(calls.warnings.filter((w) => w.includes("timings"))).toEqual([]);
    expect(calls.solves.some((s) => JSON.stringify(s).includes("timings"))).toBe(false);
  });

  it("formats marks of a fake clock as whole ms", () => {
    let now = 0;
    const t = new Timings(() => now);
    now = 12.4;
    t.mark("ping");
    now = 40.6;
    t.mark("read");
    expect(t.format()).toBe(`hier timings (ms since process start, node ${process.version} ${process.arch}): ping 12 · read 41`);
  });
});

describe("runFrontend: hostile options", () => {
  // What buildx, bake or a hand-made gateway client may send: option keys hier reads, each given
  // a value from YAML's, BuildKit's and hier's awkward corners, 1–4 at a time, from a fixed seed.
  const KEYS = [
    "add-hosts", "force-network-mode", "shm-size", "ulimit", "no-cache", "platform", "cache-imports", "target", "requestid",
    "image-resolve-mode", "context", "contextkey", "filename", "dockerfilekey", "multi-platform", "vcs:source", "vcs:revision",
    "build-arg:V", "build-arg:HIER_DEBUG", "build-arg:SOURCE_DATE_EPOCH", "build-arg:BUILDKIT_CACHE_MOUNT_NS",
    "build-arg:BUILDKIT_CONTEXT_KEEP_GIT_DIR", "build-arg:BUILDKIT_MULTI_PLATFORM", "build-arg:HTTP_PROXY", "build-arg:no_proxy",
    "label:x", "label:", "context:base", "context:debian:bookworm-slim", "context:registry.example/tools:2", "attest:sbom",
  ];
  const VALUES = [
    "", "~", "x", "-1", "0", "1e999", "9999999999999999999", "9000000000000", "linux/arm64", "linux/amd64,linux/amd64",
    "foo/bar/baz/qux", ",", "=", "a=b,c", "a:1.2.3.4", "a:::1", "nofile=1:2", "nofile=x", "docker-image://",
    "docker-image://debian:bookworm-slim", "docker-image://bad ref", "local:ctx", "input:x", "oci-layout://x", "target:base",
    "git://x", "https://github.com/o/r.git#main:sub", "https://example.com/x.tgz", "frontend.outline", "frontend.lint",
    "frontend.lock", "frontend.nope", "pull", "local", "true", "false", "app", "base", "../hier.yaml", "/hier.yaml", "\u0000",
    "\n", "timings", "host", "none", '[{"Type":"registry"}]', "[{", "a".repeat(5000),
  ];

  it("every key with every value, then 1,000 sets of 2–4: a result or a UserError, never an internal error or a message with undefined in it", { timeout: 60_000 }, async () => {
    const pick = generator(20261204);
    const sets: [string, string][][] = KEYS.flatMap((k) => VALUES.map((v): [string, string][] => [[k, v]]));
    for (let n = 0; n < 1000; n++) sets.push(Array.from({ length: 2 + pick(3) }, (): [string, string] => [KEYS[pick(KEYS.length)]!, VALUES[pick(VALUES.length)]!]));
    const found: string[] = [];
    for (const [n, set] of sets.entries()) {
      const raw = new Map([["filename", "hier.yaml"], ...set]);
      const what = `case ${n}: ${JSON.stringify([...raw]).slice(0, 300)}`;
      try {
        const res = await runFrontend(fakeBridge().bridge, parseOptions(raw, "sid"));
        if (res.error && !/\S/.test(res.error.message ?? "")) found.push(`${what} → an empty error`);
        if (/internal error|undefined|\[object|NaN/.test(res.error?.message ?? "")) found.push(`${what} → ${res.error?.message}`);
      } catch (e) {
        if (!(e instanceof UserError) || /undefined|\[object|NaN/.test(e.message)) found.push(`${what} → threw ${String(e)}`);
      }
    }
    expect(found).toEqual([]);
  });
});
