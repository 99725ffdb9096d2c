// Smoke test of the e2e helpers themselves, with a plain Dockerfile (the builtin frontend) on the
// local debian:bookworm-slim image: if this fails, the hier e2e tests cannot be trusted either.
import { spawn } from "node:child_process";
import { PassThrough } from "node:stream";
import * as tar from "tar-stream";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  DEBIAN_IMAGE,
  archiveTree,
  bake,
  buildx,
  countSteps,
  imageFiles,
  imageTree,
  inspectImage,
  mustSucceed,
  removeImages,
  requireEngine,
  runImage,
  tempContext,
  uniqueTag,
} from "./helpers/index.ts";

// BuildKit's cache outlives a test run: a value unique to this run makes the first build run.
const runId = `${Date.now()}-${process.pid}`;
const dockerfile = `FROM ${DEBIAN_IMAGE}
ENV HARNESS_RUN=${runId}
RUN echo made > /made.txt && touch /gone.txt && mkdir -p /opt/d && touch /opt/d/old
RUN rm /gone.txt /etc/issue && rm -rf /opt/d && mkdir /opt/d && touch /opt/d/new
COPY --chmod=0755 hello.sh /usr/local/bin/hello
CMD ["hello"]
`;
const helloScript = "#!/bin/sh\ncat /made.txt\necho hello from the context\n";

const tag = uniqueTag("harness");
const tags = [tag];

beforeAll(() => requireEngine([DEBIAN_IMAGE]));
afterAll(() => removeImages(tags));

