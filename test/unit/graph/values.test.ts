// The one implementation each of users and paths the checker and the compiler share.
import { describe, expect, it } from "vitest";
import { joinPath } from "../../../frontend/compile/image-config.ts";
import { escapesContext, isUnder, parseUser, resolvePath } from "../../../frontend/graph/values.ts";

describe("users", () => {
  it.each([
    ["app", { user: "app" }],
    ["10001", { user: "10001" }],
    ["app:staff", { user: "app", group: "staff" }],
    ["0:0", { user: "0", group: "0" }],
  ])("%s", (text, want) => expect(parseUser(text)).toEqual(want));

  it.each(["", "a:b:c", "4294967295", "1:4294967295", "a b", ":x"])("rejects %j", (text) => expect(parseUser(text)).toBeUndefined());
});

describe("paths", () => {
  it("resolve, contain and escape with Go path.Clean semantics", () => {
    expect(resolvePath("/src", "a/./b/../c/")).toBe("/src/a/c/");
    expect(resolvePath("/src", "/abs")).toBe("/abs");
    expect(resolvePath("/", "../..")).toBe("/");
    expect(joinPath("/src", "../x/")).toBe("/x");
    expect(isUnder("/var/cache/apt/x", "/var/cache/apt/")).toBe(true);
    expect(isUnder("/var/cache/aptx", "/var/cache/apt")).toBe(false);
    expect(isUnder("/anything", "/")).toBe(true);
    expect(escapesContext("a/../../b")).toBe(true);
    expect(escapesContext("a/../b")).toBe(false);
    expect(escapesContext("/etc")).toBe(true);
  });
});
