/**
 * Answers to buildx's `--call` / `--print` subrequests: describe, outline, targets, lint. Each is a
 * Result with no ref, only metadata: `result.json` (what `format=json` prints and buildx's own
 * printers read), `result.txt` (human text), `version`, and for lint `result.statuscode`.
 * Shapes follow the Dockerfile frontend's, so buildx's printers show them the same way.
 */
import { SourceFile, type Diagnostic, type Range } from "../diagnostics/index.ts";
import { stagesFor, type StageGraph } from "../graph/index.ts";
import type * as M from "./messages.ts";

/** Subrequest ids hier answers, with what buildx shows in `--call describe`-style listings. */
export const SUBREQUESTS = [
  { name: "frontend.outline", version: "1.0.0", description: "List the args, secrets, ssh and caches a target uses" },
  { name: "frontend.targets", version: "1.0.0", description: "List every stage with its role and base" },
  { name: "frontend.lock", version: "1.0.0", description: "Resolve every image reference and print hier.lock" },
  { name: "frontend.lint", version: "1.0.0", description: "Check the stage graph and report warnings and errors" },
  { name: "frontend.subrequests.describe", version: "1.0.0", description: "List the subrequests this frontend answers" },
] as const;

type Location = { sourceIndex?: number; ranges: { start: { line: number }; end: { line: number } }[] };

function location(file: SourceFile, range: Range): Location {
  const l = file.lines(range);
  return { ranges: [{ start: { line: l.start }, end: { line: l.end } }] };
}

function result(json: unknown, text: string, version: string, statusCode?: number): M.ReturnRequest {
  const metadata: Record<string, Uint8Array> = {
    "result.json": Buffer.from(JSON.stringify(json), "utf8"),
    "result.txt": Buffer.from(text, "utf8"),
    version: Buffer.from(version, "utf8"),
  };
  if (statusCode !== undefined) metadata["result.statuscode"] = Buffer.from(String(statusCode), "utf8");
  return { result: { metadata } };
}

/** A fixed-width table for `result.txt`. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join("   ").trimEnd()).join("\n") + "\n";
}

/** `frontend.subrequests.describe`. */
export function describe(): M.ReturnRequest {
  const json = SUBREQUESTS.map((s) => ({ name: s.name, version: s.version, type: "rpc", description: s.description, opts: null, metadata: [{ name: "result.json", description: "" }, { name: "result.txt", description: "" }] }));
  return result(json, table([["NAME", "VERSION", "DESCRIPTION"], ...SUBREQUESTS.map((s) => [s.name, s.version, s.description])]), "1.0.0");
}

/** `frontend.targets`: every stage, the default marked. */
export function targets(graph: StageGraph): M.ReturnRequest {
  const list = graph.stages.map((s) => ({
    name: s.name,
    ...(s.name === graph.defaultTarget ? { default: true } : {}),
    description: [s.role, s.description].filter(Boolean).join(": "),
    base: s.from.kind === "image" ? s.from.ref : s.from.kind === "stage" ? s.from.stage : s.from.kind === "context" ? `context:${s.from.name}` : "scratch",
    ...(s.platforms.length > 0 ? { platform: s.platforms.join(",") } : {}),
    location: location(graph.file, s.nameRange),
  }));
  const rows = [["TARGET", "ROLE", "BASE", "DESCRIPTION"], ...graph.stages.map((s, i) => [`${s.name}${s.name === graph.defaultTarget ? " (default)" : ""}`, s.role, list[i]?.base ?? "", s.description ?? ""])];
  return result({ targets: list, sources: [Buffer.from(graph.file.text).toString("base64")] }, table(rows), "1.0.0");
}

/**
 * `frontend.outline`: what building `target` reads — the args its stages (the target and the
 * stages it depends on) use, in declaration order, and their secrets, ssh and caches.
 */
