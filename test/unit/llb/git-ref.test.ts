// The git build-context grammar (llb/git-ref.ts) and the source op it becomes (llb git()).
import { describe, expect, it } from "vitest";
import { git, gitOptionCaps, parseGitRef, type GitRef } from "../../../frontend/llb/index.ts";
import { decode } from "./helpers.ts";

describe("parseGitRef", () => {
  it.each<[string, Partial<GitRef>]>([
    ["https://github.com/o/r.git", { scheme: "https", remote: "https://github.com/o/r.git", host: "github.com", path: "/o/r.git" }],
    ["https://github.com/o/r.git#v1:sub/dir", { ref: "v1", subdir: "sub/dir", remote: "https://github.com/o/r.git" }],
    ["https://github.com/o/r.git#:sub", { subdir: "sub" }],
    ["https://github.com/o/r.git?ref=main&subdir=app", { ref: "main", subdir: "app", remote: "https://github.com/o/r.git" }],
    ["https://github.com/o/r.git?tag=v2", { ref: "refs/tags/v2" }],
    ["https://github.com/o/r.git?branch=dev", { ref: "refs/heads/dev" }],
    ["https://github.com/o/r.git?checksum=abc123&keep-git-dir&submodules=false", { checksum: "abc123", keepGitDir: true, submodules: false }],
    ["https://github.com/o/r.git?commit=abc123", { checksum: "abc123" }],
    ["http://127.0.0.1:8080/r.git", { scheme: "http", host: "127.0.0.1:8080", path: "/r.git" }],
    ["git://127.0.0.1:9418/r.git#main", { scheme: "git", host: "127.0.0.1:9418", path: "/r.git", ref: "main", remote: "git://127.0.0.1:9418/r.git" }],
    ["git://host/repo", { scheme: "git", path: "/repo" }],
    ["ssh://git@host/o/r.git", { scheme: "ssh", host: "host", path: "/o/r.git", remote: "ssh://git@host/o/r.git" }],
    ["git@github.com:o/r.git#v1", { scheme: "ssh", host: "github.com", path: "o/r.git", ref: "v1", remote: "git@github.com:o/r.git" }],
    ["git@github.com:o/r.git?ref=v1", { ref: "v1", remote: "git@github.com:o/r.git" }],
    ["github.com/o/r", { scheme: "https", host: "github.com", path: "/o/r", remote: "https://github.com/o/r" }],
  ])("%s", (value, want) => {
    expect(parseGitRef(value)).toMatchObject(want);
  });

  it.each(["https://example.com/ctx.tar.gz", "http://buildkit-session/abc", "ftp://host/r.git", "./r.git", "r.git", "/srv/r.git", ""])("%s is not git", (value) => {
    expect(parseGitRef(value)).toBeUndefined();
  });

  it.each([
    ["https://h/r.git?ref=a&ref=b", 'query "ref" of https://h/r.git?ref=a&ref=b has multiple values'],
    ["https://h/r.git#v1?ref=v2", undefined],
    ["https://h/r.git?ref=v1#v2", 'ref conflicts in https://h/r.git?ref=v1#v2: "v2" vs "v1"'],
    ["https://h/r.git?tag=v1&branch=main", 'ref conflicts in https://h/r.git?tag=v1&branch=main: "refs/tags/v1" vs "refs/heads/main"'],
    ["https://h/r.git?subdir=a#:b", 'subdir conflicts in https://h/r.git?subdir=a#:b: "b" vs "a"'],
    ["https://h/r.git?ref=", 'query "ref" of https://h/r.git?ref= has no value'],
    ["https://h/r.git?keep-git-dir=maybe", 'invalid keep-git-dir value "maybe" in https://h/r.git?keep-git-dir=maybe (true or false)'],
    ["https://h/r.git#%E0%A4%A", "https://h/r.git#%E0%A4%A is not a valid URL"],
    ["https://h/r.git?depth=1", 'unexpected query "depth" in https://h/r.git?depth=1 (ref, tag, branch, subdir, checksum, keep-git-dir, submodules)'],
  ])("%s: a problem, said plainly", (value, problem) => {
    const got = parseGitRef(value);
    // A `?` after the fragment belongs to the fragment: ref "v1?ref=v2", no query.
    if (problem === undefined) expect(got).toMatchObject({ ref: "v1?ref=v2" });
    else expect(got).toEqual({ problem });
  });
});

describe("parseGitRef on hostile input", () => {
  it("answers every string (a GitRef, a problem or undefined), never throws", () => {
    const alphabet = ["https://", "git://", "ssh://", "git@", "github.com/", "h", ":", "/", ".git", "#", "?", "&", "=", "%", "%E0", "ref", "subdir", "tag", "keep-git-dir", "\u0000", " ", "@", "[", "]"];
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 3000; i++) {
      const value = Array.from({ length: 1 + next(12) }, () => alphabet[next(alphabet.length)]).join("");
      const got = parseGitRef(value);
      expect(got === undefined || typeof got === "object", value).toBe(true);
    }
  });
});

describe("git source", () => {
  const ref = (value: string): GitRef => {
    const r = parseGitRef(value);
    if (r === undefined || "problem" in r) throw new Error(`not a git ref: ${value}`);
    return r;
  };

  it("keys the repository by host and path, whatever the protocol, with ref and subdir in the fragment", () => {
    const ids = ["https://github.com/o/r.git#v1:app", "git@github.com:o/r.git#v1:app", "ssh://git@github.com/o/r.git#v1:app"].map(
      (v) => decode(git(ref(v))).result.op["source"]["identifier"],
    );
    expect(ids).toEqual(["git://github.com/o/r.git#v1:app", "git://github.com/o/r.git#v1:app", "git://github.com/o/r.git#v1:app"]);
    expect(decode(git(ref("https://github.com/o/r.git"))).result.op["source"]["identifier"]).toBe("git://github.com/o/r.git");
  });

  it("writes the full URL, the auth secret names, each option's attr, and the caps they need", () => {
    const r = ref("git@github.com:o/r.git?checksum=abc&keep-git-dir=true&submodules=false&subdir=x");
    const d = decode(git(r, { customName: "[internal] load git source" }));
    expect(d.result.op["source"]["attrs"]).toEqual({
      "git.authheadersecret": "GIT_AUTH_HEADER",
      "git.authtokensecret": "GIT_AUTH_TOKEN",
      "git.checksum": "abc",
      "git.fullurl": "git@github.com:o/r.git",
      "git.keepgitdir": "true",
      "git.mountsshsock": "default",
      "git.skipsubmodules": "true",
    });
    expect(Object.keys(d.metadata[d.result.digest].caps).sort()).toEqual(["source.git", "source.git.fullurl", ...gitOptionCaps(r)].sort());
    expect(gitOptionCaps(r).sort()).toEqual(["source.git.checksum", "source.git.keepgitdir", "source.git.mountsshsock", "source.git.skipsubmodules", "source.git.subdir"]);
    expect(gitOptionCaps(ref("https://github.com/o/r.git#main"))).toEqual([]);
  });
});
