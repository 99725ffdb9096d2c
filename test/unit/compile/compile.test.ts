// The compiler against an offline host: decoded LLB for the rules DESIGN.md lists (shared cache
// ids, linked artifact copies with and without mergeop, context followpaths, tests, image config).
import { describe, expect, it } from "vitest";
import { compileTarget, type Compiled } from "../../../frontend/compile/index.ts";
import { loadGraph } from "../../../frontend/graph/index.ts";
import { dumpDefinition, dumpTests } from "../../../frontend/cli/llb.ts";
import { parseOptions } from "../../../frontend/gateway/options.ts";
import { testHost } from "../helpers/offline.ts";

interface DumpedOp {
  digest: string;
  op: Record<string, any>;
  metadata: { description?: Record<string, string>; caps?: Record<string, boolean> };
  locations?: { ranges: { start: { line: number } }[] }[];
}

const yaml = `# syntax=org/hier-frontend
caches:
  pip: { preset: pip }
stages:
  base:
    role: base
    from: debian:bookworm-slim
    env: { VIRTUAL_ENV: /appenv, PATH: "/appenv/bin:$PATH" }
    packages: [python3]
  builder:
    role: build
    from: base
    caches: [pip]
    workdir: /src
    copy: [{ src: app/, dst: /src/ }]
    run: pip wheel -w /wheelhouse /src
    artifacts: { wheels: /wheelhouse }
  release:
    role: runtime
    from: base
    packages: [python3-venv]
    copy: [{ from: builder.wheels, dst: /wheels/ }]
    user: "10001"
    cmd: [python3, -m, app]
    test: [test "$(id -u)" = 10001]
`;

async function compile(target: string, mergeop = true, text = yaml, raw: Record<string, string> = {}): Promise<{ compiled: Compiled; ops: DumpedOp[] }> {
  const { graph, diagnostics } = loadGraph(text, "hier.yaml");
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const host = testHost({ mergeop, options: { exec: parseOptions(new Map(Object.entries(raw)), "sess").exec } });
  const compiled = await compileTarget(graph!, target, host);
  return { compiled, ops: dumpDefinition(compiled.definition) as DumpedOp[] };
}

const name = (o: DumpedOp): string => o.metadata.description?.["llb.customname"] ?? "";
const cacheIds = (o: DumpedOp): string[] =>
  (o.op["exec"]?.mounts ?? []).filter((m: any) => m.mountType === 3).map((m: any) => `${m.dest}=${m.cacheOpt.ID}:${m.cacheOpt.sharing ?? 0}`);

