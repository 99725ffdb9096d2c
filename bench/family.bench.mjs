#!/usr/bin/env node
// Benchmark: the whole stages/ family (7 images) built in up to five forms, in one run, one engine:
//   hier         `docker buildx bake` of the file `hier bake stages/hier.yaml` writes (7 frontend
//                runs, all at once, each compiling its stage's closure; the file is written
//                before the timed builds, as a user writes it once, like the Dockerfiles' bake file)
//   chain        (--wiring) the same with `hier bake --wiring contexts`: each child's frontend
//                starts once its parent's target is built (a `target:` context)
//   multi-stage  one multi-stage Dockerfile doing the same work, 7 bake targets
//   syntax       the same Dockerfile under `# syntax=docker/dockerfile:1`, when that image is in
//                the local image store: the Dockerfile frontend as an image, a gateway container
//                per target like hier's (the fair peer); otherwise left out, saying why
//   seed style   7 Dockerfiles, one per image, each FROM its parent's tag, built in order
//                (--no-seed leaves it out; HIER_BENCH_RAW=1 prints every time as it is measured)
// All forms install the same packages through apt cache mounts (shared by id), set the same
// env, users and labels, and run the same tests (hier: test steps; Dockerfiles: RUN steps).
//
//   node bench/family.bench.mjs [ROUNDS] [--env] [--cold] [--heavy-rounds=N] [--wiring] [--no-seed]
// Needs Docker, org/hier-frontend:latest, debian:bookworm-slim and dist/ (npm run build).
// Scenarios (median of ROUNDS, default 5, alternating which form goes first):
//   warm     nothing changed: every step cached (the per-build fixed cost, 7 times)
//   env      (--env) root's env changed: every image rebuilds, the apt cache is warm (~4 min a round)
//   cold     (--cold) `docker builder prune -af` before each build: every package downloaded
//            (~4 min a round; it also empties every other build cache of the engine)
// The heavy scenarios run --heavy-rounds times (default 1).
// Prints the median seconds of each and the ratios hier / multi-stage (and hier / syntax).
// Timings are noisy on two cores: read the ratios. The Dockerfiles mirror stages/hier.yaml by hand (keep them in step).
// HIER_BENCH_KEEP=1 leaves the forms' directory in place (its path is printed) to rerun a form by hand.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { engineDescription } from "./engine.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const cold = args.includes("--cold");
const envChange = args.includes("--env");
const rounds = Number(args.find((a) => /^\d+$/.test(a)) ?? 5);
const wiring = args.includes("--wiring");
const noSeed = args.includes("--no-seed");
const heavyRounds = Number(args.find((a) => a.startsWith("--heavy-rounds="))?.split("=")[1] ?? 1);
const dir = mkdtempSync(join(tmpdir(), "hier-family-bench-"));
const SYNTAX_IMAGE = "docker/dockerfile:1";
const hasSyntaxImage = spawnSync("docker", ["image", "inspect", SYNTAX_IMAGE], { stdio: "ignore" }).status === 0;
const write = (p, s) => {
  mkdirSync(join(dir, p, ".."), { recursive: true });
  writeFileSync(join(dir, p), s);
};
const NS = "hier-family-bench";

// The seven images: parent, packages, env, user/workdir, run (stages/hier.yaml, by hand). The
// tests are read from stages/hier.yaml, so both forms run the same ones (body() adds them).
const STAGES = [
  {
    name: "root",
    from: null,
    env: { LANG: "C.UTF-8", TZ: "Etc/UTC", TERM: "xterm-256color" },
    packages: ["ca-certificates", "tini", "tzdata"],
    run: [
      "set -e",
      "ln -sf /usr/share/zoneinfo/Etc/UTC /etc/localtime && echo Etc/UTC > /etc/timezone",
      "mkdir -p /etc/entrypoint.d",
      "groupadd --gid 10001 app",
      "useradd --no-log-init --uid 10001 --gid app --home-dir /home/app --create-home --shell /usr/sbin/nologin app",
    ].join("; "),
  },
  {
    name: "build",
    from: "root",
    packages: ["build-essential", "git", "pkg-config"],
  },
  {
    name: "build-python",
    from: "build",
    packages: ["python3", "python3-dev", "python3-venv", "python3-pip", "python3-wheel", "python3-setuptools"],
    env: { PIP_DISABLE_PIP_VERSION_CHECK: "1", PYTHONDONTWRITEBYTECODE: "1" },
  },
  {
    name: "build-node",
    from: "build",
    packages: ["nodejs", "npm"],
    env: { NPM_CONFIG_UPDATE_NOTIFIER: "false", NPM_CONFIG_FUND: "false", NPM_CONFIG_AUDIT: "false" },
  },
  {
    name: "runtime",
    from: "root",
    user: "10001:10001",
    workdir: "/home/app",
  },
  {
    name: "runtime-python",
    from: "runtime",
    packages: ["python3"],
    env: { PYTHONDONTWRITEBYTECODE: "1", PYTHONUNBUFFERED: "1" },
  },
  {
    name: "runtime-node",
    from: "runtime",
    packages: ["nodejs"],
    env: { NODE_ENV: "production" },
  },
];

