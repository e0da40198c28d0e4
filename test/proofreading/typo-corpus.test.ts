/**
 * The fast spelling tier measured on real drafts: the labelled corpus with
 * non-word typos injected (scripts/typos.ts; nspell over the same en_US
 * dictionary is the independent judge of "non-word"), and the clean drafts
 * for false alarms. Targets (issue #6): >= 99 % of typos caught; <= 0.3 false
 * alarms per clean draft with front matter names; none on the templates.
 */
import { readFileSync } from 'node:fs';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';
import { DRAFT_KINDS, fillTemplate, lintDraft, templateSnippet } from '../../shared/index.js';
import { loadCorpus } from '../../scripts/eval.js';
import { injectTypos, scoreRecall } from '../../scripts/typos.js';

const dictDir = 'node_modules/dictionary-en/';
const judge = nspell(readFileSync(`${dictDir}index.aff`, 'utf8'), readFileSync(`${dictDir}index.dic`, 'utf8'));
const isWord = (w: string): boolean => judge.correct(w);

const corpus = loadCorpus();
const spellingRanges = (text: string, now?: number): Array<{ start: number; end: number }> =>
  lintDraft(text, now === undefined ? {} : { now }).findings.filter((f) => f.ruleId === 'spelling');
const report = (line: string): void => console.log(`[proofreading] ${line}`);

describe('fast spelling tier on the injected-typo corpus', () => {
  it('catches at least 99 % of non-word typos (five seeds, three typos per draft)', () => {
    let typos = 0;
    let caught = 0;
    const missed: string[] = [];
    for (const seed of [1, 2, 3, 4, 5]) {
      const drafts = injectTypos(corpus, isWord, { seed, perDraft: 3 });
      const s = scoreRecall(drafts, (d) => spellingRanges(d.text));
      typos += s.typos;
      caught += s.caught;
      missed.push(...s.missed.map((m) => `${m.typo} (${m.original}, ${m.file})`));
    }
    report(`typos injected ${typos}, caught ${caught}, recall ${((100 * caught) / typos).toFixed(2)} %${missed.length ? `; missed: ${missed.slice(0, 20).join(', ')}` : ''}`);
    expect(typos).toBeGreaterThan(1000);
    expect(caught / typos).toBeGreaterThanOrEqual(0.99);
  });

  it('each injected typo is a real edit of a real word (the generator is sound)', () => {
    const drafts = injectTypos(corpus.slice(0, 40), isWord, { seed: 7, perDraft: 3 });
    expect(drafts.length).toBeGreaterThan(30);
    for (const d of drafts) {
      for (const t of d.typos) {
        expect(d.text.slice(t.start, t.end)).toBe(t.typo);
        expect(isWord(t.typo), t.typo).toBe(false);
        expect(isWord(t.original), t.original).toBe(true);
      }
    }
  });
});

describe('fast spelling tier on clean drafts', () => {
  it('raises at most 0.3 false alarms per clean draft with front matter (labelled corpus)', () => {
    // The corpus labels spelling where a draft really has a typo; every other spelling finding is a false alarm.
    const clean = corpus.filter((d) => !d.expect.has('spelling') && /^---\n[\s\S]*?\bto:/.test(d.text));
    const alarms = clean.flatMap((d) => spellingRanges(d.text, d.now).map((f) => `${d.file}: ${d.text.slice(f.start, f.end)}`));
    report(`clean drafts with front matter ${clean.length}, false alarms ${alarms.length} (${(alarms.length / clean.length).toFixed(3)} per draft)${alarms.length ? `: ${alarms.join(', ')}` : ''}`);
    expect(clean.length).toBeGreaterThan(100);
    expect(alarms.length / clean.length).toBeLessThanOrEqual(0.3);
  });

  it('raises none on the five templates, blank or filled', () => {
    for (const kind of DRAFT_KINDS) {
      for (const text of [templateSnippet(kind, { today: '2026-11-10' }), fillTemplate(kind, {}, { today: '2026-11-10', hints: true })]) {
        const found = lintDraft(text).findings.filter((f) => f.ruleId === 'spelling' || f.ruleId === 'grammar');
        expect(found.map((f) => `${kind}: ${text.slice(f.start, f.end)}`)).toEqual([]);
      }
    }
  });
});
