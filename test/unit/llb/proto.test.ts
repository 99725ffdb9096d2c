import { describe, it, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import protobuf, { type INamespace } from "protobufjs";
import { decodeMessage, encodeMessage, lookupType } from "../../../frontend/proto.ts";
import bundle from "../../../proto/gen/bundle.json" with { type: "json" };

/** The reflection schema of the same .proto files: what the static code must agree with. */
const root = protobuf.Root.fromJSON(bundle as INamespace).resolveAll();
const reflected = (name: string) => root.lookupType(name);

const repo = fileURLToPath(new URL("../../../", import.meta.url));

describe("proto bundle", () => {
  it("is exactly what scripts/gen-proto.mjs generates from proto/*.proto", () => {
    const generated = execFileSync(process.execPath, ["scripts/gen-proto.mjs", "--stdout"], { cwd: repo, encoding: "utf8" });
    const committed = readFileSync(`${repo}proto/gen/bundle.json`, "utf8");
    expect(generated).toBe(committed);
  });

  it("passes --check when up to date (the JSON bundle, the static code and its declarations)", () => {
    expect(() => execFileSync(process.execPath, ["scripts/gen-proto.mjs", "--check"], { cwd: repo })).not.toThrow();
  });

  it("loads pb types with the field numbers BuildKit uses", () => {
    const lookupType = reflected;
    const lookupEnum = (n: string) => root.lookupEnum(n);
    const op = lookupType("pb.Op");
    expect(op.fields["platform"]?.id).toBe(10);
    expect(op.fields["constraints"]?.id).toBe(11);
    expect(lookupType("pb.FileOp").fields["actions"]?.id).toBe(2);
    expect(lookupType("pb.Platform").fields["Architecture"]?.id).toBe(1);
    expect(lookupType("pb.Meta").fields["proxy_env"]?.id).toBe(5);
    expect(lookupType("pb.Definition").fields["Source"]?.id).toBe(3);
    expect(lookupType("pb.Mount").fields["TmpfsOpt"]?.id).toBe(19);
    expect(lookupEnum("pb.MountType").values["TMPFS"]).toBe(4);
    expect(root.lookup("pb.ProgressGroup")).not.toBeNull();
  });

  it("encodes int64 -1 as a 10-byte varint and keeps oneof zero members", () => {
    expect(Buffer.from(encodeMessage("pb.Input", { index: -1 })).toString("hex")).toBe("10ffffffffffffffffff01");
    expect(Buffer.from(encodeMessage("pb.UserOpt", { byID: 0 })).toString("hex")).toBe("1000");
    expect(decodeMessage("pb.Input", encodeMessage("pb.Input", { digest: "d", index: -1 }))).toEqual({ digest: "d", index: -1 });
  });

  it("throws on unknown type names, and on names that are not messages", () => {
    expect(() => lookupType("pb.Nope")).toThrow("no such message type: pb.Nope");
    expect(() => lookupType("pb")).toThrow();
    expect(() => lookupType("pb.MountType")).toThrow();
  });

  it("the static codecs write the same bytes as the reflection schema and read them back alike", () => {
    const samples: [string, object][] = [
      ["pb.Op", { inputs: [{ digest: "sha256:1", index: 0 }], exec: { meta: { args: ["sh", "-c", "x"], env: ["A=1"], cwd: "/", proxy_env: { http_proxy: "p" } }, mounts: [{ input: 0, dest: "/", output: 0 }, { input: -1, dest: "/c", output: -1, mountType: 3, cacheOpt: { ID: "apt", sharing: 2 } }], network: 0 }, platform: { OS: "linux", Architecture: "arm64", Variant: "v8" }, constraints: {} }],
      ["pb.Op", { source: { identifier: "local://context", attrs: { "local.sharedkeyhint": "context", "local.followpaths": "[\"a\"]" } } }],
      ["pb.Op", { inputs: [{ digest: "sha256:2", index: 0 }], file: { actions: [{ input: 0, secondaryInput: -1, output: 0, mkfile: { path: "/x", mode: 420, data: Buffer.from("hi"), owner: { user: { byID: 0 } } } }] } }],
      ["pb.Definition", { def: [Buffer.from([1, 2, 3])], metadata: { "sha256:1": { description: { "llb.customname": "x" }, caps: { "source.local": true } } }, Source: { locations: { "sha256:1": { locations: [{ sourceIndex: 0, ranges: [{ start: { line: 3 }, end: { line: 4 } }] }] } }, infos: [{ filename: "hier.yaml", data: Buffer.from("a"), language: "YAML" }] } }],
      ["moby.buildkit.v1.frontend.SolveRequest", { Definition: { def: [Buffer.from([9])] }, FrontendOpt: { a: "b" }, CacheImports: [{ Type: "registry", Attrs: { ref: "r" } }], Evaluate: true, allowResultReturn: true }],
      ["moby.buildkit.v1.frontend.PongResponse", { FrontendAPICaps: [{ ID: "solve.base", Enabled: true }], Workers: [{ ID: "w", platforms: [{ OS: "linux", Architecture: "amd64" }] }] }],
      ["google.rpc.Status", { code: 2, message: "m", details: [{ type_url: "t", value: Buffer.from("{}") }] }],
    ];
    for (const [name, value] of samples) {
      const bytes = encodeMessage(name, value);
      const reference = reflected(name);
      expect(Buffer.from(bytes).toString("hex"), name).toBe(Buffer.from(reference.encode(value).finish()).toString("hex"));
      const viaReflection = reference.toObject(reference.decode(bytes), { longs: Number, enums: Number, bytes: Buffer });
      expect(decodeMessage(name, bytes), name).toEqual(viaReflection);
    }
  });
});
