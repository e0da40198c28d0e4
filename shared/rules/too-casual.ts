/** too-casual: slang, text-speak and over-familiar greetings or sign-offs. */
import { reportPhrase, type Rule, type RuleContext } from './rule.js';
import type { PhraseEntry, PhraseMatch } from './phrases/match.js';
import { personalRecipients } from './helpers.js';

/** Plain words: no negation guard (a casual word is casual either way). */
const word = (pattern: string, replacement: string, extra: Partial<PhraseEntry> = {}): PhraseEntry => ({ pattern, replacement, negatable: false, notName: true, ...extra });
/** Text-speak written in lower case: "u", not "U.S."; "ty", not the name Ty; "rn", not RN. */
const lower = (pattern: string, replacement: string): PhraseEntry => word(pattern, replacement, { lowercaseOnly: true });
const greeting = (pattern: string): PhraseEntry => ({ pattern, paragraphStart: true, replacement: 'Hello', messageId: 'casualGreeting', negatable: false });
const signOff = (pattern: string): PhraseEntry => ({ pattern, wholeLine: true, replacement: 'Best regards', messageId: 'casualSignOff', negatable: false });
const remove = (pattern: string, extra: Partial<PhraseEntry> = {}): PhraseEntry => ({ pattern, replacement: '', messageId: 'casualRemove', negatable: false, ...extra });

/** The group greeting; to one person it is plain "Hello" (see check). */
const HELLO_ALL = 'Hello everyone';

const table: PhraseEntry[] = [
  // Greetings: only where a greeting stands, at the start of a paragraph, never a title ("Hey Jude").
  greeting('hey|heya|heyy|hiya|yo|sup|howdy'),
  greeting('hey|hiya there'),
  { ...greeting('hey|hi|hiya guys|folks'), replacement: HELLO_ALL },
  greeting("what's|whats up"),
  // Sign-offs standing on their own line.
  signOff('xoxo|hugs|later|laters|peace|ciao|ttyl|ttys|toodles|cya|l8r|love'),
  { ...signOff('xo|xx'), lowercaseOnly: true },
  signOff('catch you|ya later|soon'),
  signOff('talk|chat soon|later'),
  signOff('talk to ya later|soon'),
  signOff('see ya|you later|around|soon'),
  signOff('see ya'),
  signOff('lots|much of? love'),
  signOff('peace out'),
  { pattern: 'cheers mate|buddy|pal|dude|bro', lineStart: true, replacement: 'Best regards', messageId: 'casualSignOff', negatable: false },
  // The same words in a line of text: leave them out.
  remove('xoxo'),
  remove('xo|xx', { lowercaseOnly: true }),
  // Text-speak and slang.
  remove('lol|lolz|lolol|lmao|rofl|haha|hahaha|hahahaha|hehe|omg|omfg|smh|jk'),
  // "xd" and "xD" only: "XD" is Adobe XD, a design tool a candidate may well name.
  remove('xd', { lowercaseOnly: true }),
  word('thanks|thx mate|buddy|pal|dude|bro|man', 'thank you'),
  word('btw', 'also'),
  lower('fyi', 'for your information'),
  word('tbh', 'honestly'),
  word('imo|imho', 'in my view'),
  word('idk', 'I am not sure'),
  word('fwiw', "for what it's worth"),
  word('ngl', 'honestly'),
  word('tbf', 'to be fair'),
  word('afaik', 'as far as I know'),
  word('iirc', 'if I remember correctly'),
  word('irl', 'in person'),
  word('tysm', 'thank you so much'),
  word('tyvm', 'thank you very much'),
  // "NP" is also a nurse practitioner.
  lower('np', 'no problem'),
  remove('ikr'),
  word('lmk', 'let me know'),
  word('many thx|thnx|thnks|thanx', 'many thanks'),
  word('thx|thnx|thnks|thanx|tnx|tks', 'thank you'),
  lower('ty', 'thank you'),
  word('pls|plz|plez', 'please'),
  word('gonna', 'going to'),
  word('wanna', 'want to'),
  word("(i've|i have) gotta", 'I have to'),
  word("(we've|we have) gotta", 'we have to'),
  word("(you've|you have) gotta", 'you have to'),
  word('gotta', 'have to', { unlessPrev: ["i've", "we've", "you've", 'have'] }),
  word('kinda', 'somewhat'),
  word('sorta', 'somewhat'),
  word('dunno', 'do not know'),
  word('lemme', 'let me'),
  word('gimme', 'give me'),
  word('imma', 'I am going to'),
  word('prolly', 'probably'),
  word('srsly', 'seriously'),
  word('convo', 'conversation'),
  word('convos', 'conversations'),
  word('ppl', 'people'),
  word('tho', 'though'),
  word("y'all", 'you all'),
  word('2moro|2morrow|tmrw|tmr', 'tomorrow'),
  word('b4', 'before'),
  word('gr8', 'great'),
  word('stoked', 'excited'),
  lower('rn', 'right now'),
  lower('bc', 'because'),
  lower('ya', 'you'),
  lower('u', 'you'),
  // "ur" may be "your" or "you're": no safe fix.
  { pattern: 'ur', lowercaseOnly: true, negatable: false, messageId: 'casualSpellOut' },
  // Not "cos": cosine, and a shop name.
  word('cuz|coz', 'because'),
  word('yeah|yea|yep|yup|yeh', 'yes', { notTitle: true }),
  word('nope|nah', 'no'),
  // "mate" (flat mate) and "buddy" (an onboarding buddy) are ordinary words.
  remove('dude|bro', { notTitle: true }),
  word('awesomesauce|amazeballs', 'great'),
  word('super duper', 'very'),
  word('super cool', 'great'),
  // "No worries if not", "no worries if you need more samples": "it's fine if" keeps the sense of both.
  word('no worries if', "it's fine if"),
  word('no worries', 'no problem'),
];

