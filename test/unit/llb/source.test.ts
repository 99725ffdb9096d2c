import { describe, it, expect } from "vitest";
import { copy, http, image, local, marshal, normalizeImageRef, scratch, LlbError } from "../../../frontend/llb/index.ts";
import { explainImageRef, pinImageRef } from "../../../frontend/llb/image-ref.ts";
import { decode } from "./helpers.ts";

describe("normalizeImageRef", () => {
  it.each([
    ["alpine", "docker.io/library/alpine:latest"],
    ["alpine:3.20", "docker.io/library/alpine:3.20"],
    ["me/app", "docker.io/me/app:latest"],
    ["index.docker.io/me/app:1", "docker.io/me/app:1"],
    ["ghcr.io/a/b/c:v1", "ghcr.io/a/b/c:v1"],
    ["localhost:5000/x", "localhost:5000/x:latest"],
    ["localhost/x:2", "localhost/x:2"],
    [`alpine@sha256:${"a".repeat(64)}`, `docker.io/library/alpine@sha256:${"a".repeat(64)}`],
    [`alpine:3@sha256:${"b".repeat(64)}`, `docker.io/library/alpine:3@sha256:${"b".repeat(64)}`],
  ])("%s → %s", (input, want) => {
    expect(normalizeImageRef(input)).toBe(want);
  });

  it.each(["", "Alpine", "a:b:c", "alpine@sha256:short", "a//b", "alpine:"])("rejects %j", (input) => {
    expect(normalizeImageRef(input)).toBeUndefined();
  });

  // The checker and the compiler share this grammar: what one accepts, the other normalizes.
  it.each([
    ["[::1]:5000/app:1", "[::1]:5000/app:1"],
    ["[fe80::1]/team/app", "[fe80::1]/team/app:latest"],
    ["Registry.Example.com/app", "Registry.Example.com/app:latest"],
    [`alpine@sha512:${"c".repeat(128)}`, `docker.io/library/alpine@sha512:${"c".repeat(128)}`],
    [`a:${"t".repeat(128)}`, `docker.io/library/a:${"t".repeat(128)}`],
  ])("%s → %s (distribution/reference)", (input, want) => {
    expect(normalizeImageRef(input)).toBe(want);
    expect(explainImageRef(input)).toBeUndefined();
  });

  it.each([
    [`alpine@SHA256:${"a".repeat(64)}`, "digest algorithms are lower-case: write sha256:…"],
    [`alpine@sha256:${"A".repeat(64)}`, "a sha256 digest is 64 lower-case hex digits"],
    [`alpine@sha256:${"a".repeat(63)}`, "a sha256 digest is 64 lower-case hex digits"],
    [`alpine@md5:${"a".repeat(32)}`, "unknown digest algorithm `md5`: use sha256, sha384 or sha512"],
    [`a:${"t".repeat(129)}`, "the tag is 129 characters; tags are at most 128"],
    [`a:${"t".repeat(300)}`, "the tag is 300 characters; tags are at most 128"],
    ["a".repeat(64), "a 64-digit hex string is an image id, not a reference"],
    [`x/${"a".repeat(250)}`, `the repository name \`docker.io/x/${"a".repeat(28)}…\` is 262 characters; the limit is 255`],
    ["[::1/app", "`[::1` is not a registry host[:port]"],
    ["Debian:Bookworm", "repository names must be lowercase"],
    ["debian::bookworm", "a tag follows a single `:`"],
    ["a b", "image references contain no spaces or control characters"],
  ])("rejects %j: %s", (input, why) => {
    expect(normalizeImageRef(input)).toBeUndefined();
    expect(explainImageRef(input)).toBe(why);
  });
});

describe("image", () => {
  it("writes the normalized identifier and the platform on the op", () => {
    const d = decode(image("debian:bookworm", { platform: { os: "linux", architecture: "arm64" } }));
    expect(d.ops).toHaveLength(2);
    expect(d.result.op).toEqual({
      source: { identifier: "docker-image://docker.io/library/debian:bookworm" },
      platform: { Architecture: "arm64", OS: "linux" },
      constraints: {},
    });
  });

  it("records the resolve mode only when not default, and the state carries the platform", () => {
    const p = { os: "linux", architecture: "amd64" };
    const pulled = image("alpine", { resolveMode: "pull", platform: p });
    expect(pulled.platform).toEqual(p);
    const d = decode(pulled);
    expect(d.result.op["source"]["attrs"]).toEqual({ "image.resolvemode": "pull" });
    expect(d.metadata[d.result.digest].caps).toEqual({ "source.image": true, "source.image.resolvemode": true });
    expect(decode(image("alpine", { resolveMode: "default" })).result.op["source"]["attrs"]).toBeUndefined();
  });

  it("defers a bad reference to marshal as InvalidImageRef", () => {
    const st = image("Not A Ref");
    expect(() => marshal(st)).toThrow(LlbError);
    try {
      marshal(st);
    } catch (e) {
      expect((e as LlbError).code).toBe("InvalidImageRef");
    }
  });
});

