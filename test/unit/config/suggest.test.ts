// Suggestions: the bounded search gives what the plain closest-distance rule gives, in bounded work.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Candidates, closest, distanceWithin, editDistance, MAX_SUGGEST_LENGTH, WORK_BUDGET } from "../../../frontend/config/suggest.ts";

/** The rule as it was first written: every candidate, full distance, first best wins. */
function plainClosest(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c.toLowerCase() === word.toLowerCase() && c !== word) return c;
    const d = editDistance(word, c);
    if (d < bestDistance && d <= limit) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "A", "-"), maxLength: 9 });

describe("suggestions", () => {
  it("edit distance counts a swap of neighbours as one edit", () => {
    expect(editDistance("form", "from")).toBe(1);
    expect(editDistance("buidler", "builder")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("the banded distance is the distance when within the bound, else bound + 1", () => {
    fc.assert(fc.property(word, word, fc.nat(6), (a, b, max) => {
      expect(distanceWithin(a, b, max).distance).toBe(Math.min(editDistance(a, b), max + 1));
    }), { seed: 8, numRuns: 2000 });
  });

  it("suggests what comparing with every candidate suggests", () => {
    fc.assert(fc.property(word, fc.array(word, { maxLength: 12 }), (w, cs) => {
      expect(closest(w, cs)).toBe(plainClosest(w, cs));
      expect(new Candidates(cs).closest(w)).toBe(plainClosest(w, cs));
    }), { seed: 8, numRuns: 3000 });
    expect(closest("buidler", ["base", "builder", "release"])).toBe("builder");
    expect(closest("Builder", ["builder"])).toBe("builder");
    expect(closest("x", ["base", "y"])).toBe("y");
    expect(closest("qqqq", ["base"])).toBeUndefined();
  });

  it("10,000 words against 10,000 names, and a 50,000-character word, take well under a second", () => {
    const names = new Candidates(Array.from({ length: 10_000 }, (_, i) => `s${i}`));
    const t0 = performance.now();
    for (let i = 0; i < 10_000; i++) names.closest(`myimage${i}`);
    expect(names.closest("x".repeat(50_000))).toBeUndefined();
    expect(names.closest("s1234x")).toBe("s1234");
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it("words longer than the cap get no suggestion", () => {
    const long = "a".repeat(MAX_SUGGEST_LENGTH + 1);
    expect(closest(long, [long.slice(1)])).toBeUndefined();
    expect(closest(long.slice(1), [long.slice(2)])).toBe(long.slice(2));
  });

  it("an index stops comparing after its work budget (deterministically), case matches still count", () => {
    // 5,000 names of 120 characters, each within the length window of the word but far from it:
    // every comparison costs cells until the budget is spent; the near miss comes last.
    const word = "q".repeat(120);
    const far = Array.from({ length: 5000 }, (_, i) => `${i}`.padStart(120, "z"));
    const names = new Candidates([...far, `${word.slice(1)}r`, word.toUpperCase()]);
    const t0 = performance.now();
    expect(names.closest(word)).toBe(word.toUpperCase());
    expect(names.closest(`${word.slice(2)}rr`)).toBeUndefined();
    expect(performance.now() - t0).toBeLessThan(WORK_BUDGET / 10_000);
    // Without the budget spent, the near miss is found.
    expect(new Candidates([`${word.slice(1)}r`]).closest(`${word.slice(2)}rr`)).toBe(`${word.slice(1)}r`);
  });
});
