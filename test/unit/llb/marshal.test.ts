import { describe, it, expect } from "vitest";
import { createHash } from "node:crypto";
import { encodeMessage, decodeMessage } from "../../../frontend/proto.ts";
import {
  copy,
  definitionState,
  digestOf,
  image,
  local,
  marshal,
  merge,
  mkdir,
  LlbError,
  type State,
} from "../../../frontend/llb/index.ts";
import { decode, opsOf } from "./helpers.ts";

const amd64 = { os: "linux", architecture: "amd64" };
const yaml = { filename: "hier.yaml", data: "stages:\n  base:\n    from: alpine\n", language: "YAML" };

/** A graph using every op kind, with metadata, built fresh on each call. */
function graph(): State {
  const base = image("alpine:3.20", { platform: amd64, customName: "FROM", location: { sourceIndex: 0, ranges: [{ start: 3 }] } });
  const ctx = local("context", { sessionId: "s", followPaths: ["b", "a"] });
  const built = base
    .withEnv("PATH", "/usr/bin:/bin")
    .run({
      args: ["/bin/sh", "-c", "make"],
      mounts: [
        { type: "cache", dest: "/root/.cache", id: "c" },
        { type: "bind", dest: "/src", source: ctx, readonly: true },
        { type: "secret", id: "tok" },
      ],
      description: { z: "last", a: "first" },
      location: { sourceIndex: 0, ranges: [{ start: 1, end: 2 }] },
      ignoreCache: true,
    })
    .root();
  const linked = built.file(mkdir("/out", 0o755).copy(ctx, "dist", "/out/"));
  return merge([base, linked]);
}

/** Every field that holds a default value (protobufjs would have written it). */
function defaults(v: unknown, path = ""): string[] {
  if (Array.isArray(v)) {
    if (v.length === 0) return [path];
    return v.flatMap((x, i) => (typeof x === "object" && x !== null ? defaults(x, `${path}[${i}]`) : []));
  }
  if (v instanceof Uint8Array) return v.length === 0 ? [path] : [];
  if (typeof v === "object" && v !== null) {
    return Object.entries(v).flatMap(([k, x]) => (k === "byID" ? [] : defaults(x, `${path}.${k}`)));
  }
  return v === "" || v === 0 || v === false ? [path] : [];
}

