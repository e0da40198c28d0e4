/**
 * shouting: ordinary words in ALL CAPS, and runs of !! or ??. Acronyms are
 * not shouting: a capitalised word is flagged only when it is a common English
 * word (VERY, REALLY, THANK) and not a known acronym (SQL, AWS, HR, IT, US).
 */
import type { Rule } from './rule.js';
import { insideQuotes } from './phrases/match.js';
import { getWords } from '../document/text.js';
import { sentenceInitial, significantWords } from './helpers.js';

const COMMON = new Set(
  `about above after again all also always am amazing and any anything appreciate are as ask at available back be been before being best better
  big but by call can cannot chance could day definitely did do does done each eager earliest email even ever every excited exciting extremely
  feel for from give glad going good got great had happy hard has have having hear hearing help here hope how however if important in
  interested interview into is it its job just know last let like look looking love made make many me more most much must my need never new next
  no not nothing now of off on once one only opportunity or other our out over perfect please position really reply respond right role said
  same see should so some soon still such sure team than thank thanks that the their them then there these they thing think this those time to
  today tomorrow too truly under until up urgent us very want was way we week well were what when where which while who why will wish with
  wonderful work would yes yet you your absolutely totally highly super huge incredibly honestly seriously ready asap immediately
  morning afternoon evening grateful thankful sincerely regards dear hello again awesome excellent fantastic love loved enjoyed
  appreciated honored honoured thrilled delighted pleased sorry again forward waiting wait answer response update news luck`.split(/\s+/),
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
    // Runs of capitalised words: "THANK YOU SO MUCH" is shouting; "BEST BUY", "UNION ALL", "WORK IN PROGRESS"
    // hold a word that is no ordinary word, so the run is a name, a title or code, and none of it is flagged.
    for (let i = 0; i < words.count; ) {
      if (!isCaps(doc.text, words, i)) {
        i++;
        continue;
      }
      // A run goes on over spaces, commas and a lower-case "and"/"or": "GET and PUT", "AND, OR and NOT".
      let j = i + 1;
      for (;;) {
        if (j < words.count && isCaps(doc.text, words, j) && capsJoined(doc.prose, words.ends[j - 1] ?? 0, words.starts[j] ?? 0)) j++;
        else if (j + 1 < words.count && AND_OR.has(words.lower[j] ?? '') && isCaps(doc.text, words, j + 1) && !isCaps(doc.text, words, j) && capsJoined(doc.prose, words.ends[j - 1] ?? 0, words.starts[j] ?? 0) && capsJoined(doc.prose, words.ends[j] ?? 0, words.starts[j + 1] ?? 0)) j += 2;
        else break;
      }
      if (!isNameRun(words, i, j, known) && !TECHNICAL_NEXT.has(nextWord(doc.prose, words, j))) {
        const shouted = (k: number): boolean => {
          const lw = words.lower[k] ?? '';
          return lw.length >= 3 && COMMON.has(lw) && !ACRONYMS.has(lw) && isCaps(doc.text, words, k);
        };
        let loud = false;
        for (let k = i; k < j && !loud; k++) loud = shouted(k);
        for (let k = i; loud && k < j; k++) {
          const lw = words.lower[k] ?? '';
          // Inside a shouted run, small words are shouted too: "THANK YOU SO MUCH", "LET ME KNOW".
          if (!shouted(k) && !(SMALL_WORDS.has(lw) && isCaps(doc.text, words, k))) continue;
          const start = words.starts[k] ?? 0;
          const end = words.ends[k] ?? start;
          const raw = doc.text.slice(start, end);
          // Their words, quoted as written ('the "WHY before HOW" principle on your wall').
          if (insideQuotes(doc.text, start, end)) continue;
          const replacement = sentenceInitial(doc.prose, start) ? raw[0] + lw.slice(1) : lw;
          ctx.report({ start, end, messageId: 'caps', data: { phrase: raw }, fix: { title: `Write "${replacement}"`, edits: [{ start, end, newText: replacement }] } });
        }
      }
      i = j;
    }
    PUNCTUATION.lastIndex = doc.bodyStart;
    for (let m = PUNCTUATION.exec(doc.prose); m; m = PUNCTUATION.exec(doc.prose)) {
      const s = m[0];
      if (insideQuotes(doc.text, m.index, m.index + s.length)) continue;
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

const PUNCTUATION = /[!?]{2,}/g;
const AND_OR = new Set(['and', 'or']);
// Two-letter words that are never acronyms on their own (not IT, US, HR, AM, OK, ID, AI).
const SMALL_WORDS = new Set(['so', 'me', 'we', 'to', 'of', 'in', 'on', 'at', 'be', 'do', 'no', 'go', 'my', 'by', 'up', 'is', 'as', 'an', 'or', 'oh', 'if', 'he']);

// A capitalised keyword before one of these is code or a standard, not a raised voice: "the WHERE clause",
// "GET requests", "CAN bus", "an AND gate".
const TECHNICAL_NEXT = new Set(
  `clause clauses statement statements request requests method methods endpoint endpoints verb verbs keyword keywords
  operator operators query queries command commands bus function functions formula formulas condition conditions block
  blocks loop loops gate gates logic flag flags mode tag tags key keys call calls instruction instructions directive
  directives type types value values constraint constraints expression expressions`.split(/\s+/),
);

/** Whether word i is written in capitals (at least two letters, all upper case). */
function isCaps(text: string, words: ReturnType<typeof getWords>, i: number): boolean {
  const start = words.starts[i] ?? 0;
  const end = words.ends[i] ?? start;
  if (end - start < 2) return false;
  // Most words start in lower case: decide without slicing.
  const c = text.charCodeAt(start);
  if (c >= 97 && c <= 122) return false;
  const raw = text.slice(start, end);
  return raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}

/** Capitalised words in one run: only spaces, hyphens or slashes between them. */
function capsJoined(prose: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = prose.charCodeAt(k);
    if (c !== 32 && c !== 45 && c !== 47 && c !== 38 && c !== 44) return false; // space - / & ,
  }
  return to - from < 4;
}

/** A run holding a word that is not an ordinary word (an acronym, a name) or a name from front matter. */
function isNameRun(words: ReturnType<typeof getWords>, from: number, to: number, known: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) {
    const lw = words.lower[k] ?? '';
    if (known.has(lw)) return true;
    if (lw.length >= 3 && !COMMON.has(lw)) return true;
  }
  return false;
}

/** The lower-case word right after word `j - 1`, in the same sentence, or ''. */
function nextWord(prose: string, words: ReturnType<typeof getWords>, j: number): string {
  if (j >= words.count) return '';
  const from = words.ends[j - 1] ?? 0;
  const to = words.starts[j] ?? 0;
  for (let k = from; k < to; k++) if (prose.charCodeAt(k) !== 32) return '';
  return words.lower[j] ?? '';
}
