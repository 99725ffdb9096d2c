import { describe, it, expect } from "vitest";
import { FileActions, copy, image, local, marshal, mkdir, mkfile, rm, scratch, symlink, LlbError } from "../../../frontend/llb/index.ts";
import { decode, opsOf } from "./helpers.ts";

const base = image("alpine", { platform: { os: "linux", architecture: "amd64" } }).withCwd("/app");
const ctx = local("context", { sessionId: "s" });

describe("file ops", () => {
  it("indexes action inputs: op inputs first, then earlier action results", () => {
    const actions = mkdir("data", 0o755, { makeParents: true })
      .copy(ctx, "src", "dst/", { dirCopyContents: true, createDestPath: true })
      .mkfile("/app/data/x", 0o100644, "hi")
      .rm("old", { allowNotFound: true });
    const d = decode(base.file(actions, { customName: "files" }));
    const [f] = opsOf(d, "file");
    expect(f!.op["platform"]).toBeUndefined();
    const inputs = f!.op["inputs"];
    expect(inputs).toHaveLength(2);
    expect(d.byDigest(inputs[0].digest).op["source"]["identifier"]).toBe("docker-image://docker.io/library/alpine:latest");
    expect(d.byDigest(inputs[1].digest).op["source"]["identifier"]).toBe("local://context");
    const acts = f!.op["file"]["actions"];
    // input: base = 0 (left out), then len(inputs)+k-1 = 2, 3, 4; only the last action outputs 0.
    expect(acts.map((a: any) => [a.input ?? 0, a.secondaryInput ?? 0, a.output ?? 0])).toEqual([
      [0, -1, -1],
      [2, 1, -1],
      [3, -1, -1],
      [4, -1, 0],
    ]);
    expect(acts[0].mkdir).toEqual({ path: "/app/data", mode: 0o755, makeParents: true, timestamp: -1 });
    expect(acts[1].copy).toEqual({ src: "/src", dest: "/app/dst/", mode: -1, dirCopyContents: true, createDestPath: true, timestamp: -1 });
    expect(acts[2].mkfile).toEqual({ path: "/app/data/x", mode: 0o644, data: Buffer.from("hi"), timestamp: -1 });
    expect(acts[3].rm).toEqual({ path: "/app/old", allowNotFound: true });
    expect(d.metadata[f!.digest].description).toEqual({ "llb.customname": "files" });
    expect(d.terminal.op["inputs"]).toEqual([{ digest: f!.digest }]);
  });

  it("makes copy src absolute against the SOURCE state's cwd and keeps dest's trailing slash", () => {
    const src = ctx.withCwd("/sub");
    const d = decode(base.file(copy(src, "a/b.txt", "out/")));
    const c = opsOf(d, "file")[0]!.op["file"]["actions"][0].copy;
    expect(c.src).toBe("/sub/a/b.txt");
    expect(c.dest).toBe("/app/out/");
    const d2 = decode(base.file(copy(src, "/abs", "/x/../y")));
    const c2 = opsOf(d2, "file")[0]!.op["file"]["actions"][0].copy;
    expect([c2.src, c2.dest]).toEqual(["/abs", "/y"]);
  });

  it("uses -1 for a scratch base and a scratch copy source", () => {
    const d = decode(scratch().file(copy(scratch(), "/a", "/b").mkdir("/c", 0o700)));
    const [f] = opsOf(d, "file");
    expect(f!.op["inputs"]).toBeUndefined();
    const acts = f!.op["file"]["actions"];
    expect([acts[0].input, acts[0].secondaryInput, acts[0].output]).toEqual([-1, -1, -1]);
    // Action 1 reads action 0's result: len(inputs)=0, so index 0 (left out).
    expect(acts[1].input).toBeUndefined();
    expect(acts[1].output).toBeUndefined();
  });

  it("writes copy options, owners by id (0 kept) and by name, and caps", () => {
    const d = decode(
      base.file(
        copy(ctx, "*.txt", "/t/", {
          followSymlink: true,
          allowWildcard: true,
          allowEmptyWildcard: true,
          includePatterns: ["a"],
          excludePatterns: ["b"],
          mode: 0o600,
          owner: { user: 0, group: "staff" },
          timestamp: 1_700_000_000_000_000_000n,
          alwaysReplaceExistingDestPaths: true,
        })
          .symlink("../lib", "link", { owner: { user: "app" } })
          .rm("/t/*.bak", { allowWildcard: true }),
      ),
    );
    const [f] = opsOf(d, "file");
    const acts = f!.op["file"]["actions"];
    expect(acts[0].copy).toEqual({
      src: "/*.txt",
      dest: "/t/",
      owner: { user: { byID: 0 }, group: { byName: { name: "staff" } } },
      mode: 0o600,
      followSymlink: true,
      allowWildcard: true,
      allowEmptyWildcard: true,
      timestamp: 1_700_000_000_000_000_000,
      include_patterns: ["a"],
      exclude_patterns: ["b"],
      alwaysReplaceExistingDestPaths: true,
    });
    // The symlink's names resolve in its base: action 0's result, index len(inputs)+0 = 2.
    expect(acts[1].symlink).toEqual({ oldpath: "../lib", newpath: "/app/link", owner: { user: { byName: { name: "app", input: 2 } } }, timestamp: -1 });
    expect(Object.keys(d.metadata[f!.digest].caps)).toEqual([
      "file.base",
      "file.copy.alwaysreplaceexistingdestpaths",
      "file.copy.includeexcludepatterns",
      "file.rm.wildcard",
      "file.symlink.create",
    ]);
  });

  it("dedupes a copy source equal to the base", () => {
    const d = decode(base.file(copy(base, "/etc/os-release", "/x")));
    const [f] = opsOf(d, "file");
    expect(f!.op["inputs"]).toHaveLength(1);
    expect(f!.op["file"]["actions"][0].secondaryInput).toBeUndefined();
  });

  it("fails at marshal with no actions", () => {
    const none = new FileActions([]);
    expect(() => marshal(base.file(none))).toThrow(LlbError);
    expect(() => marshal(base.file(none))).toThrow(expect.objectContaining({ code: "EmptyFileOp" }));
    expect(() => marshal(base.file(mkfile("/f", 0o644, "")).file(rm("/f")))).not.toThrow();
    expect(() => marshal(base.file(symlink("a", "b")))).not.toThrow();
  });
});