describe("compileTarget", () => {
  it("names steps like the Dockerfile frontend and points each at its YAML line", async () => {
    const { ops } = await compile("builder");
    const names = ops.map(name).filter(Boolean).sort();
    expect(names).toEqual([
      "[base 1/2] FROM debian:bookworm-slim",
      "[base 2/2] APT python3",
      "[builder 1/3] WORKDIR /src",
      "[builder 2/3] COPY app/ /src/",
      "[builder 3/3] RUN pip wheel -w /wheelhouse /src",
      "[internal] load build context",
    ]);
    const run = ops.find((o) => name(o).includes("RUN pip wheel"))!;
    expect(run.locations?.[0]?.ranges[0]?.start.line).toBe(16);
  });

  it("gives apt the same shared cache ids in every stage, and no mount leaves files behind", async () => {
    const a = await compile("builder");
    const b = await compile("release");
    const aptIn = (ops: DumpedOp[], stage: string) => cacheIds(ops.find((o) => name(o).startsWith(`[${stage} `) && name(o).includes("APT"))!);
    const base = aptIn(a.ops, "base");
    expect(base).toEqual([
      "/var/cache/apt=hier/apt/archives/debian-bookworm/linux-amd64:0",
      "/var/lib/apt/lists=hier/apt/lists/debian-bookworm/linux-amd64:0",
    ]);
    expect(aptIn(b.ops, "release")).toEqual(base);
    const exec = a.ops.find((o) => name(o).includes("APT"))!.op["exec"];
    expect(exec.meta.removeMountStubsRecursive).toBe(true);
    // Archives go where Debian's docker-clean hook does not delete them; no file is masked.
    expect(exec.meta.env.find((e: string) => e.startsWith("HIER_APT_SCRIPT="))).toContain("-o Dir::Cache::Archives=/var/cache/apt/hier-archives/");
    expect(exec.mounts.map((m: any) => m.dest)).toEqual(["/", "/var/cache/apt", "/var/lib/apt/lists"]);
  });

  it("expands env against the inherited environment and runs the pip cache with its env", async () => {
    const { ops } = await compile("builder");
    const run = ops.find((o) => name(o).includes("RUN pip wheel"))!;
    const env: string[] = run.op["exec"].meta.env;
    expect(env).toContain("VIRTUAL_ENV=/appenv");
    expect(env).toContain("PIP_CACHE_DIR=/root/.cache/pip");
    expect(env.find((e) => e.startsWith("PATH="))).toMatch(/^PATH=\/appenv\/bin:\/usr\/local\/sbin:/);
    expect(cacheIds(run)).toEqual(["/root/.cache/pip=hier/pip/cache/debian-bookworm/linux-amd64:0"]);
    expect(run.op["exec"].meta.cwd).toBe("/src");
  });

  it("sends only the context paths the stages name", async () => {
    const { ops } = await compile("builder");
    const ctx = ops.find((o) => o.op["source"]?.identifier === "local://context")!;
    expect(ctx.op["source"].attrs["local.followpaths"]).toBe('["app"]');
    expect(ctx.op["source"].attrs["local.session"]).toBe("sess");
  });

  it("downloads a URL as the engine's http source, checked and cached by its checksum, and copies the file to dst", async () => {
    const sum = `sha256:${"ab".repeat(32)}`;
    const text = `stages:\n  tools:\n    from: debian:bookworm-slim\n    copy:\n      - { src: "https://example.com/dl/gosu%2Damd64?x=1", checksum: "${sum}", dst: /usr/local/bin/gosu, mode: "0755" }\n      - "https://example.com/ /opt/"\n`;
    const { ops } = await compile("tools", true, text);
    const sources = ops.filter((o) => o.op["source"]?.identifier?.startsWith("https://"));
    expect(sources.map((o) => [o.op["source"].identifier, o.op["source"].attrs])).toEqual([
      ["https://example.com/dl/gosu%2Damd64?x=1", { "http.checksum": sum, "http.filename": "gosu-amd64" }],
      ["https://example.com/", { "http.filename": "download" }],
    ]);
    expect(sources[0]?.metadata.caps).toMatchObject({ "source.http": true, "source.http.checksum": true });
    // The download fails at its YAML line (a checksum mismatch, a 404).
    expect(sources[0]?.locations?.[0]?.ranges[0]?.start.line).toBe(5);
    const names = ops.map(name).filter((n) => n.includes("ADD"));
    expect(names).toEqual(["[tools 2/3] ADD https://example.com/dl/gosu%2Damd64?x=1 /usr/local/bin/gosu", "[tools 3/3] ADD https://example.com/ /opt/"]);
    const file = ops.find((o) => name(o).includes("gosu"))!.op["file"].actions[0].copy;
    expect([file.src, file.dest, file.mode]).toEqual(["/gosu-amd64", "/usr/local/bin/gosu", 0o755]);
    // Nothing from the build context.
    expect(ops.some((o) => o.op["source"]?.identifier === "local://context")).toBe(false);
  });

  it("a download per platform fetches the URL of the platform the stage is built for; one it lacks is an error at the copy", async () => {
    const a = `sha256:${"a".repeat(64)}`;
    const b = `sha256:${"b".repeat(64)}`;
    const text = `stages:\n  tools:\n    from: scratch\n    copy:\n      - src: { linux/amd64: "https://e.com/t-amd64", linux/arm64: "https://e.com/t-arm64" }\n        checksum: { linux/amd64: "${a}", linux/arm64: "${b}" }\n        dst: /t\n`;
    const { graph } = loadGraph(text, "hier.yaml");
    const at = async (architecture: string) => {
      const compiled = await compileTarget(graph!, "tools", testHost({ platform: { os: "linux", architecture } }));
      const ops = dumpDefinition(compiled.definition) as DumpedOp[];
      return { compiled, sources: ops.filter((o) => o.op["source"]).map((o) => [o.op["source"].identifier, o.op["source"].attrs["http.checksum"]]) };
    };
    expect((await at("arm64")).sources).toEqual([["https://e.com/t-arm64", b]]);
    expect((await at("amd64")).sources).toEqual([["https://e.com/t-amd64", a]]);
    const none = (await at("ppc64le")).compiled.diagnostics;
    expect(none.map((d) => [d.code, d.message, d.range.start])).toEqual([
      ["PlatformMismatch", "this copy downloads nothing for linux/ppc64le (it has linux/amd64, linux/arm64)", text.indexOf("- src:") + 2],
    ]);
  });

  it("checks a git repository out, at the commit its checksum gives, and copies the checkout into dst", async () => {
    const commit = "0123456789abcdef0123456789abcdef01234567";
    const text = `stages:\n  src:\n    from: scratch\n    copy:\n      - { src: "https://github.com/moby/buildkit.git#v0.13.2:docs", checksum: ${commit}, dst: /docs }\n`;
    const { ops, compiled } = await compile("src", true, text);
    expect(compiled.diagnostics).toEqual([]);
    const source = ops.find((o) => o.op["source"]?.identifier?.startsWith("git://"))!;
    expect(source.op["source"].identifier).toBe("git://github.com/moby/buildkit.git#v0.13.2:docs");
    expect(source.op["source"].attrs).toMatchObject({ "git.fullurl": "https://github.com/moby/buildkit.git", "git.checksum": commit });
    expect(source.locations?.[0]?.ranges[0]?.start.line).toBe(5);
    const step = ops.find((o) => name(o).includes("ADD"))!;
    expect(name(step)).toBe("[src 1/1] ADD https://github.com/moby/buildkit.git#v0.13.2:docs /docs");
    expect([step.op["file"].actions[0].copy.src, step.op["file"].actions[0].copy.dest]).toEqual(["/", "/docs"]);
    // An engine without git.checksum (Docker 26's BuildKit) is told so at the copy, with a way that works there.
    const old = testHost();
    const without = await compileTarget(loadGraph(text, "hier.yaml").graph!, "src", { ...old, llbCaps: new Set([...old.llbCaps].filter((c) => c !== "source.git.checksum")) });
    expect(without.diagnostics.map((d) => [d.code, d.message, d.hint])).toEqual([[
      "UnsupportedContext",
      "this BuildKit cannot check out https://github.com/moby/buildkit.git#v0.13.2:docs: it lacks source.git.checksum",
      "upgrade BuildKit, or pin the commit as the ref instead (`REPO#COMMIT`), which any BuildKit checks out",
    ]]);
  });

  it("copies artifacts as a linked copy (scratch copy + merge) with mergeop, plainly without", async () => {
    const linked = await compile("release", true);
    const merge = linked.ops.find((o) => o.op["merge"]);
    expect(merge && name(merge)).toBe("[release 2/2] LINK COPY --from=builder.wheels . /wheels/");
    const layer = linked.ops.find((o) => o.op["file"] && name(o) === "[release 2/2] COPY --from=builder.wheels . /wheels/")!;
    expect(layer.op["file"].actions[0].input).toBe(-1); // onto scratch
    expect(layer.op["file"].actions[0].copy.src).toBe("/wheelhouse");

    const plain = await compile("release", false);
    expect(plain.ops.some((o) => o.op["merge"])).toBe(false);
    const copy = plain.ops.find((o) => name(o) === "[release 2/2] COPY --from=builder.wheels . /wheels/")!;
    expect(copy.op["file"].actions[0].input ?? 0).toBe(0); // proto3 omits 0: the stage itself
    expect(copy.op["file"].actions[0].secondaryInput).toBe(1);
  });

  it("compiles tests as execs on the finished stage, as the stage's user", async () => {
    const { compiled } = await compile("release");
    const tests = dumpTests(compiled.tests) as DumpedOp[];
    expect(tests).toHaveLength(1);
    const test = tests[0]!;
    expect(name(test)).toBe('[release test 1/1] TEST test "$(id -u)" = 10001');
    expect(test.op["exec"].meta.user).toBe("10001");
  });

  it("joins the tests of the target and of the stages it builds on into one definition", async () => {
    const text = yaml.replace("    packages: [python3]\n", "    packages: [python3]\n    test: [python3 --version, test -d /appenv]\n");
    const { compiled } = await compile("release", true, text);
    const ops = dumpDefinition(compiled.tests!) as DumpedOp[];
    const join = ops.at(-2)!;
    expect(name(join)).toBe("[release] TESTS 3 passed");
    expect(join.op["file"].actions).toEqual([{ input: -1, secondaryInput: -1, mkfile: { path: "/done", mode: 0o644, timestamp: -1 } }]);
    expect((dumpTests(compiled.tests) as DumpedOp[]).map(name)).toEqual([
      "[base test 1/2] TEST python3 --version",
      "[base test 2/2] TEST test -d /appenv",
      '[release test 1/1] TEST test "$(id -u)" = 10001',
    ]);
    expect(join.metadata).not.toHaveProperty("ignore_cache");
    // --no-cache (for any stage): the join reruns too, so it cannot stand in for rerun tests.
    const host = testHost({ options: { noCache: new Set(["base"]) } });
    const again = await compileTarget(loadGraph(text, "hier.yaml").graph!, "release", host);
    expect((dumpDefinition(again.tests!) as DumpedOp[]).at(-2)!.metadata).toMatchObject({ ignore_cache: true });
    // No tests, no definition.
    expect((await compile("builder")).compiled.tests).toBeUndefined();
  });

  it("writes an image config inherited down the hierarchy with one history entry per layer", async () => {
    const { compiled } = await compile("release");
    const cfg = JSON.parse(compiled.metadata["containerimage.config"]!);
    expect(cfg.config.User).toBe("10001");
    expect(cfg.config.Cmd).toEqual(["python3", "-m", "app"]);
    expect(cfg.config.Env).toContain("VIRTUAL_ENV=/appenv");
    const layers = cfg.history.filter((h: any) => !h.empty_layer);
    // base: APT; release: APT, COPY.
    expect(layers.map((h: any) => h.created_by.split(" ")[0])).toEqual(["RUN", "RUN", "COPY"]);
  });

  it("gives the proxy build args to every exec (RUN, packages, tests) and never to the image", async () => {
    const raw = { "build-arg:HTTP_PROXY": "http://upper:3128", "build-arg:http_proxy": "http://lower:3142", "build-arg:NO_PROXY": "localhost" };
    const { compiled, ops } = await compile("release", true, yaml, raw);
    const execs = [...ops, ...dumpDefinition(compiled.tests!) as DumpedOp[]].filter((o) => o.op["exec"] !== undefined);
    expect(execs.map(name)).toEqual(expect.arrayContaining([expect.stringMatching(/ APT python3$/), expect.stringMatching(/ RUN pip wheel/), expect.stringMatching(/ TEST /)]));
    for (const e of execs) {
      expect(e.op["exec"].meta.proxy_env, name(e)).toEqual({ http_proxy: "http://lower:3142", no_proxy: "localhost" });
      expect(e.metadata.caps?.["exec.meta.proxyenv"], name(e)).toBe(true);
    }
    const cfg = compiled.metadata["containerimage.config"]!;
    expect(cfg).not.toMatch(/proxy|upper|lower/i);
    // Without them, no exec carries proxy settings.
    const plain = (await compile("release")).ops.filter((o) => o.op["exec"] !== undefined);
    expect(plain.every((o) => o.op["exec"].meta.proxy_env === undefined)).toBe(true);
  });

  it("is deterministic: the same file gives byte-identical definitions", async () => {
    const first = JSON.stringify((await compile("release")).ops);
    for (let i = 0; i < 5; i++) expect(JSON.stringify((await compile("release")).ops)).toBe(first);
  });
});

