// Caching, proven on real builds:
// (a) the package cache is shared: after one stage downloads a package, another stage (another
//     branch of the graph) that installs it downloads nothing;
// (b) the context is sent per step: editing a file no step names rebuilds nothing, and editing one
//     source file of the todobackend example reruns exactly the steps that read it and the steps
//     after them.
import { appendFileSync, cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEBIAN_IMAGE, FRONTEND_IMAGE, buildx, mustSucceed, requireEngine, runImage, tempContext, type Step, tagTracker } from "./helpers/index.ts";

const { tagFor, removeAll } = tagTracker();

beforeAll(() => requireEngine([DEBIAN_IMAGE, FRONTEND_IMAGE]));
afterAll(() => removeAll());

/** The output of a build's step whose instruction starts with `prefix` in `stage`. */
function stepOf(steps: readonly Step[], stage: string, prefix: string): Step {
  const step = steps.find((s) => s.stage === stage && s.instruction.startsWith(prefix));
  if (!step) throw new Error(`no step ${prefix}… in stage ${stage}: ${steps.map((s) => s.name).join("\n")}`);
  return step;
}

describe("the shared package cache", () => {
  // GNU hello: tiny, no dependencies beyond libc, used by nothing else in the repository.
  // `purge` removes its archive from the shared apt cache (the nonce makes it run every time), so
  // `first` must download it; `second`, a different branch, finds it in the cache.
  const yaml = `# syntax=org/hier-frontend
args:
  NONCE: { default: "0" }
caches:
  apt: { preset: apt }
stages:
  purge:
    from: ${DEBIAN_IMAGE}
    run:
      - sh: rm -f /var/cache/apt/hier-archives/hello_*.deb && echo purged \${NONCE}
        mounts: [{ cache: apt }]
  first:
    from: ${DEBIAN_IMAGE}
    steps:
      - run: echo first \${NONCE} > /nonce
      - packages: [hello]
    test: [hello --version]
  second-base:
    from: ${DEBIAN_IMAGE}
    env: { BRANCH: second }
    run: echo second \${NONCE} > /nonce
  second:
    from: second-base
    packages: [hello]
    test: [hello --version]
`;

  test("a package downloaded by one stage is not downloaded again by another", async () => {
    const ctx = tempContext({ "hier.yaml": yaml });
    const nonce = `${Date.now()}-${process.pid}`;
    const tagOf: Record<string, string> = {};
    const build = (target: string) =>
      buildx(["-f", "hier.yaml", "--target", target, "--build-arg", `NONCE=${nonce}`, "-t", (tagOf[target] = tagFor(`cache-${target}`)), "."], { cwd: ctx });

    mustSucceed(await build("purge"));

    const first = mustSucceed(await build("first"));
    const firstApt = stepOf(first.steps.steps, "first", "APT hello");
    expect(firstApt.status).toBe("DONE");
    const firstOut = firstApt.output.join("\n");
    expect(firstOut).toMatch(/Get:\d+ \S+ bookworm\/main \S+ hello /);
    expect(firstOut).toMatch(/Need to get [1-9][\d.,]* [kM]?B of archives/);

    const second = mustSucceed(await build("second"));
    const secondApt = stepOf(second.steps.steps, "second", "APT hello");
    expect(secondApt.status).toBe("DONE");
    const secondOut = secondApt.output.join("\n");
    // apt found the archive in the shared cache: nothing to get, no Get: line for the package.
    expect(secondOut).toMatch(/Need to get 0 B\/[\d.,]+ [kM]?B of archives/);
    expect(secondOut).not.toMatch(/Get:\d+ .* hello /);
    expect(secondOut).toMatch(/Setting up hello /);
    // …and the cache left nothing in the image.
    const listing = await runImage(tagOf["second"] ?? "", ["sh", "-c", "ls /var/cache/apt/archives /var/lib/apt/lists"]);
    expect(listing.code, listing.log).toBe(0);
    expect(listing.stdout).not.toMatch(/\.deb|_Packages/);
  });
});

describe("editing the context (examples/todobackend)", () => {
  // The one request for all of release's tests, after them (`[release] TESTS n passed`).
  const isAllTests = (s: { name: string }): boolean => /^\[release\] TESTS \d+ passed$/.test(s.name);
  const example = fileURLToPath(new URL("../../examples/todobackend", import.meta.url));
  const ctx = tempContext({});
  const tag = tagFor("caching-todobackend");
  const build = () => buildx(["-f", "hier.yaml", "--target", "release", "-t", tag, "."], { cwd: ctx });

  beforeAll(async () => {
    cpSync(example, ctx, { recursive: true });
    mustSucceed(await build());
  });

  test("editing a file no step names rebuilds nothing", async () => {
    appendFileSync(join(ctx, "README.md"), `\nedited ${Date.now()}\n`);
    writeFileSync(join(ctx, "NOTES.txt"), `a new file ${Date.now()}\n`);
    appendFileSync(join(ctx, "tests", "test_wsgi.py"), `\n# edited ${Date.now()}\n`); // only `dev` reads tests/
    const res = mustSucceed(await build());
    expect(res.steps.ran).toEqual([]);
    expect(res.steps.fullyCached).toBe(true);
    // The one request for all the target's tests is cached too.
    expect(res.steps.all.filter(isAllTests).map((s) => s.status)).toEqual(["CACHED"]);
  });

  test("editing one source file reruns only the steps that read it and the steps after them", async () => {
    appendFileSync(join(ctx, "src", "todobackend", "wsgi.py"), `\n# edited ${Date.now()}\n`);
    const res = mustSucceed(await build());
    const releaseTests = res.steps.ran.filter((n) => n.startsWith("[release test "));
    expect(res.steps.ran.filter((n) => !releaseTests.includes(n))).toEqual([
      "[builder 3/5] COPY src/ /src/src/",
      "[builder 4/5] RUN /usr/bin/python3 -m pip wheel --no-deps --no-build-isolation -w /wheelhouse /src",
      // The stage's tests for `hier-entrypoint check` (the wrapper is inherited from base) come last.
      "[builder 5/5] WRAPPER /usr/local/bin/hier-entrypoint",
      "[builder test 1/1] TEST ls /wheelhouse/todobackend-1.0.0-py3-none-any.whl",
      "[release 2/3] RUN pip install --no-index --no-deps --find-links /wheelhouse todobackend",
      "[release 3/3] WRAPPER /usr/local/bin/hier-entrypoint",
    ]);
    expect(releaseTests).toHaveLength(5);
    // Everything before them — the base, the builder's packages, the pyproject copy — is reused.
    expect(res.steps.cached).toEqual(
      expect.arrayContaining([
        "[base 2/4] APT python3 python3-venv tini",
        "[builder 1/5] APT python3-pip python3-setuptools python3-wheel",
        "[builder 2/5] COPY pyproject.toml /src/",
        "[release 1/3] WORKDIR /home/app",
      ]),
    );
    expect(res.steps.ran.length + res.steps.cached.length).toBe(res.steps.steps.length);
    expect(res.steps.ran).toHaveLength(11);
    // Tests reran, so the request that needs them all ran again, after them.
    const allTests = res.steps.all.find(isAllTests);
    expect(allTests?.status, res.log).toBe("DONE");
    expect(res.steps.all.filter((s) => s.name.includes(" TEST ")).every((t) => t.id < (allTests?.id ?? 0))).toBe(true);
  });
});
