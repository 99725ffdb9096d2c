import { describe, it, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decodeMessage, encodeMessage, lookupEnum, lookupType, root } from "../../../frontend/proto.ts";

const repo = fileURLToPath(new URL("../../../", import.meta.url));

describe("proto bundle", () => {
  it("is exactly what scripts/gen-proto.mjs generates from proto/*.proto", () => {
    const generated = execFileSync(process.execPath, ["scripts/gen-proto.mjs", "--stdout"], { cwd: repo, encoding: "utf8" });
    const committed = readFileSync(`${repo}proto/gen/bundle.json`, "utf8");
    expect(generated).toBe(committed);
  });

  it("passes --check when up to date", () => {
    expect(() => execFileSync(process.execPath, ["scripts/gen-proto.mjs", "--check"], { cwd: repo })).not.toThrow();
  });

  it("loads pb types with the field numbers BuildKit uses", () => {
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

  it("throws on unknown type names", () => {
    expect(() => lookupType("pb.Nope")).toThrow();
  });
});
