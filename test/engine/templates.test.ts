import { describe, expect, it } from 'vitest';
import { DRAFT_KINDS, fillTemplate, lintDraft, parseFactDate, templateInfo, templateSnippet, type DraftKind } from '../../shared/index.js';

/** Three applicants in different fields, so no template passes only for one set of words. */
const APPLICANTS: Array<{ name: string; values: Record<string, string>; interviewed: string }> = [
  {
    name: 'a data analyst',
    interviewed: '2026-11-10T14:00',
    values: {
      to: 'Dana Okafor',
      company: 'Northwind Labs',
      role: 'Data Analyst',
      topic: 'how the team rebuilt the weekly churn report',
      fit: 'My three years of SQL reporting line up well with the dashboard work you described.',
      documents: 'my portfolio and two references',
      addition: 'I also led a migration of our reports to dbt last spring.',
      name: 'Sam Lee',
      interview_date: '2026-11-10T14:00',
      decision_date: '2026-11-18',
      documents_due: '2026-11-25',
    },
  },
  {
    name: 'a nurse, to a panel',
    interviewed: '2026-11-10',
    values: {
      to: 'Priya Raman and Tom Becker',
      company: "St. Mary's Hospital",
      role: 'Charge Nurse',
      topic: 'the new handover checklist on the cardiac ward',
      fit: 'I introduced a similar checklist on my current ward and cut handover time by a third.',
      documents: 'a copy of my nursing licence',
      addition: 'I have since renewed my advanced life support certificate.',
      name: 'Jordan Ellis',
      interview_date: '2026-11-10',
    },
  },
  {
    name: 'a teacher',
    interviewed: '2026-11-10T09:30',
    values: {
      to: 'Mr. Park',
      company: 'Riverside Middle School',
      role: 'Science Teacher',
      topic: 'the outdoor lab your students built last spring',
      fit: 'I have run a school garden program for four years and would love to connect it with your lab.',
      documents: 'two sample lesson plans',
      addition: 'I also coach the robotics club at my current school.',
      name: 'Alex Moreno',
      interview_date: '2026-11-10T09:30',
    },
  },
];

/** A moment that is on time for each kind: the morning after for a thank-you, later for the rest. */
const nowFor = (kind: DraftKind): number => parseFactDate(kind === 'thank-you' ? '2026-11-11T09:00' : '2026-11-20T09:00')!.time;

