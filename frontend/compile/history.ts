/**
 * Image history down a hierarchy, shared: a stage's history is its parent's plus its own
 * entries. Kept as a persistent list (each stage one node pointing at its parent's), so a chain
 * of n stages holds n nodes, not n²/2 copied entries; it is written out as an array only for
 * the image being built.
 */
import type { HistoryEntry } from "./image-config.ts";

/** One stage's entries on top of its parent's history. */
export class History {
  private constructor(
    private readonly parent: History | undefined,
    private readonly own: readonly HistoryEntry[],
  ) {}

  /** The history of an image hier did not build (a base image's config entries). */
  static of(entries: readonly HistoryEntry[] | undefined): History {
    return new History(undefined, [...(entries ?? [])]);
  }

  /** This history followed by `entries`. */
  extend(entries: readonly HistoryEntry[]): History {
    return entries.length === 0 ? this : new History(this, entries);
  }

  /** Every entry, oldest first. */
  entries(): HistoryEntry[] {
    const nodes: History[] = [];
    for (let h: History | undefined = this; h !== undefined; h = h.parent) nodes.push(h);
    return nodes.reverse().flatMap((h) => h.own);
  }
}

/** A history entry in the Dockerfile frontend's form. */
export function historyEntry(createdBy: string, emptyLayer: boolean, epoch: number | undefined): HistoryEntry {
  return {
    ...(epoch !== undefined ? { created: new Date(epoch * 1000).toISOString() } : {}),
    created_by: createdBy,
    comment: "hier.v0",
    ...(emptyLayer ? { empty_layer: true } : {}),
  };
}
