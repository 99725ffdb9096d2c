// Engine failures hier can attribute, through the real buildx: each fails at the YAML key that
// caused it (buildx prints `hier.yaml:LINE` and the snippet with `>>>` on that line), with the
// catalogue code and the engine's own words, and not at the `# syntax=` line (where the
// Dockerfile frontend that forwards to hier puts errors that carry no source). Runs in whichever
// image store the engine uses (test/run.sh runs the tier in both).
import { beforeAll, describe, expect, test } from "vitest";
import { DEBIAN_IMAGE, FRONTEND_IMAGE, buildx, inspectImage, requireEngine, tempContext } from "./helpers/index.ts";

beforeAll(() => requireEngine([DEBIAN_IMAGE, FRONTEND_IMAGE]));

/** The `hier.yaml:N` headers buildx printed (one per errdefs.Source detail). */
function snippetLines(log: string): number[] {
  return [...log.matchAll(/^hier\.yaml:(\d+)$/gm)].map((m) => Number(m[1]));
}

/** The `>>>` rows of buildx's snippets: `{ line, text }`. */
function marked(log: string): { line: number; text: string }[] {
  return [...log.matchAll(/^\s*(\d+) \| >>> (.*)$/gm)].map((m) => ({ line: Number(m[1]), text: m[2] ?? "" }));
}


describe("engine failures at their YAML line", () => {
  test("a from: image that cannot be resolved fails at its line, with the snippet and the engine's message", async () => {
    const missing = `hier-e2e/no-such-image-${Date.now()}:1`;
    const ctx = tempContext({
      "hier.yaml": `# syntax=org/hier-frontend
stages:
  base:
    from: ${DEBIAN_IMAGE}
  app:
    from: ${missing}
    run: echo never
`,
    });
    const res = await buildx(["-f", "hier.yaml", "--target", "app", "."], { cwd: ctx });
    expect(res.code).not.toBe(0);
    expect(snippetLines(res.log), res.log).toEqual([6]);
    expect(marked(res.log)).toEqual([{ line: 6, text: `    from: ${missing}` }]);
    const error = res.steps.failure ?? "";
    expect(error).toContain(`hier.yaml:6:11: ImageNotResolved: cannot resolve image ${missing}: `);
    // The engine's own words follow (they differ by store and BuildKit version).
    expect(error.split(`cannot resolve image ${missing}: `)[1]?.split(";")[0]?.trim().length, error).toBeGreaterThan(0);
    expect(res.log).not.toMatch(/internal error/);
  });

  test("an image a copy names, used twice: at the first use, the second marked too", async () => {
    const missing = `hier-e2e/no-such-tools-${Date.now()}:2`;
    const ctx = tempContext({
      "hier.yaml": `# syntax=org/hier-frontend
stages:
  app:
    from: ${DEBIAN_IMAGE}
    copy:
      - { from: "${missing}", src: /bin/a, dst: /a }
      - { from: "${missing}", src: /bin/b, dst: /b }
`,
    });
    const res = await buildx(["-f", "hier.yaml", "."], { cwd: ctx });
    expect(res.code).not.toBe(0);
    expect(snippetLines(res.log), res.log).toEqual([6, 7]);
    expect(res.steps.failure).toMatch(/hier\.yaml:6:\d+: ImageNotResolved: .* \(also used at hier\.yaml:7:\d+\)$/);
  });

  test("a context file a copy names that is not there fails at the copy (BuildKit's snippet from the source map)", async () => {
    const ctx = tempContext({ "hier.yaml": "# syntax=org/hier-frontend\nstages:\n  app:\n    from: scratch\n    copy: [missing.txt /x]\n" });
    const res = await buildx(["-f", "hier.yaml", "."], { cwd: ctx });
    expect(res.code).not.toBe(0);
    expect(snippetLines(res.log), res.log).toEqual([5]);
    expect(marked(res.log)).toEqual([{ line: 5, text: "    copy: [missing.txt /x]" }]);
    expect(res.steps.failure).toMatch(/"\/missing\.txt": not found$/);
  });

  test("a package apt does not know fails at the packages line, its command naming the packages and apt's error shown once", async () => {
    const ctx = tempContext({
      "hier.yaml": `# syntax=org/hier-frontend
stages:
  base:
    from: ${DEBIAN_IMAGE}
    packages: [tini, hier-e2e-no-such-package]
`,
    });
    const res = await buildx(["-f", "hier.yaml", "."], { cwd: ctx });
    expect(res.code).not.toBe(0);
    expect(snippetLines(res.log), res.log).toEqual([5]);
    expect(marked(res.log)).toEqual([{ line: 5, text: "    packages: [tini, hier-e2e-no-such-package]" }]);
    // BuildKit quotes the step's argv: hier's apt script is not in it, the packages are.
    expect(res.steps.failure).toBe(
      'failed to solve: process "/bin/sh -c eval \\"$HIER_APT_SCRIPT\\" apt tini hier-e2e-no-such-package" did not complete successfully: exit code: 100',
    );
    // The step's own log (`#N 1.234 E: …`, not buildx's summary of its last lines) has apt's error once.
    expect(res.log.match(/^#\d+ [\d.]+ E: Unable to locate package hier-e2e-no-such-package$/gm), res.log).toHaveLength(1);
  });

  test("a named context hier cannot use (a git URL with a query it does not know) fails at the key it stands in for", async () => {
    const ctx = tempContext({
      "hier.yaml": `# syntax=org/hier-frontend
stages:
  app:
    from: context:tools
    run: echo never
`,
    });
    const res = await buildx(["-f", "hier.yaml", "--build-context", "tools=https://github.com/moby/buildkit.git?depth=1", "."], { cwd: ctx });
    expect(res.code).not.toBe(0);
    expect(snippetLines(res.log), res.log).toEqual([4]);
    expect(res.steps.failure).toContain('hier.yaml:4:11: UnsupportedContext: named context tools: unexpected query "depth" in https://github.com/moby/buildkit.git?depth=1');
  });
});

describe("the frontend image", () => {
  test("declares every gateway cap buildx may ask for, gitquerystring included", async () => {
    const img = await inspectImage(FRONTEND_IMAGE);
    const caps = (img.Config.Labels?.["moby.buildkit.frontend.caps"] ?? "").split(",");
    expect(caps.sort()).toEqual([
      "moby.buildkit.frontend.contexts",
      "moby.buildkit.frontend.gitquerystring",
      "moby.buildkit.frontend.inputs",
      "moby.buildkit.frontend.subrequests",
    ]);
  });
});