describe("platforms", () => {
  it("parses and normalises platform strings into BuildKit's ids", async () => {
    const { parsePlatform, platformId } = await import("../../../frontend/llb/index.ts");
    expect(platformId(parsePlatform("linux/amd64"))).toBe("linux/amd64");
    expect(platformId(parsePlatform("linux/aarch64/v8"))).toBe("linux/arm64");
    expect(platformId(parsePlatform("linux/arm"))).toBe("linux/arm/v7");
    expect(platformId(parsePlatform("Linux/X86_64"))).toBe("linux/amd64");
  });
});

describe("cache ownership", () => {
  it("seeds a cache used by a non-root step with a directory that user owns", async () => {
    const text = `caches:\n  pip: { preset: pip }\nstages:\n  a:\n    from: debian:bookworm-slim\n    caches: [pip]\n    run:\n      - sh: pip --version\n        user: "10001:10002"\n`;
    const { ops } = await compile("a", true, text);
    const run = ops.find((o) => name(o).includes("RUN pip"))!;
    const mount = run.op["exec"].mounts.find((m: any) => m.mountType === 3);
    expect(mount.cacheOpt.ID).toBe("hier/pip/cache/debian-bookworm/linux-amd64/uid10001");
    expect(mount.selector).toBe("/cache");
    const seed = ops.find((o) => o.op["file"]?.actions?.[0]?.mkdir?.path === "/cache")!;
    expect(seed.op["file"].actions[0].mkdir.owner).toEqual({ user: { byID: 10001 }, group: { byID: 10002 } });
    expect(run.op.inputs.map((i: any) => i.digest)).toContain(seed.digest);
  });
});

