/**
 * What presence ("missing-*") and timing rules share: a stable anchor to
 * report at, insertion points for the sentences their fixes add, and wording
 * built from front matter facts.
 */
import type { DraftDocument } from '../document/parse.js';
import type { DraftFacts, FrontMatterKey } from '../document/frontMatter.js';
import { getWords, wordAt } from '../document/text.js';
import type { PhraseEntry, PhraseMatch } from './phrases/match.js';
import type { Range, TextEdit } from '../types.js';

/** The greeting line, else the first line of prose, else the start of the body. */
export function anchor(doc: DraftDocument): Range {
  if (doc.greeting) return { start: doc.greeting.start, end: doc.greeting.end };
  const { prose, lines } = doc;
  const stop = doc.quotedFrom ?? prose.length;
  for (let l = lines.lineOf(doc.subject ? doc.subject.end : doc.bodyStart); l < lines.lineCount; l++) {
    const s = lines.lineStart(l);
    if (s >= stop) break;
    if (doc.subject && s <= doc.subject.start) continue;
    const raw = prose.slice(s, lines.lineEnd(l));
    const trimmed = raw.trim();
    if (trimmed) {
      const lead = raw.length - raw.trimStart().length;
      return { start: s + lead, end: s + lead + trimmed.length };
    }
  }
  return { start: doc.bodyStart, end: doc.bodyStart };
}

/** Insert a paragraph after the greeting, or prepend it to the first paragraph. */
export function insertOpening(doc: DraftDocument, eol: string, sentence: string): TextEdit {
  if (doc.greeting) {
    const at = doc.lines.lineEnd(doc.lines.lineOf(doc.greeting.start));
    return { start: at, end: at, newText: `${eol}${eol}${sentence}` };
  }
  const a = anchor(doc);
  if (a.end > a.start) return { start: a.start, end: a.start, newText: `${sentence} ` };
  return appendParagraph(doc, eol, sentence);
}

/** Insert a paragraph before the sign-off, or after the last paragraph. */
export function insertClosing(doc: DraftDocument, eol: string, sentence: string): TextEdit {
  if (doc.signOff) {
    const at = doc.lines.lineStart(doc.lines.lineOf(doc.signOff.start));
    return { start: at, end: at, newText: `${sentence}${eol}${eol}` };
  }
  const last = doc.blocks[doc.blocks.length - 1];
  if (last && doc.quotedFrom !== undefined && last.end > doc.quotedFrom) {
    // The last block runs into quoted mail ("On Monday, Dana wrote:" inside it): after it the sentence would be quoted
    // too and count for nothing, so it goes before that block, on a line of its own.
    const at = doc.lines.lineStart(doc.lines.lineOf(last.start));
    return { start: at, end: at, newText: `${sentence}${eol}${eol}` };
  }
  if (last) return { start: last.end, end: last.end, newText: `${eol}${eol}${sentence}` };
  return appendParagraph(doc, eol, sentence);
}

/**
 * With no prose to attach to (an empty draft, or one that is all quote or
 * code), the sentence becomes the body's first paragraph: the start of the
 * body can never be inside a quote, a list or an unclosed code fence.
 */
function appendParagraph(doc: DraftDocument, eol: string, sentence: string): TextEdit {
  const at = doc.bodyStart;
  const rest = doc.text.slice(at);
  if (rest.trim() === '') {
    // An empty body: after its blank lines, so the front matter keeps its blank line below it.
    const end = doc.text.length;
    const last = doc.text.charCodeAt(end - 1);
    const lead = end > at && last !== 10 && last !== 13 ? eol : '';
    return { start: end, end, newText: `${lead}${sentence}${eol}` };
  }
  return { start: at, end: at, newText: `${sentence}${eol}${eol}` };
}

/** "the Data Analyst role at Northwind Labs", or as much of it as is known. */
export function roleWords(facts: DraftFacts): string {
  const role = facts.role ? `the ${facts.role} role` : 'the role';
  return facts.company ? `${role} at ${facts.company}` : role;
}

/** The value (or key) range of a front matter key, for timing findings. */
export function keyRange(doc: DraftDocument, key: string): Range {
  const k: FrontMatterKey | undefined = doc.frontMatter.keys.find((x) => x.key === key);
  if (!k) return anchor(doc);
  return k.valueRange.end > k.valueRange.start ? k.valueRange : k.keyRange;
}