export function outline(graph: StageGraph, target: string): M.ReturnRequest {
  const stages = stagesFor(graph, target);
  const stage = stages.find((s) => s.name === target);
  const file = graph.file;
  const read = new Set(stages.flatMap((s) => graph.argsRead[s.name] ?? []));
  const args = graph.args.filter((a) => read.has(a.name)).map((a) => ({
    name: a.name,
    ...(a.description ? { description: a.description } : {}),
    ...(a.default !== undefined ? { value: a.default } : {}),
    location: location(file, a.range),
  }));
  const secrets = new Map<string, { name: string; required?: boolean; location: Location }>();
  const ssh = new Map<string, { name: string; required?: boolean; location: Location }>();
  const caches = new Map<string, { ID: string; location: Location }>();
  for (const s of stages) {
    for (const step of s.steps) {
      if (step.kind === "packages" && step.cache) caches.set(step.cache, { ID: step.cache, location: location(file, step.range) });
      if (step.kind !== "run") continue;
      for (const m of step.mounts) {
        if (m.kind === "secret" && !secrets.has(m.id)) secrets.set(m.id, { name: m.id, ...(m.required ? { required: true } : {}), location: location(file, m.range) });
        if (m.kind === "ssh" && !ssh.has(m.id || "default")) ssh.set(m.id || "default", { name: m.id || "default", ...(m.required ? { required: true } : {}), location: location(file, m.range) });
        if (m.kind === "cache" && !caches.has(m.cache)) caches.set(m.cache, { ID: m.cache, location: location(file, m.range) });
      }
    }
  }
  const json = {
    name: target,
    ...(stage?.description ? { description: stage.description } : {}),
    args,
    secrets: [...secrets.values()],
    ssh: [...ssh.values()],
    cache: [...caches.values()],
    sources: [Buffer.from(file.text).toString("base64")],
  };
  let text = `TARGET: ${target}\n`;
  if (stage?.description) text += `DESCRIPTION: ${stage.description}\n`;
  if (args.length > 0) text += `\n${table([["BUILD ARG", "VALUE", "DESCRIPTION"], ...args.map((a) => [a.name, a.value ?? "", a.description ?? ""])])}`;
  if (secrets.size > 0) text += `\n${table([["SECRET", "REQUIRED"], ...[...secrets.values()].map((s) => [s.name, s.required ? "true" : ""])])}`;
  if (ssh.size > 0) text += `\n${table([["SSH", "REQUIRED"], ...[...ssh.values()].map((s) => [s.name, s.required ? "true" : ""])])}`;
  if (caches.size > 0) text += `\n${table([["CACHE"], ...[...caches.keys()].map((c) => [c])])}`;
  return result(json, text, "1.0.0");
}

/** `frontend.lint`: every diagnostic; errors become the build error. Status 1 when any. */
export function lint(file: SourceFile, diagnostics: readonly Diagnostic[]): M.ReturnRequest {
  const warnings = diagnostics.filter((d) => d.severity === "warning");
  const errors = diagnostics.filter((d) => d.severity === "error");
  const warningJson = warnings.map((d) => ({
    ruleName: d.code,
    description: d.message,
    ...(d.hint ? { detail: d.hint } : {}),
    location: location(file, d.range),
  }));
  const first = errors[0];
  const json = {
    warnings: warningJson,
    sources: [{ filename: file.name, data: Buffer.from(file.text).toString("base64"), language: "YAML" }],
    ...(first ? { buildError: { message: `${first.code}: ${first.message}${first.hint ? `; ${first.hint}` : ""}`, location: location(file, first.range) } } : {}),
  };
  const describeOne = (d: Diagnostic): string => {
    const p = file.position(d.range.start);
    return `${d.severity === "error" ? "ERROR" : "WARNING"}: ${d.code} - ${d.message}\n${file.name}:${p.line}\n${d.hint ? `${d.hint}\n` : ""}`;
  };
  const text = diagnostics.length === 0 ? "Check complete, no warnings found.\n" : diagnostics.map(describeOne).join("\n");
  return result(json, text, "1.0.0", diagnostics.length > 0 ? 1 : 0);
}
