import { describe, expect, it } from 'vitest';
import { RULES } from '../../shared/index.js';
import { expandGroups, PhraseIndex } from '../../shared/rules/phrases/match.js';
import { parseDraft } from '../../shared/index.js';
import { generateDrafts } from '../../bench/drafts.js';
import { loadCorpus } from '../../scripts/eval.js';

describe('built-in phrase tables', () => {
  it('no entry reaches the expansion cap, where alternatives would be silently dropped', () => {
    const capped: string[] = [];
    for (const rule of RULES) {
      for (const entry of rule.phrases ?? []) {
        const n = expandGroups(entry.pattern).length;
        if (n >= 256) capped.push(`${rule.meta.id}: ${entry.pattern} (${n})`);
      }
    }
    expect(capped).toEqual([]);
  });

  it('no pattern has a stray "?" after a group (groups are made optional with an empty alternative)', () => {
    const stray: string[] = [];
    for (const rule of RULES) for (const entry of rule.phrases ?? []) if (/\)\?/.test(entry.pattern)) stray.push(`${rule.meta.id}: ${entry.pattern}`);
    expect(stray).toEqual([]);
  });

  it('splitting long candidate lists by the third word finds exactly what trying them all finds', () => {
    const tables = RULES.filter((r) => r.phrases).map((r) => ({ ruleId: r.meta.id, entries: r.phrases ?? [] }));
    const split = new PhraseIndex(tables);
    const flat = new PhraseIndex(tables, Infinity);
    // Every expanded pattern as a sentence of its own (its words, in a few shapes), the corpus, and generated drafts.
    const texts: string[] = [];
    for (const t of tables) {
      for (const e of t.entries) {
        for (const p of expandGroups(e.pattern).slice(0, 8)) {
          const words = p.replace(/\?/g, '').replace(/\*/g, 'really').split(/\s+/).map((w) => w.split('|')[0]);
          texts.push(`Dear Dana,\n\nHonestly ${words.join(' ')} today.\n\nAlso ${words.slice(0, -1).join(' ')}\n`);
        }
      }
    }
    texts.push(...loadCorpus().map((d) => d.text), ...generateDrafts(300, 41).map((d) => d.text));
    let matches = 0;
    for (const text of texts) {
      const doc = parseDraft(text);
      const a = split.match(doc).map((m) => `${m.ruleId}@${m.start}-${m.end}`);
      expect(a, text).toEqual(flat.match(doc).map((m) => `${m.ruleId}@${m.start}-${m.end}`));
      matches += a.length;
    }
    expect(matches).toBeGreaterThan(texts.length / 2);
  });

  it('the third-word split keeps patterns that may end at the second word, skip optional words or take any word third', () => {
    // A custom-rule-like table: more than 16 patterns under "we are", among them the shapes the split must not drop.
    const entries = [
      ...Array.from({ length: 20 }, (_, i) => ({ pattern: `we are word${i}` })),
      { pattern: 'we are' },
      { pattern: 'we are * done' },
      { pattern: 'we are really? happy' },
      { pattern: 'we are very? truly? glad' },
    ];
    const tables = [{ ruleId: 'custom/test', entries }];
    const split = new PhraseIndex(tables);
    const flat = new PhraseIndex(tables, Infinity);
    const cases = ['we are', 'we are word7', 'we are all done', 'we are happy', 'we are really happy', 'we are glad', 'we are truly glad', 'we are very truly glad', 'we are word19 now', 'and we are'];
    for (const c of cases) {
      const doc = parseDraft(`Dear Dana,\n\n${c}\n`);
      const a = split.match(doc).map((m) => m.text);
      expect(a, c).toEqual(flat.match(doc).map((m) => m.text));
      expect(a.length, c).toBeGreaterThan(0);
    }
  });
});
