/** desperate: begging, pleading, or saying how badly you need the job. */
import { phraseRule } from './rule.js';
import type { PhraseEntry } from './phrases/match.js';

/** "I need the role description" is about a document, not the job. */
const DOCUMENT_NOUNS = [
  'description', 'descriptions', 'details', 'letter', 'title', 'spec', 'specification', 'posting', 'listing', 'ad', 'advert',
  'number', 'id', 'code', 'reference', 'application', 'form', 'link', 'contract', 'paperwork', 'documents', 'permit', 'visa',
  'sample', 'samples', 'schedule', 'address', 'portal', 'board',
];

/** How badly, said once or twice ("I really, really need this job"). */
const MUCH = 'really|truly|desperately|badly|so|just';

const table: PhraseEntry[] = [
  { pattern: `i ${MUCH}? ${MUCH}? need this job|position|role|opportunity|work|offer|chance`, unlessNext: DOCUMENT_NOUNS },
  // "I need a role where I can grow" states a preference.
  { pattern: `i ${MUCH}? ${MUCH}? need a|the job|position|role`, unlessNext: [...DOCUMENT_NOUNS, 'where', 'that', 'which', 'with', 'in', 'like', 'at', 'as', 'for', 'to', 'of'] },
  { pattern: 'i really|truly|desperately|badly? really|truly|desperately|badly? need to get|land this|the job|position|role|offer' },
  { pattern: 'really|truly|desperately|badly need this|the role|job|position|work' },
  { pattern: 'i need|want this (job|role|position|opportunity|) so badly' },
  { pattern: 'i need this (job|role|position|opportunity|) so much' },
  { pattern: "(i'm|i am|i feel|i was|i've been|i have been|i'm getting|i am getting|i'm feeling|i am feeling) so|really|quite|pretty|very|truly|increasingly? desperate|desperately" },
  { pattern: 'i desperately want|need|hope|wish' },
  { pattern: 'desperate for a|this|the|any job|work|position|role|chance|opportunity|offer' },
  { pattern: "i'm|i am? literally|honestly|just? begging|pleading" },
  { pattern: 'begging|pleading you|with' },
  { pattern: 'begging|pleading for a|another|one|this|the chance|job|opportunity|shot|position|role|break' },
  { pattern: 'i beg|plead you|with|of' },
  { pattern: 'please please' },
  { pattern: "i|i'll|i'd will|would? do absolutely|literally|just|really? anything", unlessNext: ['differently', 'else', 'wrong', 'different', 'like', 'i', 'we', 'you'] },
  { pattern: "i|i'll|i'd will|would? do whatever it takes to get|land|win|be" },
  { pattern: 'please give me a|one|another more? chance|shot' },
  { pattern: 'just give me a|one|another more? chance|shot' },
  { pattern: 'please hire me' },
  { pattern: "please (don't|do not) (give up on|forget|reject|overlook) me" },
  { pattern: "(this is|this job is|this role is|this position is|this opportunity is|it's|it is|you are|you're) my last|only hope|chance|option" },
  { pattern: 'my last|only hope', unlessNext: ['is', 'was', 'that', 'for', 'would', 'being'] },
  { pattern: "i|i've have? no other options|choice|choices|option" },
  { pattern: "i can't|cannot afford to lose|miss this|the|another job|opportunity|chance|position|role|offer" },
  { pattern: "i can't|cannot afford to be unemployed|jobless" },
  { pattern: "i'm|i am? running out of money|options|savings|hope" },
  { pattern: "(i'm willing to|i am willing to|i'd be willing to|i would be willing to|i'll|i will|i would|i'd|i can|i could) (even|) work for free|nothing" },
  { pattern: 'this job|role|position|opportunity means (everything|the world) to me' },
  { pattern: 'this job|role|position|opportunity would|will mean (everything|the world) to me' },
  { pattern: 'this job|role|position|opportunity would|will? means|mean (everything|the world) to my family|us' },
  { pattern: 'my savings run|are|will out|running|run' },
  // Any job on any terms: "I will take any position you have open, at any salary".
  { pattern: "i|i'll|i'd will|would? take|accept any position|role|job|shift|salary|pay" },
  { pattern: "(i don't|i do not) know what i'll|i'd|i will|would? do if i (don't|do not|can't|cannot) get|land" },
];

export const desperate = phraseRule(
  {
    id: 'desperate',
    kinds: 'all',
    defaultSeverity: 'warning',
    category: 'dont',
    description: 'Begging or pleading, or saying how badly you need this job.',
    howToFix: 'Say what you would bring to the role instead of how much you need it.',
    fix: 'none',
    messages: {
      desperate: '"{phrase}" sounds desperate. Focus on what you would bring to the team, not on how much you need the job.',
    },
  },
  table,
);
