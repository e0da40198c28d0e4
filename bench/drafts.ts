/**
 * A seeded generator of realistic drafts for benchmarks: the five kinds,
 * 120-330 words, with typical defects mixed in. Deterministic for a seed.
 */
import { DRAFT_KINDS, type DraftKind } from '../shared/index.js';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['Dana Okafor', 'Lee Park', 'Priya Raman', 'Tomás Ortega', 'Grace Liu', 'Miriam Cohen', 'Kwame Mensah', 'Sofia Rossi'];
const COMPANIES = ['Northwind Labs', 'Contoso Health', 'Fabrikam Retail', 'Tailspin Logistics', 'Litware Bank', 'Adatum Schools'];
const ROLES = ['Data Analyst', 'Staff Nurse', 'Store Manager', 'Backend Engineer', 'Financial Analyst', 'Grade 5 Teacher'];
const TOPICS = ['the churn dashboard', 'the night-shift handover', 'the holiday staffing plan', 'the move to event-driven services', 'quarterly forecasting', 'project-based learning'];
const FILLER = [
  'I especially enjoyed hearing how the team turned a messy spreadsheet process into a dashboard the whole floor now uses every morning.',
  'Our conversation about onboarding made it clear how much care goes into helping new people find their footing in the first month.',
  'In my current role I run the weekly reporting cycle, which means cleaning data, checking it with the owners and presenting the results to managers.',
  'I have also mentored two junior colleagues through their first year, and I would bring the same patience to your team.',
  'The way you described the balance between planned work and urgent requests sounded very familiar, and I liked how openly you talked about it.',
  'Since we spoke I read the article you mentioned about incremental delivery, and it gave me a few ideas I would be glad to share.',
  'I appreciated the tour of the new office and the chance to meet the people I would be working with day to day.',
  'My background in customer support taught me to explain technical problems in plain words, which seems to matter a great deal here.',
];
const DEFECTS = [
  'I think I bombed the last question lol.',
  'I REALLY need this job!!',
  'Please respond by tomorrow if you can.',
  'Just following up again on my application.',
  "I'm gonna keep practising my SQL 😅.",
  'Feel free to text me or add me on Instagram.',
  'This is the the best team I have met.',
  'Thank you for the chance to interview at [Company Name].',
];

const SUBJECTS = ['the team', 'your group', 'the clinic', 'the store', 'the platform team', 'the finance office', 'the school', 'the warehouse'];
const VERBS = ['rebuilt', 'simplified', 'automated', 'documented', 'redesigned', 'measured', 'reorganised', 'scaled'];
const OBJECTS = ['the weekly report', 'the onboarding checklist', 'the night-shift handover', 'the returns process', 'the release pipeline', 'the budget review', 'the reading program', 'the inventory count'];
const REASONS = ['so that people could act on it sooner', 'to cut the time it took in half', 'after a painful quarter', 'with help from the people who used it', 'without adding headcount', 'while keeping customers informed'];
const MINE = ['In my current role I', 'Last year I', 'At my previous job I', 'During my placement I', 'As a volunteer I'];
const DID = ['led a similar project', 'ran the weekly numbers', 'trained three new colleagues', 'cleaned up a messy data source', 'planned the holiday rota', 'wrote the team handbook'];

/** One varied sentence, so drafts share ideas but not their wording. */
function sentence(pick: <T>(xs: readonly T[]) => T): string {
  return pick([
    () => `I enjoyed hearing how ${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(REASONS)}.`,
    () => `${pick(MINE)} ${pick(DID)}, and I would bring that experience to ${pick(SUBJECTS)}.`,
    () => `Your point about ${pick(OBJECTS)} stayed with me, especially the part about how ${pick(SUBJECTS)} ${pick(VERBS)} it.`,
    () => pick(FILLER),
  ])();
}

export interface GeneratedDraft {
  kind: DraftKind;
  text: string;
}

export function generateDrafts(count: number, seed = 42): GeneratedDraft[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const out: GeneratedDraft[] = [];
  for (let i = 0; i < count; i++) {
    const kind = pick(DRAFT_KINDS);
    const to = pick(NAMES);
    const company = pick(COMPANIES);
    const role = pick(ROLES);
    const target = 120 + Math.floor(r() * 210);
    const parts: string[] = [
      `---\nfollowup: ${kind}\nto: ${to}\ncompany: ${company}\nrole: ${role}\ninterview_date: 2026-11-${10 + Math.floor(r() * 10)}T1${Math.floor(r() * 8)}:00\n---\n`,
      `Dear ${to.split(' ')[0]},`,
      `Thank you for taking the time to talk with me about the ${role} role at ${company} and about ${pick(TOPICS)}.`,
    ];
    let words = 30;
    let para: string[] = [];
    while (words < target) {
      const s = r() < 0.15 ? pick(DEFECTS) : sentence(pick);
      para.push(s);
      words += s.split(' ').length;
      if (para.length === 3) {
        parts.push(para.join(' '));
        para = [];
      }
    }
    if (para.length) parts.push(para.join(' '));
    parts.push('I remain very interested in the position and look forward to hearing about the next steps.', 'Best regards,\nSam Lee');
    out.push({ kind, text: `${parts.join('\n\n')}\n` });
  }
  return out;
}

/** One long note of about `words` words. */
export function longNote(words: number, seed = 7): string {
  const r = rng(seed);
  const parts: string[] = ['---\nfollowup: additional-info\nto: Dana Okafor\n---\n', 'Dear Dana,'];
  let n = 2;
  let para: string[] = [];
  while (n < words) {
    const s = r() < 0.1 ? (DEFECTS[Math.floor(r() * DEFECTS.length)] as string) : (FILLER[Math.floor(r() * FILLER.length)] as string);
    para.push(s);
    n += s.split(' ').length;
    if (para.length === 4) {
      parts.push(para.join(' '));
      para = [];
    }
  }
  parts.push(para.join(' '), 'Best regards,\nSam');
  return `${parts.join('\n\n')}\n`;
}
