import { describe, expect, it } from 'vitest';
import { RULES } from '../../shared/index.js';
import { expandGroups } from '../../shared/rules/phrases/match.js';

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
});
