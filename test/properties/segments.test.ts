/**
 * Long prose is split into sentences a window at a time (shared/document/text.ts,
 * sentenceSegments), because V8's sentence iterator costs time in proportion
 * to the whole string at every break. The windows must not change a single
 * sentence: for any text, windowed and whole-text segmentation agree.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sentenceSegments } from '../../shared/document/text.js';
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
