/**
 * The Hunspell-compatible checker against nspell (an independent Hunspell
 * implementation) over the same en_US dictionary: every form nspell expands
 * is accepted, and seeded edits of those forms (typos, capitalisation) get
 * the same verdict. Plus suggestions, case rules and the British variants.
 */
import { readFileSync } from 'node:fs';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import { createSpeller, HunspellDictionary } from '../../shared/index.js';
import { rng } from '../../bench/drafts.js';

const aff = readFileSync('node_modules/dictionary-en/index.aff', 'utf8');
const dic = readFileSync('node_modules/dictionary-en/index.dic', 'utf8');
const reference = nspell({ aff, dic });
const ours = new HunspellDictionary(aff, dic);
/** Every word form nspell builds from the dictionary (its internal table: words and their affixed forms). */
const forms = Object.keys((reference as unknown as { data: Record<string, unknown> }).data);

describe('HunspellDictionary agrees with nspell', () => {
  it('accepts every form nspell expands from en_US', () => {
    expect(forms.length).toBeGreaterThan(100_000);
    // nspell expands "1th", "2th", "3th" from the numeric affix rules, which Hunspell itself rejects.
    const rejected = forms.filter((w) => !ours.check(w));
    expect(rejected.sort()).toEqual(['1th', '2th', '3th']);
  });

  it('gives the same verdict on 100,000 seeded edits and case changes of those forms', () => {
    const rand = rng(42);
    let tried = 0;
    const disagreements: string[] = [];
    for (let i = 0; tried < 100_000; i++) {
      const w = forms[Math.floor(rand() * forms.length)]!;
      if (w.length < 3) continue;
      const p = Math.floor(rand() * w.length);
      const letter = String.fromCharCode(97 + Math.floor(rand() * 26));
      for (const v of [w.slice(0, p) + w.slice(p + 1), w.slice(0, p) + letter + w.slice(p), w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1), w.toLowerCase()]) {
        tried++;
        if (ours.check(v) !== reference.correct(v)) disagreements.push(v);
      }
    }
    console.log(`[proofreading] hunspell vs nspell: ${tried} variants, ${disagreements.length} disagreements${disagreements.length ? `: ${disagreements.slice(0, 10).join(', ')}` : ''}`);
    // A handful of all-caps plurals of abbreviations differ (nspell's case folding is looser); none in ordinary words.
    expect(disagreements.length).toBeLessThanOrEqual(10);
    for (const v of disagreements) expect(v, 'only all-caps or mixed-case forms may differ').not.toMatch(/^[a-z]+$|^[A-Z][a-z]+$/);
  });

  it('follows Hunspell case rules: lower-case entries accept title and upper case, names do not accept lower case', () => {
    expect(ours.check('interview')).toBe(true);
    expect(ours.check('Interview')).toBe(true);
    expect(ours.check('INTERVIEW')).toBe(true);
    expect(ours.check('iNTERVIEW')).toBe(false);
    expect(ours.check('London')).toBe(true);
    expect(ours.check('london')).toBe(false);
  });

  it('accepts affixed forms and rejects forms the affix rules do not allow', () => {
    for (const w of ['interviews', 'interviewed', 'interviewing', 'interviewer', 'reapplied', 'unhappily', 'opportunities']) expect(ours.check(w), w).toBe(true);
    for (const w of ['interviewly', 'opportunitys', 'happyly']) expect(ours.check(w), w).toBe(false);
  });
});

describe('Speller', () => {
  const speller = createSpeller({ aff, dic });

  it('suggests the intended word first for common typos', () => {
    const cases: Record<string, string> = {
      recieve: 'receive',
      oportunity: 'opportunity',
      definately: 'definitely',
      intrested: 'interested',
      converstaion: 'conversation',
      teh: 'the',
      apprecaite: 'appreciate',
      sincerly: 'sincerely',
      untill: 'until',
    };
    for (const [typo, want] of Object.entries(cases)) expect(speller.suggest(typo)[0], typo).toBe(want);
  });

  it('keeps the capitalisation of the word in its suggestions', () => {
    expect(speller.suggest('Recieve')[0]).toBe('Receive');
    expect(speller.suggest('RECIEVE')[0]).toBe('RECEIVE');
  });

  it('offers only dictionary words, at most the limit, and caches per word', () => {
    const s = speller.suggest('experiance', 3);
    expect(s.length).toBeGreaterThan(0);
    expect(s.length).toBeLessThanOrEqual(3);
    for (const w of s) expect(speller.isWord(w), w).toBe(true);
    expect(speller.suggest('experiance', 3)).toBe(s);
  });

  it('knows the built-in vocabulary and British spellings, not loose look-alikes', () => {
    for (const w of ['onboarding', 'microservices', 'Kubernetes', 'organise', 'colour', 'behavioural', 'centre', 'travelled', 'licence', 'programme', 'practise', 'practising', 'practised']) expect(speller.isWord(w), w).toBe(true);
    for (const w of ['othre', 'hel', 'maet', 'fourm', 'regads', 'timelone']) expect(speller.isWord(w), w).toBe(false);
  });

  it('returns no suggestions for gibberish rather than far-fetched ones, and never throws on odd input', () => {
    expect(speller.suggest('')).toEqual([]);
    expect(() => speller.suggest('x'.repeat(500))).not.toThrow();
    expect(() => speller.isWord('\u0000\ud800')).not.toThrow();
  });
});
