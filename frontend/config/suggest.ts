/**
 * "Did you mean" suggestions: the closest candidate by edit distance, if close enough.
 *
 * The work is bounded, so a file with 10,000 stage names and 10,000 unknown names, or one
 * 50,000-character name, is checked in linear time: a `Candidates` index is built once per set
 * of names (case-folded names in a map, names bucketed by length); a word is only compared with
 * names whose length is within the distance limit (the distance is at least the length
 * difference); the distance is computed in a band of the limit's width and stops as soon as it
 * exceeds the limit; words and names longer than `MAX_SUGGEST_LENGTH` are never compared (no
 * name that long is a typo of another); and an index stops suggesting after `WORK_BUDGET` cells.
 * For every ordinary input the suggestion is the one the plain closest-distance rule gives.
 */

/** Words and candidates longer than this get and give no suggestion. */
export const MAX_SUGGEST_LENGTH = 128;

/** Edit-distance cells one `Candidates` index computes at most, over all its queries. */
export const WORK_BUDGET = 20_000_000;

/**
 * Edit distance between two strings: insert, delete, substitute, and swap two neighbours
 * (`form` → `from`) each cost 1 (the optimal string alignment distance).
 */
export function editDistance(a: string, b: string): number {
  return distanceWithin(a, b, Math.max(a.length, b.length)).distance;
}

/**
 * The edit distance of `a` and `b` when it is at most `max`, else `max + 1`; `cells` is the
 * work done. Only the band of cells within `max` of the diagonal is computed, and the rows stop
 * once every cell of one exceeds `max`.
 */
export function distanceWithin(a: string, b: string, max: number): { distance: number; cells: number } {
  if (a === b) return { distance: 0, cells: 0 };
  const over = max + 1;
  if (Math.abs(a.length - b.length) > max) return { distance: over, cells: 0 };
  if (a.length === 0 || b.length === 0) return { distance: Math.max(a.length, b.length), cells: 0 };
  const width = b.length + 1;
  let prev2 = new Array<number>(width).fill(over);
  let prev = Array.from({ length: width }, (_, j) => (j <= max ? j : over));
  let cur = new Array<number>(width).fill(over);
  let cells = 0;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(b.length, i + max);
    cur.fill(over);
    cur[0] = i <= max ? i : over;
    let rowMin = cur[0] ?? over;
    for (let j = lo; j <= hi; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min((prev[j] ?? over) + 1, (cur[j - 1] ?? over) + 1, (prev[j - 1] ?? over) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? over) + 1);
      cur[j] = Math.min(d, over);
      if (d < rowMin) rowMin = d;
    }
    cells += width;
    if (rowMin > max) return { distance: over, cells };
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return { distance: Math.min(prev[b.length] ?? over, over), cells };
}

/** A set of names to suggest from, indexed once (build one per set and reuse it). */
export class Candidates {
  /** Case-folded name → the names that fold to it, in order. */
  readonly #folded = new Map<string, string[]>();
  /** Name length → the names of that length with their position, in order. */
  readonly #byLength = new Map<number, { name: string; index: number }[]>();
  #budget = WORK_BUDGET;

  constructor(names: Iterable<string>) {
    let index = 0;
    for (const name of names) {
      if (name.length > MAX_SUGGEST_LENGTH) continue;
      const key = name.toLowerCase();
      const same = this.#folded.get(key);
      if (same) same.push(name);
      else this.#folded.set(key, [name]);
      const bucket = this.#byLength.get(name.length);
      if (bucket) bucket.push({ name, index });
      else this.#byLength.set(name.length, [{ name, index }]);
      index++;
    }
  }

  /**
   * The name closest to `word`, or undefined when none is close: the distance must be at most
   * a third of the word's length (at least 1), so `buidler` finds `builder` but `x` finds
   * nothing. A case-only difference always matches (the first such name); among names at the
   * same distance the first one wins.
   */
  closest(word: string): string | undefined {
    if (word.length > MAX_SUGGEST_LENGTH) return undefined;
    const folded = this.#folded.get(word.toLowerCase())?.find((c) => c !== word);
    if (folded !== undefined) return folded;
    const limit = Math.max(1, Math.floor(word.length / 3));
    let best: { name: string; index: number; distance: number } | undefined;
    for (let len = Math.max(0, word.length - limit); len <= word.length + limit; len++) {
      for (const c of this.#byLength.get(len) ?? []) {
        if (this.#budget <= 0) return best?.name;
        const max = best === undefined ? limit : Math.min(limit, best.distance);
        const { distance, cells } = distanceWithin(word, c.name, max);
        this.#budget -= cells;
        if (distance > max) continue;
        if (best === undefined || distance < best.distance || (distance === best.distance && c.index < best.index)) {
          best = { name: c.name, index: c.index, distance };
        }
      }
    }
    return best?.name;
  }
}

/** The candidate closest to `word` (see `Candidates.closest`), or undefined when none is close. */
export function closest(word: string, candidates: Iterable<string> | Candidates): string | undefined {
  return (candidates instanceof Candidates ? candidates : new Candidates(candidates)).closest(word);
}

/** A hint sentence "did you mean `x`?" or undefined. */
export function didYouMean(word: string, candidates: Iterable<string> | Candidates): string | undefined {
  const c = closest(word, candidates);
  return c === undefined ? undefined : `did you mean \`${c}\`?`;
}
