import { describe, expect, test } from "vitest";
import { SourceFile } from "../../../frontend/diagnostics/index.ts";
import { formatLock, parseLock } from "../../../frontend/lock/format.ts";

const A = `sha256:${"a".repeat(64)}`;
const B = `sha256:${"b".repeat(64)}`;

const lines = (text: string) => {
  const file = new SourceFile("hier.lock", text);
  const { lock, diagnostics } = parseLock(file);
  return { lock, found: diagnostics.map((d) => `${file.position(d.range.start).line} ${d.code} ${d.message}`) };
};

describe("hier.lock format", () => {
  test("writes sorted keys and reads back what it wrote", () => {
    const text = formatLock({
      "debian:bookworm-slim": { digest: A, platforms: { "linux/arm64": B, "linux/amd64": A } },
      "127.0.0.1:5000/acme/base:1": { digest: B, platforms: {} },
    });
    expect(text).toMatch(/^# hier\.lock: written by `hier lock`/);
    expect(text.split("\n").slice(2).join("\n")).toBe(
      `version: 1\nimages:\n  127.0.0.1:5000/acme/base:1:\n    digest: ${B}\n  debian:bookworm-slim:\n    digest: ${A}\n    platforms:\n      linux/amd64: ${A}\n      linux/arm64: ${B}\n`,
    );
    const { lock, found } = lines(text);
    expect(found).toEqual([]);
    expect(lock?.images.get("debian:bookworm-slim")).toMatchObject({ digest: A, platforms: { "linux/amd64": A, "linux/arm64": B } });
    expect(lock?.images.get("127.0.0.1:5000/acme/base:1")?.digest).toBe(B);
    expect(lines(formatLock({})).found).toEqual([]);
  });

  test("a lock that is not valid is an InvalidLock error at its line", () => {
    expect(lines("version: 1\nimages:\n  debian: x: y\n").found[0]).toMatch(/^3 InvalidLock hier\.lock is not valid YAML/);
    expect(lines("version: 2\nimages: {}\n").found).toEqual(["1 InvalidLock hier.lock is version 2; this hier reads version 1"]);
    expect(lines("images: {}\n").found).toEqual(["1 InvalidLock hier.lock has no `version`"]);
    expect(lines(`version: 1\nimages:\n  debian:\n    digest: ${A}\n    digets: x\n`).found).toEqual(["5 InvalidLock unknown key `digets` in the entry for debian"]);
    expect(lines(`version: 1\nimages:\n  debian:\n    digest: sha256:abc\n`).found).toEqual([
      "4 InvalidLock the digest of debian is not a digest: a sha256 digest is 64 lower-case hex digits",
    ]);
    expect(lines(`version: 1\nimages:\n  Debian:\n    digest: ${A}\n`).found).toEqual(["3 InvalidLock `Debian` is not an image reference: repository names must be lowercase"]);
    expect(lines(`version: 1\nimages:\n  debian:\n    platforms: { linux/amd64: ${A} }\n`).found).toEqual(["3 InvalidLock the entry for debian has no `digest`"]);
    expect(lines(`version: 1\nimages:\n  debian:\n    digest: ${A}\n    platforms: { linux/z80: ${A} }\n`).found[0]).toMatch(/^5 InvalidLock `linux\/z80` in the platforms of debian is not a platform/);
    expect(lines(`version: 1\nimages:\n  debian: ${A}\n`).found).toEqual(["3 InvalidLock the entry for debian must be a mapping with `digest` (and optionally `platforms`)"]);
    expect(lines(`version: 1\nimages:\n  debian:\n    digest: ${A}\n  debian:\n    digest: ${B}\n`).found).toEqual(["5 InvalidLock debian is written twice in `images`"]);
    expect(lines(`version: 1\nversion: 1\nimages: {}\n`).found).toEqual(["2 InvalidLock `version` is written twice in hier.lock"]);
    expect(lines("- a\n").found).toEqual(["1 InvalidLock hier.lock must be a mapping with `version` and `images`"]);
    expect(lines(`version: 1\nimages: {}\n${"#".repeat(1 << 20)}\n`).found[0]).toMatch(/^1 InvalidLock hier\.lock is over \d+ bytes/);
    expect(lines("").found).toEqual(["1 InvalidLock hier.lock must be a mapping with `version` and `images`"]);
  });
});
