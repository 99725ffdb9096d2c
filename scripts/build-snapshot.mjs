#!/usr/bin/env node
// Builds the frontend's V8 startup snapshot: frontend/snapshot.ts bundled as one CommonJS script
// (what `node --build-snapshot` takes), then run by `node --build-snapshot`, which writes the blob.
//   node scripts/build-snapshot.mjs [--node PATH] [--outdir DIR] [--bundle-only]
//     → DIR/frontend-snapshot.cjs, DIR/frontend.blob (DIR defaults to dist/); --bundle-only
//       writes the script alone, for an image build to make the blob with its own node:
//       RUN ["node", "--snapshot-blob", "/hier/frontend.blob", "--build-snapshot", "/hier/frontend-snapshot.cjs"]
// The blob only loads in the very node binary that built it (same version and build): build it
// with the frontend image's own node, e.g. in the image build, never on the host for the image.
// Start it with `node --snapshot-blob frontend.blob` (no script: the snapshot's main runs).
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { mkdir, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values: flags } = parseArgs({ options: { node: { type: "string" }, outdir: { type: "string" }, "bundle-only": { type: "boolean" } } });
const outdir = flags.outdir ? resolve(flags.outdir) : join(root, "dist");
const node = flags.node ?? process.execPath;
await mkdir(outdir, { recursive: true });
const script = join(outdir, "frontend-snapshot.cjs");
// The warm-up also runs the repository's own graphs (frontend/snapshot.ts says why).
const warmup = await Promise.all(["stages/hier.yaml", "examples/todobackend/hier.yaml", "examples/node-service/hier.yaml"].map((f) => readFile(join(root, f), "utf8")));
await build({
  absWorkingDir: root,
  entryPoints: ["frontend/snapshot.ts"],
  define: { HIER_WARMUP_GRAPHS: JSON.stringify(warmup) },
  outfile: script,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  minify: true,
  sourcemap: "linked",
  logLevel: "warning",
  logOverride: { "direct-eval": "silent" },
});
if (flags["bundle-only"]) {
  console.error(`build-snapshot: ${script}`);
  process.exit(0);
}
const blob = join(outdir, "frontend.blob");
// Node warns that tls/http2 are "not yet fully verified" in snapshots: they are loaded only after
// deserialization (frontend/gateway/transport.ts loads node:http2 lazily), so the warnings go to the build log, not to users.
execFileSync(node, ["--snapshot-blob", blob, "--build-snapshot", script], { stdio: ["ignore", "inherit", "inherit"] });
console.error(`build-snapshot: ${script} → ${blob} (with ${node})`);
