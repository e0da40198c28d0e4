/**
 * A spelling corpus with injected typos, for measuring the proofreading tiers:
 * real drafts (the labelled corpus) with non-word typos put into their prose
 * by a seeded generator, each typo's offsets recorded. A typo is a non-word by
 * an independent judge (`isWord`, nspell with the same en_US dictionary in the
 * tests), so a miss is a real miss, not a typo that happens to spell another
 * word ("form" for "from": a grammar problem, not a spelling one).
 */
import { parseDraft } from '../shared/index.js';
import { rng } from '../bench/drafts.js';

export interface InjectedTypo {
  start: number;
  end: number;
  original: string;
  typo: string;
  kind: 'delete' | 'insert' | 'transpose' | 'substitute' | 'double';
}

export interface TypoDraft {
  file: string;
  text: string;
  typos: InjectedTypo[];
}

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Letters next to `c` on a QWERTY keyboard: the usual slip of a finger. */
function neighbours(c: string): string {
  for (let r = 0; r < KEYBOARD_ROWS.length; r++) {
    const i = KEYBOARD_ROWS[r]!.indexOf(c);
    if (i < 0) continue;
    let out = (KEYBOARD_ROWS[r]![i - 1] ?? '') + (KEYBOARD_ROWS[r]![i + 1] ?? '');
    for (const rr of [r - 1, r + 1]) {
      const row = KEYBOARD_ROWS[rr];
      if (row) out += (row[i] ?? '') + (row[i + 1] ?? '');
    }
    return out;
  }
  return 'e';
}

function mutate(word: string, rand: () => number): { typo: string; kind: InjectedTypo['kind'] } {
  const kinds: InjectedTypo['kind'][] = ['delete', 'insert', 'transpose', 'substitute', 'double'];
  const kind = kinds[Math.floor(rand() * kinds.length)]!;
  // Keep the first letter: typos there are rare and change how names are judged.
  const i = 1 + Math.floor(rand() * (word.length - 1));
  const c = word[i]!;
  switch (kind) {
    case 'delete':
      return { typo: word.slice(0, i) + word.slice(i + 1), kind };
    case 'insert': {
      const n = neighbours(c);
      return { typo: word.slice(0, i) + n[Math.floor(rand() * n.length)]! + word.slice(i), kind };
    }
    case 'transpose': {
      const j = Math.min(i, word.length - 2);
      return { typo: word.slice(0, j) + word[j + 1]! + word[j]! + word.slice(j + 2), kind };
    }
    case 'substitute': {
      const n = neighbours(c);
      return { typo: word.slice(0, i) + n[Math.floor(rand() * n.length)]! + word.slice(i + 1), kind };
    }
    case 'double':
      return { typo: word.slice(0, i) + c + word.slice(i), kind };
  }
}

/**
 * Puts up to `perDraft` typos into the prose of each draft: lower-case words
 * of four letters or more, outside code, links and comments, one per
 * sentence-sized stretch. `isWord` judges that each typo is a non-word.
 */
export function injectTypos(drafts: Array<{ file: string; text: string }>, isWord: (w: string) => boolean, options: { seed: number; perDraft: number }): TypoDraft[] {
  const rand = rng(options.seed);
  const out: TypoDraft[] = [];
  for (const d of drafts) {
    const doc = parseDraft(d.text);
    const candidates: Array<{ start: number; end: number; word: string }> = [];
    const re = /\p{L}+/gu;
    const body = doc.prose;
    re.lastIndex = doc.bodyStart;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const w = m[0];
      const start = m.index;
      const end = start + w.length;
      // Prose only: blanked code/comments are spaces in `prose`, and the word must read the same in the text.
      if (!/^[a-z]{4,}$/.test(w) || d.text.slice(start, end) !== w) continue;
      const before = body[start - 1] ?? ' ';
      const after = body[end] ?? ' ';
      if (/[\p{L}\p{N}'’\-/@._]/u.test(before) || /[\p{L}\p{N}'’\-/@_]/u.test(after) || (after === '.' && /\p{L}/u.test(body[end + 1] ?? ''))) continue;
      // Not inside a [placeholder]: the placeholder rule speaks for that text.
      const open = body.lastIndexOf('[', start);
      if (open >= 0 && open > body.lastIndexOf(']', start) && open > body.lastIndexOf('\n', start)) continue;
      if (!isWord(w)) continue;
      candidates.push({ start, end, word: w });
    }
    if (candidates.length === 0) continue;
    // Spread the typos over the draft: one candidate from each of `perDraft` equal slices.
    const typos: InjectedTypo[] = [];
    const slices = Math.min(options.perDraft, candidates.length);
    for (let s = 0; s < slices; s++) {
      const lo = Math.floor((s * candidates.length) / slices);
      const hi = Math.floor(((s + 1) * candidates.length) / slices);
      const c = candidates[lo + Math.floor(rand() * (hi - lo))]!;
      for (let attempt = 0; attempt < 6; attempt++) {
        const { typo, kind } = mutate(c.word, rand);
        if (typo !== c.word && !isWord(typo)) {
          typos.push({ start: c.start, end: c.end, original: c.word, typo, kind });
          break;
        }
      }
    }
    // Apply from the end so earlier offsets stay valid, then shift the recorded ranges.
    let text = d.text;
    for (const t of [...typos].sort((a, b) => b.start - a.start)) text = text.slice(0, t.start) + t.typo + text.slice(t.end);
    let shift = 0;
    const placed = typos
      .sort((a, b) => a.start - b.start)
      .map((t) => {
        const start = t.start + shift;
        shift += t.typo.length - t.original.length;
        return { ...t, start, end: start + t.typo.length };
      });
    out.push({ file: d.file, text, typos: placed });
  }
  return out;
}

export interface RecallScore {
  typos: number;
  caught: number;
  recall: number;
  missed: Array<{ file: string; typo: string; original: string }>;
}

/** Share of injected typos that a finding overlaps. */
export function scoreRecall(drafts: TypoDraft[], flagged: (d: TypoDraft) => Array<{ start: number; end: number }>): RecallScore {
  let typos = 0;
  let caught = 0;
  const missed: RecallScore['missed'] = [];
  for (const d of drafts) {
    const ranges = flagged(d);
    for (const t of d.typos) {
      typos++;
      if (ranges.some((r) => r.start < t.end && r.end > t.start)) caught++;
      else missed.push({ file: d.file, typo: t.typo, original: t.original });
    }
  }
  return { typos, caught, recall: typos === 0 ? 1 : caught / typos, missed };
}
