/**
 * Reading YAML nodes into typed values. The Reader walks `yaml`'s AST (which has source ranges),
 * follows aliases and `<<` merge keys, and records a diagnostic for every shape error instead of
 * throwing. Callers receive `undefined` (or an empty list) for a value that had the wrong shape.
 */
import { isAlias, isMap, isScalar, isSeq, type Document as YDocument, type Node as YNode } from "yaml";
import type { Code, Diagnostic, Range, RelatedInfo, SourceFile } from "../diagnostics/index.ts";
import type { Entry, Str } from "./document.ts";
import { KEYS, isExtensionKey, type KeyKind } from "./keys.ts";
import { didYouMean } from "./suggest.ts";

/** A key of a mapping with its (alias-resolved) value node; `node` is null for an empty value. */
export interface Field {
  readonly key: Str;
  readonly node: YNode | null;
  /** The value's range, or the key's range when the value is empty. */
  readonly range: Range;
}

/** Keys people bring from Dockerfiles and Compose files, and what this language calls them. */
const RENAMED: Readonly<Record<string, string>> = {
  image: "from", build: "from", chown: "owner", chmod: "mode", ports: "expose",
  environment: "env", command: "cmd", working_dir: "workdir", stopsignal: "stop_signal",
  "stop-signal": "stop_signal", tests: "test", arguments: "args", stage: "stages", label: "labels",
  volume: "volumes", cache: "caches", artifact: "artifacts", package: "packages", platform: "platforms",
};

export class Reader {
  readonly diagnostics: Diagnostic[] = [];
  /** Alias expansions left; bounds the work a hostile file of nested aliases can cause. */
  #aliasBudget = 100_000;

  constructor(
    readonly file: SourceFile,
    readonly yaml: YDocument,
  ) {}

  report(severity: "error" | "warning", code: Code, message: string, range: Range, hint?: string, related?: RelatedInfo[]): void {
    this.diagnostics.push({
      code, severity, message, file: this.file.name, range,
      ...(hint === undefined ? {} : { hint }),
      ...(related === undefined || related.length === 0 ? {} : { related }),
    });
  }

  error(code: Code, message: string, range: Range, hint?: string, related?: RelatedInfo[]): void {
    this.report("error", code, message, range, hint, related);
  }

  /** The [start, end) range of a node, clamped into the file. */
  range(node: YNode | null | undefined): Range {
    const r = node?.range;
    const len = this.file.text.length;
    if (!r) return { start: 0, end: 0 };
    const start = Math.max(0, Math.min(r[0], len));
    return { start, end: Math.max(start, Math.min(r[1], len)) };
  }

  /** Follows aliases; an unknown alias is reported and read as empty. */
  deref(node: unknown): YNode | null {
    let n = node;
    for (let hops = 0; isAlias(n); hops++) {
      if (hops > 100 || --this.#aliasBudget < 0) {
        this.error("YamlSyntax", "too many alias expansions", this.range(n));
        return null;
      }
      const target = n.resolve(this.yaml);
      if (target === undefined) {
        this.error("YamlSyntax", `unknown alias *${n.source}`, this.range(n), "define the anchor (&name) before using it");
        return null;
      }
      n = target;
    }
    return (n ?? null) as YNode | null;
  }

  /** "a mapping", "a list", "a string", "a number", "nothing", for messages. */
  describe(node: YNode | null): string {
    if (node === null) return "nothing";
    if (isMap(node)) return "a mapping";
    if (isSeq(node)) return "a list";
    if (isScalar(node)) {
      if (node.value === null) return "nothing";
      return typeof node.value === "string" ? "a string" : `a ${typeof node.value}`;
    }
    return "an unknown node";
  }

  wrongType(expected: string, node: YNode | null, range: Range, what: string): void {
    this.error("WrongType", `${what} must be ${expected}, not ${this.describe(node)}`, range);
  }

  /** A scalar as a string: strings as they are, numbers and booleans as their source text. */
  scalarText(node: YNode | null): string | undefined {
    if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
    if (typeof node.value === "string") return node.value;
    if (typeof node.source === "string" && node.type === "PLAIN") return node.source;
    return String(node.value);
  }

  /** A string value; reports WrongType for lists, mappings and empty values. */
  str(field: Field | undefined, what: string, expected = "a string"): Str | undefined {
    if (field === undefined) return undefined;
    const text = this.scalarText(field.node);
    if (text === undefined) {
      this.wrongType(expected, field.node, field.range, what);
      return undefined;
    }
    return { value: text, range: field.range };
  }

