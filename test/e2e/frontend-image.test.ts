// The frontend image (frontend/Dockerfile): only what the frontend runs, on Node 24; and the
// linux/amd64 + linux/arm64 index scripts/frontend-index.sh assembles in the local registry, whose
// arm64 frontend runs one build under emulation (qemu-user-static, .ci/binfmt.sh). The image runs
// node from its V8 startup snapshot, written in the image build by that image's own node.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import {
  DEBIAN_IMAGE,
  FRONTEND_IMAGE,
  REGISTRY,
  REGISTRY_SKIP_REASON,
  buildxWarnings,
  docker,
  imageExists,
  imageStore,
  imageTree,
  inspectImage,
  registryAvailable,
  removeImages,
  repo,
  requireEngine,
  runCommand,
  tempContext,
  uniqueTag,
} from "./helpers/index.ts";

const repoRoot = join(import.meta.dirname, "..", "..");
const TRIPLET = { amd64: "x86_64-linux-gnu", arm64: "aarch64-linux-gnu" } as const;
const LOADER = { amd64: "/lib64/ld-linux-x86-64.so.2", arm64: "/lib/ld-linux-aarch64.so.1" } as const;
const LIBS = ["libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "libgcc_s.so.1", "libstdc++.so.6"];

beforeAll(() => requireEngine([DEBIAN_IMAGE, FRONTEND_IMAGE]));

/** Every path outside /hier/ that the image for `arch` has: node, its loader and libraries. */
function expectedPaths(arch: "amd64" | "arm64"): string[] {
  const dirs = (p: string) => p.split("/").slice(1, -1).map((_, i, a) => `/${a.slice(0, i + 1).join("/")}`);
  const files = [LOADER[arch], ...LIBS.map((l) => `/lib/${TRIPLET[arch]}/${l}`), "/usr/local/bin/node"];
  return [...new Set([...files.flatMap(dirs), ...files])].sort();
}

/** Why the arm64 test cannot run here, or undefined when it can. */
async function arm64Skip(): Promise<string | undefined> {
  if (!registryAvailable) return REGISTRY_SKIP_REASON;
  if ((await imageStore()) === "containerd") return "the index is assembled in the registry, the same in both stores: the classic pass runs it (CI time)";
  const binfmt = "/proc/sys/fs/binfmt_misc/qemu-aarch64";
  if (process.arch !== "x64") return `the emulation test is for amd64 hosts (this is ${process.arch})`;
  if (!existsSync(binfmt) || !readFileSync(binfmt, "utf8").startsWith("enabled")) return "no qemu-aarch64 in binfmt_misc: run .ci/binfmt.sh as root";
  if (!process.env["NODE_BASE_ARM64"] && !(await imageExists("hier-local/node:24-arm64"))) return "no arm64 Node base: run .ci/node-base.sh arm64 (or set NODE_BASE_ARM64)";
  return undefined;
}

/** A blob or manifest from the local registry. */
async function registryJson(name: string, kind: "manifests" | "blobs", digest: string): Promise<any> {
  const res = await fetch(`http://${REGISTRY}/v2/${name}/${kind}/${digest}`, {
    headers: { accept: "application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json" },
  });
  expect(res.status, `${kind}/${digest}`).toBe(200);
  return res.json();
}

describe("the frontend image", () => {
  test("holds node 24, its loader and libraries and the startup snapshot, nothing else; starts from the snapshot", async () => {
    const img = await inspectImage(FRONTEND_IMAGE);
    const arch = img.Architecture as "amd64" | "arm64";
    expect(["amd64", "arm64"]).toContain(arch);
    const tree = await imageTree(FRONTEND_IMAGE);
    const outside = [...tree.keys()].filter((p) => p !== "/hier" && !p.startsWith("/hier/")).sort();
    expect(outside).toEqual(expectedPaths(arch));
    expect([...tree.keys()].filter((p) => p.startsWith("/hier/"))).toEqual(["/hier/frontend.blob"]);
    expect(tree.get("/hier/frontend.blob")?.type).toBe("file");
    expect(img.Config.Entrypoint).toEqual(["/usr/local/bin/node", "--use-openssl-ca", "--snapshot-blob", "/hier/frontend.blob"]);
    expect(img.Config.User ?? "").toBe("");
    expect(img.Config.Env ?? []).toContain("GLIBC_TUNABLES=glibc.malloc.hugetlb=1");
    const version = await docker(["run", "--rm", "--network=none", "--entrypoint", "/usr/local/bin/node", FRONTEND_IMAGE, "-p", "process.version + ' ' + process.arch"]);
    expect(version.code, version.stderr).toBe(0);
    expect(version.stdout).toMatch(new RegExp(`^v24\\.\\d+\\.\\d+ ${arch === "amd64" ? "x64" : "arm64"}\\n$`));
    // Started by hand from its snapshot, outside a build: a line that says how to use it, exit 2.
    const byHand = await docker(["run", "--rm", "--network=none", FRONTEND_IMAGE]);
    expect(byHand.code, byHand.stderr).toBe(2);
    expect(byHand.stdout).toBe("");
    expect(byHand.stderr).toMatch(/^hier: this image is a BuildKit frontend .*docker buildx build -f hier\.yaml \./);
  });

  test("an amd64 + arm64 index; its arm64 frontend builds under emulation", async (t) => {
    const skip = await arm64Skip();
    t.skip(skip !== undefined, skip);
    const ref = `${repo("frontend")}:t`;
    const name = ref.slice(REGISTRY.length + 1, ref.lastIndexOf(":"));
    const made = await runCommand(join(repoRoot, "scripts", "frontend-index.sh"), [ref], { cwd: repoRoot });
    expect(made.code, made.stderr).toBe(0);
    const out = Object.fromEntries(made.stdout.trim().split("\n").map((l) => { const [k, ...v] = l.split(" "); return [k, v]; }));
    const digests = { amd64: out["linux/amd64"]?.[0], arm64: out["linux/arm64"]?.[0] };
    expect(made.stderr).toMatch(/linux\/arm64 +[\d.]+ MB compressed/);

    const index = await registryJson(name, "manifests", out["index"]![0]!.split("@")[1]!);
    const listed = index.manifests.map((m: any) => [`${m.platform.os}/${m.platform.architecture}`, m.digest]).sort();
    expect(listed).toEqual([["linux/amd64", digests.amd64], ["linux/arm64", digests.arm64]]);
    const manifest = await registryJson(name, "manifests", digests.arm64!);
    // Published as zstd layers (scripts/frontend-index.sh's default), which the engine pulls below.
    expect(manifest.mediaType).toBe("application/vnd.oci.image.manifest.v1+json");
    expect(new Set(manifest.layers.map((l: any) => l.mediaType))).toEqual(new Set(["application/vnd.oci.image.layer.v1.tar+zstd"]));
    const config = await registryJson(name, "blobs", manifest.config.digest);
    expect(`${config.os}/${config.architecture}`).toBe("linux/arm64");
    expect(config.config.Entrypoint).toEqual(["/usr/local/bin/node", "--use-openssl-ca", "--snapshot-blob", "/hier/frontend.blob"]);

    // `# syntax=` by the arm64 manifest's digest: BuildKit runs that image whatever the host is
    // (by the index's digest it would take the host's platform). On this amd64 engine its node
    // (an aarch64 binary, per the config above) runs only through qemu-aarch64.
    const ctx = tempContext({
      "hier.yaml": `# syntax=${REGISTRY}/${name}@${digests.arm64}\nstages:\n  files:\n    from: scratch\n    copy: [{ src: hello.txt, dst: /hello.txt }]\n`,
      "hello.txt": `built by the arm64 frontend ${ref}\n`,
    });
    const tag = uniqueTag("arm64-frontend");
    const built = await buildxWarnings(["--build-arg", "HIER_DEBUG=timings", "-f", "hier.yaml", "-t", tag, "."], { cwd: ctx });
    expect(built.code, built.log).toBe(0);
    expect(built.log).toContain(`docker-image://${REGISTRY}/${name}@${digests.arm64}`);
    // The frontend's own word (frontend/gateway/timings.ts): process.arch was arm64, and the
    // arm64 node started from the snapshot its own build wrote (under qemu).
    expect(built.warnings.map((w) => w.text)).toContainEqual(expect.stringMatching(/^hier timings \(ms since process start, node v24\.\d+\.\d+ arm64, snapshot\): node \d+ · main \d+ · /));
    const files = await imageTree(tag, { withContent: 1000 });
    expect(files.get("/hello.txt")?.content?.toString()).toBe(`built by the arm64 frontend ${ref}\n`);
    await removeImages([tag]);
  });
});
