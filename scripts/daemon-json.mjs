#!/usr/bin/env node
// Sets the one key of dockerd's daemon.json that .ci/start-docker.sh needs, keeping every other
// key of an existing file (registry mirrors, proxies, log options, …):
//
//   node scripts/daemon-json.mjs FILE containerd|classic
//
// sets `features.containerd-snapshotter` to true (containerd image store) or false (classic).
// Restore-safe: a file that is not a JSON object is left alone (exit 1, with the reason); before
// the first change the original is copied to FILE.before-hier (never overwritten, so it stays the
// file as it was before hier touched it); the new file is written to FILE.tmp and renamed over
// FILE, so an interrupted run leaves the old or the new file, never half of one. No change, no write.
import { copyFile, readFile, rename, stat, writeFile } from "node:fs/promises";

const [file, store, ...extra] = process.argv.slice(2);
const say = (m) => console.error(`daemon-json: ${m}`);
if (!file || (store !== "containerd" && store !== "classic") || extra.length > 0) {
  say("usage: node scripts/daemon-json.mjs FILE containerd|classic");
  process.exit(2);
}

let text;
try {
  text = await readFile(file, "utf8");
} catch (e) {
  if (e.code !== "ENOENT") {
    say(`cannot read ${file}: ${e.message}`);
    process.exit(1);
  }
}
let config = {};
if (text !== undefined && text.trim() !== "") {
  try {
    config = JSON.parse(text);
  } catch (e) {
    say(`${file} is not valid JSON (${e.message}); fix it or move it away, it was not changed`);
    process.exit(1);
  }
  if (config === null || typeof config !== "object" || Array.isArray(config)) {
    say(`${file} is not a JSON object; fix it or move it away, it was not changed`);
    process.exit(1);
  }
}
const features = config.features ?? {};
if (features === null || typeof features !== "object" || Array.isArray(features)) {
  say(`${file}: "features" is not an object; fix it, the file was not changed`);
  process.exit(1);
}
const want = store === "containerd";
if (features["containerd-snapshotter"] === want) {
  say(`${file}: features.containerd-snapshotter is already ${want}`);
  process.exit(0);
}
const was = features["containerd-snapshotter"];
const next = { ...config, features: { ...features, "containerd-snapshotter": want } };
let mode = 0o644;
if (text !== undefined) {
  mode = (await stat(file)).mode & 0o7777;
  const backup = `${file}.before-hier`;
  const hasBackup = await stat(backup).then(() => true, () => false);
  if (!hasBackup) await copyFile(file, backup);
}
await writeFile(`${file}.tmp`, JSON.stringify(next, null, 2) + "\n", { mode });
await rename(`${file}.tmp`, file);
const kept = Object.keys(config).filter((k) => k !== "features").length + Object.keys(features).filter((k) => k !== "containerd-snapshotter").length;
say(`${file}: features.containerd-snapshotter = ${want} (was ${was === undefined ? "unset" : was}; ${kept} other setting${kept === 1 ? "" : "s"} kept${text === undefined ? "" : `; the original is in ${file}.before-hier`})`);
