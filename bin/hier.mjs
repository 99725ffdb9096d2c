#!/usr/bin/env node
// The `hier` command that npm puts on PATH (package.json "bin"; `npx hier`, `npm link`,
// `npm install -g`). It runs the bundle dist/hier.mjs, which `npm ci`, `npm install`, `npm pack`
// and `npm link` build first (the "prepare" script). This file is in the repository, so npm can
// link it even before the bundle exists (a bin that does not exist yet is never linked, and
// `npx hier` would then stay "not found").
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const bundle = fileURLToPath(new URL("../dist/hier.mjs", import.meta.url));
if (!existsSync(bundle)) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  process.stderr.write(`hier: ${bundle} is not built yet: run \`npm ci\` or \`npm run build\` in ${root}\n`);
  process.exit(1);
}
await import(bundle);
