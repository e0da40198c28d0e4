/** missing-interest: a thank-you or status check that never restates interest in the role. */
import type { Rule } from './rule.js';
import { anchor, insertClosing, roleWords, saysIt } from './helpers.js';
import type { PhraseEntry } from './phrases/match.js';

// Table entries are written with one-word slots where possible: every alternative of a group is a
// separate compiled pattern tried at each occurrence of its first word ("i" is frequent).
const JOIN = 'join|joining|work|working|be|contribute|contributing|help|helping|bring|build|grow|lead|leading|manage|run|teach|serve|support|take|tackle|own|form';
// Feelings about the role can be denied ("I'm not interested in relocating"): checked with the close negation window.
const NEGATABLE_PATTERNS = [
  'interested|excited|exciting|excites|enthusiastic|enthusiasm|eager|keen|thrilled|passionate|motivated|energized|energised|inspired|delighted|pumped|stoked|psyched',
  'my|continued|strong|keen|genuine|sincere|real|great interest',
  'interest in',
  `want|hope|hoping|eager|ready|love to ${JOIN}`,
  `i|i'd|i'll would|will? really|truly|genuinely|very|so? much? love|like|welcome|relish the|to opportunity|chance|possibility|${JOIN}`,
  `i|i'd|i'll would|will? really|truly|genuinely|very|so? much? be glad|happy|thrilled|delighted|honored|honoured|proud to|of|for ${JOIN}|the`,
  'jump at the opportunity|chance',
  'great|good|strong|natural|excellent|perfect|wonderful|ideal|right fit|match',
  'appeals|appealed to me',
  'can|could see myself',
  'remain|am|still committed',
  'want|wanted this role|job|position|opportunity',
];
const PLAIN_PATTERNS = [
  'look|looking forward to potentially|possibly|hopefully|eventually|someday? joining|working|contributing|helping|building|bringing|starting|being|growing',
  'look|looking forward to the possibility|opportunity|chance',
  `would|will|it'd|it'll be a|an|my privilege|honor|honour|pleasure|dream|joy for? me? to ${JOIN}`,
  // Formal English: "I should count it a privilege to serve", "I would consider it an honour to join".
  `count|consider it a|an|my privilege|honor|honour|pleasure to ${JOIN}`,
  "can't|cannot wait to join|start|get|contribute|dive|begin|be|work|help",
  'confident that? i can|could|would|will contribute|help|add|bring|make',
  'confident that? my experience|background|skills can|could|would|will contribute|help|add|bring|make',
  'dream job|role|team|company',
  'next chapter',
  'exactly|just|precisely the kind|type|sort of role|position|job|work|team|challenge|place',
  'right role|position|job|next|move|place|team step? for me',
  'more convinced',
  'first|top choice',
];
const NEGATABLE_ENTRIES: PhraseEntry[] = NEGATABLE_PATTERNS.map((pattern) => ({ pattern, negatable: false }));
const PHRASES: PhraseEntry[] = [...NEGATABLE_ENTRIES, ...PLAIN_PATTERNS.map((pattern): PhraseEntry => ({ pattern, negatable: false }))];
const NEGATABLE: ReadonlySet<PhraseEntry> = new Set(NEGATABLE_ENTRIES);

export const missingInterest: Rule = {
  meta: {
    id: 'missing-interest',
    kinds: ['thank-you', 'status-check'],
    defaultSeverity: 'warning',
    category: 'do',
    description: 'The draft never restates your interest in or enthusiasm for the role.',
    howToFix: 'Say in one sentence that you still want the job and why it appeals to you.',
    fix: 'suggestion',
    messages: {
      missing: 'Nothing here says you still want the job. Restate your interest in the role in a sentence.',
    },
    checklistLabel: 'Restates interest',
  },
  phrases: PHRASES,
  check(ctx) {
    if (saysIt(ctx.doc, ctx.phraseMatches(), NEGATABLE)) return;
    const sentence = `I remain very interested in ${roleWords(ctx.facts)} and would be glad to contribute.`;
    ctx.report({
      ...anchor(ctx.doc),
      messageId: 'missing',
      suggestions: [{ title: `Add "${sentence}"`, edits: [insertClosing(ctx.doc, ctx.eol, sentence)] }],
    });
  },
};
