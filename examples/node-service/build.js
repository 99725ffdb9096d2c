"use strict";
// `npm run build -- OUT`: writes the release layout to OUT (default ./out): OUT/dist/ holds the
// sources, OUT/package.json the package metadata without scripts or dev fields.
const fs = require("node:fs");
const path = require("node:path");

const out = path.resolve(process.argv[2] || "out");
fs.rmSync(out, { recursive: true, force: true });
fs.cpSync(path.join(__dirname, "src"), path.join(out, "dist"), { recursive: true });
const { name, version, license, engines } = JSON.parse(fs.readFileSync(path.join(__dirname, "package.json"), "utf8"));
const release = { name, version, license, engines, main: "dist/server.js", private: true };
fs.writeFileSync(path.join(out, "package.json"), JSON.stringify(release, null, 2) + "\n");
