/**
 * Reading YAML nodes into typed values. The Reader walks `yaml`'s AST (which has source ranges),
 * follows aliases and `<<` merge keys, and records a diagnostic for every shape error instead of
 * throwing. Callers receive `undefined` (or an empty list) for a value that had the wrong shape.
 */
import { isAlias, isMap, isScalar, isSeq, type Alias, type Node as YNode } from "yaml";
import type { Code, Diagnostic, Range, RelatedInfo, SourceFile } from "../diagnostics/index.ts";
import type { Entry, Str } from "./document.ts";
import { KEYS, isExtensionKey, type KeyKind } from "./keys.ts";
import { shortName, wrongTypeHint } from "./messages.ts";
import { didYouMean } from "./suggest.ts";

/** A key of a mapping with its (alias-resolved) value node; `node` is null for an empty value. */
export interface Field {
  readonly key: Str;
  readonly node: YNode | null;
  /** The value's range, or the key's range when the value is empty. */
  readonly range: Range;
  /** Set when the value was reached through `*alias`: errors inside it are reported at the use. */
  readonly via?: Via;
}

/** Where aliased content is used (`use`, the outermost alias) and the anchors it went through. */
export interface Via {
  readonly use: Range;
  readonly targets: readonly Range[];
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
  /** The alias context of the Field read last; see `report`. */
  #via: Via | undefined;
  /** Mappings whose `<<` merges are being read, so a merge cycle is cut (resolveAliases reports it). */
  readonly #merging = new Set<YNode>();
  /**
   * The range of each string read through an alias → the alias it was read for. Ranges are new
   * objects for every read, so the graph phase's errors at a string can be moved to its use.
   */
  readonly uses = new WeakMap<Range, Range>();
  /** Starts of unknown aliases already reported: the empty value they read as is not another error. */
  readonly #unknownAliases = new Set<number>();

  constructor(
    readonly file: SourceFile,
    readonly aliases: ReadonlyMap<Alias, YNode>,
  ) {}

  /**
   * Records a diagnostic. A range inside aliased content (of the Field read last) is reported at
   * the alias that uses it, with a "defined here" note at the content: once per use.
   */
  report(severity: "error" | "warning", code: Code, message: string, at: Range, hint?: string, related?: RelatedInfo[]): void {
    let range = at;
    const via = this.#via;
    if (via && via.targets.some((t) => at.start >= t.start && at.end <= t.end)) {
      range = via.use;
      related = [{ message: "defined here", range: at }, ...(related ?? [])];
    }
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

  /** Follows an alias (an anchor is never an alias); an unknown alias is reported and read as empty. */
  deref(node: unknown): YNode | null {
    if (!isAlias(node)) return (node ?? null) as YNode | null;
    const target = this.aliases.get(node);
    if (target === undefined) {
      const range = this.range(node);
      if (!this.#unknownAliases.has(range.start)) {
        this.error("YamlSyntax", `unknown alias *${node.source}`, range, "define the anchor (&name) before using it");
      }
      this.#unknownAliases.add(range.start);
      return null;
    }
    return target;
  }

  /** The Field of a value node inside `parent` (a list item, a mapping value), aliases followed. */
  child(parent: Field, key: Str, raw: unknown, fallback: Range): Field {
    const node = this.deref(raw);
    const range = node === null ? (isAlias(raw) ? this.range(raw) : fallback) : this.range(node);
    let via = parent.via;
    if (isAlias(raw) && node !== null) via = { use: via?.use ?? this.range(raw), targets: [...(via?.targets ?? []), range] };
    return { key, node, range, ...(via ? { via } : {}) };
  }

  /** The Fields of a list's items (a non-list is one item). */
  items(field: Field): Field[] {
    this.#via = field.via;
    if (!isSeq(field.node)) return [field];
    return field.node.items.map((item) => this.child(field, field.key, item, this.range(item as YNode)));
  }

  /** Records that a string at `range`, read now, was reached through the current alias use. */
  #noteUse(range: Range): void {
    const via = this.#via;
    if (via && via.targets.some((t) => range.start >= t.start && range.end <= t.end)) this.uses.set(range, via.use);
  }