describe("e2e helpers against the real dockerd", () => {
  const ctx = tempContext({ Dockerfile: dockerfile, "hello.sh": helloScript });

  test("buildx builds; the second build is fully cached", async () => {
    const first = mustSucceed(await buildx(["-t", tag, "."], { cwd: ctx }));
    expect(first.steps.ran).toEqual([
      "[2/4] RUN echo made > /made.txt && touch /gone.txt && mkdir -p /opt/d && touch /opt/d/old",
      "[3/4] RUN rm /gone.txt /etc/issue && rm -rf /opt/d && mkdir /opt/d && touch /opt/d/new",
      "[4/4] COPY --chmod=0755 hello.sh /usr/local/bin/hello",
    ]);
    expect(first.steps.fullyCached).toBe(false);

    const second = mustSucceed(await buildx(["-t", tag, "."], { cwd: ctx }));
    expect(second.steps.fullyCached).toBe(true);
    expect(second.steps.cached).toHaveLength(3);
    expect(second.steps.ran).toEqual([]);
    // The FROM source and the [internal] vertices are there but are not build steps.
    expect(second.steps.all.some((s) => s.instruction.startsWith("FROM "))).toBe(true);
    expect(second.steps.all.some((s) => s.name === "[internal] load build context")).toBe(true);
  });

  test("runImage prints the expected text and returns exit codes", async () => {
    const run = mustSucceed(await runImage(tag));
    expect(run.stdout).toBe("made\nhello from the context\n");
    expect((await runImage(tag, ["sh", "-c", "echo out; echo err >&2; exit 7"])).code).toBe(7);
    expect((await runImage(tag, ["-c", "id -u"], { entrypoint: "sh", user: "1234" })).stdout).toBe("1234\n");
  });

  test("inspectImage returns the image config", async () => {
    const image = await inspectImage(tag);
    expect(image.RepoTags).toContain(tag);
    expect(image.Config.Cmd).toEqual(["hello"]);
    expect(image.Config.Env).toContain("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    expect(image.RootFS.Layers?.length).toBe(4);
    await expect(inspectImage(uniqueTag("missing"))).rejects.toThrow(/No such image/);
  });

  test("imageFiles applies the layers and their whiteouts", async () => {
    const files = await imageFiles(tag);
    expect(files).toContain("/made.txt");
    expect(files).toContain("/usr/local/bin/hello");
    expect(files).toContain("/etc/debian_version"); // from the base layer
    expect(files).toContain("/opt/d/new");
    expect(files).not.toContain("/gone.txt"); // created and deleted in a lower layer
    expect(files).not.toContain("/etc/issue"); // deleted from the base layer
    expect(files).not.toContain("/opt/d/old"); // its directory was replaced
    expect([...files].some((p) => p.includes(".wh."))).toBe(false);

    const tree = await imageTree(tag, { withContent: 1024 });
    expect(tree.get("/usr/local/bin/hello")).toMatchObject({ type: "file", mode: 0o755, uid: 0 });
    expect(tree.get("/made.txt")?.content?.toString()).toBe("made\n");
    expect(tree.get("/opt/d")?.type).toBe("directory");
    await expect(imageFiles(uniqueTag("missing"))).rejects.toThrow(/docker save/);
  });

  test("archiveTree reads an OCI layout without manifest.json (the containerd store's save)", async () => {
    // docker save with the classic store writes both manifest.json and an OCI index.json: drop
    // manifest.json so that only the OCI path can find the layers.
    const oci = await withoutEntry(tag, "manifest.json");
    expect(new Set((await archiveTree(oci)).keys())).toEqual(await imageFiles(tag));
  });

  test("countSteps reports the failing step and the error", async () => {
    const failing = tempContext({ Dockerfile: `FROM ${DEBIAN_IMAGE}\nRUN echo about to fail && exit 3\n` });
    const result = await buildx(["--no-cache", "."], { cwd: failing });
    expect(result.code).not.toBe(0);
    expect(result.steps.failed).toEqual(["[2/2] RUN echo about to fail && exit 3"]);
    const step = result.steps.all.find((s) => s.status === "ERROR");
    expect(step?.error).toMatch(/exit code: 3/);
    expect(step?.output.some((line) => line.endsWith("about to fail"))).toBe(true);
    expect(result.steps.failure).toMatch(/failed to solve: .*exit code: 3/);
    expect(() => mustSucceed(result)).toThrow(/exited with 1:[^]*exit code: 3/);
  });

  test("only the step whose input changed re-runs", async () => {
    const changed = tempContext({ Dockerfile: dockerfile, "hello.sh": `${helloScript}echo changed\n` });
    const changedTag = uniqueTag("harness-changed");
    tags.push(changedTag);
    const result = mustSucceed(await buildx(["-t", changedTag, "."], { cwd: changed }));
    expect(result.steps.cached).toHaveLength(2);
    expect(result.steps.ran).toEqual(["[4/4] COPY --chmod=0755 hello.sh /usr/local/bin/hello"]);
  });

  test("bake builds a target from a bake file", async () => {
    const bakeTag = uniqueTag("harness-bake");
    tags.push(bakeTag);
    const bakeCtx = tempContext({
      Dockerfile: dockerfile,
      "hello.sh": helloScript,
      "docker-bake.hcl": `target "harness" {\n  tags = ["${bakeTag}"]\n}\n`,
    });
    const result = mustSucceed(await bake(["harness"], { cwd: bakeCtx }));
    expect(result.steps.fullyCached).toBe(true); // same Dockerfile and context as the first build
    expect((await runImage(bakeTag)).stdout).toBe("made\nhello from the context\n");
  });
});

describe("countSteps on recorded output", () => {
  test("parses names, statuses, times and interleaved vertices", () => {
    const log = [
      "#0 building with \"default\" instance using docker driver",
      "#5 [builder 2/3] RUN make",
      "#6 [3/3] COPY a /a",
      "#5 0.104 compiling",
      "#6 CACHED",
      "#5 [builder 2/3] RUN make",
      "#5 DONE 1.5s",
      "#7 exporting to image",
      "#7 DONE 0.1s",
    ].join("\n");
    const summary = countSteps(log);
    expect(summary.all.map((s) => s.id)).toEqual([0, 5, 6, 7]);
    expect(summary.steps.map((s) => [s.stage, s.index, s.total, s.instruction, s.status])).toEqual([
      ["builder", 2, 3, "RUN make", "DONE"],
      ["", 3, 3, "COPY a /a", "CACHED"],
    ]);
    expect(summary.all[1]?.seconds).toBe(1.5);
    expect(summary.all[1]?.output).toEqual(["0.104 compiling"]);
    expect(summary.ran).toEqual(["[builder 2/3] RUN make"]);
    expect(summary.fullyCached).toBe(false);
  });
});

/** `docker save ref` with one top-level entry left out, as a stream. */
async function withoutEntry(ref: string, drop: string): Promise<PassThrough> {
  const child = spawn("docker", ["save", ref], { stdio: ["ignore", "pipe", "inherit"] });
  const extract = tar.extract();
  const pack = tar.pack();
  const out = new PassThrough();
  pack.pipe(out);
  child.stdout.pipe(extract);
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    if (entry.header.name !== drop) pack.entry(entry.header, Buffer.concat(chunks));
  }
  pack.finalize();
  return out;
}
