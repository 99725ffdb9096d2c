#!/usr/bin/env node
// Compiles every proto/*.proto into one protobufjs JSON bundle, proto/gen/bundle.json, which
// frontend/proto.ts imports (esbuild and vitest read it as plain JSON, no codegen at runtime).
//
//   node scripts/gen-proto.mjs            write the bundle (only if its content changed)
//   node scripts/gen-proto.mjs --stdout   print the bundle instead of writing it
//   node scripts/gen-proto.mjs --check    exit 1 if the committed bundle is stale
//
// Deterministic: files are passed to pbjs in sorted order (pbjs loads synchronously), field
// names keep their .proto spelling (--keep-case), and the output ends with one newline.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import cli from "protobufjs-cli";

const protoDir = join(dirname(fileURLToPath(import.meta.url)), "..", "proto");
const outFile = join(protoDir, "gen", "bundle.json");

/** Runs pbjs -t json over all proto/*.proto and returns the bundle text. */
export function generateBundle() {
  // Byte-wise sort, independent of the locale and of readdir's order.
  const files = readdirSync(protoDir)
    .filter((f) => f.endsWith(".proto"))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((f) => join(protoDir, f));
  if (files.length === 0) throw new Error(`no .proto files in ${protoDir}`);
  let out;
  cli.pbjs.main(["-t", "json", "--keep-case", "-p", protoDir, ...files], (err, output) => {
    if (err) throw err;
    out = output;
  });
  if (typeof out !== "string") throw new Error("pbjs produced no output");
  return out.endsWith("\n") ? out : out + "\n";
}

function readCurrent() {
  try {
    return readFileSync(outFile, "utf8");
  } catch {
    return undefined;
  }
}

function main(argv) {
  const text = generateBundle();
  if (argv.includes("--stdout")) {
    process.stdout.write(text);
    return 0;
  }
  const current = readCurrent();
  if (argv.includes("--check")) {
    if (current === text) return 0;
    process.stderr.write(`${outFile} is stale: run node scripts/gen-proto.mjs\n`);
    return 1;
  }
  if (current !== text) {
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, text);
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
