// `hier outdated`: moved bases from the lock, stale published images from their base labels, the
// minimal rebuild set (the stages on a moved base and everything downstream), its bake group,
// exit codes, and what it says when a registry cannot be reached. The registry is a fake here;
// test/e2e/publish.test.ts runs it against a real one.
import { describe, expect, it } from "vitest";
import { CliError } from "../../../frontend/cli/io.ts";
import { runOutdatedWith } from "../../../frontend/cli/outdated.ts";
import { formatLock } from "../../../frontend/lock/format.ts";
import { RegistryError, imagetoolsRegistry, type Registry } from "../../../frontend/outdated/registry.ts";

const d = (c: string): string => `sha256:${c.repeat(64)}`;
const yaml = `# syntax=org/hier-frontend
name: fam
namespace: reg.example/acme
version: "1.0"
stages:
  core:
    role: base
    from: reg.example/os:1
  tools:
    role: build
    from: reg.example/other:2
  app:
    role: runtime
    from: core
    copy: [{ from: tools, src: /x, dst: /x }]
  lone:
    role: runtime
    from: reg.example/other:2
`;

function fake(digests: Record<string, string>, labels: Record<string, Record<string, string>> = {}): Registry & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async digest(ref) {
      asked.push(ref);
      if (ref.startsWith("down.example")) throw new RegistryError("unreachable", ref, "down.example", "dial tcp: connection refused");
      const v = digests[ref];
      if (!v) throw new RegistryError("missing", ref, "reg.example", `${ref}: not found`);
      return v;
    },
    async labels(ref) {
      const v = labels[ref];
      if (!v) throw new RegistryError("missing", ref, "reg.example", `${ref}: not found`);
      return v;
    },
  };
}

/** A file's text in `run`'s files that makes reading it fail with EACCES. */
const DENIED = "\0denied";

async function run(argv: string[], files: Record<string, string>, registry: Registry) {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: { write: (s: string | Uint8Array) => (stdout += String(s)) },
    stderr: { write: (s: string | Uint8Array) => (stderr += String(s)) },
    readFile: async (p: string) =>
      files[p] === DENIED ? Promise.reject(Object.assign(new Error("EACCES"), { code: "EACCES" }))
      : (files[p] ?? Promise.reject(Object.assign(new Error("ENOENT"), { code: "ENOENT" }))),
    cwd: "/repo",
  };
  try {
    const code = await runOutdatedWith(argv, io, registry);
    return { code, stdout, stderr };
  } catch (e) {
    // What main() does with a CliError.
    if (!(e instanceof CliError)) throw e;
    return { code: e.exitCode, stdout, stderr: stderr + `hier: ${e.message}\n` };
  }
}

const lock = formatLock({ "reg.example/os:1": { digest: d("a"), platforms: {} }, "reg.example/other:2": { digest: d("b"), platforms: {} } });
const files = { "f/hier.yaml": yaml, "f/hier.lock": lock };

describe("hier outdated FILE (from hier.lock)", () => {
  it("names the moved base, the stages on it and downstream, and only their targets; exit 1", async () => {
    const r = await run(["f/hier.yaml"], files, fake({ "reg.example/os:1": d("c"), "reg.example/other:2": d("b") }));
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(`moved: reg.example/os:1 (f/hier.yaml:8) ${d("a")} → ${d("c")}\nstages: core app\nrebuild: core app\n`);
    expect(r.code).toBe(1);
    const json = JSON.parse((await run(["f/hier.yaml", "--format", "json", "--prefix", "fam-"], files, fake({ "reg.example/os:1": d("c"), "reg.example/other:2": d("b") }))).stdout);
    expect(json).toMatchObject({ moved: [{ ref: "reg.example/os:1", line: 8, locked: d("a"), current: d("c") }], stages: ["core", "app"], targets: ["fam-core", "fam-app"], unlocked: [] });
  });

  it("a base used by a copy moves its copier and everything after it", async () => {
    const r = await run(["f/hier.yaml", "--format", "json"], files, fake({ "reg.example/os:1": d("a"), "reg.example/other:2": d("e") }));
    expect(JSON.parse(r.stdout).stages).toEqual(["tools", "app", "lone"]);
  });

  it("writes the rebuild set as bake groups for `-f docker-bake.hcl -f outdated.hcl`", async () => {
    const r = await run(["f/hier.yaml", "--format", "bake"], files, fake({ "reg.example/os:1": d("c"), "reg.example/other:2": d("b") }));
    expect(r.stdout).toContain('group "outdated" {\n  targets = ["core", "app"]\n}\n');
    expect(r.stdout).toContain('group "outdated-verify" {\n  targets = ["_verify_core", "_verify_app"]\n}\n');
    expect(r.stdout).toContain('group "outdated-publish" {\n  targets = ["_publish_core", "_publish_app"]\n}\n');
  });

  it("nothing moved: says so, exit 0, each reference resolved once", async () => {
    const reg = fake({ "reg.example/os:1": d("a"), "reg.example/other:2": d("b") });
    const r = await run(["f/hier.yaml"], files, reg);
    expect(r).toEqual({ code: 0, stdout: "f/hier.yaml: nothing outdated\n", stderr: "" });
    expect(reg.asked.sort()).toEqual(["reg.example/os:1", "reg.example/other:2"]);
  });

  it("a reference the lock lacks is listed as not locked, not resolved", async () => {
    const partial = formatLock({ "reg.example/os:1": { digest: d("a"), platforms: {} } });
    const reg = fake({ "reg.example/os:1": d("a") });
    const r = await run(["f/hier.yaml"], { ...files, "f/hier.lock": partial }, reg);
    expect(r.stdout).toBe("not locked: reg.example/other:2 (run `hier lock f/hier.yaml`)\nf/hier.yaml: nothing outdated\n");
    expect(reg.asked).toEqual(["reg.example/os:1"]);
  });

  it("no lock, an invalid lock, bad flags: exit 2 with one clear message", async () => {
    const none = await run(["f/hier.yaml"], { "f/hier.yaml": yaml }, fake({}));
    expect(none).toEqual({ code: 2, stdout: "", stderr: "hier: no hier.lock beside f/hier.yaml: run `hier lock f/hier.yaml` first (or check the published images with --published)\n" });
    // One that exists but cannot be read says why, not "run hier lock" (which would not help).
    const denied = await run(["f/hier.yaml"], { "f/hier.yaml": yaml, "f/hier.lock": DENIED }, fake({}));
    expect(denied).toEqual({ code: 2, stdout: "", stderr: "hier: cannot read f/hier.lock: permission denied\n" });
    const bad = await run(["f/hier.yaml"], { "f/hier.yaml": yaml, "f/hier.lock": "version: 1\nimages:\n  a:b: 3\n" }, fake({}));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^f\/hier\.lock:3:\d+: error/);
    expect((await run(["f/hier.yaml", "--format", "xml"], files, fake({}))).stderr).toBe("hier: unknown --format `xml`: text, json or bake\n");
    expect((await run(["f/hier.yaml", "--version", "2"], files, fake({}))).stderr).toBe("hier: --namespace and --version go with --published\n");
  });

  it("a registry that cannot be reached: one line naming it and what to do, exit 3", async () => {
    const down = yaml.replace("reg.example/os:1", "down.example/os:1");
    const l = formatLock({ "down.example/os:1": { digest: d("a"), platforms: {} } });
    const r = await run(["f/hier.yaml"], { "f/hier.yaml": down, "f/hier.lock": l }, fake({ "reg.example/other:2": d("b") }));
    expect(r).toEqual({
      code: 3,
      stdout: "",
      stderr: "hier: cannot reach registry down.example for down.example/os:1 (dial tcp: connection refused): check that down.example is up and reachable, or `docker login down.example`\n",
    });
  });
});