describe('templates, filled', () => {
  for (const applicant of APPLICANTS) {
    for (const kind of DRAFT_KINDS) {
      it(`${kind} for ${applicant.name}: no findings at all, ready`, () => {
        const text = fillTemplate(kind, applicant.values, { today: '2026-11-10' });
        const r = lintDraft(text, { now: nowFor(kind), file: `${kind}.md` });
        expect(r.findings.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)} (${f.message})`)).toEqual([]);
        expect(r.kind).toBe(kind);
        expect(r.kindSource).toBe('front-matter');
        expect(r.readiness.score).toBe(r.readiness.total);
        // What was filled in is what the front matter now says.
        const facts = r.document.frontMatter.facts;
        expect(facts.company).toBe(applicant.values['company']);
        expect(facts.interviewDate?.raw).toBe(applicant.interviewed);
      });
    }
  }

  for (const kind of DRAFT_KINDS) {
    it(`${kind}: unfilled body slots are flagged as placeholders, front matter stays valid`, () => {
      const text = fillTemplate(kind, {}, { today: '2026-11-10' });
      const r = lintDraft(text);
      expect(r.findings.filter((f) => f.ruleId === 'template-placeholder').map((f) => text.slice(f.start, f.end))).toContain('[Your Name]');
      expect(r.findings.some((f) => f.ruleId === 'front-matter')).toBe(false);
      expect(r.document.frontMatter.facts.interviewDate?.raw).toBe('2026-11-10');
    });
  }

  it('quotes front matter values YAML would misread', () => {
    const base = APPLICANTS[0]!.values;
    const text = fillTemplate('thank-you', { ...base, company: 'Acme: Labs #1', role: '"Lead" Analyst' }, { today: '2026-11-10' });
    expect(text).toContain('company: "Acme: Labs #1"');
    const facts = lintDraft(text).document.frontMatter.facts;
    expect(facts.company).toBe('Acme: Labs #1');
    expect(facts.role).toBe('"Lead" Analyst');
  });
});

interface Stop {
  n: number;
  /** The default text, for a placeholder `${n:default}`; undefined for a bare tab stop. */
  def?: string;
}

/**
 * Parse LSP snippet syntax (tab stops `$n` / `${n}`, placeholders `${n:text}`, escapes `\$ \} \\`).
 * Throws on anything a client would misread: a stray `$`, an unescaped `}` outside a placeholder, nesting.
 */
function parseSnippet(snippet: string): { stops: Stop[]; expand: (values: (n: number) => string) => string } {
  const stops: Stop[] = [];
  const parts: Array<string | Stop> = [];
  let text = '';
  let i = 0;
  while (i < snippet.length) {
    const c = snippet[i]!;
    if (c === '\\') {
      const next = snippet[i + 1];
      if (next !== '$' && next !== '}' && next !== '\\') throw new Error(`bad escape at ${i}`);
      text += next;
      i += 2;
    } else if (c === '$') {
      const bare = /^\$(\d+)/.exec(snippet.slice(i));
      const braced = /^\$\{(\d+)(?::((?:[^$}\\]|\\[$}\\])*))?\}/.exec(snippet.slice(i));
      const m = braced ?? bare;
      if (!m) throw new Error(`stray "$" at ${i}: ${JSON.stringify(snippet.slice(i, i + 20))}`);
      parts.push(text);
      text = '';
      const stop: Stop = { n: Number(m[1]) };
      if (braced && m[2] !== undefined) stop.def = m[2].replace(/\\([$}\\])/g, '$1');
      stops.push(stop);
      parts.push(stop);
      i += m[0].length;
    } else if (c === '}') {
      throw new Error(`unescaped "}" at ${i}`);
    } else {
      text += c;
      i++;
    }
  }
  parts.push(text);
  return { stops, expand: (values) => parts.map((p) => (typeof p === 'string' ? p : values(p.n))).join('') };
}

describe('template snippets', () => {
  for (const kind of DRAFT_KINDS) {
    it(`${kind}: valid snippet syntax, numbered in order, each default declared once and mirrored after`, () => {
      const snippet = templateSnippet(kind, { today: '2026-11-23' });
      const { stops } = parseSnippet(snippet);
      const slots = templateInfo(kind).slots;
      // Numbers 1..N in order of first appearance, one per slot.
      const firsts: number[] = [];
      for (const s of stops) if (!firsts.includes(s.n)) firsts.push(s.n);
      expect(firsts).toEqual(slots.map((_, i) => i + 1));
      // A default only on the first occurrence; later occurrences are bare mirrors.
      for (const n of firsts) {
        const occurrences = stops.filter((s) => s.n === n);
        expect(occurrences.slice(1).every((s) => s.def === undefined), `stop ${n} mirrors`).toBe(true);
      }
      // The interviewer's name is mirrored into the greeting; today's date is the default interview date.
      expect(stops.filter((s) => s.n === slots.indexOf('to') + 1).length).toBeGreaterThanOrEqual(2);
      expect(stops.find((s) => s.n === slots.indexOf('interview_date') + 1)?.def).toBe('2026-11-23');
      expect(stops.find((s) => s.n === 1)?.def).toBe('Interviewer Name');
    });

    it(`${kind}: typing values into the snippet gives the same text as fillTemplate`, () => {
      const values = APPLICANTS[0]!.values;
      const slots = templateInfo(kind).slots;
      const { expand } = parseSnippet(templateSnippet(kind, { today: '2026-11-10' }));
      const typed = expand((n) => values[slots[n - 1] ?? ''] ?? '');
      const filled = fillTemplate(kind, values, { today: '2026-11-10' });
      // fillTemplate may quote a front matter value for YAML; the facts and the body are the same.
      const a = lintDraft(typed).document;
      const b = lintDraft(filled).document;
      expect(a.frontMatter.facts).toEqual(b.frontMatter.facts);
      expect(a.frontMatter.problems).toEqual([]);
      expect(typed.slice(a.bodyStart)).toBe(filled.slice(b.bodyStart));
    });

    it(`${kind}: the body-only snippet has no front matter and valid syntax`, () => {
      const body = templateSnippet(kind, { today: '2026-11-23', bodyOnly: true });
      expect(body).not.toContain('followup:');
      expect(body).not.toMatch(/^---/);
      expect(body.startsWith('Dear ')).toBe(true);
      expect(() => parseSnippet(body)).not.toThrow();
    });
  }

  it('the snippet parser used here rejects what clients would misread', () => {
    expect(() => parseSnippet('cost $ 5')).toThrow();
    expect(() => parseSnippet('a } b')).toThrow();
    expect(parseSnippet('a ${1:x} $1 \\$').stops).toEqual([{ n: 1, def: 'x' }, { n: 1 }]);
  });
});