describe("multi-line scripts", () => {
  it("run with sh -e and show their first line in progress", async () => {
    const text = `stages:\n  a:\n    from: debian:bookworm-slim\n    run: |\n      false\n      echo after\n    test:\n      - |\n        false\n        true\n`;
    const { ops, compiled } = await compile("a", true, text);
    const run = ops.find((o) => name(o).startsWith("[a 2/2] RUN"))!;
    expect(name(run)).toBe("[a 2/2] RUN false …");
    expect(run.op["exec"].meta.args).toEqual(["/bin/sh", "-e", "-c", "false\necho after\n"]);
    const test = (dumpTests(compiled.tests) as DumpedOp[])[0]!;
    expect(name(test)).toBe("[a test 1/1] TEST false …");
    expect(test.op["exec"].meta.args.slice(0, 3)).toEqual(["/bin/sh", "-e", "-c"]);
  });

  it("keeps one-line commands on plain sh -c", async () => {
    const { ops } = await compile("a", true, `stages:\n  a:\n    from: debian:bookworm-slim\n    run: false || true\n`);
    expect(ops.find((o) => name(o).includes("RUN"))!.op["exec"].meta.args).toEqual(["/bin/sh", "-c", "false || true"]);
  });
});

describe("entrypoint wrapper", () => {
  const text = `stages:
  base:
    from: debian:bookworm-slim
    wrapper: { source: [/etc/profile.d/app.sh] }
    entrypoint: [tini, --]
    test: [true]
  app:
    from: base
    entrypoint: [/app/run]
    test: [test -x /app/run]
  plain:
    from: base
`;

  it("is written by the stage that switches it on, and put in front of the entrypoint", async () => {
    const { ops, compiled } = await compile("base", true, text);
    const files = ops.find((o) => name(o) === "[base 2/2] WRAPPER /usr/local/bin/hier-entrypoint")!;
    const written = files.op["file"].actions.filter((a: any) => a.mkfile).map((a: any) => a.mkfile.path);
    expect(written).toEqual(["/etc/hier/tests", "/etc/hier/hooks", "/usr/local/bin/hier-entrypoint"]);
    expect(files.op["file"].actions.find((a: any) => a.mkfile?.path === "/etc/hier/hooks").mkfile.data).toBe("/etc/profile.d/app.sh\n");
    expect(JSON.parse(compiled.metadata["containerimage.config"]!).config.Entrypoint).toEqual(["/usr/local/bin/hier-entrypoint", "tini", "--"]);
  });

  it("is inherited: a derived stage writes only its own tests and keeps the wrapper in front of its entrypoint", async () => {
    const { ops, compiled } = await compile("app", true, text);
    const files = ops.find((o) => name(o) === "[app 1/1] WRAPPER /usr/local/bin/hier-entrypoint")!;
    expect(files.op["file"].actions.filter((a: any) => a.mkfile).map((a: any) => a.mkfile.path)).toEqual(["/etc/hier/tests"]);
    expect(JSON.parse(compiled.metadata["containerimage.config"]!).config.Entrypoint).toEqual(["/usr/local/bin/hier-entrypoint", "/app/run"]);
    // Build-time tests run through the wrapper too, hooks sourced.
    const test = (dumpTests(compiled.tests) as DumpedOp[]).at(-1)!;
    expect(test.op["exec"].meta.args).toEqual(["/usr/local/bin/hier-entrypoint", "/bin/sh", "-c", "test -x /app/run"]);
  });

  it("adds no step to a derived stage without tests", async () => {
    const { ops } = await compile("plain", true, text);
    expect(ops.some((o) => name(o).startsWith("[plain "))).toBe(false);
  });
});

describe("named contexts the build was not given", () => {
  it("report UnknownContext at the `from:` that names them", async () => {
    const text = `# syntax=org/hier-frontend\nstages:\n  app:\n    from: context:sdk\n`;
    const { graph, diagnostics } = loadGraph(text, "hier.yaml");
    expect(diagnostics).toEqual([]);
    const host = testHost();
    const compiled = await compileTarget(graph!, "app", host);
    const d = compiled.diagnostics.find((x) => x.code === "UnknownContext");
    expect(d?.severity).toBe("error");
    expect(text.slice(d!.range.start, d!.range.end)).toBe("context:sdk");
  });
});
