// One platform grammar for the checker, the CLI and the gateway: parse, validate, id.
import { describe, expect, it } from "vitest";
import { parsePlatform, platformId, platformProblem, validPlatform } from "../../../frontend/llb/platform.ts";

describe("platforms", () => {
  it.each([
    ["linux/amd64", "linux/amd64"],
    ["linux/x86_64", "linux/amd64"],
    ["Linux/AARCH64", "linux/arm64"],
    ["linux/arm64/v8", "linux/arm64"],
    ["linux/arm", "linux/arm/v7"],
    ["linux/arm/v6", "linux/arm/v6"],
    ["linux/i386", "linux/386"],
  ])("%s is %s", (text, id) => {
    expect(platformProblem(text)).toBeUndefined();
    expect(platformId(validPlatform(text)!)).toBe(id);
    expect(platformId(parsePlatform(text))).toBe(id);
  });

  it.each([
    ["bogus", "write os/arch[/variant], e.g. linux/amd64"],
    ["", "write os/arch[/variant], e.g. linux/amd64"],
    ["linux/amd64,linux/arm64", "unknown architecture `amd64,linux`: one of amd64, arm64, arm, 386, ppc64le, s390x, riscv64, mips64le, loong64"],
    ["linux//v7", "write os/arch[/variant], e.g. linux/amd64"],
    ["plan9/amd64", "unknown os `plan9`: one of linux, windows, darwin, freebsd"],
    ["linux/arm/7", "unknown variant `7`: variants are v5, v6, v7, v8, …"],
    ["linux/amd64/v2/x", "write os/arch[/variant], e.g. linux/amd64"],
  ])("rejects %j: %s", (text, why) => {
    expect(platformProblem(text)).toBe(why);
    expect(validPlatform(text)).toBeUndefined();
  });
});
