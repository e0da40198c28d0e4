/**
 * missing-specifics: nothing in the draft is particular to this interview.
 * Specific if the body names the interviewer, the company or the role from the
 * front matter, or recalls a topic or moment of the conversation, or has a
 * proper name mid-sentence (a product, a project, a place). Precision first:
 * any one of these is enough.
 */
import type { Rule } from './rule.js';
import { anchor, foldName, personalRecipients, significantWords } from './helpers.js';
import { getWords, wordAt, type Words } from '../document/text.js';
import type { PhraseEntry } from './phrases/match.js';
import type { DraftDocument } from '../document/parse.js';

const NOT_NAMES = new Set([
  'i', "i'm", "i've", "i'd", "i'll", 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'dear', 'hi', 'hello', 'thank', 'thanks', 'best', 'regards', 'sincerely', 'linkedin', 'english', 'ok',
  // Words of a generic greeting: "Dear Hiring Manager" names nobody.
  'hiring', 'manager', 'managers', 'team', 'sir', 'madam', 'recruiter', 'recruiting', 'committee', 'whom', 'concern', 'hr',
]);

/** "We discussed / I enjoyed learning / hearing about ...": specific only if what follows is (see recallsSomething). */
const RECALL: PhraseEntry = { pattern: 'discuss|discussed|discussing|discussion|talk|talked|talking|chat|chatted|chatting|conversation|interview|learn|learned|learning|learnt|hearing|heard about|of|on|how|your|the' };

/**
 * What any note could say after "learning about" or "hearing about": the
 * role, the team, the next steps. "Hearing about next steps" and "learning
 * about the position" recall nothing; "learning about how your team ships"
 * or "talking about the data pipeline" do.
 */
const GENERIC_OBJECTS = new Set([
  'next', 'steps', 'position', 'role', 'job', 'opportunity', 'opening', 'company', 'team', 'organization', 'organisation',
  'process', 'decision', 'outcome', 'timeline', 'status', 'results', 'interview', 'application', 'you', 'it', 'things',
  // "the interview on Tuesday", "our conversation yesterday": when, not what.
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'morning', 'afternoon',
  'evening', 'phone', 'call', 'zoom', 'teams', 'video', 'site', 'me', 'us', 'time',
]);
const FILLERS = new Set(['the', 'your', 'a', 'an', 'this', 'our', 'my', 'more', 'about', 'any']);

/**
 * Whether the first word after a recall phrase, in the same sentence and past
 * articles and possessives, names something particular ("the role we
 * discussed." recalls nothing).
 */
function recallsSomething(prose: string, words: Words, end: number): boolean {
  let i = wordAt(words, end);
  while (i < words.count && FILLERS.has(words.lower[i] ?? '')) i++;
  if (i >= words.count) return false;
  const gap = prose.slice(end, words.starts[i] ?? end);
  if (/[.!?;:\n]/.test(gap)) return false;
  // "As you mentioned, the team is moving to Rust": an aside; what follows is the point, so give it the benefit of the doubt.
  if (gap.includes(',')) return true;
  return !GENERIC_OBJECTS.has(words.lower[i] ?? '');
}

/** "You mentioned / we discussed ...": the same test on what follows. */
const MENTIONED: PhraseEntry = { pattern: 'you|we mentioned|described|explained|shared|showed|walked|outlined|asked|covered|raised|discussed|talked' };

export const missingSpecifics: Rule = {
  meta: {
    id: 'missing-specifics',
    kinds: ['thank-you', 'status-check'],
    defaultSeverity: 'warning',
    category: 'do',
    description: 'Nothing in the draft is specific to this interview: no name, no role or company, no topic you discussed.',
    howToFix: 'Name the interviewer, the role or the company, and mention one thing you talked about.',
    fix: 'none',
    messages: {
      generic: 'This could be sent to anyone. Mention {missing} or a moment from the conversation.',
    },
    checklistLabel: 'Specific to this interview',
  },
  phrases: [
    RECALL,
    MENTIONED,
    { pattern: 'your point|insight|insights|perspective|description|explanation|question|questions|story|example|plans|vision|approach' },
    { pattern: 'when we|you talked|spoke|discussed|mentioned' },
    { pattern: 'the part|moment|question about|where|when' },
    { pattern: '(tour|demo|whiteboard|case study|presentation|exercise|challenge|walkthrough|panel discussion)' },
    { pattern: 'your team\'s|company\'s|organization\'s|organisation\'s' },
    { pattern: 'showing|showed|walking|walked|taking|took|introducing|introduced me|us (around|through|to)' },
    { pattern: 'showing|showed me|us the|your|how|where' },
    { pattern: 'campus|site|plant|lab|office|store|warehouse|factory visit|tour' },
    { pattern: 'job|research|teaching talk|lecture|demonstration|presentation' },
    { pattern: 'explaining|explained|describing|described|outlining|outlined|sharing|shared (how|why|what|the|your)' },
  ],
  check(ctx) {
    const { doc, facts } = ctx;
    const words = getWords(doc);
    const known = new Set<string>();
    // Names are compared with accents folded: "Jose" in the body names "José" in `to:`.
    // A `to:` such as "Hiring Team" names nobody: "the team" in the body is not specific.
    const people = personalRecipients(facts.to);
    for (const value of [...people, facts.company ?? '', facts.role ?? '']) for (const w of significantWords(value)) known.add(foldName(w));
    if (known.size > 0) {
      for (let i = 0; i < words.count; i++) {
        const w = foldName(words.lower[i] ?? '');
        if (known.has(w) || (w.endsWith("'s") && known.has(w.slice(0, -2)))) return;
      }
    }
    if (ctx.phraseMatches().some((m) => (m.entry !== RECALL && m.entry !== MENTIONED) || recallsSomething(doc.prose, words, m.end))) return;
    // A name the front matter does not have ("the Selenium migration", "the Kano mini-grid") is particular too.
    if (hasProperName(doc, words)) return;
    const missing: string[] = [];
    if (people[0]) missing.push(people[0]);
    if (facts.role) missing.push(`the ${facts.role} role`);
    if (facts.company) missing.push(facts.company);
    ctx.report({
      ...anchor(doc),
      messageId: 'generic',
      data: { missing: missing.length ? missing.join(', ') : 'the interviewer, the role' },
    });
  },
};

/** A capitalised word that does not start a sentence or a line, and is not a common capitalised word. */
function hasProperName(doc: DraftDocument, words: ReturnType<typeof getWords>): boolean {
  const text = doc.text;
  // The signature names the writer, not anything of the interview.
  const to = doc.signOff?.start ?? text.length;
  for (let i = 1; i < words.count; i++) {
    const start = words.starts[i] ?? 0;
    if (start >= to) break;
    const c = text.charCodeAt(start);
    if (c < 65 || c > 90) continue;
    const lw = words.lower[i] ?? '';
    if (NOT_NAMES.has(lw)) continue;
    // What sits between the previous word and this one: a sentence end or line break means sentence-initial.
    const gap = text.slice(words.ends[i - 1] ?? 0, start);
    if (/[.!?:\n]/.test(gap)) continue;
    return true;
  }
  return false;
}
