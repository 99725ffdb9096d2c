#!/usr/bin/env node
// Benchmark: hier against a hand-written multi-stage Dockerfile doing the same work, in the same
// run, on the same engine. Both build a Python family (base with python3, a builder that writes a
// wheel-like archive of the source, a release with only that archive) with the same cache mounts.
//   node bench/build.bench.mjs [ROUNDS]        (default 3; needs Docker, org/hier-frontend:latest
//                                               and debian:bookworm-slim)
// Scenarios, each timed per round for both, alternating which goes first:
//   cached      nothing changed: every step cached (measures the frontend's own overhead)
//   unrelated   an unrelated file in the context changed
//   source      one source file changed: the builder step and the release copy rerun
// Prints the median wall time of each and the ratio hier / Dockerfile (< 1 means hier is faster),
// plus the number of steps each reran. Timings are noisy on 2 cores: read the ratios.
// The Dockerfile is built twice over when `docker/dockerfile:1` is in the local image store: by
// the builtin frontend and, with `# syntax=docker/dockerfile:1`, by the Dockerfile frontend image
// (a gateway container like hier's, the fair peer); otherwise that column is skipped, saying why.
// hier builds pass `--build-arg HIER_DEBUG=timings`; the bench prints the median of each phase the
// frontend reports (ms since its process started) under the table.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { engineDescription } from "./engine.mjs";
import { THREE_STAGE_YAML } from "./three-stage.mjs";

const rounds = Number(process.argv[2] ?? 3);
const dir = mkdtempSync(join(tmpdir(), "hier-bench-"));
const write = (p, s) => {
  mkdirSync(join(dir, p, ".."), { recursive: true });
  writeFileSync(join(dir, p), s);
};

write("src/app/__init__.py", "VERSION = 1\n");
write("src/app/main.py", "print('hello')\n");
write("docs/notes.md", "unrelated\n");

write("hier.yaml", THREE_STAGE_YAML);

write("Dockerfile", `FROM debian:bookworm-slim AS base
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked,id=bench-apt \\
    --mount=type=cache,target=/var/lib/apt/lists,sharing=locked,id=bench-lists \\
    rm -f /etc/apt/apt.conf.d/docker-clean && apt-get update -qq && \\
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends python3

FROM base AS builder
COPY src/ /src/
RUN cd /src && python3 -m compileall -q app && tar -czf /app.tgz app

FROM base AS release
COPY --from=builder /app.tgz /opt/
CMD ["python3", "-c", "print(1)"]
`);

const SYNTAX_IMAGE = "docker/dockerfile:1";
const hasSyntaxImage = spawnSync("docker", ["image", "inspect", SYNTAX_IMAGE], { stdio: "ignore" }).status === 0;
if (hasSyntaxImage) write("Dockerfile.syntax", `# syntax=${SYNTAX_IMAGE}\n${readFileSync(join(dir, "Dockerfile"), "utf8")}`);
const kinds = hasSyntaxImage ? ["hier", "dockerfile", "syntax"] : ["hier", "dockerfile"];

/** `hier timings (…): ping 70 · read 95 · … — cpu 180 ms` → [["ping", 70], ["read", 95], …, ["cpu", 180]]. */
function phasesOf(log) {
  const line = /hier timings \([^)]*\): (.*)$/m.exec(log)?.[1] ?? "";
  return line.replace(/ — cpu (\d+) ms$/, " · cpu $1").split(" · ").map((p) => /^(.*) (\d+)$/.exec(p)).filter(Boolean).map((m) => [m[1], Number(m[2])]);
}

