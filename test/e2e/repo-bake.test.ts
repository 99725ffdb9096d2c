// The repository's own docker-bake.hcl: one `docker buildx bake` builds the frontend image and then
// every image of stages/ and examples/ through it (the frontend is a `target:` context of each
// target; each target compiles its stage's closure), and every image carries its tag.
import { beforeAll, afterAll, describe, expect, test } from "vitest";
import { DEBIAN_IMAGE, bake, docker, imageExists, inspectImage, removeImages, requireEngine, runImage } from "./helpers/index.ts";

const version = `e2e${process.pid}`;
const env: Record<string, string> = { VERSION: version, NAMESPACE: "hier-e2e-repo" };
let tags: string[] = [];

beforeAll(async () => {
  await requireEngine([DEBIAN_IMAGE]);
  // Offline machines give the frontend image a local Node base (see docker-bake.hcl).
  if (!process.env["NODE_BASE"] && (await imageExists("hier-local/node:24"))) env["NODE_BASE"] = "docker-image://hier-local/node:24";
  const printed = await docker(["buildx", "bake", "--print"], { env });
  expect(printed.code, printed.log).toBe(0);
  const def = JSON.parse(printed.stdout) as { target: Record<string, { tags?: string[] }> };
  tags = Object.values(def.target).flatMap((t) => t.tags ?? []).filter((t) => t.startsWith("hier-e2e-repo/"));
});
afterAll(() => removeImages(tags));

describe("docker buildx bake (the repository's default group)", () => {
  test("builds the frontend, the stages/ family and the examples, tagged NAMESPACE/NAME-STAGE:VERSION", async () => {
    expect(tags).toContain(`hier-e2e-repo/hier-frontend:${version}`);
    expect(tags).toContain(`hier-e2e-repo/base-runtime-python:${version}`);
    expect(tags).toContain(`hier-e2e-repo/todobackend-release:${version}`);
    expect(tags).toContain(`hier-e2e-repo/node-service-release:${version}`);
    const res = await bake([], { env });
    expect(res.code, res.log).toBe(0);
    for (const t of tags) expect((await inspectImage(t)).RepoTags, t).toContain(t);
    // A child is its parent plus its own layers: the parent's steps, shared by both targets, ran once.
    const [root, runtime] = [await inspectImage(`hier-e2e-repo/base-root:${version}`), await inspectImage(`hier-e2e-repo/base-runtime-python:${version}`)];
    expect(runtime.RootFS.Layers?.slice(0, root.RootFS.Layers?.length)).toEqual(root.RootFS.Layers);
    const py = await runImage(`hier-e2e-repo/base-runtime-python:${version}`, ["python3", "-c", "print(6*7)"]);
    expect(py.stdout.trim()).toBe("42");
  });
});
