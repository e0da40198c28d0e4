/**
 * Long prose is split into sentences a window at a time (shared/document/text.ts,
 * sentenceSegments), because V8's sentence iterator costs time in proportion
 * to the whole string at every break. The windows must not change a single
 * sentence: for any text, windowed and whole-text segmentation agree.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SURE_BREAK, sentenceSegments, sentencesInBlock } from '../../shared/document/text.js';
import { RULES, lintDraft, mergeConfig, parseDraft } from '../../shared/index.js';
import { runs } from './arbitraries.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const whole = (text: string): string[] => [...segmenter.segment(text)].map((s) => `${s.index}:${s.segment}`);
const windowed = (text: string): string[] => [...sentenceSegments(segmenter, text)].map((s) => `${s.index}:${s.segment}`);

/** Pieces that move sentence breaks: abbreviations, lower-case continuations, numbers, quotes, closing brackets, emoji, separators. */
const PIECES = [
  'Thank you. ', 'etc. and so on ', 'Mr. Smith said hi. ', '1. 2. 3. ', '! ', '? ', '... ', 'e.g. this ', '"Quoted." ', '(Aside.) ',
  'word ', 'Word ', '😊 ', '   ', 'U.S. market. ', '42. ', 'ok.\u2029', 'end!) Next ', '.. ', 'a', '.', '\uD800', '”. ', 'Été. ', '日本語。',
  // Digits and brackets between a full stop and a lower-case word: the segmenter looks past them to decide.
  'etc. ', 'no. ', '42 ', '(7) ', '- ', 'and ',
];

/** 8,000 to 24,000 characters: always more than one window. */
const longText = fc
  .tuple(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }), fc.integer({ min: 8_000, max: 24_000 }), fc.infiniteStream(fc.nat()))
  .map(([pieces, length, picks]) => {
    let text = '';
    const it = picks[Symbol.iterator]();
    while (text.length < length) text += pieces[(it.next().value as number) % pieces.length];
    return text;
  });

describe('windowed sentence segmentation', () => {
  it('gives exactly the sentences of whole-text segmentation', () => {
    fc.assert(
      fc.property(longText, (text) => {
        expect(windowed(text)).toEqual(whole(text));
      }),
      { numRuns: runs(40) },
    );
  });

  it('a run with no break before and after many sentences', () => {
    for (const text of [`${'x'.repeat(50_000)} Done. Next one. ${'More here. '.repeat(3000)}`, `${'word '.repeat(20_000)}end. ${'Word '.repeat(20_000)}`, '! '.repeat(30_000), 'a'.repeat(100_000)]) {
      expect(windowed(text)).toEqual(whole(text));
    }
  });
});

describe('sure sentence breaks (the long-sentence rule skips blocks by them)', () => {
  const CAPITALS = ['Thanks. ', 'Mr. Smith ', 'Dr. Sato. ', 'e.g. Table ', 'U.S. Army ', '"Stop." Then ', '(a.) Next ', 'Wow!! Great ', 'Ok? Yes ', 'etc. And ', 'No. 5 ', 'St. Louis ', 'p.m. Then ', '\u2026 Then ', '.) A ', ".' B ", '.\n\nNew ', '.\nNext ', 'word ', 'Word ', ', Then ', '; Next ', ': Dear ', '- Also '];
  const text = fc.array(fc.constantFrom(...PIECES, ...CAPITALS), { minLength: 1, maxLength: 60 }).map((p) => p.join(''));

  it('every sure break is a break of Intl.Segmenter', () => {
    fc.assert(
      fc.property(text, (t) => {
        const flat = t.replace(/[\r\n]/g, ' ');
        const breaks = new Set([...segmenter.segment(flat)].map((s) => s.index));
        for (const m of flat.matchAll(SURE_BREAK)) expect(breaks.has(m.index + m[0].length), `${JSON.stringify(flat)} at ${m.index + m[0].length}`).toBe(true);
      }),
      { numRuns: runs(300) },
    );
  });

  it('long-sentence finds exactly the sentences over the limit that segmenting every block finds', () => {
    const limit = 6;
    const config = mergeConfig({ maxSentenceWords: limit, rules: Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.id === 'long-sentence' ? 'warning' : 'off'])) });
    fc.assert(
      fc.property(text, (t) => {
        const draft = `Dear Dana,\n\n${t}\n`;
        const doc = parseDraft(draft);
        const all: string[] = [];
        for (const block of doc.blocks) for (const s of sentencesInBlock(doc, block)) if (s.endWord - s.firstWord > limit) all.push(`${s.start}-${s.end}`);
        const found = lintDraft(draft, { config }).findings.filter((f) => f.ruleId === 'long-sentence').map((f) => `${f.start}-${f.end}`);
        expect(found).toEqual(all);
      }),
      { numRuns: runs(300) },
    );
  });
});
