/**
 * shouting: ordinary words in ALL CAPS, and runs of !! or ??. Acronyms are
 * not shouting: a capitalised word is flagged only when it is a common English
 * word (VERY, REALLY, THANK) and not a known acronym (SQL, AWS, HR, IT, US).
 */
import type { Rule } from './rule.js';
import { getWords } from '../document/text.js';
import { significantWords } from './helpers.js';

const COMMON = new Set(
  `about above after again all also always am amazing and any anything appreciate are as ask at available back be been before being best better
  big but by call can cannot chance could day definitely did do does done each eager earliest email even ever every excited exciting extremely
  feel for from get give glad going good got great had happy hard has have having hear hearing help here hope how however if important in
  interested interview into is it its job just know last let like look looking love made make many me more most much must my need never new next
  no not nothing now of off on once one only opportunity or other our out over perfect please position really reply respond right role said
  same see should so some soon still such sure team than thank thanks that the their them then there these they thing think this those time to
  today tomorrow too truly under until up urgent us very want was way we week well were what when where which while who why will wish with
  wonderful work would yes yet you your absolutely totally highly super huge incredibly honestly seriously ready asap immediately`.split(/\s+/),
);
// Acronyms that are also words, or words in common acronym use.
const ACRONYMS = new Set(['it', 'us', 'am', 'or', 'hr', 'ok', 'id', 'ai', 'so', 'me', 'in', 'on', 'at', 'be', 'do', 'no', 'go', 'an', 'as', 'is', 'up', 'we', 'my', 'by', 'of', 'to', 'oh', 'hi', 'ma', 'pa', 'ca', 'ny', 'la', 'dc', 'co', 'usa', 'asap', 'now', 'team', 'care', 'help', 'hope', 'ready']);

export const shouting: Rule = {
  meta: {
    id: 'shouting',
    kinds: 'all',
    defaultSeverity: 'warning',
    category: 'dont',
    description: 'Ordinary words in ALL CAPS and runs of "!!" or "??", which read as shouting. Acronyms such as SQL or HR are fine.',
    howToFix: 'Write the word in normal case and use a single punctuation mark.',
    fix: 'safe',
    messages: {
      caps: '"{phrase}" in capitals reads as shouting; write it in normal case.',
      punctuation: '"{phrase}" reads as shouting; one mark is enough.',
    },
  },
  check(ctx) {
    const { doc, facts } = ctx;
    const words = getWords(doc);
    const known = new Set<string>();
    for (const v of [...facts.to, facts.company ?? '', facts.role ?? '']) for (const w of significantWords(v)) known.add(w);
    for (let i = 0; i < words.count; i++) {
      const lw = words.lower[i] ?? '';
      if (lw.length < 3 || !COMMON.has(lw) || ACRONYMS.has(lw) || known.has(lw)) continue;
      const start = words.starts[i] ?? 0;
      const end = words.ends[i] ?? start;
      const raw = doc.text.slice(start, end);
      if (raw !== raw.toUpperCase()) continue;
      const replacement = sentenceInitial(doc.prose, start) ? raw[0] + lw.slice(1) : lw;
      ctx.report({ start, end, messageId: 'caps', data: { phrase: raw }, fix: { title: `Write "${replacement}"`, edits: [{ start, end, newText: replacement }] } });
    }
    const re = /[!?]{2,}/g;
    re.lastIndex = doc.bodyStart;
    for (let m = re.exec(doc.prose); m; m = re.exec(doc.prose)) {
      const s = m[0];
      const mark = s.includes('?') ? '?' : '!';
      ctx.report({
        start: m.index,
        end: m.index + s.length,
        messageId: 'punctuation',
        data: { phrase: s },
        fix: { title: `Replace "${s}" with "${mark}"`, edits: [{ start: m.index, end: m.index + s.length, newText: mark }] },
      });
    }
  },
};

function sentenceInitial(prose: string, offset: number): boolean {
  for (let k = offset - 1; k >= 0; k--) {
    const c = prose[k] ?? '';
    if (c === ' ' || c === '\t' || c === '"' || c === '“' || c === '*' || c === '_') continue;
    return c === '.' || c === '!' || c === '?' || c === '\n' || c === '\r';
  }
  return true;
}
