/** negative-tone: self-doubt, apologies for the interview, dwelling on shortcomings. */
import { phraseRule } from './rule.js';
import type { PhraseEntry } from './phrases/match.js';

/** "I think I bombed": the lead-in is part of the finding when it is there. */
const LEAD = "(i think|i feel|i feel like|i know|i guess|i fear|i suspect|i worry|i'm afraid|i am afraid|i'm sure|i realise|i realize)";
/** The phrase with and without a lead-in (a group's empty alternative cannot start a pattern). */
const led = (rest: string, extra: Partial<PhraseEntry> = {}): PhraseEntry[] => [
  { pattern: `${LEAD} that? i ${rest}`, ...extra },
  { pattern: `i ${rest}`, ...extra },
];
const SORRY = 'sorry|apologies|apologize|apologise';
const WORKPLACE =
  'boss|bosses|manager|managers|employer|company|workplace|team|supervisor|supervisors|coworkers|co-workers|colleagues|job|firm|management|leadership|org|organization|organisation|' +
  // Workplaces outside an office, and the people in charge there.
  'school|hospital|clinic|practice|store|shop|warehouse|restaurant|kitchen|lab|department|agency|district|plant|principal|chair|director|owner|foreman';
/** One word each (a slot): "a total mess", "such a nightmare", "the worst" come from the optional slots before it. */
const AWFUL = 'nightmare|toxic|terrible|awful|horrible|incompetent|mess|disaster|clueless|useless|miserable|joke|dysfunctional|hell|hellish|unbearable|worst';