const fixTitle = (m: PhraseMatch): string => (m.entry.replacement ? `Replace "${m.text}" with "${m.entry.replacement}"` : `Remove "${m.text}"`);

export const tooCasual: Rule = {
  meta: {
    id: 'too-casual',
    kinds: 'all',
    defaultSeverity: 'warning',
    category: 'dont',
    description: 'Slang, text-speak and over-familiar greetings or sign-offs that are too casual for a hiring conversation.',
    howToFix: 'Use the professional word instead (the quick fix offers it), even if the interview felt relaxed.',
    fix: 'safe',
    messages: {
      casual: '"{phrase}" is too casual for a note to an interviewer; write "{replacement}" instead.',
      casualRemove: '"{phrase}" is too casual for a note to an interviewer; leave it out.',
      casualGreeting: '"{phrase}" is too casual a greeting; open with "{replacement}".',
      casualSignOff: '"{phrase}" is too familiar a sign-off; close with "{replacement}".',
      casualSpellOut: '"{phrase}" is text-speak; spell the word out ("your" or "you\'re").',
    },
  },
  phrases: table,
  check(ctx) {
    // "Hi guys" to one person becomes "Hello", not "Hello everyone" (a greeting generic-greeting would flag).
    const one = personalRecipients(ctx.facts.to).length === 1;
    for (const found of ctx.phraseMatches()) {
      const m = one && found.entry.replacement === HELLO_ALL ? { ...found, entry: { ...found.entry, replacement: 'Hello' } } : found;
      if (m.entry.replacement === '') reportRemoval(ctx, m);
      else if (m.entry.wholeLine && m.entry.replacement) reportSignOffLine(ctx, m, m.entry.replacement);
      else reportPhrase(ctx, m, 'casual', fixTitle);
    }
  },
};

/**
 * Removing a word must leave a clean sentence. "great lol." and "chat lol, it
 * was" lose the word and a space; an interjection that opens a sentence
 * ("Haha, the demo", "Lol. That was") takes its punctuation with it, and is
 * only removed automatically when what follows already starts the sentence
 * properly (a capital). Otherwise the finding stands without a fix.
 */
function reportRemoval(ctx: RuleContext, m: PhraseMatch): void {
  const { text, prose } = ctx.doc;
  let k = m.start - 1;
  while (k >= 0 && (prose[k] === ' ' || prose[k] === '\t')) k--;
  const before = k < 0 ? '\n' : (prose[k] ?? '\n');
  const after = text[m.end] ?? '';
  const opensSentence = before === '\n' || before === '\r' || before === '.' || before === '!' || before === '?' || k < ctx.doc.bodyStart;
  const punctuated = after === ',' || after === '.' || after === '!';
  if (!opensSentence) {
    // "The demo, lol, was great" or "great, lol.": the commas need a writer's judgement.
    if (before === ',' && (punctuated || after === '?')) return ctx.report({ start: m.start, end: m.end, messageId: 'casualRemove', data: { phrase: m.text } });
    return reportPhrase(ctx, m, 'casualRemove', fixTitle);
  }
  // Opening a sentence, the word takes its punctuation along: "Haha," "Lol."
  const end = punctuated ? m.end + 1 : m.end;
  const phrase = text.slice(m.start, end);
  const spaceAfter = text[end] === ' ' ? 1 : 0;
  const next = text[end + spaceAfter] ?? '';
  const lineEnds = next === '' || next === '\n' || next === '\r';
  // Removable when what follows starts a sentence by itself (a capital), or nothing follows on the line.
  const removable = lineEnds || (next !== next.toLowerCase() && next === next.toUpperCase());
  const start = lineEnds && text[m.start - 1] === ' ' ? m.start - 1 : m.start;
  ctx.report({
    start: m.start,
    end,
    messageId: 'casualRemove',
    data: { phrase },
    ...(removable ? { fix: { title: `Remove "${phrase}"`, edits: [{ start, end: end + spaceAfter, newText: '' }] } } : {}),
  });
}

/** A sign-off line becomes "Best regards," whatever punctuation it had ("Talk soon!", "xoxo"). */
function reportSignOffLine(ctx: RuleContext, m: PhraseMatch, replacement: string): void {
  const p = ctx.doc.text[m.end];
  const end = p === ',' || p === '.' || p === '!' ? m.end + 1 : m.end;
  ctx.report({
    start: m.start,
    end: m.end,
    messageId: m.entry.messageId ?? 'casualSignOff',
    data: { phrase: m.text, replacement },
    fix: { title: fixTitle(m), edits: [{ start: m.start, end, newText: `${replacement},` }] },
  });
}