const NEGATORS = new Set([
  'not', 'never', 'no', 'nor', 'without', 'hardly', "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", 'cannot', "isn't",
  "aren't", "wasn't", "weren't", "shouldn't", "haven't", "hasn't", "hadn't", 'dont', 'didnt', 'wont', 'cant', 'isnt', 'neither',
]);
/** "not only excited but…", "not just grateful": the negator does not negate. */
const NOT_NEGATING_NEXT = new Set(['only', 'just', 'merely', 'simply']);

/**
 * Whether the phrase starting at `offset` is negated by a word right before
 * it in the same clause: "not interested", "don't really appreciate". Presence
 * rules use this narrow window instead of the matcher's wider one, because a
 * negation further back usually belongs to another thought: "I can't thank
 * you enough", "never been more excited", "whether or not I move forward, I
 * appreciate…" all still say the thing.
 */
export function negatedBefore(doc: DraftDocument, offset: number, window = 2): boolean {
  const words = getWords(doc);
  const first = wordAt(words, offset);
  for (let w = first - 1, n = 0; w >= 0 && n < window; w--, n++) {
    if (!onlySpaceBetween(doc.prose, words.ends[w] ?? 0, words.starts[w + 1] ?? 0)) return false;
    if (NEGATORS.has(words.lower[w] ?? '')) return !NOT_NEGATING_NEXT.has(words.lower[w + 1] ?? '');
  }
  return false;
}

/** Spaces and at most one line break: the same clause. */
function onlySpaceBetween(prose: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let k = from; k < to; k++) {
    const c = prose.charCodeAt(k);
    if (c === 10) {
      if (++newlines > 1) return false;
    } else if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * Whether a presence rule's phrases say the thing at least once: a match
 * counts unless its entry is in `negatable` and it is negated right before.
 */
export function saysIt(doc: DraftDocument, matches: readonly PhraseMatch[], negatable: ReadonlySet<PhraseEntry>): boolean {
  for (const m of matches) if (!negatable.has(m.entry) || !negatedBefore(doc, m.start)) return true;
  return false;
}

/** A lower-case word with accents folded ("josé" -> "jose"), for matching names however they are typed. */
export function foldName(lower: string): string {
  for (let i = 0; i < lower.length; i++) if (lower.charCodeAt(i) > 127) return lower.normalize('NFD').replace(MARKS, '');
  return lower;
}
const MARKS = /\p{M}+/gu;

/** Words of a name or title that can identify it in prose (skips "the", initials). */
/**
 * A `to:` value that names a role or a group rather than a person: "Hiring
 * Team", "the hiring manager", "Talent Acquisition", "HR". Writers put it
 * there when they do not know a name; it is no name to greet or to mention.
 */
const GENERIC_RECIPIENT =
  /^(?:the\s+)?(?:(?:hiring|recruiting|recruitment|talent(?:\s+acquisition)?|search|interview|interviewing|selection|people|hr)(?:\s+|$))?(?:manager|managers|team|committee|panel|department|recruiter|recruiters|interviewer|interviewers|hr|human resources|staff|acquisition)?$/i;
export function isGenericRecipient(name: string): boolean {
  const n = name.trim();
  return n.length > 0 && GENERIC_RECIPIENT.test(n);
}

/** The `to:` values that name people (see isGenericRecipient). */
export function personalRecipients(to: readonly string[]): string[] {
  return to.filter((n) => !isGenericRecipient(n));
}

export function significantWords(value: string): string[] {
  return value
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => w.length >= 2 && !STOP.has(w));
}

const STOP = new Set(['the', 'and', 'of', 'inc', 'llc', 'ltd', 'co', 'corp', 'mr', 'ms', 'mrs', 'dr', 'for', 'at', 'in', 'a', 'an', 'de', 'la']);

/** Format epoch ms as "Sat 21 Nov, 14:00" in local time (no locale data needed). */
export function formatWhen(time: number, withTime = true): string {
  const d = new Date(time);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getDay()];
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getMonth()];
  const base = `${day} ${d.getDate()} ${month}`;
  if (!withTime) return base;
  return `${base}, ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/**
 * Whether the word at `offset` opens a sentence: nothing before it but
 * spaces, quote marks, an opening parenthesis or emphasis back to a . ! ? or a
 * line start (a list item or a line of its own starts afresh). Run on the
 * prose, where markup is blanked.
 */
export function sentenceInitial(prose: string, offset: number): boolean {
  for (let k = offset - 1; k >= 0; k--) {
    const c = prose[k] ?? '';
    if (c === ' ' || c === '\t' || c === '"' || c === '“' || c === '(' || c === '*' || c === '_') continue;
    return c === '.' || c === '!' || c === '?' || c === '\n' || c === '\r';
  }
  return true;
}