  /** A list of strings; a single string is accepted as a list of one. */
  strList(field: Field | undefined, what: string): Str[] {
    if (field === undefined || field.node === null) return [];
    const node = field.node;
    if (isSeq(node)) {
      const out: Str[] = [];
      for (const item of node.items) {
        const n = this.deref(item);
        const r = this.range(n ?? (item as YNode));
        const s = this.str({ key: field.key, node: n, range: r }, `each item of ${what}`);
        if (s) out.push(s);
      }
      return out;
    }
    const s = this.str(field, what, "a string or a list of strings");
    return s ? [s] : [];
  }

  /** A mapping of strings to strings (env, labels, artifacts). */
  strMap(field: Field | undefined, what: string): Entry[] {
    if (field === undefined || field.node === null) return [];
    const out: Entry[] = [];
    for (const f of this.fields(field, null, what).values()) {
      const value = this.scalarText(f.node) ?? (f.node === null ? "" : undefined);
      if (value === undefined) this.wrongType("a string", f.node, f.range, `${what} \`${f.key.value}\``);
      else out.push({ key: f.key, value: { value, range: f.range } });
    }
    return out;
  }

  /**
   * The entries of a mapping, in order, after `<<` merges (own keys win) and without `x-*` keys.
   * With a `kind`, keys not in KEYS[kind] are reported; `duplicateCode` names the diagnostic
   * for a key written twice (`DuplicateName` for stage, cache, arg and artifact names).
   */
  fields(field: Field, kind: KeyKind | null, what: string, duplicateCode: Code = "DuplicateKey"): Map<string, Field> {
    const out = new Map<string, Field>();
    if (!isMap(field.node)) {
      this.wrongType("a mapping", field.node, field.range, what);
      return out;
    }
    const merged = new Map<string, Field>();
    for (const pair of field.node.items) {
      const keyNode = this.deref(pair.key);
      const keyText = this.scalarText(keyNode);
      const keyRange = this.range(keyNode ?? (pair.key as YNode));
      if (keyText === undefined) {
        this.error("WrongType", `a key in ${what} must be a string`, keyRange);
        continue;
      }
      const value = this.deref(pair.value);
      const valueRange = value === null ? keyRange : this.range(value);
      if (keyText === "<<" && isScalar(keyNode) && keyNode.type === "PLAIN") {
        this.merge(value, valueRange, kind, what, merged);
        continue;
      }
      if (isExtensionKey(keyText)) continue;
      const key: Str = { value: keyText, range: keyRange };
      const first = out.get(keyText);
      if (first) {
        const dupWhat = duplicateCode === "DuplicateName" ? `name \`${keyText}\` in ${what}` : `key \`${keyText}\` in ${what}`;
        this.error(duplicateCode, `duplicate ${dupWhat}`, keyRange, "remove or rename one of them", [
          { message: "first defined here", range: first.key.range },
        ]);
        continue;
      }
      if (kind !== null && !(KEYS[kind] as readonly string[]).includes(keyText)) {
        this.unknownKey(key, kind, what);
        continue;
      }
      out.set(keyText, { key, node: value, range: valueRange });
    }
    for (const [k, f] of merged) if (!out.has(k)) out.set(k, f);
    return out;
  }

  unknownKey(key: Str, kind: KeyKind, what: string): void {
    const known = KEYS[kind] as readonly string[];
    const renamed = Object.hasOwn(RENAMED, key.value.toLowerCase()) ? RENAMED[key.value.toLowerCase()] : undefined;
    const hint =
      renamed !== undefined && known.includes(renamed)
        ? `this language calls it \`${renamed}\``
        : (didYouMean(key.value, known) ?? `known keys: ${known.join(", ")}; prefix a key with x- to have it ignored`);
    this.error("UnknownKey", `unknown key \`${key.value}\` in ${what}`, key.range, hint);
  }

  /** `<<: *anchor` or `<<: [*a, *b]`: earlier sources win over later ones, as in YAML 1.1. */
  private merge(value: YNode | null, range: Range, kind: KeyKind | null, what: string, into: Map<string, Field>): void {
    const sources = isSeq(value) ? value.items.map((i) => this.deref(i)) : [value];
    for (const src of sources) {
      if (!isMap(src)) {
        this.error("WrongType", "a `<<` merge needs a mapping or a list of mappings", range);
        continue;
      }
      const fields = this.fields({ key: { value: "<<", range }, node: src, range: this.range(src) }, kind, what);
      for (const [k, f] of fields) if (!into.has(k)) into.set(k, f);
    }
  }

  /** The range of `token` inside a scalar, when it can be found there; else the scalar's range. */
  subRange(s: Str, token: string, from: number): { range: Range; next: number } {
    const at = this.file.text.indexOf(token, s.range.start + from);
    if (at >= 0 && at + token.length <= s.range.end) return { range: { start: at, end: at + token.length }, next: at + token.length - s.range.start };
    return { range: s.range, next: from };
  }
}