describe("hier outdated FILE --published", () => {
  const label = (digest: string) => ({ "org.opencontainers.image.base.name": "reg.example/os:1", "org.opencontainers.image.base.digest": digest });
  const other = (digest: string) => ({ "org.opencontainers.image.base.name": "reg.example/other:2", "org.opencontainers.image.base.digest": digest });

  it("names the images built on a digest their base no longer has, and their downstream stages", async () => {
    const reg = fake(
      { "reg.example/os:1": d("c"), "reg.example/other:2": d("b") },
      { "ns/fam-core:2": label(d("a")), "ns/fam-app:2": label(d("a")), "ns/fam-tools:2": other(d("b")), "ns/fam-lone:2": other(d("b")) },
    );
    const r = await run(["f/hier.yaml", "--published", "--namespace", "ns", "--version", "2"], files, reg);
    expect(r.stdout).toBe(
      `moved: reg.example/os:1 (f/hier.yaml:8) ${d("a")} → ${d("c")}\nimage: ns/fam-core:2 built on reg.example/os:1@${d("a")}\nimage: ns/fam-app:2 built on reg.example/os:1@${d("a")}\nstages: core app\nrebuild: core app\n`,
    );
    expect(r.code).toBe(1);
  });

  it("an image not published is outdated too; the tags follow the file's namespace and version", async () => {
    const reg = fake({ "reg.example/os:1": d("a"), "reg.example/other:2": d("b") }, { "reg.example/acme/fam-core:1.0": label(d("a")), "reg.example/acme/fam-app:1.0": label(d("a")), "reg.example/acme/fam-tools:1.0": other(d("b")) });
    const r = await run(["f/hier.yaml", "--published", "--format", "json"], files, reg);
    expect(JSON.parse(r.stdout)).toMatchObject({ moved: [], images: [{ stage: "lone", image: "reg.example/acme/fam-lone:1.0", reason: "missing" }], stages: ["lone"] });
    expect(r.code).toBe(1);
  });
});

describe("imagetoolsRegistry", () => {
  const with_ = (out: string | Error) => imagetoolsRegistry(async () => (typeof out === "string" ? out : Promise.reject(out)));
  it("reads the top-level digest, and labels of a single image or an index's first platform", async () => {
    expect(await with_(JSON.stringify({ manifest: { mediaType: "x", digest: d("f"), size: 1 } })).digest("r")).toBe(d("f"));
    expect(await with_(JSON.stringify({ rootfs: {}, config: { Labels: { a: "1" } } })).labels("r")).toEqual({ a: "1" });
    expect(await with_(JSON.stringify({ "linux/amd64": { rootfs: {}, config: { Labels: { b: "2" } } } })).labels("r")).toEqual({ b: "2" });
  });
  it("tells a missing image from a registry it cannot reach", async () => {
    await expect(with_(new Error("docker exited with 1: ERROR: 127.0.0.1:5000/nope:1: not found")).digest("127.0.0.1:5000/nope:1")).rejects.toMatchObject({ kind: "missing", host: "127.0.0.1:5000" });
    await expect(with_(new Error('docker exited with 1: ERROR: failed to do request: Head "http://127.0.0.1:5001/v2/x/manifests/1": dial tcp 127.0.0.1:5001: connect: connection refused')).digest("127.0.0.1:5001/x:1")).rejects.toMatchObject({ kind: "unreachable", host: "127.0.0.1:5001" });
    await expect(with_(new Error("x")).digest("debian:bookworm-slim")).rejects.toMatchObject({ host: "docker.io" });
  });
});
