/**
 * The final filesystem of an image, read from `docker save` without running it: the archive is
 * read with tar-stream, then each layer (plain or gzip tar) in the manifest's order, applying
 * whiteouts (`.wh.NAME` removes NAME from lower layers, `.wh..wh..opq` empties a directory).
 *
 * Two archive layouts are read: `manifest.json` (docker save's own, legacy `<id>/layer.tar` paths
 * or docker 25+'s `blobs/sha256/…`), else an OCI layout's `index.json` (docker 26 with the
 * containerd store; `buildx --output type=oci`), following nested indexes to this machine's platform.
 */
import { spawn } from "node:child_process";
import { posix } from "node:path";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import * as tar from "tar-stream";

/** One path of an image's filesystem. */
export interface FileEntry {
  type: "file" | "directory" | "symlink" | "link" | "other";
  /** Permission bits, e.g. 0o755. */
  mode: number;
  uid: number;
  gid: number;
  size: number;
  /** Target of a symlink, or (absolute) of a hard link. */
  linkname?: string;
  /** The content of a regular file, when asked for with `withContent`. */
  content?: Buffer;
}

/** Options for {@link imageTree} and {@link archiveTree}. */
export interface TreeOptions {
  /** Keep the content of regular files up to this many bytes (default: keep none). */
  withContent?: number;
}

/** The set of absolute paths (`/etc/hostname`, no trailing `/`) in the image's final filesystem. */
export async function imageFiles(ref: string): Promise<Set<string>> {
  return new Set((await imageTree(ref)).keys());
}

/** The image's final filesystem: absolute path → entry. Throws when docker cannot save `ref`. */
export async function imageTree(ref: string, opts: TreeOptions = {}): Promise<Map<string, FileEntry>> {
  const child = spawn("docker", ["save", ref], { stdio: ["ignore", "pipe", "pipe"] });
  const stderr: Buffer[] = [];
  child.stderr.on("data", (b: Buffer) => stderr.push(b));
  const exited = new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? 1));
  });
  // On a parse error stop docker save too: it would block on a pipe nobody reads.
  const tree = archiveTree(child.stdout, opts).catch((err: unknown) => (child.kill(), err as Error));
  const code = await exited;
  if (code !== 0) throw new Error(`docker save ${ref} exited with ${code}: ${Buffer.concat(stderr).toString().trim()}`);
  const result = await tree;
  if (result instanceof Error) throw result;
  return result;
}

/** Reads an image archive (docker save or OCI layout tar) from a stream; see the module comment. */
export async function archiveTree(archive: Readable, opts: TreeOptions = {}): Promise<Map<string, FileEntry>> {
  const layers = new Map<string, LayerEntry[]>(); // archive path → the layer's entries
  const documents = new Map<string, Buffer>(); // small non-layer files: manifests, configs, index.json
  const aliases = new Map<string, string>(); // legacy save: <id>/layer.tar symlinks to another layer
  const extract = tar.extract();
  archive.pipe(extract);
  for await (const entry of extract) {
    const name = posix.normalize(entry.header.name).replace(/^\.\/|\/$/g, "");
    if (entry.header.type === "symlink" && entry.header.linkname) {
      aliases.set(name, posix.join(posix.dirname(name), entry.header.linkname));
    }
    if (entry.header.type !== "file") {
      entry.resume();
      continue;
    }
    const data = await readAll(entry);
    const layer = isTar(data) || isGzip(data) ? await readLayer(data, opts) : undefined;
    if (layer) layers.set(name, layer);
    else if (data.length < 8 << 20) documents.set(name, data);
  }
  const order = layerOrder(documents).map((path) => aliases.get(path) ?? path);
  const tree = new Map<string, FileEntry>();
  for (const path of order) {
    // A layer that did not look like one when it was read: an empty tar (only zero blocks).
    const data = documents.get(path);
    const layer = layers.get(path) ?? (data && !isZstd(data) ? await readLayer(data, opts) : undefined);
    if (!layer) {
      const why = data && isZstd(data) ? "is zstd-compressed (not supported here)" : "is missing or not a tar";
      throw new Error(`image archive: layer ${path} named in the manifest ${why}`);
    }
    applyLayer(tree, layer);
  }
  return tree;
}

interface LayerEntry extends FileEntry {
  path: string;
}

