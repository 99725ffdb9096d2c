// Per-stage `platforms` (compile/platforms.ts): the target for the requested platform, each
// dependency for the platform of the stage that needs it when it allows it, else its own first.
import { describe, expect, it } from "vitest";
import { compileTarget, imagesToResolve, stagesToCompile } from "../../../frontend/compile/index.ts";
import { dumpDefinition } from "../../../frontend/cli/llb.ts";
import { main } from "../../../frontend/cli/index.ts";
import { testHost } from "../helpers/offline.ts";
import { loadGraph } from "../../../frontend/graph/index.ts";
import { parsePlatform } from "../../../frontend/llb/index.ts";

interface Op { op: { platform?: { OS: string; Architecture: string }; source?: { identifier: string } }; metadata: { description?: Record<string, string> } }

async function compile(text: string, target: string, platform: string) {
  const { graph, diagnostics } = loadGraph(text, "hier.yaml");
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const host = testHost({ platform: parsePlatform(platform) });
  const compiled = await compileTarget(graph!, target, host);
  const ops = dumpDefinition(compiled.definition) as Op[];
  /** `name → os/arch` of every named op with a platform. */
  const platforms = Object.fromEntries(ops.filter((o) => o.op.platform && o.metadata.description?.["llb.customname"])
    .map((o) => [o.metadata.description?.["llb.customname"] ?? "", `${o.op.platform?.OS}/${o.op.platform?.Architecture}`]));
  const errors = compiled.diagnostics.map((d) => ({ code: d.code, message: d.message, at: text.slice(d.range.start, d.range.end) }));
  return { compiled, platforms, errors };
}

const cross = `# syntax=org/hier-frontend
stages:
  base:
    role: base
    from: alpine:3.20
    run: echo base
  builder:
    from: base
    platforms: [linux/amd64]
    run: cross-compile --for arm64
    artifacts: { bin: /out }
  release:
    role: runtime
    from: base
    copy: [{ from: builder.bin, dst: /app/ }]
`;

describe("per-stage platforms", () => {
  it("builds a pinned build stage for its own platform, and the base it shares once per platform", async () => {
    const { platforms, errors } = await compile(cross, "release", "linux/arm64");
    expect(errors).toEqual([]);
    expect(platforms).toMatchObject({
      "[base 1/2] FROM alpine:3.20": "linux/arm64",
      "[base 2/2] RUN echo base": "linux/arm64",
      "[linux/amd64 base 1/2] FROM alpine:3.20": "linux/amd64",
      "[linux/amd64 base 2/2] RUN echo base": "linux/amd64",
      "[linux/amd64 builder 1/1] RUN cross-compile --for arm64": "linux/amd64",
    });
    // The base the builder derives from is built for amd64 as well (two FROM ops, two RUNs).
    const { compiled } = await compile(cross, "release", "linux/arm64");
    const ops = dumpDefinition(compiled.definition) as Op[];
    const bases = ops.filter((o) => o.op.source?.identifier === "docker-image://docker.io/library/alpine:3.20");
    expect(bases.map((o) => o.op.platform?.Architecture).sort()).toEqual(["amd64", "arm64"]);
  });

  it("builds a dependency for the needing stage's platform when it allows it", async () => {
    const { platforms, errors } = await compile(cross, "release", "linux/amd64");
    expect(errors).toEqual([]);
    expect(new Set(Object.values(platforms))).toEqual(new Set(["linux/amd64"]));
  });

  it("the image config of the target says the requested platform", async () => {
    const { compiled } = await compile(cross, "release", "linux/arm64");
    const cfg = JSON.parse(compiled.metadata["containerimage.config"] ?? "{}") as { architecture: string; os: string };
    expect([cfg.os, cfg.architecture]).toEqual(["linux", "arm64"]);
  });

  it("refuses a platform the target does not allow, at the target", async () => {
    const text = "# syntax=org/hier-frontend\nstages:\n  app: { from: alpine:3.20, platforms: [linux/arm64] }\n";
    expect((await compile(text, "app", "linux/amd64")).errors).toEqual([{
      code: "PlatformMismatch", message: "stage `app` is built for linux/arm64 (its platforms), not for linux/amd64", at: "app",
    }]);
  });

  it("refuses a stage built for a platform its from parent does not allow, at its from", async () => {
    const text = "# syntax=org/hier-frontend\nstages:\n  base: { from: alpine:3.20, platforms: [linux/amd64] }\n  app: { from: base, platforms: [linux/arm64] }\n";
    expect((await compile(text, "app", "linux/arm64")).errors).toEqual([{
      code: "PlatformMismatch", message: "stage `app` is built for linux/arm64, but its parent `base` only for linux/amd64", at: "base",
    }]);
  });

  it("hier llb builds for the target's platform when --platform is not given", async () => {
    const text = "# syntax=org/hier-frontend\nplatforms: [linux/arm64, linux/amd64]\nstages:\n  app: { from: alpine:3.20, run: echo hi }\n";
    let out = "";
    const io = { stdout: { write: (s: string | Uint8Array) => (out += String(s)) }, stderr: { write: () => true }, readFile: async (p: string) => {
      if (p === "hier.yaml") return text;
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: "ENOENT" });
    } };
    expect(await main(["llb", "hier.yaml"], io)).toBe(0);
    const ops = (JSON.parse(out) as { ops: Op[] }).ops;
    expect(ops.filter((o) => o.op.platform).map((o) => o.op.platform?.Architecture)).toEqual(["arm64", "arm64"]);
    out = "";
    expect(await main(["llb", "hier.yaml", "--platform", "linux/amd64"], io)).toBe(0);
    expect((JSON.parse(out) as { ops: Op[] }).ops.filter((o) => o.op.platform).map((o) => o.op.platform?.Architecture)).toEqual(["amd64", "amd64"]);
  });

  it("prefetch resolves each base image for the platform its stage is built for", () => {
    const graph = loadGraph(cross, "hier.yaml").graph!;
    const got = imagesToResolve(graph, stagesToCompile(graph, "release", {}), "release", parsePlatform("linux/arm64"), {});
    expect(got.map((i) => `${i.ref} ${i.platform.architecture}`).sort()).toEqual(["alpine:3.20 amd64", "alpine:3.20 arm64"]);
    expect(imagesToResolve(graph, stagesToCompile(graph, "release", { base: "docker-image://x" }), "release", parsePlatform("linux/arm64"), { base: "docker-image://x" })).toEqual([]);
  });
});
