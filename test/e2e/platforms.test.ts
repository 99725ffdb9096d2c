// Several platforms in one build: the frontend returns one ref per platform with its own image
// config and the `refs.platforms` map, and the exporter writes an image index. Only the
// containerd image store can export an index with the docker driver; the classic pass checks
// that one platform still gives a plain image.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, test } from "vitest";
import { DEBIAN_IMAGE, FRONTEND_IMAGE, buildx, imageStore, inspectImage, removeImages, requireEngine, tempContext, uniqueTag } from "./helpers/index.ts";

const yaml = `# syntax=org/hier-frontend
stages:
  files:
    from: scratch
    copy: [{ src: hello.txt, dst: /hello.txt }]
`;

beforeAll(() => requireEngine([DEBIAN_IMAGE, FRONTEND_IMAGE]));

describe("platforms", () => {
  test("--platform with two platforms gives an index with one manifest and config per platform", async (t) => {
    t.skip((await imageStore()) !== "containerd", "the classic image store cannot export an image index; the containerd pass runs this");
    const ctx = tempContext({ "hier.yaml": yaml, "hello.txt": "hi\n" });
    const out = join(ctx, "oci");
    mkdirSync(out);
    const res = await buildx(["-f", "hier.yaml", "--platform", "linux/amd64,linux/386", "--output", `type=oci,dest=${join(ctx, "index.tar")}`, "."], { cwd: ctx });
    expect(res.code, res.log).toBe(0);
    execFileSync("tar", ["-xf", join(ctx, "index.tar"), "-C", out]);
    const blob = (digest: string) => JSON.parse(readFileSync(join(out, "blobs", ...digest.split(":")), "utf8"));
    const top = JSON.parse(readFileSync(join(out, "index.json"), "utf8"));
    const index = blob(top.manifests[0].digest);
    const platforms = index.manifests.map((m: { platform: { os: string; architecture: string } }) => `${m.platform.os}/${m.platform.architecture}`).sort();
    expect(platforms).toEqual(["linux/386", "linux/amd64"]);
    for (const m of index.manifests) {
      const config = blob(blob(m.digest).config.digest);
      expect(`${config.os}/${config.architecture}`).toBe(`${m.platform.os}/${m.platform.architecture}`);
      expect(config.config.Labels["org.opencontainers.image.title"]).toBe("files");
    }
  });

  test("one non-native platform gives a plain image for that platform", async () => {
    const ctx = tempContext({ "hier.yaml": yaml, "hello.txt": "hi\n" });
    const tag = uniqueTag("platform-386");
    const res = await buildx(["-f", "hier.yaml", "--platform", "linux/386", "-t", tag, "."], { cwd: ctx });
    expect(res.code, res.log).toBe(0);
    const img = await inspectImage(tag);
    expect(`${img.Os}/${img.Architecture}`).toBe("linux/386");
    await removeImages([tag]);
  });
});
