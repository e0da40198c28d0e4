/**
 * The benchmark corpus generator (bench/drafts.ts): deterministic for a seed,
 * and its record of injected defects is the truth about the text, since the
 * peer benchmark scores recall against it. No timing here.
 */
import { readFileSync } from 'node:fs';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import { DEFECT_CLASSES, TYPOS, generateDrafts, generateLongNote, longNote, type GeneratedDraft } from '../../bench/drafts.js';
import { codePointToUtf16, emptyScore, score } from '../../bench/recall.js';
import { DRAFT_KINDS } from '../../shared/types.js';

const drafts = generateDrafts(400, 2026);
const bodyOf = (d: GeneratedDraft): number => d.text.indexOf('\n---\n', 3) + 5;

describe('bench draft generator', () => {
  it('gives the same drafts for the same seed, and other drafts for another seed', () => {
    expect(generateDrafts(60, 11)).toEqual(generateDrafts(60, 11));
    expect(generateDrafts(5, 12).map((d) => d.text)).not.toEqual(generateDrafts(5, 11).map((d) => d.text));
    expect(generateLongNote(3000, 5)).toEqual(generateLongNote(3000, 5));
  });

  it('writes every kind, 120-330 words of body each, with each defect class well represented', () => {
    expect(new Set(drafts.map((d) => d.kind))).toEqual(new Set(DRAFT_KINDS));
    for (const d of drafts) {
      expect(d.text.startsWith(`---\nfollowup: ${d.kind}\n`)).toBe(true);
      const words = d.text.slice(bodyOf(d)).split(/\s+/).filter(Boolean).length;
      expect(words).toBe(d.words);
      expect(words).toBeGreaterThanOrEqual(120);
      expect(words).toBeLessThanOrEqual(330);
    }
    for (const cls of DEFECT_CLASSES) expect(drafts.flatMap((d) => d.defects).filter((x) => x.cls === cls).length).toBeGreaterThan(60);
    expect(drafts.filter((d) => d.defects.length === 0).length).toBeGreaterThan(10);
  });

  it('records offsets that point at the injected text', () => {
    for (const d of drafts) {
      const sorted = [...d.defects].sort((a, b) => a.start - b.start);
      sorted.forEach((x, i) => {
        expect(x.start).toBeGreaterThanOrEqual(bodyOf(d));
        expect(x.end).toBeGreaterThan(x.start);
        expect(d.text.slice(x.start, x.end)).toBe(x.text);
        if (i > 0) expect(x.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end); // no two overlap
        // The defect is a whole token: no letter glued on either side.
        expect(/\p{L}/u.test(d.text[x.start - 1] ?? ' ') && /^\p{L}/u.test(x.text)).toBe(false);
        expect(/\p{L}/u.test(d.text[x.end] ?? ' ') && /\p{L}$/u.test(x.text)).toBe(false);
        switch (x.cls) {
          case 'repeated':
            expect(x.text).toMatch(/^([A-Za-z]+) \1$/);
            break;
          case 'typo':
            expect(x.intended).toBeDefined();
            expect(TYPOS[x.intended!.toLowerCase()]).toContain(x.text.toLowerCase());
            break;
          case 'emoji':
            expect(x.text).toMatch(/^(?:\p{Extended_Pictographic}|[:;]-?[)D])$/u);
            break;
          case 'casual':
            expect(x.text).toMatch(/^[A-Za-z]+(?: mate)?$/);
            break;
          case 'pushy':
          case 'other':
            expect(x.text).toMatch(/^[A-Z].*[.?!]$/);
            break;
        }
      });
    }
  });

  it('injects nothing it does not record: every "X X" and every emoji in a draft is a recorded defect', () => {
    for (const d of drafts) {
      const recorded = (cls: string, at: number): boolean => d.defects.some((x) => x.cls === cls && x.start === at);
      for (const m of d.text.matchAll(/\b(\p{L}+) \1\b/giu)) expect(recorded('repeated', m.index), m[0]).toBe(true);
      for (const m of d.text.matchAll(/\p{Extended_Pictographic}/gu)) expect(recorded('emoji', m.index), m[0]).toBe(true);
    }
  });

  it('uses typos that dictionary-en does not know, and otherwise spells its lower-case words correctly', () => {
    const spell = nspell(readFileSync('node_modules/dictionary-en/index.aff', 'utf8'), readFileSync('node_modules/dictionary-en/index.dic', 'utf8'));
    for (const list of Object.values(TYPOS)) for (const t of list) expect(spell.correct(t), t).toBe(false);
    // Casual words are the point of their defects; "onboarding" is a real word the dictionary lacks.
    const allowed = new Set(['onboarding']);
    for (const d of drafts.slice(0, 100)) {
      for (const m of d.text.slice(bodyOf(d)).matchAll(/\p{L}+(?:'\p{L}+)*/gu)) {
        const at = m.index + bodyOf(d);
        if (/^\p{Lu}/u.test(m[0]) || allowed.has(m[0]) || d.defects.some((x) => at < x.end && at + m[0].length > x.start)) continue;
        expect(spell.correct(m[0]), m[0]).toBe(true);
      }
    }
  });

  it('writes a long note of at least the asked length, its defects recorded the same way', () => {
    const note = generateLongNote(50_000, 7);
    expect(note.words).toBeGreaterThanOrEqual(50_000);
    expect(note.words).toBeLessThan(50_200);
    expect(longNote(50_000, 7)).toBe(note.text);
    expect(note.defects.length).toBeGreaterThan(300);
    for (const x of note.defects) expect(note.text.slice(x.start, x.end)).toBe(x.text);
  });
});

describe('bench recall scoring', () => {
  const d: GeneratedDraft = {
    kind: 'thank-you',
    text: 'It was the the best 🙂 day.',
    words: 6,
    defects: [
      { cls: 'repeated', start: 7, end: 14, text: 'the the' },
      { cls: 'emoji', start: 20, end: 22, text: '🙂' },
    ],
  };

  it('counts a report overlapping a defect, not one beside it or one much wider', () => {
    const s = emptyScore();
    score(s, d, [
      [11, 14],
      [22, 23],
      [0, 200],
    ]);
    expect(s.recall.repeated).toEqual({ caught: 1, total: 1 });
    expect(s.recall.emoji).toEqual({ caught: 0, total: 1 });
    expect(s.elsewhere).toBe(1);
  });

  it('maps code-point offsets past an emoji to UTF-16 offsets', () => {
    const map = codePointToUtf16(d.text);
    expect(map(20)).toBe(20);
    expect(map(21)).toBe(22); // the space after the emoji
    expect(codePointToUtf16('plain')(3)).toBe(3);
  });
});
