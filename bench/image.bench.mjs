#!/usr/bin/env node
// Benchmark: the frontend image's size per platform of its index (goal: at most 45 MB compressed
// each; Node 20 slim was 109 MB). Builds linux/amd64 and linux/arm64 with scripts/frontend-index.sh
// into a fresh repository of the local registry and prints, per platform, the compressed size
// (config + layers as pushed by scripts/frontend-index.sh: zstd level 19, or docker's gzip with
// COMPRESSION=gzip).
//   node bench/image.bench.mjs [REGISTRY]     (default 127.0.0.1:5000; needs Docker, the registry,
//                                               dist/ built, and a Node base per platform: see
//                                               docker-bake.hcl's NODE_BASE)
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const registry = process.argv[2] ?? process.env.HIER_REGISTRY ?? "127.0.0.1:5000";
const ref = `${registry}/hier-bench-image-${Date.now().toString(36)}:bench`;
const GOAL = 45e6;

const out = execFileSync(join(root, "scripts", "frontend-index.sh"), [ref], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
const rows = out.trim().split("\n").filter((l) => l.startsWith("linux/")).map((l) => l.split(" "));
const mb = (n) => (n / 1e6).toFixed(1);
const date = new Date().toISOString().slice(0, 10);
const engine = execFileSync("docker", ["version", "--format", "{{.Server.Version}}"], { encoding: "utf8" }).trim();
const node = execFileSync("docker", ["run", "--rm", "--network=none", "--entrypoint", "/usr/local/bin/node", "org/hier-frontend:latest", "--version"], { encoding: "utf8" }).trim();

console.log(`\nfrontend image ${ref.split(":").slice(0, -1).join(":")}, ${date}, Docker ${engine}, host image's node ${node}, layers ${process.env.COMPRESSION === "gzip" ? "gzip" : "zstd 19"}`);
console.log("| platform | manifest | compressed MB | goal ≤ 45 MB |");
console.log("|---|---|---|---|");
for (const [platform, digest, bytes] of rows) {
  console.log(`| ${platform} | ${digest.slice(0, 19)}… | ${mb(Number(bytes))} | ${Number(bytes) <= GOAL ? "met" : "not met"} |`);
}
