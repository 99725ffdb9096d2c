import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { main } from "../../../frontend/cli/index.ts";
import { decodeMessage } from "../../../frontend/proto.ts";

/** Runs the CLI in-process, keeping stdout's chunks as they were written (text or bytes). */
async function run(argv: string[], files: Record<string, string>) {
  const chunks: (string | Uint8Array)[] = [];
  let stderr = "";
  const io = {
    stdout: { write: (s: string | Uint8Array) => chunks.push(s) },
    stderr: { write: (s: string | Uint8Array) => (stderr += String(s)) },
    readFile: async (p: string) => files[p] ?? Promise.reject(Object.assign(new Error("ENOENT: no such file or directory"), { code: "ENOENT" })),
  };
  const code = await main(argv, io);
  return { code, chunks, stderr };
}

const stages = readFileSync(new URL("../../../stages/hier.yaml", import.meta.url), "utf8");

describe("hier llb --format pb", () => {
  it("writes the encoded Definition as raw bytes that decode to the same ops as --format json", async () => {
    const files = { "hier.yaml": stages };
    const pb = await run(["llb", "hier.yaml", "--format", "pb"], files);
    expect(pb.stderr).toBe("");
    expect(pb.code).toBe(0);
    expect(pb.chunks).toHaveLength(1);
    const bytes = pb.chunks[0];
    expect(bytes).toBeInstanceOf(Uint8Array);
    const def = decodeMessage<{ def: Uint8Array[]; metadata: Record<string, unknown> }>("pb.Definition", bytes as Uint8Array);
    const digests = def.def.map((op) => `sha256:${createHash("sha256").update(op).digest("hex")}`);

    const json = await run(["llb", "hier.yaml"], files);
    expect(json.code).toBe(0);
    const dump = JSON.parse(json.chunks.join("")) as { ops: { digest: string }[] };
    expect(digests).toEqual(dump.ops.map((o) => o.digest));
    expect(Object.keys(def.metadata).sort()).toEqual([...digests].sort());
    // Bytes above 0x7f are there (lengths, digests): a latin1 string would have grown them.
    expect((bytes as Uint8Array).some((b) => b > 0x7f)).toBe(true);
  });
});
