/**
 * The README's `hier` commands, run as the README shows them (through bash, with `hier` on
 * PATH, in a directory holding the README's example file), and their output compared with the
 * output the README prints. In the README's output, a line `…` stands for any lines and `…`
 * inside a line for any text. The docker commands of the README run in test/e2e/readme.test.ts.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildHier, repoRoot } from "./bundle.ts";

const readme = await readFile(join(repoRoot, "README.md"), "utf8");

/** The fenced blocks of a Markdown text, with their language and the text before them. */
function blocks(md: string): { lang: string; body: string; before: string }[] {
  const out: { lang: string; body: string; before: string }[] = [];
  const re = /^```(\w*)\n([\s\S]*?)^```$/gm;
  let last = 0;
  for (let m = re.exec(md); m; m = re.exec(md)) {
    out.push({ lang: m[1] ?? "", body: m[2] ?? "", before: md.slice(last, m.index) });
    last = m.index + m[0].length;
  }
  return out;
}

/** `$ command` lines of the text blocks, each with the output lines shown under it. */
function transcripts(): { command: string; output: string }[] {
  const out: { command: string; output: string }[] = [];
  for (const b of blocks(readme).filter((x) => x.lang === "text")) {
    for (const part of b.body.split(/^\$ /m).slice(1)) {
      const [command = "", ...lines] = part.split("\n");
      out.push({ command, output: lines.join("\n").replace(/\n+$/, "\n") });
    }
  }
  return out;
}

/** Matches `actual` against README output, where `…` lines and `…` in a line are wildcards. */
function matcher(expected: string): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const lines = expected.replace(/\n$/, "").split("\n");
  const parts = lines.map((l) => (l === "…" ? "(?:[^\\n]*\\n)*?" : escape(l).split("…").join("[^\\n]*?") + "\\n"));
  return new RegExp(`^${parts.join("")}$`);
}

/** The README's first YAML block: the example every `hier.yaml` command runs on. */
const example = blocks(readme).find((b) => b.lang === "yaml")?.body ?? "";
/** The check example: the README names the two typos it makes in that file. */
function withTypos(yaml: string): string {
  const at = yaml.indexOf("  builder:");
  return yaml.slice(0, at) + yaml.slice(at).replace("    from: base\n", "    from: bsae\n").replace("caches: [pip]", "caches: [pipp]");
}

let bundle: Awaited<ReturnType<typeof buildHier>>;
let dir: string;
let bin: string;

beforeAll(async () => {
  bundle = await buildHier();
  dir = await mkdtemp(join(tmpdir(), "hier-readme-"));
  bin = join(dir, ".bin");
  await mkdir(bin);
  await symlink(bundle.bin, join(bin, "hier"));
  await mkdir(join(dir, "examples", "todobackend"), { recursive: true });
  await copyFile(join(repoRoot, "examples", "todobackend", "hier.yaml"), join(dir, "examples", "todobackend", "hier.yaml"));
}, 60_000);

afterAll(async () => {
  await bundle?.dispose();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Runs a command line with bash in the temp dir; stdout then stderr, as a terminal shows them. */
function sh(command: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = execFile("bash", ["-o", "pipefail", "-c", command], {
      cwd: dir, env: { PATH: `${bin}:${dirname(process.execPath)}:/usr/bin:/bin`, HOME: dir },
    }, (_e, stdout, stderr) => resolve({ code: child.exitCode ?? -1, output: stdout + stderr }));
  });
}

describe("the README's hier commands", () => {
  it("shows the example and the commands this test runs", () => {
    expect(example).toMatch(/^# syntax=org\/hier-frontend\n/);
    expect(readme).toContain("(`from: bsae` in\n`builder`, `caches: [pipp]`)");
    expect(transcripts().map((t) => t.command.split(" ").slice(0, 2).join(" ")).filter((c) => c.startsWith("hier"))).toEqual([
      "hier check", "hier llb", "hier bake", "hier cache",
    ]);
  });

  it("each `$ hier …` prints what the README shows", async () => {
    let ran = 0;
    for (const { command, output } of transcripts()) {
      if (!command.startsWith("hier ")) continue; // `docker …`: test/e2e/readme.test.ts
      // The daemon-free part of `hier bake … && docker buildx bake`; its output ends at the `…` line.
      const [daemonFree = ""] = command.split(" && ");
      const shown = daemonFree === command ? output : output.slice(0, output.indexOf("…\n"));
      const yaml = command.startsWith("hier check") ? withTypos(example) : example;
      await writeFile(join(dir, "hier.yaml"), yaml);
      const r = await sh(daemonFree);
      expect({ command, output: r.output }).toEqual({ command, output: expect.stringMatching(matcher(shown)) });
      expect([command, r.code]).toEqual([command, command.startsWith("hier check") ? 1 : 0]);
      ran += 1;
    }
    expect(ran).toBe(4);
    // What the `docker images acme/*` lines after the bake command rest on: one tagged target per stage.
    const hcl = await readFile(join(dir, "docker-bake.hcl"), "utf8");
    for (const stage of ["base", "builder", "release"]) expect(hcl).toContain(`tags     = ["\${NAMESPACE}/todo-${stage}:\${VERSION}"]`);
    expect(hcl).toContain('targets = ["base", "builder", "release"]');
  });

  it("`hier graph examples/todobackend/hier.yaml` prints the README's Mermaid block", async () => {
    const mermaid = blocks(readme).find((b) => b.lang === "mermaid");
    expect(mermaid?.before).toMatch(/`hier graph examples\/todobackend\/hier\.yaml`[^`]*$/);
    const r = await sh("hier graph examples/todobackend/hier.yaml");
    expect(r).toEqual({ code: 0, output: mermaid?.body });
  });

  it("`hier --version` and `-` as the README says", async () => {
    const { version } = JSON.parse(await readFile(join(repoRoot, "package.json"), "utf8")) as { version: string };
    expect(readme).toContain("`hier --version` prints the version; a FILE of `-` is standard input");
    expect(await sh("hier --version")).toEqual({ code: 0, output: `hier ${version}\n` });
    await writeFile(join(dir, "hier.yaml"), example);
    expect(await sh("hier check - < hier.yaml")).toEqual({ code: 0, output: "<stdin>: ok, 3 stages\n" });
  });

  it("the two commands section names what package.json says", async () => {
    const pkg = JSON.parse(await readFile(join(repoRoot, "package.json"), "utf8")) as { engines: { node: string }; scripts: Record<string, string> };
    expect(pkg.engines.node).toBe(">=20");
    expect(readme).toContain("Node.js 24 LTS (20 or newer works: `engines` in package.json)");
    expect(readme).toContain(`\`npm run images\` is \`${pkg.scripts.images?.replace(" && ", " &&\n")}\``);
    expect(pkg.scripts.test).toBe("bash test/run.sh");
    expect(await readFile(join(repoRoot, "test", "run.sh"), "utf8")).toContain("scripts/ensure-docker.sh");
  });
});
