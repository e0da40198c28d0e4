/** bitter-rejection: blame or bitterness in a reply to a rejection. */
import { phraseRule } from './rule.js';
import type { PhraseEntry } from './phrases/match.js';

const table: PhraseEntry[] = [
  // "a biased sample" is statistics, not blame.
  { pattern: 'unfair|unjust|rigged|biased', unlessNext: ['sample', 'samples', 'estimator', 'estimate', 'estimates', 'data', 'dataset', 'model', 'models', 'coin', 'towards', 'toward', 'advantage', 'practices', 'practice', 'terms', 'trading', 'trade', 'competition', 'dismissal', 'contract', 'contracts', 'pricing', 'lending', 'labor', 'labour'] },
  // "It would not be fair to ask you for more" is gracious.
  { pattern: "not|wasn't|isn't|hardly fair", negatable: false, unlessNext: ['to', 'on', 'of', 'for'] },
  { pattern: "(wasn't|was not|isn't|is not|hardly) a fair process|decision|interview|assessment|comparison|test|evaluation|shot|chance", negatable: false },
  // "I'm sorry for your loss" is condolence.
  { pattern: "(your|their|the team's|the company's) loss", negatable: false, unlessPrev: ['for', 'of', 'about', 'by'] },
  { pattern: "you|you've|you're made|making|make a|the big|huge|terrible|serious|grave? mistake", negatable: false },
  { pattern: "(you made|you've made|you have made|you're making|you are making|they made|they've made|the team made|the company made|the panel made) the|a wrong|bad|poor|terrible|foolish decision|choice|call", negatable: false },
  { pattern: "(this is|this was|that is|that was|it's|it is|it was) (the wrong|a wrong|a bad|a poor|a terrible|a huge|a big|a foolish) decision|choice|call" },
  { pattern: 'this|that is|was a big|huge|terrible|serious? mistake|error', unlessNext: ['on', 'to', 'for', 'of', 'in', 'i', 'by'] },
  { pattern: "you'll|you will? regret" },
  { pattern: "(you'll|you will|you may|you might) come to regret" },
  { pattern: "you'll|you will? be sorry" },
  { pattern: "(you'll|you will) never find (anyone|someone|a better|another)" },
  { pattern: 'good luck finding (anyone|someone|a better|another)' },
  { pattern: 'you|you\'ve|they|they\'ve wasted my|our time' },
  { pattern: 'waste of my|our? time' },
  { pattern: 'what a waste' },
  { pattern: 'ridiculous|absurd|insulting|outrageous|disgraceful|shameful|appalling|laughable' },
  { pattern: 'this|that|it|process|interview|decision is|was|feels|felt|seems|seemed like? unprofessional' },
  { pattern: 'was|is|felt|seemed|seems|feels like? a|an? total|complete|absolute? joke|sham|farce|charade' },
  { pattern: 'shame on you' },
  { pattern: 'you should be ashamed' },
  { pattern: 'i deserved|deserve this|the|that job|role|position|offer' },
  { pattern: 'i deserved|deserve at? least? an|some? explanation|answer|better|more' },
  { pattern: "clearly you|they didn't|never read|look|listen|understand|bother|care" },
  { pattern: "you|they didn't|never even read|look|listen|bother|ask|consider|give|check|glance|open|try" },
  { pattern: "can't|cannot believe you|they chose|picked|went|hired|passed|rejected|turned", negatable: false },
  { pattern: "(i was|i'm|i am) clearly|obviously|far|much|way? more|better qualified|experienced|suited than" },
  { pattern: 'disappointed in (you|your team|your company|your process|your decision|your choice|your hiring team|your recruiters)' },
  { pattern: 'i expected better|more from|of you|your' },
  // Arguing that the choice was wrong: "I was clearly the best fit".
  { pattern: "(i was|i'm|i am) clearly|obviously|definitely|easily|surely? the best|strongest|ideal|perfect|right|obvious fit|candidate|person|choice|applicant|match" },
  // Disbelief at the decision ("stunned by how kind your notes were" is not), and offence at it.
  { pattern: "(i was|i'm|i am|i feel|i felt) pretty|really|honestly|frankly|quite|completely|absolutely? shocked|stunned|floored|baffled", unlessNext: ['to', 'by', 'at', 'how'] },
  { pattern: "(i was|i'm|i am|i feel|i felt) pretty|really|honestly|frankly|quite|deeply|absolutely? insulted|offended|appalled" },
  // A send-off that takes the good wishes back.
  { pattern: 'good luck i guess|suppose' },
  // Sarcasm and the "your loss" idea in other words.
  { pattern: '(thanks|thank you) for nothing', negatable: false },
  { pattern: 'good luck with whoever|whomever you picked|chose|hired|found|went|go' },
  { pattern: 'hope whoever|whomever you picked|chose|hired turns|proves' },
  { pattern: '(you|your company|your team|the company|the team) lost a|an very|really? good|great|strong|excellent|talented|valuable? candidate|asset|hire|employee' },
  { pattern: '(decided before|already decided before|made up before|settled before) i (walked|came|arrived|even)' },
];

export const bitterRejection = phraseRule(
  {
    id: 'bitter-rejection',
    kinds: ['rejection-response', 'feedback-request'],
    defaultSeverity: 'error',
    category: 'dont',
    description: 'Blame or bitterness about the decision, which closes a door you may want open later.',
    howToFix: 'Take the news graciously; thank them and, if you like, ask to be considered for future roles.',
    fix: 'none',
    messages: {
      bitter: '"{phrase}" sounds bitter. Whatever you feel, a gracious reply keeps future doors open; leave this out.',
    },
  },
  table,
);
