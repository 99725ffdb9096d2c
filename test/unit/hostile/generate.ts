/**
 * Generated large stage-graph files, for the hostile-input suite and `bench/check.bench.mjs`:
 * each is a function of its size `n`, deterministic, and (but for the cycles) valid.
 */

const HEAD = ["# syntax=org/hier-frontend", "stages:"];

/** s0 from an image, then s1 from s0, s2 from s1, … each with one run step. */
export function chain(n: number): string {
  const lines = [...HEAD, "  s0:", "    from: debian:bookworm-slim"];
  for (let i = 1; i < n; i++) lines.push(`  s${i}:`, `    from: s${i - 1}`, `    run: echo ${i}`);
  return lines.join("\n") + "\n";
}

/** The chain written last stage first (every `from` points further down the file). */
export function reverseChain(n: number): string {
  const lines = [...HEAD];
  for (let i = n - 1; i >= 1; i--) lines.push(`  s${i}:`, `    from: s${i - 1}`, `    run: echo ${i}`);
  lines.push("  s0:", "    from: debian:bookworm-slim");
  return lines.join("\n") + "\n";
}

/** s0 from s1, s1 from s2, …, the last from s0: one cycle through every stage. */
export function cycle(n: number): string {
  const lines = [...HEAD];
  for (let i = 0; i < n; i++) lines.push(`  s${i}:`, `    from: s${(i + 1) % n}`);
  return lines.join("\n") + "\n";
}

/** One base stage and n-1 stages from it, the last copying every other stage's artifact (fan-out, fan-in). */
export function fanOut(n: number): string {
  // Written tersely (one-space indents, short paths) so 10,000 stages stay under
  // MAX_SOURCE_BYTES: about 100 bytes a stage.
  const lines = [...HEAD, " s0:", "  from: debian:bookworm-slim", "  env: {LANG: C.UTF-8}"];
  for (let i = 1; i < n - 1; i++) lines.push(` s${i}:`, "  from: s0", `  run: make s${i}`, `  artifacts: {o: /o/s${i}}`);
  lines.push(` s${n - 1}:`, "  from: s0", "  copy:");
  for (let i = 1; i < n - 1; i++) lines.push(`  - {from: s${i}.o, dst: /s${i}/}`);
  return lines.join("\n") + "\n";
}

/** n stages, each from an untagged image `myimageN` (each one is compared with the stage names). */
export function untaggedImages(n: number): string {
  const lines = [...HEAD];
  for (let i = 0; i < n; i++) lines.push(`  s${i}:`, `    from: myimage${i}`);
  return lines.join("\n") + "\n";
}

/** One stage with n run steps. */
export function runSteps(n: number): string {
  const lines = [...HEAD, "  s0:", "    from: debian:bookworm-slim", "    run:"];
  for (let i = 0; i < n; i++) lines.push(`      - echo ${i} > /tmp/${i}`);
  return lines.join("\n") + "\n";
}

/** A stage with n artifacts and a stage that copies each of them. */
export function artifactCopies(n: number): string {
  const lines = [...HEAD, "  a:", "    from: debian:bookworm-slim", "    run: make", "    artifacts:"];
  for (let i = 0; i < n; i++) lines.push(`      o${i}: /out/${i}`);
  lines.push("  b:", "    from: debian:bookworm-slim", "    copy:");
  for (let i = 0; i < n; i++) lines.push(`      - { from: a.o${i}, dst: /opt/${i}/ }`);
  return lines.join("\n") + "\n";
}

/** One stage whose `from` is an unknown stage-like name of n characters. */
export function longUnknownName(n: number): string {
  return [...HEAD, "  app:", "    from: debian:bookworm-slim", "  b:", `    copy: [{ from: ${"x".repeat(n)}.out, dst: /x/ }]`, "    from: app"].join("\n") + "\n";
}

/**
 * A list of n items anchored once and aliased into n stages: the expanded document has n² items
 * (the parser must refuse it by its expanded size, not take it in).
 */
export function aliasFanOut(n: number): string {
  const lines = ["# syntax=org/hier-frontend", "x-pkgs: &pkgs"];
  for (let i = 0; i < n; i++) lines.push(`  - pkg${i}`);
  lines.push("stages:");
  for (let i = 0; i < n; i++) lines.push(`  s${i}:`, "    from: debian:bookworm-slim", "    packages: *pkgs");
  return lines.join("\n") + "\n";
}
