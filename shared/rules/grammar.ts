/**
 * grammar (fast tier): slips a proofreader catches on sight, each with one
 * obvious fix: a repeated word ("the the"), "a" / "an" against the next
 * word's sound, and the confusions these notes see most (your/you're,
 * its/it's, then/than, "could of", "alot", "everyday" used as "every day").
 *
 * Every check looks at neighbouring words joined by spaces only, so
 * punctuation between them ("that, that") means the writer meant it; patterns
 * are narrow on purpose, since a wrong "fix" is worse than a missed slip.
 */
import type { Rule, RuleContext } from './rule.js';
import { insideQuotes } from './phrases/match.js';
import { getWords, WordMemo, type Words } from '../document/text.js';
import { matchCase } from './rule.js';
import { inProse, isSpellingLint, Spans } from '../proofreading/thorough.js';

export const grammar: Rule = {
  meta: {
    id: 'grammar',
    kinds: 'all',
    defaultSeverity: 'warning',
    category: 'proofreading',
    description: 'Grammar slips a reader notices at once: a repeated word, "a" before a vowel sound, "your" for "you\'re", "its" for "it\'s", "then" for "than", "could of".',
    howToFix: 'Apply the quick fix, or reword the sentence.',
    fix: 'safe',
    messages: {
      repeated: 'The word "{word}" is repeated.',
      article: 'Use "{replacement}" before "{next}", which starts with a {sound} sound.',
      confusion: '"{phrase}" should be "{replacement}" here.',
      thorough: '{message} (Harper)',
    },
  },
  check(ctx) {
    if (!ctx.thorough) return checkFast(ctx);
    const mine: Array<{ start: number; end: number }> = [];
    checkFast({ ...ctx, report: (r) => void (mine.push(r), ctx.report(r)) });
    mergeThorough(ctx, mine);
  },
};

/** Every word the switch in checkFast has a case for (a test reads the cases and compares). */
export const GRAMMAR_CASES: ReadonlySet<string> = new Set([
  'a', 'an', 'your', "you're", 'its', "it's", 'then', 'than', 'could', 'should', 'would', 'must', 'might', 'alot', 'everyday', 'exited', 'forward', 'for',
]);
// Most words have no case: one memo read skips the switch's string compares.
const hasCase = new WordMemo((w) => GRAMMAR_CASES.has(w));

