/**
 * A phrase table is only as good as its entries: this checks that every entry
 * of a rule's table matches at least one of the rule's invalid test drafts, so
 * no entry is dead weight (a slot typo such as "i'm|i am writing", which is
 * three slots, makes an entry silently match nothing, or something else).
 */
import { describe, expect, it } from 'vitest';
import { parseDraft, ruleById } from '../../shared/index.js';
import { PhraseIndex } from '../../shared/rules/phrases/match.js';

export function expectEveryEntryMatches(ruleId: string, texts: readonly string[]): void {
  describe(`${ruleId} phrase table`, () => {
    it('every entry matches at least one invalid case', () => {
      const entries = ruleById(ruleId)?.phrases ?? [];
      expect(entries.length).toBeGreaterThan(0);
      const index = new PhraseIndex([{ ruleId, entries }]);
      const hit = new Set(texts.flatMap((t) => index.match(parseDraft(t)).map((m) => m.entry)));
      expect(entries.filter((e) => !hit.has(e)).map((e) => e.pattern)).toEqual([]);
    });
  });
}
