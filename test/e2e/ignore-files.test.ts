// Ignore files through the real engine, next to the Dockerfile frontend doing the same: the build
// file's own `hier.yaml.dockerignore` wins over the context's `.dockerignore` as
// `Dockerfile.dockerignore` does, the same files reach the image, and a line that is not a
// pattern fails the build at that line where the engine says only "syntax error in pattern".
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { FRONTEND_IMAGE, buildx, imageFiles, mustSucceed, requireEngine, tagTracker, tempContext, type ContextFile } from "./helpers/index.ts";

const tags = tagTracker();
beforeAll(() => requireEngine([FRONTEND_IMAGE]));
afterAll(() => tags.removeAll());

const HIER = "# syntax=org/hier-frontend\nstages:\n  app:\n    from: scratch\n    copy: [{ src: ., dst: /app/ }]\n";
const DOCKERFILE = "FROM scratch\nCOPY . /app/\n";
const SOURCES = { "src.txt": "s\n", "notes.md": "n\n", "KEEP.md": "k\n", "secret.txt": "x\n" };

/** The files under /app of what `file` builds from a context of `files`, and the build. */
async function appFiles(file: string, files: Record<string, ContextFile>, name: string): Promise<string[]> {
  const tag = tags.tagFor(name);
  mustSucceed(await buildx(["-f", file, "-t", tag, "."], { cwd: tempContext(files) }));
  return [...(await imageFiles(tag))].filter((p) => p.startsWith("/app/")).sort();
}

describe("ignore files", () => {
  test("the build file's own ignore file wins over .dockerignore, and the same files arrive as with Dockerfile.dockerignore", async () => {
    const own = "*.md\n!KEEP.md\n";
    const hier = await appFiles("hier.yaml", { ...SOURCES, "hier.yaml": HIER, ".dockerignore": "secret.txt\n", "hier.yaml.dockerignore": own }, "ignore-own");
    const docker = await appFiles("Dockerfile", { ...SOURCES, Dockerfile: DOCKERFILE, ".dockerignore": "secret.txt\n", "Dockerfile.dockerignore": own }, "ignore-own-df");
    expect(hier).toContain("/app/secret.txt");
    expect(hier).toContain("/app/KEEP.md");
    expect(hier).not.toContain("/app/notes.md");
    // The Dockerfile frontend's tree has the Dockerfile where hier's has hier.yaml.
    const named = (paths: string[], file: string) => paths.map((p) => p.replace(file, "BUILD")).sort();
    expect(named(hier, "hier.yaml")).toEqual(named(docker, "Dockerfile"));
  });

  test("without one, the context's .dockerignore applies", async () => {
    const hier = await appFiles("hier.yaml", { ...SOURCES, "hier.yaml": HIER, ".dockerignore": "secret.txt\n*.md\n" }, "ignore-context");
    expect(hier).toEqual(["/app/.dockerignore", "/app/hier.yaml", "/app/src.txt"]);
  });

  test("a line that is not a pattern fails at its line; the Dockerfile frontend fails on it too, with no line", async () => {
    const ignore = "# build outputs\nbuild/[abc\n";
    const res = await buildx(["-f", "hier.yaml", "."], { cwd: tempContext({ ...SOURCES, "hier.yaml": HIER, ".dockerignore": ignore }) });
    expect(res.code, res.log).not.toBe(0);
    expect(res.steps.failure).toMatch(/^failed to solve: \.dockerignore:2:1: InvalidIgnorePattern: `build\/\[abc` is not a pattern: a `\[` is not closed with `\]`; fix or remove the line/);
    // buildx shows the line of the ignore file.
    expect(res.log).toMatch(/ 2 \| >>> build\/\[abc/);
    const peer = await buildx(["-f", "Dockerfile", "."], { cwd: tempContext({ ...SOURCES, Dockerfile: DOCKERFILE, ".dockerignore": ignore }) });
    expect(peer.code, peer.log).not.toBe(0);
    expect(peer.log).toContain("syntax error in pattern");
  });
});
