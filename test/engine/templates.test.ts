import { describe, expect, it } from 'vitest';
import { DRAFT_KINDS, fillTemplate, lintDraft, templateInfo, templateSnippet, parseFactDate } from '../../shared/index.js';

const values = {
  to: 'Dana Okafor',
  company: 'Northwind Labs',
  role: 'Data Analyst',
  topic: 'how the team rebuilt the weekly churn report',
  fit: 'My three years of SQL reporting line up well with the dashboard work you described.',
  documents: 'my portfolio and two references',
  addition: 'I also led a migration of our reports to dbt last spring.',
  name: 'Sam Lee',
  interview_date: '2026-11-10T14:00',
};
// A moment that is on time for every kind: the day after for a thank-you, later for a status check.
const nowFor = (kind: string): number => parseFactDate(kind === 'thank-you' ? '2026-11-11T09:00' : '2026-11-20T09:00')!.time;

describe('templates', () => {
  for (const kind of DRAFT_KINDS) {
    it(`${kind}: filled, it passes every rule of its kind and is ready`, () => {
      const text = fillTemplate(kind, values, { today: '2026-11-10' });
      const r = lintDraft(text, { now: nowFor(kind) });
      expect(r.findings.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`)).toEqual([]);
      expect(r.kind).toBe(kind);
      expect(r.readiness.score).toBe(r.readiness.total);
    });

    it(`${kind}: unfilled body slots are flagged as placeholders`, () => {
      const text = fillTemplate(kind, {}, { today: '2026-11-10' });
      const r = lintDraft(text);
      expect(r.findings.some((f) => f.ruleId === 'template-placeholder')).toBe(true);
      expect(r.findings.some((f) => f.ruleId === 'front-matter')).toBe(false);
    });

    it(`${kind}: the snippet has numbered, mirrored tab stops and today's date`, () => {
      const snippet = templateSnippet(kind, { today: '2026-11-23' });
      expect(snippet).toContain('${1:Interviewer Name}');
      expect(snippet).toContain('interview_date: ${4:2026-11-23}');
      expect(snippet.match(/\$\{1\}/g)?.length).toBeGreaterThanOrEqual(1); // Dear ${1}
      // Every tab stop number used is declared once with its default.
      const declared = [...snippet.matchAll(/\$\{(\d+)[:}]/g)].map((m) => Number(m[1]));
      expect(Math.max(...declared)).toBe(templateInfo(kind).slots.length);
      expect(templateSnippet(kind, { today: '2026-11-23', bodyOnly: true })).not.toContain('followup:');
    });
  }

  it('quotes front matter values YAML would misread', () => {
    const text = fillTemplate('thank-you', { ...values, company: 'Acme: Labs #1' }, { today: '2026-11-10' });
    expect(text).toContain('company: "Acme: Labs #1"');
    expect(lintDraft(text).document.frontMatter.facts.company).toBe('Acme: Labs #1');
  });
});