/** Each stage's `test:` commands, from stages/hier.yaml. */
const TESTS = Object.fromEntries(
  Object.entries(parse(readFileSync(join(repo, "stages/hier.yaml"), "utf8")).stages).map(([name, st]) => [name, st.test ?? []]),
);
// The Dockerfile forms' stand-in for hier's entrypoint wrapper: runs its arguments, fails without.
const WRAPPER = '#!/bin/sh\n[ "$#" -gt 0 ] || exit 64\nexec "$@"\n';

const APT = [
  "--mount=type=cache,id=family-apt-archives,target=/var/cache/apt,sharing=locked",
  "--mount=type=cache,id=family-apt-lists,target=/var/lib/apt/lists,sharing=locked",
].join(" ");
const install = (pkgs) =>
  `mkdir -p /var/cache/apt/hier-archives/partial && apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends -o APT::Keep-Downloaded-Packages=true -o Dir::Cache::Archives=/var/cache/apt/hier-archives/ ${pkgs.join(" ")}`;

/** The Dockerfile instructions of one stage after its FROM line. */
function body(s, envValue) {
  const lines = [];
  const env = { ...(s.env ?? {}), ...(s.name === "root" ? { TERM: envValue } : {}) };
  if (Object.keys(env).length) lines.push(`ENV ${Object.entries(env).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(" ")}`);
  if (s.packages) lines.push(`USER root`, `RUN ${APT} ${install(s.packages)}`);
  if (s.run) lines.push(`RUN ${s.run}`);
  if (s.name === "root") lines.push("COPY --chmod=0755 hier-entrypoint /usr/local/bin/hier-entrypoint", 'ENTRYPOINT ["tini", "--"]');
  if (s.workdir) lines.push(`WORKDIR ${s.workdir}`);
  if (s.user || (s.packages && s.from && inherits(s, "runtime"))) lines.push(`USER ${s.user ?? "10001:10001"}`);
  for (const t of TESTS[s.name] ?? []) lines.push(`RUN ${t}`);
  lines.push('LABEL org.opencontainers.image.vendor="hier"');
  return lines.join("\n");
}
function inherits(s, name) {
  for (let p = s; p; p = STAGES.find((x) => x.name === p.from)) if (p.name === name) return true;
  return false;
}

function writeForms(envValue) {
  // hier: the repo's stages/ family with root's TERM set.
  const yaml = readFileSync(join(repo, "stages/hier.yaml"), "utf8").replace("TERM: xterm-256color", `TERM: ${envValue}`);
  write("hier/stages/hier.yaml", yaml);
  // The bake files, written once as a user does (`hier bake … -o docker-bake.hcl`): not timed.
  const hierBake = (...extra) => execFileSync("node", [join(repo, "dist/hier.mjs"), "bake", "stages/hier.yaml", ...extra], { cwd: join(dir, "hier"), encoding: "utf8" });
  write("hier/docker-bake.hcl", hierBake());
  if (wiring) {
    write("chain/stages/hier.yaml", yaml);
    write("chain/docker-bake.hcl", hierBake("--wiring", "contexts"));
  }
  // multi-stage + bake; the same under `# syntax=` (its own tags)
  for (const [form, head] of [["multi", ""], ...(hasSyntaxImage ? [["syntax", `# syntax=${SYNTAX_IMAGE}\n`]] : [])]) {
    write(`${form}/hier-entrypoint`, WRAPPER);
    write(
      `${form}/Dockerfile`,
      head + STAGES.map((s) => `FROM ${s.from ?? "debian:bookworm-slim"} AS ${s.name}\n${body(s, envValue)}\n`).join("\n"),
    );
    write(
      `${form}/docker-bake.hcl`,
      `group "default" {\n  targets = [${STAGES.map((s) => `"${s.name}"`).join(", ")}]\n}\n` +
        STAGES.map((s) => `target "${s.name}" {\n  target = "${s.name}"\n  tags = ["${NS}/${form}-${s.name}:dev"]\n}\n`).join(""),
    );
  }
  // seed style: one directory and Dockerfile per image
  for (const s of STAGES) {
    write(`seed/${s.name}/hier-entrypoint`, WRAPPER);
    write(`seed/${s.name}/Dockerfile`, `FROM ${s.from ? `${NS}/seed-${s.from}:dev` : "debian:bookworm-slim"}\n${body(s, envValue)}\n`);
  }
}

