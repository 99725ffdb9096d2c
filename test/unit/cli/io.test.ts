import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_SOURCE_BYTES } from "../../../frontend/config/index.ts";
import { READ_LIMIT, readBounded, readInput } from "../../../frontend/cli/io.ts";

const io = { stdout: { write: () => true }, stderr: { write: () => true } };

describe("bounded reads (the contract in config/limits.ts)", () => {
  it("reads at most MAX_SOURCE_BYTES + 1 bytes and stops pulling chunks", async () => {
    expect(READ_LIMIT).toBe(MAX_SOURCE_BYTES + 1);
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled += 1;
        yield new Uint8Array(100_000).fill(0x61);
      }
    }
    const text = await readBounded(endless());
    expect(text.length).toBe(MAX_SOURCE_BYTES + 1);
    expect(pulled).toBe(Math.ceil((MAX_SOURCE_BYTES + 1) / 100_000));
  });

  it("a file of exactly MAX_SOURCE_BYTES is read whole; a 5 MB one-line file is cut, and says so", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hier-io-"));
    try {
      await writeFile(join(dir, "max.yaml"), "#".repeat(MAX_SOURCE_BYTES));
      await writeFile(join(dir, "big.yaml"), "x".repeat(5_000_000));
      const max = await readInput({ ...io, cwd: dir }, "max.yaml");
      expect(Buffer.byteLength(max)).toBe(MAX_SOURCE_BYTES);
      const big = await readInput({ ...io, cwd: dir }, "big.yaml");
      expect(Buffer.byteLength(big)).toBe(MAX_SOURCE_BYTES + 1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("a cut inside a multi-byte character still reads as larger than the limit", async () => {
    // "é" is 2 bytes: the cut at MAX + 1 bytes falls in the middle of one.
    const text = await readBounded(["é".repeat(MAX_SOURCE_BYTES)]);
    expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_SOURCE_BYTES);
  });

  it("stdin and in-memory files get the same limit", async () => {
    const stdin = [Buffer.alloc(3 * MAX_SOURCE_BYTES, "y")];
    expect((await readInput({ ...io, stdin }, "-")).length).toBe(READ_LIMIT);
    const readFile = async () => "z".repeat(2 * MAX_SOURCE_BYTES);
    expect((await readInput({ ...io, readFile }, "f.yaml")).length).toBe(READ_LIMIT);
  });
});

describe("runProgram", () => {
  it("a program that exits without reading its input is reported by its status, not an EPIPE crash", async () => {
    const { runProgram } = await import("../../../frontend/cli/io.ts");
    await expect(runProgram(io, "sh", ["-c", "echo nope >&2; exit 3"], "x".repeat(4 * 1024 * 1024))).rejects.toThrow("sh exited with 3: nope");
  });
});
