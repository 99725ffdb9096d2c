// Marshal walks the op graph without recursion: deep chains and wide ops in linear time, in the
// same post-order, and the first invalid op (in walk order) is the one reported.
import { describe, expect, it } from "vitest";
import { copy, image, LlbError, marshal, scratch, type State } from "../../../frontend/llb/index.ts";

const base = image("debian:bookworm-slim");

describe("marshal of deep and wide graphs", () => {
  it("marshals 10,000 chained execs, dependencies first", () => {
    let st: State = base;
    for (let i = 0; i < 10_000; i++) st = st.run({ args: ["sh", "-c", `echo ${i}`] }).root();
    const t0 = performance.now();
    const { definition } = marshal(st);
    expect(performance.now() - t0).toBeLessThan(2000);
    // The image, 10,000 execs, the terminal op.
    expect(definition.def?.length).toBe(10_002);
  });

  it("marshals 10,000 chained file ops and a copy of 3,000 sources", () => {
    let st: State = base;
    for (let i = 0; i < 10_000; i++) st = st.file(copy(base, `/etc/f${i}`, `/f${i}`));
    const sources = Array.from({ length: 3000 }, (_, i) => base.run({ args: ["make", String(i)] }).root());
    let actions = copy(sources[0] ?? base, "/out", "/o0");
    sources.slice(1).forEach((s, i) => (actions = actions.copy(s, "/out", `/o${i + 1}`)));
    const { definition } = marshal(st.file(actions));
    // The image, 10,000 file ops, 3,000 execs, the copy, the terminal.
    expect(definition.def?.length).toBe(1 + 10_000 + 3000 + 1 + 1);
  });

  it("reports the first invalid op the walk reaches, not one further down", () => {
    const bad = base.run({ args: [] }).root();
    const worse = bad.run({ args: [], location: { sourceIndex: 0, ranges: [{ start: 7, end: 7 }] } }).root();
    const err = (() => {
      try {
        marshal(worse);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(LlbError);
    expect((err as LlbError).code).toBe("EmptyArgs");
    expect((err as LlbError).location?.ranges[0]?.start).toBe(7);
    expect(marshal(scratch()).bytes.length).toBe(0);
  });
});