const env = { ...process.env, BUILDX_NO_DEFAULT_ATTESTATIONS: "1", BUILDKIT_PROGRESS: "plain", NAMESPACE: NS, VERSION: "dev" };
function run(cmd, argv, cwd) {
  const res = spawnSync(cmd, argv, { cwd, encoding: "utf8", env, maxBuffer: 1 << 28 });
  if (res.status !== 0) throw new Error(`${cmd} ${argv.join(" ")} failed in ${cwd}:\n${(res.stderr ?? "").slice(-4000)}`);
}
const FORMS = {
  hier: () => run("docker", ["buildx", "bake", "--progress=plain", "--load"], join(dir, "hier")),
  // --wiring: also the bake file of `hier bake --wiring contexts`, each child's target waiting
  // for its parent's (`contexts = { parent = "target:parent" }`) instead of compiling its closure.
  ...(wiring ? { chain: () => run("docker", ["buildx", "bake", "--progress=plain", "--load"], join(dir, "chain")) } : {}),
  multi: () => run("docker", ["buildx", "bake", "--progress=plain", "--load"], join(dir, "multi")),
  ...(hasSyntaxImage ? { syntax: () => run("docker", ["buildx", "bake", "--progress=plain", "--load"], join(dir, "syntax")) } : {}),
  ...(noSeed ? {} : { seed: () => {
    for (const s of STAGES) run("docker", ["buildx", "build", "--progress=plain", "--load", "-t", `${NS}/seed-${s.name}:dev`, "."], join(dir, "seed", s.name));
  } }),
};
function time(form) {
  const t0 = process.hrtime.bigint();
  FORMS[form]();
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (process.env.HIER_BENCH_RAW) console.error(`${form} ${s.toFixed(2)} s (load ${loadavg()[0].toFixed(2)})`);
  return s;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

writeForms("xterm-256color");
for (const form of Object.keys(FORMS)) FORMS[form](); // warm: images built, apt cache filled

const scenarios = {
  warm: () => {},
  ...(envChange ? { env: (i) => writeForms(`bench-${i}-${Date.now()}`) } : {}),
  ...(cold ? { cold: () => execFileSync("docker", ["builder", "prune", "-af"], { stdio: "ignore" }) } : {}),
};
const results = {};
for (const [name, before] of Object.entries(scenarios)) {
  const times = Object.fromEntries(Object.keys(FORMS).map((f) => [f, []]));
  for (let i = 0; i < (name === "warm" ? rounds : heavyRounds); i++) {
    const forms = Object.keys(FORMS);
    const order = forms.slice(i % forms.length).concat(forms.slice(0, i % forms.length));
    if (name === "env") before(i);
    for (const form of order) {
      if (name !== "env") before(i);
      times[form].push(time(form));
    }
  }
  results[name] = times;
}

console.log(`stages/ family (7 images), warm ${rounds} rounds, heavy ${heavyRounds}, median seconds (${new Date().toISOString().slice(0, 10)}, ${engineDescription()}):`);
const LABELS = { hier: "hier (bake)", chain: "hier, --wiring contexts", seed: "seed style (7 builds)", multi: "multi-stage + bake", syntax: "multi-stage, # syntax=docker/dockerfile:1" };
const forms = Object.keys(FORMS);
const peers = ["multi", ...(hasSyntaxImage ? ["syntax"] : [])];
const ratioForms = forms.filter((f) => f === "hier" || f === "chain");
const ratioHeads = peers.flatMap((p) => ratioForms.map((f) => `${f} / ${p}`));
console.log(["scenario ", ...forms.map((f) => LABELS[f]), ...ratioHeads].join("   "));
for (const [name, t] of Object.entries(results)) {
  const cells = forms.map((f) => median(t[f]).toFixed(2).padStart(LABELS[f].length));
  const ratios = peers.flatMap((p) => ratioForms.map((f) => (median(t[f]) / median(t[p])).toFixed(2).padStart(`${f} / ${p}`.length)));
  console.log([name.padEnd(9), ...cells, ...ratios].join("   "));
  if (process.env.HIER_BENCH_RAW) for (const f of forms) console.log(`  ${f}: ${t[f].map((x) => x.toFixed(2)).join(" ")}`);
}
if (!hasSyntaxImage) console.log(`syntax column skipped: ${SYNTAX_IMAGE} is not in the local image store (pull it where a registry answers to add it)`);
console.log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(" ")}`);
const images = execFileSync("docker", ["image", "ls", "--format", "{{.Repository}}:{{.Tag}}"], { encoding: "utf8" })
  .split("\n")
  .filter((r) => r.startsWith(`${NS}/`));
if (images.length) spawnSync("docker", ["image", "rm", "-f", ...images], { stdio: "ignore" });
if (process.env.HIER_BENCH_KEEP) console.log(`forms kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