  /** True when `range` is an unknown alias (already reported; it reads as empty). */
  isUnknownAlias(range: Range): boolean {
    return this.#unknownAliases.has(range.start);
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
    if (node === null && this.#unknownAliases.has(range.start)) return; // reported as the unknown alias
    const got = this.describe(node);
    this.error("WrongType", `${what} must be ${expected}, not ${got}`, range, wrongTypeHint(expected, got));
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
    this.#via = field.via;
    const text = this.scalarText(field.node);
    if (text === undefined) {
      this.wrongType(expected, field.node, field.range, what);
      return undefined;
    }
    this.#noteUse(field.range);
    return { value: text, range: field.range };
  }

  /** A list of strings; a single string is accepted as a list of one. */
  strList(field: Field | undefined, what: string): Str[] {
    if (field === undefined || field.node === null) return [];
    if (isSeq(field.node)) {
      const out: Str[] = [];
      for (const item of this.items(field)) {
        const s = this.str(item, `each item of ${what}`);
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
      this.#via = f.via;
      const value = this.scalarText(f.node) ?? (f.node === null ? "" : undefined);
      if (value === undefined) this.wrongType("a string", f.node, f.range, `${what} \`${shortName(f.key.value)}\``);
      else {
        this.#noteUse(f.range);
        out.push({ key: f.key, value: { value, range: f.range } });
      }
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
    this.#via = field.via;
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
        this.error("WrongType", `a key in ${what} must be a string`, keyRange, "write a plain name before the `:`, not a list or a mapping");
        continue;
      }
      const child = this.child(field, { value: keyText, range: keyRange }, pair.value, keyRange);
      this.#via = field.via;
      if (keyText === "<<" && isScalar(keyNode) && keyNode.type === "PLAIN") {
        this.merge(field, child, kind, what, merged);
        this.#via = field.via;
        continue;
      }
      if (isExtensionKey(keyText)) continue;
      const key: Str = { value: keyText, range: keyRange };
      const first = out.get(keyText);
      if (first) {
        const dupWhat = duplicateCode === "DuplicateName" ? `name \`${shortName(keyText)}\` in ${what}` : `key \`${shortName(keyText)}\` in ${what}`;
        this.error(duplicateCode, `duplicate ${dupWhat}`, keyRange, "remove or rename one of them", [
          { message: "first defined here", range: first.key.range },
        ]);
        continue;
      }
      if (kind !== null && !(KEYS[kind] as readonly string[]).includes(keyText)) {
        this.unknownKey(key, kind, what);
        continue;
      }
      out.set(keyText, child);
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
    this.error("UnknownKey", `unknown key \`${shortName(key.value)}\` in ${what}`, key.range, hint);
  }

  /** `<<: *anchor` or `<<: [*a, *b]`: earlier sources win over later ones, as in YAML 1.1. */
  private merge(owner: Field, value: Field, kind: KeyKind | null, what: string, into: Map<string, Field>): void {
    const sources = isSeq(value.node) ? this.items(value) : [value];
    if (owner.node) this.#merging.add(owner.node);
    for (const src of sources) {
      this.#via = src.via;
      if (!isMap(src.node)) {
        this.error("WrongType", "a `<<` merge needs a mapping or a list of mappings", src.range,
          "write `<<: *name` where `&name` anchors a mapping, or `<<: [*a, *b]`");
        continue;
      }
      if (this.#merging.has(src.node)) continue;
      const fields = this.fields(src, kind, what);
      for (const [k, f] of fields) if (!into.has(k)) into.set(k, f);
    }
    if (owner.node) this.#merging.delete(owner.node);
  }

  /** The range of `token` inside a scalar, when it can be found there; else the scalar's range. */
  subRange(s: Str, token: string, from: number): { range: Range; next: number } {
    const at = this.file.text.indexOf(token, s.range.start + from);
    if (at >= 0 && at + token.length <= s.range.end) {
      const range = { start: at, end: at + token.length };
      const use = this.uses.get(s.range);
      if (use) this.uses.set(range, use);
      return { range, next: at + token.length - s.range.start };
    }
    return { range: s.range, next: from };
  }
}