describe("marshal", () => {
  it("is byte-identical across 100 marshals of freshly built graphs", () => {
    const first = Buffer.from(marshal(graph(), { sources: [yaml] }).bytes);
    expect(first.length).toBeGreaterThan(500);
    for (let i = 0; i < 100; i++) {
      expect(Buffer.from(marshal(graph(), { sources: [yaml] }).bytes).equals(first)).toBe(true);
    }
  });

  it("lists dependencies first, each op once, terminal last with only an input", () => {
    const d = decode(graph());
    const digests = d.ops.map((o) => o.digest);
    expect(new Set(digests).size).toBe(digests.length);
    for (const [i, o] of d.ops.entries()) {
      for (const inp of o.op["inputs"] ?? []) expect(digests.indexOf(inp.digest)).toBeLessThan(i);
    }
    expect(d.terminal.op).toEqual({ inputs: [{ digest: opsOf(d, "merge")[0]!.digest }] });
    expect(d.ops.slice(0, -1).every((o) => "constraints" in o.op)).toBe(true);
    // image, local, exec, file, merge, terminal: the shared local and image appear once.
    expect(d.ops.map((o) => Object.keys(o.op).find((k) => k !== "inputs" && k !== "platform" && k !== "constraints"))).toEqual([
      "source",
      "source",
      "exec",
      "file",
      "merge",
      undefined,
    ]);
  });

  // protobufjs 8 skips proto3 defaults itself; the builder omits them anyway, so the bytes do
  // not depend on the protobufjs version (7.x wrote explicit defaults).
  it("writes no default-valued field anywhere", () => {
    const d = decode(graph(), { sources: [yaml] });
    expect(d.ops.flatMap((o) => defaults(o.op))).toEqual([]);
    expect(defaults(d.metadata)).toEqual([]);
    expect(defaults(d.source)).toEqual([]);
  });

  it("writes metadata for every op and terminal caps for the meta features used", () => {
    const d = decode(graph());
    expect(Object.keys(d.metadata).sort()).toEqual(d.ops.map((o) => o.digest).sort());
    expect(d.metadata[d.terminal.digest]).toEqual({
      caps: { constraints: true, "meta.description": true, "meta.ignorecache": true, platform: true },
    });
    const [exec] = opsOf(d, "exec");
    expect(d.metadata[exec!.digest].ignore_cache).toBe(true);
    expect(d.metadata[exec!.digest].description).toEqual({ a: "first", z: "last" });
    const plain = decode(local("x"));
    expect(plain.metadata[plain.terminal.digest]).toEqual({ caps: { constraints: true, platform: true } });
  });

  it("writes maps in sorted key order whatever the insertion order", () => {
    const one = image("alpine", { description: { b: "2", a: "1", c: "3" } });
    const two = image("alpine", { description: { c: "3", a: "1", b: "2" } });
    const a = marshal(one);
    expect(Buffer.from(a.bytes).equals(Buffer.from(marshal(two).bytes))).toBe(true);
    // Wire order = decoded key order.
    const d = decode(one);
    expect(Object.keys(d.metadata[d.result.digest].description)).toEqual(["a", "b", "c"]);
    expect(Object.keys(d.metadata)).toEqual(Object.keys(d.metadata).sort());
    const attrs = decode(local("c", { sharedKeyHint: "h", sessionId: "s", differ: "none" })).result.op["source"]["attrs"];
    expect(Object.keys(attrs)).toEqual(["local.differ", "local.session", "local.sharedkeyhint"]);
  });

  it("keeps a shared sub-graph once", () => {
    const ctx = local("context");
    const base = image("alpine");
    const a = base.run({ args: ["a"], mounts: [{ type: "bind", dest: "/c", source: ctx }] }).root();
    const b = base.run({ args: ["b"], mounts: [{ type: "bind", dest: "/c", source: ctx }] }).root();
    const d = decode(merge([a, b]));
    expect(opsOf(d, "source")).toHaveLength(2);
    expect(opsOf(d, "exec")).toHaveLength(2);
    expect(d.ops).toHaveLength(6);
  });

  it("filters caps to the engine's llbCaps when given", () => {
    const st = local("c", { sessionId: "s", followPaths: ["x"] }).run({ args: ["x"], mounts: [{ type: "cache", dest: "/c", id: "c" }] }).root();
    const d = decode(st, { llbCaps: new Set(["source.local", "exec.meta.base", "exec.mount.cache", "constraints"]) });
    const [src] = opsOf(d, "source");
    const [exec] = opsOf(d, "exec");
    expect(d.metadata[src!.digest].caps).toEqual({ "source.local": true });
    expect(d.metadata[exec!.digest].caps).toEqual({ "exec.meta.base": true, "exec.mount.cache": true });
    expect(d.metadata[d.terminal.digest].caps).toEqual({ constraints: true });
    const none = decode(st, { llbCaps: [] });
    expect(Object.values(none.metadata).every((m) => m.caps === undefined)).toBe(true);
  });

  it("fills Definition.Source with the registered files and per-op locations", () => {
    const d = decode(graph(), { sources: [yaml] });
    expect(d.source!["infos"]).toEqual([{ filename: "hier.yaml", data: Buffer.from(yaml.data), language: "YAML" }]);
    const [exec] = opsOf(d, "exec");
    const [img] = opsOf(d, "source");
    expect(d.source!["locations"][exec!.digest]).toEqual({ locations: [{ ranges: [{ start: { line: 1 }, end: { line: 2 } }] }] });
    expect(d.source!["locations"][img!.digest]).toEqual({ locations: [{ ranges: [{ start: { line: 3 }, end: { line: 3 } }] }] });
    expect(Object.keys(d.source!["locations"])).toHaveLength(2);
  });

  it("rejects a location outside the registered files, and leaves locations out without sources", () => {
    expect(() => marshal(graph(), { sources: [] })).toThrow(expect.objectContaining({ code: "UnknownSourceIndex" }));
    expect(() => marshal(graph(), { sources: [] })).toThrow(LlbError);
    expect(marshal(graph()).definition.Source).toBeUndefined();
  });
});