describe("http", () => {
  it("is the URL as identifier, http.filename when named, no platform", () => {
    const d = decode(http("https://example.com/ctx.tar.gz", { filename: "context", customName: "[internal] load remote build context" }));
    expect(d.result.op["platform"]).toBeUndefined();
    expect(d.result.op["source"]).toEqual({ identifier: "https://example.com/ctx.tar.gz", attrs: { "http.filename": "context" } });
    expect(Object.keys(d.metadata[d.result.digest].caps)).toEqual(["source.http"]);
    expect(decode(http("http://buildkit-session/abc")).result.op["source"]).toEqual({ identifier: "http://buildkit-session/abc" });
  });

  it("unpacks into scratch with attemptUnpackDockerCompatibility", () => {
    const d = decode(scratch().file(copy(http("https://example.com/c.tar", { filename: "context" }), "/context", "/", { attemptUnpack: true })));
    expect(d.result.op["file"]["actions"][0].copy).toMatchObject({ src: "/context", dest: "/", attemptUnpackDockerCompatibility: true });
  });
});

describe("local", () => {
  it("writes every attr with BuildKit's keys and JSON arrays, no platform", () => {
    const d = decode(
      local("context", {
        sessionId: "sid",
        includePatterns: ["src/", "go.mod"],
        excludePatterns: ["**/*.pyc"],
        followPaths: ["a", "b/c"],
        sharedKeyHint: "context",
        differ: "none",
        customName: "[internal] load build context",
      }),
    );
    const op = d.result.op;
    expect(op["platform"]).toBeUndefined();
    expect(op["source"]).toEqual({
      identifier: "local://context",
      attrs: {
        "local.differ": "none",
        "local.excludepatterns": '["**/*.pyc"]',
        "local.followpaths": '["a","b/c"]',
        "local.includepattern": '["src/","go.mod"]',
        "local.session": "sid",
        "local.sharedkeyhint": "context",
      },
    });
    const md = d.metadata[d.result.digest];
    expect(md.description).toEqual({ "llb.customname": "[internal] load build context" });
    expect(Object.keys(md.caps)).toEqual([
      "source.local",
      "source.local.differ",
      "source.local.excludepatterns",
      "source.local.followpaths",
      "source.local.includepatterns",
      "source.local.sessionid",
      "source.local.sharedkeyhint",
    ]);
  });

  it("leaves out empty lists", () => {
    const d = decode(local("ctx", { includePatterns: [], followPaths: [] }));
    expect(d.result.op["source"]).toEqual({ identifier: "local://ctx" });
  });

  it("encodes local://context with session and shared key to pinned bytes", () => {
    // Fields in ascending number order: source (3) then constraints (11, empty); attrs sorted.
    const { definition } = marshal(local("context", { sessionId: "abc", sharedKeyHint: "context" }));
    const op = Buffer.from(definition.def![0]!).toString("hex");
    expect(op).toBe(
      "1a470a0f6c6f63616c3a2f2f636f6e7465787412140a0d6c6f63616c2e73657373696f6e1203616263" +
        "121e0a136c6f63616c2e7368617265646b657968696e741207636f6e746578745a00",
    );
    expect(Object.keys(definition.metadata!)).toContain(
      "sha256:ae2c1ccc1820347f1fc1ee8efa465f6df161ea065452e9b0f80bdbdd3ae942fb",
    );
  });
});

describe("scratch", () => {
  it("marshals to an empty Definition", () => {
    const m = marshal(scratch());
    expect(m.bytes.length).toBe(0);
    expect(m.definition).toEqual({});
  });
});

describe("pinImageRef", () => {
  const d = `sha256:${"e".repeat(64)}`;
  it.each([
    ["alpine:3.20", d, `alpine:3.20@${d}`],
    [`alpine@sha256:${"a".repeat(64)}`, d, `alpine@sha256:${"a".repeat(64)}`],
    ["alpine", undefined, "alpine"],
    ["[::1]:5000/app:1", d, `[::1]:5000/app:1@${d}`],
  ])("%s + %s → %s", (ref, digest, want) => {
    expect(pinImageRef(ref, digest)).toBe(want);
  });
});