function build(kind) {
  const args = ["buildx", "build", "--progress=plain", "-t", `hier-bench-${kind}`, "."];
  if (kind === "hier") args.splice(2, 0, "-f", "hier.yaml", "--build-arg", "HIER_DEBUG=timings");
  if (kind === "syntax") args.splice(2, 0, "-f", "Dockerfile.syntax");
  const t0 = process.hrtime.bigint();
  const res = spawnSync("docker", args, { cwd: dir, encoding: "utf8", env: { ...process.env, BUILDX_NO_DEFAULT_ATTESTATIONS: "1" } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (res.status !== 0) throw new Error(`${kind} build failed:\n${res.stderr.slice(-3000)}`);
  // Steps that ran: vertices with a DONE line and no CACHED line, among the numbered build steps.
  const log = res.stderr;
  const names = new Map();
  for (const m of log.matchAll(/^#(\d+) (\[[^\]]*\d+\/\d+\] .*)$/gm)) names.set(m[1], m[2]);
  const cached = new Set([...log.matchAll(/^#(\d+) CACHED$/gm)].map((m) => m[1]));
  const ran = [...names.keys()].filter((id) => !cached.has(id) && new RegExp(`^#${id} DONE`, "m").test(log));
  return { ms, ran: ran.length, phases: kind === "hier" ? phasesOf(log) : [] };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const scenarios = {
  cached: () => {},
  unrelated: (i) => write("docs/notes.md", `unrelated ${i} ${Date.now()}\n`),
  source: (i) => write("src/app/main.py", `print('hello ${i} ${Date.now()}')\n`),
};

// Warm each: cache mounts filled, base images resolved.
for (const kind of kinds) build(kind);

const results = {};
for (const [name, change] of Object.entries(scenarios)) {
  const times = Object.fromEntries(kinds.map((k) => [k, []]));
  const ran = Object.fromEntries(kinds.map((k) => [k, []]));
  const phases = new Map();
  for (let i = 0; i < rounds; i++) {
    // Rotate who goes first. Each build follows an edit of its own: the two Dockerfile kinds
    // compile to the same steps, so after one shared edit the second would find the first's cache.
    const order = kinds.map((_, j) => kinds[(i + j) % kinds.length]);
    for (const kind of order) {
      change(`${i}-${kind}`);
      const r = build(kind);
      times[kind].push(r.ms);
      ran[kind].push(r.ran);
      for (const [p, ms] of r.phases) (phases.get(p) ?? phases.set(p, []).get(p)).push(ms);
    }
  }
  results[name] = { times, ran, phases };
}

const engine = engineDescription();
console.log(`hier vs Dockerfile, ${engine}, ${rounds} rounds each, median wall time (ms) of docker buildx build:`);
const syntaxHead = hasSyntaxImage ? "  syntax-Dockerfile  ratio" : "";
console.log(`scenario    hier  builtin-Dockerfile  ratio${syntaxHead}   steps rerun (hier / Dockerfile${hasSyntaxImage ? " / syntax" : ""})`);
for (const [name, { times, ran }] of Object.entries(results)) {
  const h = median(times.hier);
  const d = median(times.dockerfile);
  const syntax = hasSyntaxImage ? `  ${median(times.syntax).toFixed(0).padStart(17)}  ${(h / median(times.syntax)).toFixed(2).padStart(5)}` : "";
  console.log(
    `${name.padEnd(10)} ${h.toFixed(0).padStart(5)}  ${d.toFixed(0).padStart(18)}  ${(h / d).toFixed(2).padStart(5)}${syntax}   ${kinds.map((k) => median(ran[k])).join(" / ")}`,
  );
}
if (!hasSyntaxImage) console.log(`syntax-Dockerfile column skipped: ${SYNTAX_IMAGE} is not in the local image store (pull it where a registry answers to add it)`);
console.log("hier's own phases (HIER_DEBUG=timings), median ms since the frontend process started:");
for (const [name, { phases }] of Object.entries(results)) {
  console.log(`${name.padEnd(10)} ${[...phases].map(([p, xs]) => `${p} ${median(xs)}`).join(" · ") || "(none reported)"}`);
}
execFileSync("docker", ["image", "rm", "-f", ...kinds.map((k) => `hier-bench-${k}`)], { stdio: "ignore" });