describe("definitionState", () => {
  it("keeps received op bytes verbatim, drops the terminal, merges metadata and sources", () => {
    const received = marshal(image("alpine", { location: { sourceIndex: 0, ranges: [{ start: 7 }] }, customName: "img" }), {
      sources: [{ filename: "Dockerfile", data: "FROM alpine\n" }],
    }).definition;
    const receivedResult = received.def![0]!;
    const st = definitionState(received).run({ args: ["ls"], location: { sourceIndex: 0, ranges: [{ start: 2 }] } }).root();
    const d = decode(st, { sources: [yaml] });
    expect(d.ops).toHaveLength(3);
    expect(d.ops[0]!.bytes.equals(Buffer.from(receivedResult))).toBe(true);
    expect(opsOf(d, "exec")[0]!.op["inputs"]).toEqual([{ digest: digestOf(receivedResult) }]);
    expect(d.metadata[digestOf(receivedResult)].description).toEqual({ "llb.customname": "img" });
    expect(d.source!["infos"].map((i: any) => i.filename)).toEqual(["hier.yaml", "Dockerfile"]);
    expect(d.source!["locations"][digestOf(receivedResult)]).toEqual({
      locations: [{ sourceIndex: 1, ranges: [{ start: { line: 7 }, end: { line: 7 } }] }],
    });
  });

  it("never re-encodes foreign bytes (Go writes constraints before the oneof)", () => {
    const goOp = Buffer.from(
      "5a001a470a0f6c6f63616c3a2f2f636f6e7465787412140a0d6c6f63616c2e73657373696f6e1203616263" +
        "121e0a136c6f63616c2e7368617265646b657968696e741207636f6e74657874",
      "hex",
    );
    const goDigest = `sha256:${createHash("sha256").update(goOp).digest("hex")}`;
    const terminal = encodeMessage("pb.Op", { inputs: [{ digest: goDigest }] });
    const bytes = encodeMessage("pb.Definition", { def: [goOp, terminal] });
    const d = decode(definitionState(bytes).file(mkdir("/x", 0o755)));
    expect(d.ops[0]!.bytes.equals(goOp)).toBe(true);
    expect(d.ops[0]!.digest).toBe(goDigest);
    expect(opsOf(d, "file")[0]!.op["inputs"]).toEqual([{ digest: goDigest }]);
    // The same op built here has other bytes (field order), hence another digest…
    const ours = local("context", { sessionId: "abc", sharedKeyHint: "context" });
    expect(digestOf(marshal(ours).definition.def![0]!)).not.toBe(goDigest);
    // …unless written in Go's order, as for an engine from BuildKit 0.17 on (it re-encodes every
    // op and names vertices by the digest of its own bytes); its caps say so.
    expect(Buffer.from(marshal(ours, { oneofLast: true }).definition.def![0]!).equals(goOp)).toBe(true);
    expect(digestOf(marshal(ours, { llbCaps: ["source.local", "exec.validexitcode"] }).definition.def![0]!)).toBe(goDigest);
    expect(digestOf(marshal(ours, { llbCaps: ["source.local"] }).definition.def![0]!)).not.toBe(goDigest);
  });

  it("keeps the received output index and treats an empty Definition as scratch", () => {
    const terminal = encodeMessage("pb.Op", { inputs: [{ digest: "sha256:00", index: 2 }] });
    const st = definitionState({ def: [terminal] });
    expect(st.output?.index).toBe(2);
    expect(definitionState({}).isScratch()).toBe(true);
    expect(definitionState(new Uint8Array(0)).isScratch()).toBe(true);
  });

  it("defers undecodable input to marshal", () => {
    const bad = definitionState(Buffer.from("ffffffff", "hex"));
    expect(() => marshal(bad)).toThrow(expect.objectContaining({ code: "InvalidDefinition" }));
    const noInput = definitionState({ def: [encodeMessage("pb.Op", {})] });
    expect(() => marshal(noInput)).toThrow(expect.objectContaining({ code: "InvalidDefinition" }));
    expect(decodeMessage("pb.Op", encodeMessage("pb.Op", {}))).toEqual({});
  });
});

describe("copy between graphs", () => {
  it("shares ops built from equal states", () => {
    const d = decode(image("a").file(copy(image("a"), "/x", "/y")));
    expect(opsOf(d, "source")).toHaveLength(1);
  });
});
