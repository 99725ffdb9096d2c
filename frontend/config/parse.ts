/**
 * parseConfig: YAML text → typed Document. Two passes: `yaml` builds an AST with ranges (its
 * syntax errors become `YamlSyntax` diagnostics), then the Reader walks the top level and the
 * stages, checking shape only. Never throws.
 */
import { isMap, isScalar, parseDocument } from "yaml";
import { SourceFile, byPosition, type Diagnostic, type Range } from "../diagnostics/index.ts";
import { resolveAliases } from "./aliases.ts";
import { MAX_ALIAS_NODES, MAX_SOURCE_BYTES } from "./limits.ts";
import type { ArgNode, CacheNode, Document, StageNode } from "./document.ts";
import { readStage } from "./parse-stage.ts";
import { shortName } from "./messages.ts";
import { Reader, type Field } from "./reader.ts";
import { syntaxErrors } from "./syntax.ts";

/** The result of parsing: the typed document, the source file and the shape diagnostics. */
export interface ParsedConfig {
  readonly doc: Document;
  readonly file: SourceFile;
  readonly diagnostics: Diagnostic[];
  /**
   * True when the text could not be read as a document (too large, not text, a YAML syntax
   * error): `doc` is empty and checking it further would only add errors that are not real.
   */
  readonly unread?: true;
  /** For a range read through `*alias`: the alias's range (see `atUse`). */
  readonly uses?: { get(range: Range): Range | undefined };
}

/**
 * A later phase's diagnostic at a string read through an alias, moved to that alias with a
 * "defined here" note at the string: an error in shared content is reported once per use.
 */
export function atUse(parsed: ParsedConfig, d: Diagnostic): Diagnostic {
  const use = parsed.uses?.get(d.range);
  if (use === undefined) return d;
  return { ...d, range: use, related: [{ message: "defined here", range: d.range }, ...(d.related ?? [])] };
}

