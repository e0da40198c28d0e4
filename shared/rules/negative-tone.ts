/** negative-tone: self-doubt, apologies for the interview, dwelling on shortcomings. */
import { phraseRule } from './rule.js';

export const negativeTone = phraseRule(
  {
    id: 'negative-tone',
    kinds: 'all',
    defaultSeverity: 'warning',
    category: 'dont',
    description: 'Self-doubt or dwelling on how the interview went wrong, which invites the reader to agree.',
    howToFix: 'Keep the tone positive: instead of apologising for a weak answer, add the point you wish you had made.',
    fix: 'none',
    messages: {
      negative: '"{phrase}" dwells on a shortcoming. Stay positive: add what you would have liked to say instead.',
    },
  },
  [
    { pattern: 'i think|feel|know|guess|fear i bombed|flubbed|botched|messed|screwed|tanked|fumbled|choked' },
    { pattern: 'i bombed|flubbed|botched|tanked|fumbled|choked' },
    { pattern: 'i messed|screwed up' },
    { pattern: 'i blew it' },
    { pattern: 'i did|performed poorly|badly|terribly|awfully' },
    { pattern: "i didn't do|perform well|great", negatable: false },
    { pattern: "i didn't do|perform|give my best", negatable: false },
    { pattern: 'sorry|apologize|apologise|apologies for? that? i rambled|stumbled|froze|blanked|babbled|struggled|panicked', negatable: false },
    { pattern: 'sorry|apologies for|about my rambling|nerves|nervousness|poor|weak|bad|awkward|terrible|answer|answers|performance|mistakes', negatable: false },
    { pattern: "i'm|i am? not the strongest|best|most|ideal|right|perfect candidate|fit|qualified|experienced|choice", negatable: false },
    { pattern: "i'm|i am? not sure|certain i'm|i'd|i am|be? qualified", negatable: false },
    { pattern: "i'm|i am? not very? good|great at", negatable: false },
    { pattern: 'i was so|too|really|very? nervous|awkward|unprepared|underprepared|flustered', negatable: false },
    { pattern: 'i embarrassed myself', negatable: false },
    { pattern: 'i lack|lacked', negatable: false },
    { pattern: 'my lack of' },
    { pattern: 'despite my lack|limited' },
    { pattern: 'i doubt i|that i', negatable: false },
    { pattern: "i'm|i am? probably? underqualified|unqualified", negatable: false },
    { pattern: "probably not what you're|you are? looking for", negatable: false },
    { pattern: "i wasn't|was not? at my best", negatable: false },
    { pattern: 'my answers|answer|performance was|were weak|poor|bad|terrible|awful|rambling', negatable: false },
  ],
);
