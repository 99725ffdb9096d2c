/**
 * One frontend run, in order: ping for caps → read the build file → parse and check → compile the
 * target → solve it (tests eagerly) → the Return request. Everything that talks to BuildKit lives
 * in this folder; the phases it calls know nothing of gRPC.
 */
import { SourceFile, hasErrors, type Diagnostic } from "../diagnostics/index.ts";
import { loadGraph } from "../graph/index.ts";
import { compileTarget } from "../compile/index.ts";
import type { Platform } from "../llb/index.ts";
import type { BridgeClient } from "./client.ts";
import { Code, UserError, statusFromDiagnostics, unsupportedSubrequest } from "./errors.ts";
import { makeHost, readBuildFile } from "./host.ts";
import type * as M from "./messages.ts";
import * as sub from "./subrequests.ts";
import type { FrontendOptions } from "./options.ts";

/** Engine capabilities from Ping: the enabled cap ids. */
export interface Caps {
  readonly frontend: ReadonlySet<string>;
  readonly llb: ReadonlySet<string>;
}

function enabled(caps: M.APICap[] | undefined): Set<string> {
  return new Set((caps ?? []).filter((c) => c.Enabled).map((c) => c.ID));
}

/** Runs the frontend and returns what to hand to `Return` (a result, or an error status). */
export async function runFrontend(bridge: BridgeClient, opts: FrontendOptions): Promise<M.ReturnRequest> {
  const pong = await bridge.ping();
  const caps: Caps = { frontend: enabled(pong.FrontendAPICaps), llb: enabled(pong.LLBCaps) };
  const request = opts.requestId;
  if (request === "frontend.subrequests.describe") return sub.describe();
  if (request && !sub.SUBREQUESTS.some((s) => s.name === request)) return { error: unsupportedSubrequest(request) };
  const buildFile = await readBuildFile(bridge, opts, caps);
  const file = new SourceFile(buildFile.name, buildFile.text);
  const { graph, diagnostics } = loadGraph(file.text, file.name, {
    buildArgs: opts.buildArgs,
    ...(opts.target ? { target: opts.target } : {}),
  });
  if (request === "frontend.lint") return sub.lint(file, diagnostics);
  if (!graph || hasErrors(diagnostics)) return { error: statusFromDiagnostics(file, diagnostics) };
  if (request === "frontend.targets") return sub.targets(graph);
  if (request === "frontend.outline") return sub.outline(graph, opts.target ?? graph.defaultTarget);
  await sendWarnings(bridge, caps, file, diagnostics);

  const target = opts.target ?? graph.defaultTarget;
  const host = makeHost(bridge, opts, caps, defaultPlatform(opts, pong));
  const compiled = await compileTarget(graph, target, host);
  if (hasErrors(compiled.diagnostics)) return { error: statusFromDiagnostics(file, compiled.diagnostics) };
  await sendWarnings(bridge, caps, file, compiled.diagnostics);

  // Tests are exec ops on top of the stage whose output nobody uses: solve them eagerly so a
  // failing test fails the build (Solve is otherwise lazy and would skip them).
  for (const test of compiled.tests) {
    await bridge.solve({ Definition: test, Evaluate: true, CacheImports: [...opts.cacheImports] });
  }
  const res = await bridge.solve({ Definition: compiled.definition, CacheImports: [...opts.cacheImports] });
  const ref = res.result?.ref;
  if (!ref) throw new UserError("BuildKit returned no result for the target", [], Code.Internal);
  return {
    result: {
      ref: { id: ref.id ?? "" },
      metadata: Object.fromEntries(Object.entries(compiled.metadata).map(([k, v]) => [k, Buffer.from(v, "utf8")])),
    },
  };
}

/** The platform to build for: the `platform` option, else the first worker's, else linux/amd64. */
function defaultPlatform(opts: FrontendOptions, pong: M.PongResponse): Platform {
  const first = opts.platforms[0];
  if (first) {
    const [os = "linux", architecture = "amd64", variant] = first.split("/");
    return { os, architecture, ...(variant ? { variant } : {}) };
  }
  const p = pong.Workers?.[0]?.platforms?.[0];
  if (p) return { os: p.OS, architecture: p.Architecture, ...(p.Variant ? { variant: p.Variant } : {}) };
  return { os: "linux", architecture: "amd64" };
}

async function sendWarnings(bridge: BridgeClient, caps: Caps, file: SourceFile, diagnostics: readonly Diagnostic[]): Promise<void> {
  if (!caps.frontend.has("gateway.warnings")) return;
  for (const d of diagnostics.filter((x) => x.severity === "warning")) {
    const lines = file.lines(d.range);
    await bridge.warn({
      level: 1,
      short: Buffer.from(`${d.code}: ${d.message} (${d.file}:${lines.start})`, "utf8"),
      ...(d.hint ? { detail: [Buffer.from(d.hint, "utf8")] } : {}),
      info: { filename: file.name, data: Buffer.from(file.text, "utf8"), language: "YAML" },
      ranges: [{ start: { line: lines.start }, end: { line: lines.end } }],
    });
  }
}