const table: PhraseEntry[] = [
  ...led('(really|completely|totally|kind of|) bombed|flubbed|botched|tanked|fumbled|choked'),
  // "I failed to mention" adds information; "I failed" needs the lead-in to be about the interview.
  { pattern: `${LEAD} that? i (really|completely|totally|kind of|) failed`, unlessNext: ['to', 'fast', 'early', 'forward'] },
  ...led('(really|completely|totally|kind of|) messed|screwed|mucked up'),
  ...led('(really|completely|totally|kind of|) blew it|that'),
  { pattern: 'i did|performed poorly|badly|terribly|awfully|horribly' },
  { pattern: "i (didn't|did not) do|perform as|very? well|great", negatable: false },
  { pattern: "i (didn't|did not) do|give|show|perform my best", negatable: false },
  { pattern: "i (wasn't|was not) at my best", negatable: false },
  { pattern: 'i let (you|the team|everyone|you all|the panel) down' },
  { pattern: 'i embarrassed myself' },
  { pattern: 'i made a fool|mess of myself|it' },
  { pattern: 'i completely|totally|just? blanked' },
  // "I froze the scope early" is a project story.
  { pattern: 'i completely|totally|just? froze', unlessNext: ['the', 'our', 'my', 'a', 'an', 'it', 'scope', 'requirements', 'code', 'features', 'budget', 'hiring', 'spending'] },
  // Apologies for the interview itself.
  { pattern: `${SORRY} for|that? i rambled|stumbled|froze|blanked|babbled|struggled|panicked|fumbled|choked`, negatable: false },
  { pattern: `${SORRY} for|about my rambling|nerves|nervousness|mistakes|mistake|blunder|blunders|fumbling`, negatable: false },
  { pattern: `${SORRY} for (going on|going on so long|talking so long|talking too long)`, negatable: false },
  { pattern: "i may|might not have the experience|skills|background|qualifications you need|want|require|are", negatable: false },
  // Apologising for one's English puts the reader's attention on it.
  { pattern: `${SORRY} for|about my poor|bad|broken|limited? english|grammar`, negatable: false },
  { pattern: 'excuse|pardon|forgive my poor|bad|broken|limited? english|grammar', negatable: false },
  { pattern: `${SORRY} for|about my poor|weak|bad|terrible|awkward|rambling|nervous|shaky|clumsy|incomplete|confusing answer|answers|performance|response|responses|presentation|showing|explanation|interview`, negatable: false },
  {
    pattern: `${SORRY} for|about (rambling|stumbling|freezing|blanking|babbling|fumbling|being nervous|being so nervous|being unprepared|being so unprepared|being awkward|being so awkward|not being better prepared|not being more prepared)`,
    negatable: false,
  },
  // Talking yourself down.
  { pattern: "i'm|i am? not the strongest|best|ideal|right|perfect|obvious|most candidate|fit|choice|applicant|qualified|experienced|technical|senior|person", negatable: false },
  { pattern: "i may|might not be the strongest|best|ideal|right|perfect|obvious|most candidate|fit|choice|applicant|qualified|experienced|technical", negatable: false },
  {
    pattern: "i'm|i am? not sure|certain that? (i'm|i am|i'd be|i would be|i was|i'll be) (qualified|experienced enough|good enough|skilled enough|strong enough|the right fit|the right person|the right candidate|the best fit|the best candidate|a good fit|a strong fit|up to the job|up to it|what you need)",
    negatable: false,
  },
  { pattern: "i'm|i am? not very|really|that|particularly? good|great|strong at", negatable: false },
  { pattern: "i'm|i am? not (confident|very confident|sure of myself|qualified|experienced enough|good enough)", negatable: false },
  // "I was nervous at first, but you put me at ease" is warm, not dwelling.
  {
    pattern: 'i was|felt so|too|really|very|incredibly|extremely? nervous|awkward|unprepared|underprepared|flustered|rattled|scattered',
    negatable: false,
    unlessNext: ['at', 'but', 'before', 'beforehand', 'going', 'initially', 'coming', 'walking', 'until', 'yet', 'though', 'although', 'and', 'about'],
  },
  { pattern: 'i was|felt (completely|totally|a bit|a little|) out of my depth', negatable: false },
  { pattern: 'i lack|lacked', negatable: false, unlessNext: ['nothing', 'for', 'no'] },
  // "To address my lack of Tableau experience, I took the certification" answers the gap, as the fix advises.
  { pattern: 'my lack of', unlessPrev: ['address', 'addressing', 'overcome', 'overcoming', 'offset', 'close', 'closing', 'fill', 'filling', 'remedy', 'counter', 'tackle'] },
  { pattern: 'despite|given|considering my lack|limited|inexperience|shortcomings|weaknesses' },
  { pattern: "i doubt that? i (was|am|did|made|have|impressed|performed|measured|stood|came|met|gave|answered)", negatable: false },
  { pattern: "i'm|i am? probably? underqualified|unqualified", negatable: false },
  { pattern: "i'm|i am|may|might? probably? not be? quite|exactly? (what you're|what you are|what you were) looking for", negatable: false },
  { pattern: 'my answers|answer|performance|presentation was|were (weak|poor|bad|terrible|awful|rambling|disappointing|underwhelming|a mess|a disaster)', negatable: false },
  { pattern: 'my answers|answer|performance|presentation was|were not (great|strong|good|my best|clear|very good|very strong|up to par)', negatable: false },
  { pattern: 'the|my interview went|was so|very|really? badly|poorly|terribly|horribly|terrible|awful|horrible' },
  { pattern: "the|my interview (didn't|did not) go (well|great|as planned|smoothly|as i hoped|as well as i hoped|the way i hoped)" },
  // Speaking badly of an employer: the reader hears what you would one day say about them.
  // Only with "my"/"our", so "the codebase was a mess when I joined, and I rebuilt it" stays a success story.
  {
    pattern: `my|our current|old|former|previous|last|present? ${WORKPLACE} (is|was|are|were|has been|have been) such|so|really|totally|just|absolutely|completely|honestly|truly? a|an|the? total|complete|absolute|real|bit|little? ${AWFUL} place|environment|culture|workplace|atmosphere|situation?`,
    messageId: 'badmouth',
    // "the worst hit by the outage", "a mess of spreadsheets": about something else.
    unlessNext: ['hit', 'affected', 'part', 'case', 'of', 'for', 'in', 'at', 'on'],
  },
  {
    pattern: "can't|cannot|couldn't wait to (get out of|leave|quit|escape) (there|that place|my job|my current job|my current role|my company|my current company|my employer|my boss|my manager)",
    messageId: 'badmouth',
  },
  { pattern: `(i hate|i hated|i can't stand|i couldn't stand|i despise|i loathe) my|our current|old|former|previous|last? ${WORKPLACE}`, messageId: 'badmouth' },
];

export const negativeTone = phraseRule(
  {
    id: 'negative-tone',
    kinds: 'all',
    defaultSeverity: 'warning',
    category: 'dont',
    description: 'Self-doubt, dwelling on how the interview went wrong, or speaking badly of an employer, which invites the reader to agree.',
    howToFix: 'Keep the tone positive: instead of apologising for a weak answer, add the point you wish you had made.',
    fix: 'none',
    messages: {
      negative: '"{phrase}" dwells on a shortcoming. Stay positive: add what you would have liked to say instead.',
      badmouth: '"{phrase}" speaks badly of an employer, and the reader hears what you might one day say about them. Say what draws you to this role instead.',
    },
  },
  table,
);
