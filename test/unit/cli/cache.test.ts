/**
 * `hier cache ls|export|seed`: ls compiles offline and lists the cache ids; export and seed run
 * `docker buildx build` — here a fake `docker` on PATH that records its arguments and plays a
 * frontend (writing a tree, or the image's files, to `--output type=local,dest=…`).
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../../frontend/cli/index.ts";
import { dirForId, formatManifest } from "../../../frontend/caches/tree.ts";

const root = join(import.meta.dirname, "../../..");

function run(argv: string[], cwd = root) {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: { write: (s: string | Uint8Array) => (stdout += String(s)) },
    stderr: { write: (s: string | Uint8Array) => (stderr += String(s)) },
    cwd,
  };
  return main(argv, io).then((code) => ({ code, stdout, stderr }));
}

const custom = `# syntax=org/hier-frontend
caches:
  ccache: { target: /ccache, uid: 1000 }
  gomod: { preset: go }
stages:
  base: { from: context:rootfs, role: base, packages: { manager: apk, names: [curl] } }
  app:
    from: base
    role: build
    run:
      - sh: make
        mounts: [{ cache: ccache }, { cache: gomod }]
  plain: { from: scratch, role: runtime, copy: [{ from: app, src: /x, dst: /x }] }
`;

let dir: string;
let bin: string;
let log: string;
const savedPath = process.env["PATH"];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "hier-cache-cli-"));
  bin = join(dir, "bin");
  log = join(dir, "argv.log");
  mkdirSync(bin);
  // The fake docker: records argv (one per line), writes a tree to a local dest unless
  // FAKE_NO_TREE is set, says something on both streams, exits FAKE_STATUS.
  writeFileSync(
    join(bin, "docker"),
    `#!/bin/sh
printf '%s\\n' "$@" > "${log}"
echo "fake buildx out"
echo "#1 fake progress" >&2
for a in "$@"; do case "$a" in type=local,dest=*) dest="\${a#type=local,dest=}" ;; esac; done
if [ -n "$dest" ]; then
  mkdir -p "$dest"
  if [ -z "$FAKE_NO_TREE" ]; then cp "${join(dir, "manifest.json")}" "$dest/hier-caches.json"; else echo image > "$dest/etc-passwd"; fi
fi
exit \${FAKE_STATUS:-0}
`,
  );
  chmodSync(join(bin, "docker"), 0o755);
  const id = "hier/apt/archives/debian-bookworm/linux-amd64";
  const entry = { name: "apt", id, preset: "apt", path: "/var/cache/apt", sharing: "locked", dir: dirForId(id), stages: ["root"], bytes: 3 * 1024 * 1024 };
  writeFileSync(join(dir, "manifest.json"), formatManifest({ format: "hier-caches/v1", target: "root", platform: "linux/amd64", caches: [entry] }));
  writeFileSync(join(dir, "custom.yaml"), custom);
  mkdirSync(join(dir, "tree"));
  writeFileSync(join(dir, "tree", "hier-caches.json"), readFileSync(join(dir, "manifest.json")));
  mkdirSync(join(dir, "notree"));
  mkdirSync(join(dir, "badtree"));
  writeFileSync(join(dir, "badtree", "hier-caches.json"), '{"format":"other"}');
  process.env["PATH"] = `${bin}:${savedPath ?? ""}`;
});

afterAll(() => {
  process.env["PATH"] = savedPath;
  delete process.env["FAKE_STATUS"];
  delete process.env["FAKE_NO_TREE"];
});

const argvRun = (): string[] => readFileSync(log, "utf8").trimEnd().split("\n");

describe("hier cache ls", () => {
  it("lists the stages/ family's apt ids with the stages that mount them", async () => {
    const r = await run(["cache", "ls", "stages/hier.yaml", "--target", "build-python", "--platform", "linux/amd64"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "target build-python, linux/amd64: 2 cache ids\n" +
        "CACHE  PRESET  PATH                SHARING  ID                                             STAGES\n" +
        "apt    apt     /var/cache/apt      shared   hier/apt/archives/debian-bookworm/linux-amd64  root, build, build-python\n" +
        "apt    apt     /var/lib/apt/lists  shared   hier/apt/lists/debian-bookworm/linux-amd64     root, build, build-python\n",
    );
  });

  it("--format json gives manifest entries (less the size) for the todobackend example", async () => {
    const r = await run(["cache", "ls", "examples/todobackend/hier.yaml", "--format", "json", "--platform", "linux/arm64"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { target: string; platform: string; caches: { name: string; id: string; dir: string; stages: string[] }[] };
    expect(out.target).toBe("release");
    expect(out.platform).toBe("linux/arm64");
    expect(out.caches.map((c) => [c.name, c.id, c.stages])).toEqual([
      ["apt", "hier/apt/archives/debian-bookworm/linux-arm64", ["base", "builder"]],
      ["apt", "hier/apt/lists/debian-bookworm/linux-arm64", ["base", "builder"]],
      ["pip", "hier/pip/cache/debian-bookworm/linux-arm64", ["builder", "release"]],
    ]);
    expect(out.caches[2]).toMatchObject({ preset: "pip", path: "/root/.cache/pip", sharing: "shared", dir: "hier%2Fpip%2Fcache%2Fdebian-bookworm%2Flinux-arm64" });
  });

  it("names implicit and custom caches, owner suffixes, and works for a named-context root offline", async () => {
    const r = await run(["cache", "ls", "custom.yaml", "--target", "app", "--platform", "linux/arm64", "--format", "json"], dir);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as { caches: { name: string; preset: string; id: string; path: string; stages: string[] }[] };
    expect(out.caches.map((c) => [c.name, c.preset, c.id, c.path, c.stages.join()])).toEqual([
      ["apk", "apk", "hier/apk/cache/context-rootfs/linux-arm64", "/var/cache/apk", "base"],
      ["ccache", "custom", "hier/custom-ccache/cache/context-rootfs/linux-arm64/uid1000", "/ccache", "app"],
      ["gomod", "go", "hier/go/build/context-rootfs/linux-arm64", "/root/.cache/go-build", "app"],
      ["gomod", "go", "hier/go/mod/context-rootfs/linux-arm64", "/go/pkg/mod", "app"],
    ]);
  });

  it("says so for a target whose stages mount no cache", async () => {
    const r = await run(["cache", "ls", "custom.yaml", "--target", "plain", "--platform", "linux/amd64"], dir);
    // plain copies from app, which mounts caches: the caches of every stage built count.
    expect(r.stdout).toContain("target plain, linux/amd64: 4 cache ids");
    const s = await run(["cache", "ls", "-", "--target", "x"], dir);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain("not -");
  });

  it("reports an unknown target at its flag and a bad format", async () => {
    const r = await run(["cache", "ls", "stages/hier.yaml", "--target", "nope"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("nope");
    const f = await run(["cache", "ls", "stages/hier.yaml", "--format", "yaml"]);
    expect(f.code).toBe(2);
    expect(f.stderr).toBe("hier: unknown format `yaml` (text or json)\n");
    const u = await run(["cache", "frob"]);
    expect(u.code).toBe(2);
    expect(u.stderr).toContain("unknown subcommand `cache frob` (ls, export or seed)");
  });
});

describe("hier cache export", () => {
  it("runs buildx with the export arg and a local output, prints the command and the sizes", async () => {
    const r = await run(["cache", "export", "custom.yaml", "out dir", "--target", "app", "--build-arg", "A=1", "--", "--progress", "plain"], dir);
    expect(r.code).toBe(0);
    const expected = ["buildx", "build", "-f", "custom.yaml", "--target", "app", "--build-arg", "A=1", "--build-arg", "HIER_CACHES=export", "--output", "type=local,dest=out dir", "--progress", "plain", "."];
    expect(argvRun()).toEqual(expected);
    expect(r.stderr.split("\n")[0]).toBe("+ docker buildx build -f custom.yaml --target app --build-arg A=1 --build-arg HIER_CACHES=export --output 'type=local,dest=out dir' --progress plain .");
    expect(r.stdout).toBe("fake buildx out\n");
    expect(r.stderr).toContain("#1 fake progress\n");
    expect(r.stderr).toContain("hier: exported 1 cache of root (3.0 MiB) to out dir\n     3.0 MiB  hier/apt/archives/debian-bookworm/linux-amd64\n");
  });

  it("--to pushes an image, --seed adds the seed context; --dry-run only prints", async () => {
    const r = await run(["cache", "export", "custom.yaml", "--to", "127.0.0.1:5000/c:1", "--seed", "docker-image://127.0.0.1:5000/c:0", "--dry-run"], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "docker buildx build -f custom.yaml --build-arg HIER_CACHES=export --build-context hier-caches=docker-image://127.0.0.1:5000/c:0 --output type=image,name=127.0.0.1:5000/c:1,push=true .\n",
    );
  });

  it("fails with the child's status, and when the frontend wrote no tree", async () => {
    process.env["FAKE_STATUS"] = "3";
    const r = await run(["cache", "export", "custom.yaml", "out3"], dir);
    delete process.env["FAKE_STATUS"];
    expect(r.code).toBe(3);
    process.env["FAKE_NO_TREE"] = "1";
    const n = await run(["cache", "export", "custom.yaml", "out4"], dir);
    delete process.env["FAKE_NO_TREE"];
    expect(n.code).toBe(1);
    expect(n.stderr).toContain("hier: out4: hier-caches.json is missing: the frontend did not export caches");
  });

  it("notes a target without caches, and wants exactly one destination", async () => {
    const r = await run(["cache", "export", "stages/hier.yaml", "x", "--target", "root", "--dry-run"]);
    expect(r.stderr).toBe("");
    const two = await run(["cache", "export", "custom.yaml", "d", "--to", "r"], dir);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain("give exactly one of DIR, --to REF or --output SPEC");
    const none = `# syntax=org/hier-frontend\nstages:\n  a: { from: scratch, role: base }\n`;
    writeFileSync(join(dir, "none.yaml"), none);
    const n = await run(["cache", "export", "none.yaml", "d", "--dry-run"], dir);
    expect(n.code).toBe(0);
    expect(n.stderr).toBe("hier: note: target a mounts no cache: the exported tree will be empty\n");
  });

  it("says docker is missing instead of a stack trace", async () => {
    process.env["PATH"] = join(dir, "empty");
    const r = await run(["cache", "export", "custom.yaml", "d"], dir);
    process.env["PATH"] = `${bin}:${savedPath ?? ""}`;
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("hier: `docker` is not installed or not on PATH");
  });
});

describe("hier cache seed", () => {
  it("builds with the tree as the hier-caches context", async () => {
    const r = await run(["cache", "seed", "custom.yaml", "tree", "--platform", "linux/arm64", "--", "--load"], dir);
    expect(r.code).toBe(0);
    expect(argvRun()).toEqual(["buildx", "build", "-f", "custom.yaml", "--platform", "linux/arm64", "--build-context", "hier-caches=tree", "--load", "."]);
    const img = await run(["cache", "seed", "custom.yaml", "oci-layout://./l:caches", "--dry-run", "--context", "ctx"], dir);
    expect(img.stdout).toBe("docker buildx build -f custom.yaml --build-context hier-caches=oci-layout://./l:caches ctx\n");
  });

  it("refuses a source that is not a tree, before running anything", async () => {
    const cases: [string, string][] = [
      ["missing", "seed source `missing` is not a directory (an image is docker-image://REF, an OCI layout oci-layout://DIR[:TAG][@DIGEST])"],
      ["notree", "seed source `notree` holds no hier-caches.json: it is not a tree `hier cache export` wrote"],
      ["badtree", 'seed source `badtree`: hier-caches.json has format "other", expected "hier-caches/v1"'],
      ["https://x/y", "seed source `https://x/y`: use a directory, docker-image://REF or oci-layout://DIR[:TAG][@DIGEST]"],
    ];
    for (const [source, message] of cases) {
      const r = await run(["cache", "seed", "custom.yaml", source], dir);
      expect(r.stderr).toBe(`hier: ${message}\n`);
      expect(r.code).toBe(2);
    }
  });
});
