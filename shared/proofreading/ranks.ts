/**
 * Word-frequency ranks over the list's text itself (one word per line, most
 * frequent first): an open-addressing table of line starts, hashed like the
 * Hunspell table, so reading 30,000 words allocates no strings and a lookup
 * allocates nothing.
 */
import { hashRange, rangeTable, sameText } from './hunspell.js';

export class WordRanks {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly table: Int32Array;
  private readonly mask: number;
  /** How many words are ranked. */
  readonly size: number;

  constructor(private readonly text: string) {
    let lines = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    const starts = new Int32Array(lines + 1);
    const ends = new Int32Array(lines + 1);
    let n = 0;
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (end > start) {
        starts[n] = start;
        ends[n] = end;
        n++;
      }
      start = end + 1;
    }
    // A repeated word keeps its first (commoner) rank: the probe finds the earlier entry first.
    const { table, mask } = rangeTable(text, starts, ends, n);
    this.starts = starts;
    this.ends = ends;
    this.table = table;
    this.mask = mask;
    this.size = n;
  }

  /** The word's rank from 1 (the commonest), or undefined when it is not listed. */
  rank(word: string): number | undefined {
    const n = word.length;
    for (let h = hashRange(word, 0, n) & this.mask; ; h = (h + 1) & this.mask) {
      const slot = this.table[h]!;
      if (slot === 0) return undefined;
      const s = this.starts[slot - 1]!;
      if (this.ends[slot - 1]! - s === n && sameText(word, this.text, s)) return slot;
    }
  }
}