/** Parses a stage-graph file. `fileName` is used in diagnostics only. */
export function parseConfig(text: string, fileName: string): ParsedConfig {
  const file = new SourceFile(fileName, text);
  const empty: Document = { platforms: [], args: [], caches: [], stages: [], range: { start: 0, end: text.length } };
  const unreadable = checkText(text, fileName);
  if (unreadable) return { doc: empty, file, diagnostics: [unreadable], unread: true };
  try {
    const yaml = parseDocument(text, { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
    const aliases = resolveAliases(yaml);
    const r = new Reader(file, aliases.targets);
    for (const w of yaml.warnings) r.report("warning", "YamlWarning", firstLine(w.message), clamp(w.pos, text.length));
    if (yaml.errors.length > 0) {
      // What follows a syntax error is not what the author wrote: report the syntax errors only.
      for (const e of syntaxErrors(text, yaml.errors)) r.error("YamlSyntax", e.message, e.range, e.hint);
      return { doc: empty, file, diagnostics: byPosition(r.diagnostics), unread: true };
    }
    for (const { alias, target } of aliases.cycles) {
      r.error("YamlSyntax", `alias *${alias.source} is used inside its own anchor &${alias.source}`, r.range(alias),
        "a hier file is a tree: move the shared part into its own anchor (e.g. under an `x-` key) and use that", [
          { message: `&${alias.source} is defined here`, range: r.range(target) },
        ]);
    }
    if (aliases.tooLarge) {
      const { alias, target } = aliases.tooLarge;
      r.error("TooLarge", `aliases expand this file to more than ${MAX_ALIAS_NODES.toLocaleString("en-US")} extra nodes; *${alias.source} crosses the limit`,
        r.range(alias), "alias smaller pieces, or write the repeated part once (e.g. one stage the others start `from:`)", [
          { message: `&${alias.source} is defined here`, range: r.range(target) },
        ]);
      return { doc: empty, file, diagnostics: byPosition(r.diagnostics), unread: true };
    }
    const doc = readDocument(r, yaml.contents as Field["node"], empty);
    return { doc, file, diagnostics: byPosition(dedupe(r.diagnostics)), uses: r.uses };
  } catch (e) {
    // The yaml library and the reader are not expected to throw; if they do, report it as data.
    const message = e instanceof Error ? e.message : String(e);
    return { doc: empty, file, diagnostics: [{ code: "InternalError", severity: "error", message: `parser failed: ${message}`, file: fileName, range: { start: 0, end: 0 } }] };
  }
}

/**
 * A file too large to be a build file, or not text, gets one diagnostic and is not parsed. Not
 * text: a NUL character (binary files, /dev/zero) or U+FFFD, which is what bytes that are not
 * UTF-8 become when the file is read (a build file has no reason to hold either). Old Mac line
 * endings (a CR alone) would be read as one long line, so they are reported too.
 */
function checkText(text: string, fileName: string): Diagnostic | undefined {
  const error = (code: "TooLarge" | "NotText" | "YamlSyntax", message: string, at: number, hint: string): Diagnostic =>
    ({ code, severity: "error", message, file: fileName, range: { start: at, end: at < text.length ? at + 1 : at }, hint });
  // A string of n UTF-16 units has at least n UTF-8 bytes, and at most 3n.
  if (text.length > MAX_SOURCE_BYTES || (text.length * 3 > MAX_SOURCE_BYTES && Buffer.byteLength(text, "utf8") > MAX_SOURCE_BYTES)) {
    return error("TooLarge", `the file is larger than ${MAX_SOURCE_BYTES.toLocaleString("en-US")} bytes (1 MiB), the most hier reads`, 0,
      "is this the build file you meant? A stage graph this large should be split, or generated smaller");
  }
  const nul = text.indexOf("\0");
  if (nul >= 0) return error("NotText", "the file is not text: it holds a NUL byte here", nul, "give hier the YAML build file, not a binary file");
  const bad = text.indexOf("\ufffd");
  if (bad >= 0) {
    return error("NotText", "the file is not UTF-8 text: the bytes here are not UTF-8 (read as U+FFFD)", bad,
      "save the file as UTF-8; if U+FFFD is meant literally, write it as \"\\uFFFD\" in a double-quoted string");
  }
  // YAML counts a lone CR as a line break, the yaml library and editors today do not: say so.
  const cr = /\r(?!\n)/.exec(text);
  if (cr) {
    return error("YamlSyntax", "a carriage return (CR) without a line feed ends a line here", cr.index,
      "save the file with LF (or CR LF) line endings");
  }
  return undefined;
}

function firstLine(s: string): string {
  return s.split("\n")[0] ?? s;
}

function clamp(pos: readonly [number, number], len: number): { start: number; end: number } {
  const start = Math.max(0, Math.min(pos[0], len));
  return { start, end: Math.max(start, Math.min(pos[1], len)) };
}

/** The same diagnostic can be found twice (a merged mapping read in two places for one use). */
function dedupe(ds: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const k = `${d.code}\0${d.range.start}\0${d.range.end}\0${d.message}\0${d.related?.[0]?.range.start}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function readDocument(r: Reader, rootNode: Field["node"], empty: Document): Document {
  const root = r.deref(rootNode);
  if (root === null && rootNode !== null && r.isUnknownAlias(r.range(rootNode))) return empty;
  if (root === null || (isScalar(root) && (root.value === null || root.value === undefined))) {
    r.error("NoStages", "the file defines no stages", { start: 0, end: 0 }, "add a `stages:` mapping with at least one stage");
    return empty;
  }
  const rootField: Field = { key: { value: "", range: r.range(root) }, node: root, range: r.range(root) };
  if (!isMap(root)) {
    r.wrongType("a mapping", root, rootField.range, "the file");
    return empty;
  }
  const f = r.fields(rootField, "document", "the file");
  const opt = <K extends string, V>(k: K, v: V | undefined): { [P in K]?: V } => (v === undefined ? {} : ({ [k]: v } as { [P in K]: V }));
  const stages: StageNode[] = [];
  const stagesField = f.get("stages");
  if (stagesField) {
    for (const s of r.fields(stagesField, null, "`stages`", "DuplicateName").values()) {
      const st = readStage(r, s.key, s);
      if (st) stages.push(st);
    }
  }
  // NoStages only when there is not even a malformed stage (that one has its own error).
  if (stages.length === 0 && !(stagesField && !isMap(stagesField.node)) && !(isMap(stagesField?.node) && stagesField.node.items.length > 0)) {
    const at = stagesField?.key.range ?? r.range(root.items[0]?.key as Field["node"]);
    r.error("NoStages", "the file defines no stages", at, "add a `stages:` mapping with at least one stage");
  }
  return {
    ...opt("name", r.str(f.get("name"), "`name`")),
    ...opt("namespace", r.str(f.get("namespace"), "`namespace`")),
    ...opt("version", r.str(f.get("version"), "`version`")),
    ...opt("description", r.str(f.get("description"), "`description`")),
    ...opt("target", r.str(f.get("target"), "`target`")),
    platforms: r.strList(f.get("platforms"), "`platforms`"),
    args: readArgs(r, f.get("args")),
    caches: readCaches(r, f.get("caches")),
    stages,
    ...opt("stagesKey", stagesField?.key.range),
    range: rootField.range,
  };
}

function readArgs(r: Reader, field: Field | undefined): ArgNode[] {
  if (!field || field.node === null) return [];
  const out: ArgNode[] = [];
  for (const a of r.fields(field, null, "`args`", "DuplicateName").values()) {
    const what = `arg \`${shortName(a.key.value)}\``;
    if (isMap(a.node)) {
      const f = r.fields(a, "arg", what);
      const def = r.str(f.get("default"), `the default of ${what}`);
      const description = r.str(f.get("description"), `the description of ${what}`);
      out.push({ name: a.key, ...(def ? { default: def } : {}), ...(description ? { description } : {}), range: a.range });
    } else if (a.node === null || r.scalarText(a.node) === undefined && r.describe(a.node) === "nothing") {
      out.push({ name: a.key, range: a.range });
    } else {
      const def = r.str(a, what, "a string or a mapping {default, description}");
      out.push({ name: a.key, ...(def ? { default: def } : {}), range: a.range });
    }
  }
  return out;
}

function readCaches(r: Reader, field: Field | undefined): CacheNode[] {
  if (!field || field.node === null) return [];
  const out: CacheNode[] = [];
  for (const c of r.fields(field, null, "`caches`", "DuplicateName").values()) {
    const what = `cache \`${shortName(c.key.value)}\``;
    if (!isMap(c.node)) {
      if (r.describe(c.node) === "nothing") {
        out.push({ name: c.key, range: c.range });
        continue;
      }
      const preset = r.str(c, what, "a preset name or a mapping");
      out.push({ name: c.key, ...(preset ? { preset } : {}), range: c.range });
      continue;
    }
    const f = r.fields(c, "cache", what);
    const node: Record<string, unknown> = { name: c.key, range: c.range };
    for (const k of ["preset", "target", "sharing", "uid", "gid", "mode"] as const) {
      const s = r.str(f.get(k), `\`${k}\` of ${what}`);
      if (s) node[k] = s;
    }
    out.push(node as unknown as CacheNode);
  }
  return out;
}