function checkFast(ctx: RuleContext): void {
    const words = getWords(ctx.doc);
    const text = ctx.doc.text;
    const n = words.count;
    for (let i = 0; i < n; i++) {
      const w = words.lower[i]!;
      const next = i + 1 < n && spaced(text, words.ends[i]!, words.starts[i + 1]!) ? words.lower[i + 1]! : undefined;
      if (next === undefined) {
        if (w === 'alot') confusion(ctx, words, i, i, 'a lot');
        else if (w === 'everyday' && endsClause(text, words.ends[i]!)) confusion(ctx, words, i, i, 'every day');
        else if (w === 'than') thanForThen(ctx, words, i);
        continue;
      }
      if (w === next && !REPEAT_OK.has(w) && !/\d/.test(w) && !signatureRepeat(text, words.ends[i]!, words.starts[i + 1]!) && !repeatedName(text, words, i)) {
        ctx.report({
          start: words.starts[i + 1]!,
          end: words.ends[i + 1]!,
          messageId: 'repeated',
          data: { word: text.slice(words.starts[i + 1]!, words.ends[i + 1]!) },
          fix: { title: `Remove the second "${w}"`, edits: [{ start: words.ends[i]!, end: words.ends[i + 1]!, newText: '' }] },
        });
        i++;
        continue;
      }
      if (!hasCase.get(words, i)) continue;
      switch (w) {
        case 'a':
        case 'an':
          article(ctx, words, i);
          break;
        case 'your':
          if ((YOURE_NEXT.has(next) && !aLabel(text, words, i + 1)) || (next === 'welcome' && (endsClause(text, words.ends[i + 1]!) || words.lower[i + 2] === 'to'))) confusion(ctx, words, i, i, "you're");
          break;
        case "you're":
          if (YOUR_NOUNS.has(next)) confusion(ctx, words, i, i, 'your');
          break;
        case 'its':
          if (ITS_NEXT.has(next)) confusion(ctx, words, i, i, "it's");
          break;
        case "it's":
          if (IT_S_NOUNS.has(next)) confusion(ctx, words, i, i, 'its');
          break;
        case 'then':
          if (i > 0 && COMPARATIVES.has(words.lower[i - 1]!) && spaced(text, words.ends[i - 1]!, words.starts[i]!)) confusion(ctx, words, i, i, 'than');
          else if (i > 1 && (words.lower[i - 2] === 'more' || words.lower[i - 2] === 'less') && COMPARED_TO.has(next) && spaced(text, words.ends[i - 2]!, words.starts[i - 1]!) && spaced(text, words.ends[i - 1]!, words.starts[i]!)) {
            confusion(ctx, words, i, i, 'than');
          }
          break;
        case 'than':
          thanForThen(ctx, words, i);
          break;
        case 'could':
        case 'should':
        case 'would':
        case 'must':
        case 'might':
          if (next === 'of' && !(i + 2 < n && words.lower[i + 2] === 'course')) confusion(ctx, words, i + 1, i + 1, 'have', true);
          break;
        case 'alot':
          confusion(ctx, words, i, i, 'a lot');
          break;
        case 'everyday':
          if (endsClause(text, words.ends[i]!)) confusion(ctx, words, i, i, 'every day');
          break;
        case 'exited':
          // "I am so exited about the role": one letter from "excited", and never right before "about".
          if (next === 'about' || (i > 0 && INTENSIFIERS.has(words.lower[i - 1]!) && spaced(text, words.ends[i - 1]!, words.starts[i]!))) confusion(ctx, words, i, i, 'excited');
          break;
        case 'forward': {
          // "I look forward to hear from you": after "look forward to", the verb takes -ing.
          const verb = i + 2 < n ? words.lower[i + 2]! : '';
          const ing = FORWARD_TO.get(verb);
          if (ing && next === 'to' && i > 0 && LOOK.has(words.lower[i - 1]!) && spaced(text, words.ends[i + 1]!, words.starts[i + 2]!)) confusion(ctx, words, i + 2, i + 2, ing);
          break;
        }
        case 'for':
          // "Thank you for you time": "your".
          if (next === 'you' && i + 2 < n && YOUR_THANKS.has(words.lower[i + 2]!) && spaced(text, words.ends[i + 1]!, words.starts[i + 2]!)) confusion(ctx, words, i + 1, i + 1, 'your');
          break;
      }
    }
}

/**
 * Harper's grammar lints (the thorough tier) in the writer's prose, except
 * where the fast checks already spoke, and except a change to the
 * capitalisation of a capitalised word (names are the writer's to spell:
 * "Sam" is not "SAM"), and splitting a known word ("roadmap").
 */
