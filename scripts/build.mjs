#!/usr/bin/env node
// Bundles hier with esbuild into self-contained ES modules under dist/:
//   frontend/main.ts    → dist/frontend.mjs  the frontend image's entrypoint (copied by frontend/Dockerfile)
//   frontend/cli/bin.ts → dist/hier.mjs      the `hier` command, with a #! line
//   and with the frontend, dist/frontend-snapshot.cjs (scripts/build-snapshot.mjs --bundle-only):
//   the script frontend/Dockerfile turns into the image's V8 startup snapshot with the image's node
// Every dependency and JSON import is bundled, so the image needs node and nothing else. CJS
// dependencies (protobufjs) call `require`, which an ES module lacks: a banner
// defines it (and __filename/__dirname) with createRequire. Each bundle gets an external source
// map next to it (`node --enable-source-maps` maps stack traces back to the .ts files).
// Minified (a smaller file for V8 to read and parse at every frontend start: 2.0 MB → see the
// commit adding it for numbers); the source map still maps every stack position to the .ts file.
// Neither bundle holds grpc-js: the frontend talks gRPC on node:http2 (frontend/gateway/transport.ts);
// grpc-js serves the fake engines of tests and benches only.
// The output is deterministic: the same sources give byte-identical files.
// A missing entry file is an error (exit 1), never a silent skip.
//
//   node scripts/build.mjs                          both bundles into dist/
//   node scripts/build.mjs --outdir DIR --only hier  one bundle (hier or frontend) into DIR (tests)
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { chmod, mkdir, readFile, stat } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values: flags } = parseArgs({ options: { outdir: { type: "string" }, only: { type: "string" } } });
const outdir = flags.outdir ? resolve(flags.outdir) : join(root, "dist");

/** @type {{ entry: string, out: string, executable: boolean }[]} */
const allBundles = [
  { name: "frontend", entry: "frontend/main.ts", out: "frontend.mjs", executable: false },
  { name: "hier", entry: "frontend/cli/bin.ts", out: "hier.mjs", executable: true },
];
const bundles = flags.only === undefined ? allBundles : allBundles.filter((b) => b.name === flags.only);
if (bundles.length === 0) {
  console.error(`build: --only ${flags.only}: no such bundle (${allBundles.map((b) => b.name).join(" or ")})`);
  process.exit(2);
}

const requireBanner = [
  'import { createRequire as __hierCreateRequire } from "node:module";',
  'import { dirname as __hierDirname } from "node:path";',
  'import { fileURLToPath as __hierFileURLToPath } from "node:url";',
  "const require = __hierCreateRequire(import.meta.url);",
  "const __filename = __hierFileURLToPath(import.meta.url);",
  "const __dirname = __hierDirname(__filename);",
].join("\n");

const exists = (path) => stat(path).then(() => true, () => false);

const missing = [];
for (const { entry } of bundles) if (!(await exists(join(root, entry)))) missing.push(entry);
if (missing.length > 0) {
  console.error(`build: entry file missing: ${missing.join(", ")} (scripts/build.mjs lists the bundles)`);
  process.exit(1);
}
await mkdir(outdir, { recursive: true });
for (const { entry, out, executable } of bundles) {
  const entryPath = join(root, entry);
  const outfile = join(outdir, out);
  // A #! line already in the entry is kept by esbuild; add one only when it is missing.
  const hasHashbang = (await readFile(entryPath, "utf8")).startsWith("#!");
  const banner = executable && !hasHashbang ? `#!/usr/bin/env node\n${requireBanner}` : requireBanner;
  const started = performance.now();
  // esbuild prints its errors itself (logLevel); exit non-zero without a second copy as a stack trace.
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    banner: { js: banner },
    sourcemap: "linked",
    minify: true,
    // .proto files imported as text (protobufjs can parse them at run time); JSON is bundled by default.
    loader: { ".proto": "text" },
    metafile: true,
    logLevel: "warning",
    // protobufjs's @protobufjs/inquire probes optional modules with a direct eval of `require`;
    // it is harmless here (the banner defines `require`) and not ours to change.
    logOverride: { "direct-eval": "silent" },
  }).catch(() => {
    console.error(`build: bundling ${entry} failed`);
    process.exit(1);
  });
  if (executable) await chmod(outfile, 0o755);
  const bytes = result.metafile.outputs[relative(root, outfile)]?.bytes ?? 0;
  const ms = Math.round(performance.now() - started);
  console.error(`build: ${entry} → ${relative(root, outfile)} (${(bytes / 1024).toFixed(0)} KiB, ${ms} ms)`);
}
if (bundles.some((b) => b.name === "frontend")) {
  execFileSync(process.execPath, [join(root, "scripts", "build-snapshot.mjs"), "--bundle-only", "--outdir", outdir], { stdio: "inherit" });
}