/** The archive paths of the image's layers, lowest first. */
function layerOrder(documents: Map<string, Buffer>): string[] {
  const json = (path: string): unknown => {
    const data = documents.get(path);
    if (!data) throw new Error(`image archive: ${path} is missing`);
    return JSON.parse(data.toString("utf8"));
  };
  if (documents.has("manifest.json")) {
    const manifests = json("manifest.json") as { Layers: string[] }[];
    if (manifests.length !== 1) throw new Error(`image archive: manifest.json lists ${manifests.length} images, expected 1`);
    return manifests[0]!.Layers.map((p) => posix.normalize(p));
  }
  if (documents.has("index.json")) {
    const blob = (digest: string) => `blobs/${digest.replace(":", "/")}`;
    let doc = json("index.json") as OciDocument;
    for (let depth = 0; doc.manifests; depth++) {
      if (depth > 4) throw new Error("image archive: indexes nested too deep");
      const choice = pickManifest(doc.manifests.filter((m) => documents.has(blob(m.digest))));
      if (!choice) throw new Error("image archive: no manifest for this platform in index.json");
      doc = json(blob(choice.digest)) as OciDocument;
    }
    if (!doc.layers) throw new Error("image archive: the image manifest has no layers field");
    return doc.layers.map((l) => blob(l.digest));
  }
  throw new Error("image archive: neither manifest.json nor index.json found");
}

interface OciDescriptor {
  digest: string;
  mediaType?: string;
  platform?: { os?: string; architecture?: string };
  annotations?: Record<string, string>;
}
interface OciDocument {
  manifests?: OciDescriptor[];
  layers?: OciDescriptor[];
}

const GOARCH: Record<string, string> = { x64: "amd64", arm64: "arm64", arm: "arm", ia32: "386", s390x: "s390x", ppc64: "ppc64le" };

/** This machine's platform if listed, else the only image manifest; never an attestation manifest. */
function pickManifest(candidates: OciDescriptor[]): OciDescriptor | undefined {
  const images = candidates.filter((m) => m.annotations?.["vnd.docker.reference.type"] !== "attestation-manifest");
  const arch = GOARCH[process.arch] ?? process.arch;
  return images.find((m) => m.platform?.os === "linux" && m.platform.architecture === arch) ?? (images.length === 1 ? images[0] : undefined);
}

function applyLayer(tree: Map<string, FileEntry>, layer: LayerEntry[]): void {
  const removeUnder = (dir: string, andSelf: boolean) => {
    if (andSelf) tree.delete(dir);
    const prefix = dir === "/" ? "/" : `${dir}/`;
    for (const key of tree.keys()) if (key.startsWith(prefix)) tree.delete(key);
  };
  // Whiteouts hide what lower layers have, not what this layer adds: apply them first.
  for (const e of layer) {
    const base = posix.basename(e.path);
    if (base === ".wh..wh..opq") removeUnder(posix.dirname(e.path), false);
    else if (base.startsWith(".wh.")) removeUnder(posix.join(posix.dirname(e.path), base.slice(4)), true);
  }
  for (const { path, ...entry } of layer) {
    if (!posix.basename(path).startsWith(".wh.")) tree.set(path, entry);
  }
}

async function readLayer(data: Buffer, opts: TreeOptions): Promise<LayerEntry[] | undefined> {
  const stream = Readable.from([data]);
  const extract = tar.extract();
  (isGzip(data) ? stream.pipe(createGunzip()) : stream).pipe(extract);
  const entries: LayerEntry[] = [];
  try {
    for await (const entry of extract) {
      const h = entry.header;
      const path = posix.normalize(`/${h.name}`).replace(/(.)\/$/, "$1");
      const keep = h.type === "file" && opts.withContent !== undefined && (h.size ?? 0) <= opts.withContent;
      const content = keep ? await readAll(entry) : (entry.resume(), undefined);
      if (path === "/") continue;
      const type = h.type === "file" || h.type === "directory" || h.type === "symlink" || h.type === "link" ? h.type : "other";
      const e: LayerEntry = { path, type, mode: (h.mode ?? 0) & 0o7777, uid: h.uid ?? 0, gid: h.gid ?? 0, size: h.size ?? 0 };
      if (h.linkname) e.linkname = h.type === "link" ? posix.normalize(`/${h.linkname}`) : h.linkname;
      if (content) e.content = content;
      entries.push(e);
    }
  } catch {
    return undefined; // not a tar after all (a blob that happened to look like one)
  }
  return entries;
}

async function readAll(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const isGzip = (b: Buffer) => b.length > 2 && b[0] === 0x1f && b[1] === 0x8b;
const isZstd = (b: Buffer) => b.length > 4 && b.readUInt32LE(0) === 0xfd2fb528;
const isTar = (b: Buffer) => b.length >= 512 && b.toString("latin1", 257, 262) === "ustar";
