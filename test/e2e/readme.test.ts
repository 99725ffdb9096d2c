// The README's Quick start, run as written against the real engine: its hier.yaml in an empty
// directory, then each docker command of steps 3 and 4 through bash. The only change is the
// image names: `hello` and `hello-builder` become unique tags (removed afterwards), so the test
// touches no image of yours. A `# comment` after `docker run` is the output the README promises.
// Step 1 (npm ci, build, bake the frontend) is what `npm test` did before this tier.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEBIAN_IMAGE, FRONTEND_IMAGE, imageExists, requireEngine, runCommand, tagTracker, tempContext } from "./helpers/index.ts";

const readme = readFileSync(join(import.meta.dirname, "..", "..", "README.md"), "utf8");
const quickStart = readme.slice(readme.indexOf("## Quick start"), readme.indexOf("\n## ", readme.indexOf("## Quick start") + 1));

/** The fenced blocks of the Quick start (indented under list items), by language, unindented. */
function blocks(lang: string): string[] {
  const out: string[] = [];
  const re = /^( *)```(\w*)\n([\s\S]*?)^\1```$/gm;
  for (let m = re.exec(quickStart); m; m = re.exec(quickStart)) {
    const indent = m[1] ?? "";
    if (m[2] === lang) out.push((m[3] ?? "").split("\n").map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l)).join("\n"));
  }
  return out;
}

/** Shell lines of the Quick start's sh blocks, each with the `# comment` that follows it. */
const commands = blocks("sh").flatMap((b) =>
  b.split("\n").filter((l) => l.trim() !== "").map((l) => {
    const hash = l.indexOf(" #");
    return hash < 0 ? { line: l.trim(), comment: "" } : { line: l.slice(0, hash).trim(), comment: l.slice(hash + 2).trim() };
  }),
);

const tags = tagTracker();
const names: Record<string, string> = { hello: tags.tagFor("readme-hello"), "hello-builder": tags.tagFor("readme-hello-builder") };
/** A README command with its image names replaced by this run's tags. */
const withTags = (line: string) => line.replace(/(-t |--rm )(hello(?:-builder)?)(?= |$)/g, (_m, flag: string, name: string) => `${flag}${names[name] ?? name}`);

let ctx: string;
beforeAll(async () => {
  await requireEngine([DEBIAN_IMAGE, FRONTEND_IMAGE]);
  const [yaml] = blocks("yaml");
  ctx = tempContext({ "hier.yaml": yaml ?? "" });
});
afterAll(() => tags.removeAll());

async function sh(line: string) {
  return runCommand("bash", ["-o", "pipefail", "-c", withTags(line)], { cwd: ctx, env: { BUILDX_EXPERIMENTAL: "1", BUILDKIT_PROGRESS: "plain", NO_COLOR: "1" } });
}

describe("the README's Quick start", () => {
  test("shows the commands this test runs", () => {
    expect(commands.map((c) => c.line)).toEqual([
      "npm ci && npm run build && docker buildx bake frontend",
      "docker buildx build -f hier.yaml -t hello --load .",
      "docker run --rm hello",
      "docker buildx build -f hier.yaml --target builder -t hello-builder --load .",
      "docker buildx build -f hier.yaml --print=targets .",
      "docker buildx build -f hier.yaml --print=outline .",
      "docker buildx build -f hier.yaml --print=lint .",
    ]);
    expect(withTags("docker run --rm hello")).toBe(`docker run --rm ${names.hello}`);
  });

  test("step 3: build, run (it prints what the README says), build --target builder", async () => {
    const [build, run, target] = commands.slice(1, 4);
    const built = await sh(build?.line ?? "");
    expect(built.code, built.log).toBe(0);
    expect(await imageExists(names.hello ?? "")).toBe(true);
    const ran = await sh(run?.line ?? "");
    expect(ran.code, ran.log).toBe(0);
    expect(run?.comment).toBe("hello from hier");
    expect(ran.stdout).toBe(`${run?.comment}\n`);
    const builder = await sh(target?.line ?? "");
    expect(builder.code, builder.log).toBe(0);
    expect(await imageExists(names["hello-builder"] ?? "")).toBe(true);
    const greeting = await runCommand("docker", ["run", "--rm", "--network=none", names["hello-builder"] ?? "", "cat", "/greeting.txt"]);
    expect(greeting.stdout).toBe("hello from hier\n");
  });

  test("step 4: --print=targets, outline and lint answer", async () => {
    const [targets, outline, lint] = commands.slice(4, 7);
    const t = await sh(targets?.line ?? "");
    expect(t.code, t.log).toBe(0);
    expect(t.stdout).toMatch(/^builder\b/m);
    expect(t.stdout).toMatch(/^app \(default\)/m);
    const o = await sh(outline?.line ?? "");
    expect(o.code, o.log).toBe(0);
    expect(o.stdout).toMatch(/^TARGET:\s+app$/m);
    const l = await sh(lint?.line ?? "");
    expect(l.code, l.log).toBe(0);
  });
});