function mergeThorough(ctx: RuleContext, mine: ReadonlyArray<{ start: number; end: number }>): void {
  const text = ctx.doc.text;
  const taken = new Spans(mine);
  // In order of start, so a lint overlaps an earlier one kept exactly when it starts before the furthest end kept.
  const lints = [...(ctx.thorough ?? [])].sort((a, b) => a.start - b.start);
  let keptEnd = -1;
  for (const l of lints) {
    if (isSpellingLint(l) || l.start < keptEnd || !inProse(ctx.doc, l.start, l.end) || taken.overlaps(l.start, l.end)) continue;
    const problem = text.slice(l.start, l.end);
    if (/^\p{Lu}/u.test(problem) && l.replacements.length > 0 && l.replacements.every((r) => r.toLowerCase() === problem.toLowerCase())) continue;
    // "roadmap" -> "road map": a word the dictionary or the job vocabulary knows is not split.
    if (ctx.speller?.isWord(problem) && l.replacements.length > 0 && l.replacements.every((r) => r.replace(/[\s-]/g, '') === problem)) continue;
    const message = l.message.replace(/`/g, '"').trim();
    ctx.report({
      start: l.start,
      end: l.end,
      messageId: 'thorough',
      data: { message: /[.!?]$/.test(message) ? message.slice(0, -1) : message },
      suggestions: l.replacements.slice(0, 5).map((r) => ({
        title: r === '' ? `Remove "${problem}"` : `Change to "${r}"`,
        edits: [{ start: l.start, end: l.end, newText: r }],
      })),
    });
    keptEnd = Math.max(keptEnd, l.end);
  }
}

/** Repeats that are good English: "that that", "had had", "is is" ("what it is is"), "bye bye". */
const REPEAT_OK = new Set(['that', 'had', 'is', 'do', 'bye', 'ha', 'haha', 'no', 'so', 'very', 'really', 'knock', 'tut', 'yada', 'blah', 'chop', 'hush', 'dum', 'mahi', 'cous', 'bora', 'ylang', 'pom', 'tom', 'tsk', 'go']);
/** "your" followed by these is "you're": "your welcome", "your a great fit", "your not". */
const YOURE_NEXT = new Set(['a', 'an', 'the', 'not', 'going']);
/** "you're" followed by a noun is "your": "you're team", "you're time". */
const YOUR_NOUNS = new Set([
  'team', 'time', 'company', 'help', 'consideration', 'feedback', 'insight', 'insights', 'advice', 'email', 'message', 'offer',
  'organization', 'organisation', 'office', 'interview', 'support', 'patience', 'guidance', 'perspective', 'thoughts', 'reply',
  'response', 'kindness', 'hospitality', 'input', 'decision', 'questions', 'business', 'department', 'colleagues', 'hiring',
]);
/** "its" followed by these is "it's": "its a pleasure", "its been a week". */
const ITS_NEXT = new Set(['a', 'an', 'the', 'not', 'been', 'going', 'always', 'never']);
/** "it's" followed by a noun is "its": "it's own", "it's team". */
const IT_S_NOUNS = new Set([
  'own', 'team', 'teams', 'mission', 'culture', 'values', 'products', 'customers', 'employees', 'clients', 'members', 'history',
  'goals', 'approach', 'growth', 'success', 'staff', 'people', 'leadership', 'commitment', 'platform', 'services',
]);
/** Words before "exited" that mean "excited": "so exited", "really exited". */
const INTENSIFIERS = new Set(['so', 'very', 'really', 'extremely', 'truly', 'super', 'incredibly', 'quite', 'most', 'more', 'even', 'genuinely', 'particularly', 'especially']);
const LOOK = new Set(['look', 'looking', 'looks', 'looked']);
/** Verbs written bare after "look forward to", and their -ing forms. */
const FORWARD_TO = new Map([
  ['hear', 'hearing'], ['meet', 'meeting'], ['speak', 'speaking'], ['work', 'working'], ['talk', 'talking'], ['discuss', 'discussing'],
  ['join', 'joining'], ['learn', 'learning'], ['connect', 'connecting'], ['contribute', 'contributing'], ['continue', 'continuing'],
  ['receive', 'receiving'], ['see', 'seeing'], ['chat', 'chatting'], ['get', 'getting'], ['have', 'having'], ['be', 'being'], ['start', 'starting'],
]);
/** "for you time": nouns a thank-you puts after "your". */
const YOUR_THANKS = new Set(['time', 'consideration', 'help', 'patience', 'interest', 'feedback', 'support', 'reply', 'response', 'understanding', 'hospitality', 'guidance', 'insights', 'advice']);
const COMPARATIVES = new Set([
  'more', 'less', 'better', 'rather', 'other', 'fewer', 'greater', 'larger', 'smaller', 'higher', 'lower', 'faster', 'worse', 'further',
  'bigger', 'older', 'younger', 'easier', 'harder', 'stronger', 'longer', 'shorter', 'quicker', 'cheaper', 'happier', 'busier',
  'clearer', 'simpler', 'deeper', 'broader', 'wider', 'closer', 'newer', 'louder', 'safer', 'smarter', 'tougher', 'weaker',
]);
/** "more interesting then ever": after "more/less X", "then" before one of these is a comparison. */
const COMPARED_TO = new Set(['ever', 'anything', 'anyone', 'anybody', 'before', 'usual', 'expected', 'planned', 'average', 'others', 'mine', 'yours', 'most', 'any']);
/** "since than", "back than", "until than": time words that want "then". */
const THAN_AFTER = new Set(['since', 'until', 'till', 'back', 'by', 'and']);

/** "since than." / "back than,": a time word before "than" at the end of a clause wants "then". */
function thanForThen(ctx: RuleContext, words: Words, i: number): void {
  const text = ctx.doc.text;
  if (i > 0 && THAN_AFTER.has(words.lower[i - 1]!) && spaced(text, words.ends[i - 1]!, words.starts[i]!) && endsClause(text, words.ends[i]!)) {
    confusion(ctx, words, i, i, 'then');
  }
}

/** Only spaces or tabs (no punctuation, no paragraph break) between two words. */
/** "Walla Walla", "Li Li", "Baden-Baden" written apart: both capitalised, and no common word ("The The team" is a slip). */
function repeatedName(text: string, words: Words, i: number): boolean {
  const a = text.charCodeAt(words.starts[i]!);
  const b = text.charCodeAt(words.starts[i + 1]!);
  return a >= 65 && a <= 90 && b >= 65 && b <= 90 && !COMMON_REPEATS.has(words.lower[i]!);
}
const COMMON_REPEATS = new Set(['the', 'a', 'an', 'and', 'to', 'of', 'in', 'on', 'for', 'is', 'it', 'i', 'we', 'you', 'my', 'our', 'this', 'that', 'with', 'as', 'at', 'be', 'by', 'thank', 'thanks', 'dear', 'hi', 'hello']);

/**
 * A repeat across a line break where the first line is the word alone is a
 * signature ("Jordan" above "Jordan Mills, CFA"), not a slip; a hard-wrapped
 * line of prose ("I enjoyed the" above "the tour") has more on it.
 */
function signatureRepeat(text: string, end: number, nextStart: number): boolean {
  // Only the gap between the two words is searched for the break (a few characters): a 1 MB line stays linear.
  let br = end;
  while (br < nextStart && text.charCodeAt(br) !== 10) br++;
  if (br >= nextStart) return false;
  // The word alone on its line: nothing but spaces back to the line start.
  let k = end - 1;
  while (k >= 0 && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 9) k--;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  return k < 0 || text.charCodeAt(k) === 10;
}

function spaced(text: string, end: number, nextStart: number): boolean {
  if (nextStart - end > 8 || nextStart <= end) return false;
  let newlines = 0;
  for (let k = end; k < nextStart; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) newlines++;
    else if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return newlines <= 1;
}

/** The word at `end` closes a clause: punctuation or the end of the line follows. */
function endsClause(text: string, end: number): boolean {
  let k = end;
  while (text[k] === ' ' || text[k] === '\t') k++;
  const c = text[k];
  return c === undefined || c === '.' || c === ',' || c === '!' || c === '?' || c === ';' || c === ':' || c === '\n' || c === '\r' || c === ')';
}

/**
 * "a"/"an" that is no article: a label or a term ("your A/B tests", "your A
 * game", "FP&A") or Latin ("your a priori assumptions").
 */
function aLabel(text: string, words: Words, i: number): boolean {
  const w = words.lower[i];
  if (w !== 'a' && w !== 'an') return false;
  if (text[words.starts[i]!] === 'A' && w === 'a') return true;
  const after = text[words.ends[i]!] ?? '';
  if (after === '/' || after === '&' || after === '-') return true;
  return LATIN_AFTER_A.has(words.lower[i + 1] ?? '');
}
const LATIN_AFTER_A = new Set(['priori', 'posteriori', 'fortiori', 'la', 'capella']);

function confusion(ctx: RuleContext, words: Words, from: number, to: number, replacement: string, whole = false): void {
  const start = words.starts[from]!;
  const end = words.ends[to]!;
  // Inside double quotes are someone's words, quoted as said ('You said "it's culture that ships"').
  if (insideQuotes(ctx.doc.text, start, end)) return;
  const phrase = ctx.doc.text.slice(whole ? words.starts[from - 1]! : start, end);
  const newText = matchCase(ctx.doc.text.slice(start, end), replacement);
  ctx.report({
    start: whole ? words.starts[from - 1]! : start,
    end,
    messageId: 'confusion',
    data: { phrase, replacement: whole ? `${ctx.doc.text.slice(words.starts[from - 1]!, words.ends[from - 1]!)} ${newText}` : newText },
    fix: { title: `Change to "${newText}"`, edits: [{ start, end, newText }] },
  });
}

/** Words read with a consonant sound although spelled with a vowel: "a unique", "a one-off", "a European". */
const CONSONANT_SOUND = /^(?:uni(?:que|t|ver|form|on|corn|lateral|cycle|fi|son)|us(?:e|a|u|ing)|ut(?:il|en|op)|ur(?:a|e|i|o)|uk|ubiq|eu|ewe|one(?![a-z])|once)/;
/** Words read with a vowel sound although spelled with an h: "an hour", "an honest". */
const SILENT_H = /^(?:hour|honest|honor|honour|heir)/;

function article(ctx: RuleContext, words: Words, i: number): void {
  const text = ctx.doc.text;
  const nextStart = words.starts[i + 1]!;
  const nextEnd = words.ends[i + 1]!;
  const next = text.slice(nextStart, nextEnd);
  const lower = words.lower[i + 1]!;
  // Letters, acronyms ("an MBA", "a URL"), numbers and symbols: how they are read varies; leave them.
  if (!/^[a-z]/i.test(next) || (next.length > 1 && next === next.toUpperCase()) || /\d/.test(next)) return;
  const artStart = words.starts[i]!;
  const art = text.slice(artStart, words.ends[i]!);
  if (insideQuotes(text, artStart, nextEnd)) return;
  // "a" as a label: "(a)", "a)", "Plan A", "option a".
  const before = text[artStart - 1];
  if (before === '(' || text[words.ends[i]!] === ')' || (art === 'A' && i > 0 && /[a-z]/.test(text[artStart - 2] ?? '') && before === ' ')) return;
  // Part of a term, not an article: "FP&A analyst", "M&A", "Q&A", "A/B test", "A&E".
  if (/[&/+]/.test(before ?? '') || /[&/+]/.test(text[words.ends[i]!] ?? '')) return;
  if (lower.length === 1) return;
  // "a Utah firm", "an Uber driver": a capitalised U-word's sound is not in its spelling.
  if (next[0] === 'U') return;
  const vowelSound = SILENT_H.test(lower) || (/^[aeiou]/.test(lower) && !CONSONANT_SOUND.test(lower));
  const want = vowelSound ? 'an' : 'a';
  if (words.lower[i] === want) return;
  const replacement = matchCase(art, want);
  ctx.report({
    start: artStart,
    end: nextEnd,
    messageId: 'article',
    data: { replacement, next, sound: vowelSound ? 'vowel' : 'consonant' },
    fix: { title: `Change to "${replacement} ${next}"`, edits: [{ start: artStart, end: words.ends[i]!, newText: replacement }] },
  });
}
