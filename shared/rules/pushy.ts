/** pushy: pressure on the reader: repeated chasing, urgency, counting earlier messages. */
import { phraseRule } from './rule.js';
import type { PhraseEntry } from './phrases/match.js';

/** Asking the reader to act: what "ASAP" or "urgently" attaches to when it is pressure. */
const ASK = '(let me know|tell me|update me|get back to me|reply|reply me|reply to me|respond|revert|revert back|answer|decide|confirm|advise|hear back|hear from you|need to know|a reply|a response|an answer|a decision|an update|your reply|your response|your answer|your decision|some news)';
const COUNT = '(several|multiple|many|numerous|two|three|four|five|a few|a number of|countless)';

const table: PhraseEntry[] = [
  // Chasing again.
  { pattern: 'following|checking|reaching up|in|out once|yet? again', messageId: 'pressure' },
  { pattern: 'circling|circle back once|yet? again|more', messageId: 'pressure' },
  { pattern: 'following|checking|reaching up|in|out once more', messageId: 'pressure' },
  { pattern: "(i'm writing|i am writing|writing) once more|again", messageId: 'pressure' },
  { pattern: 'follow|following|check|checking|reach|reaching up|in|out one more time', messageId: 'pressure' },
  { pattern: 'following up on my (follow-up|previous follow-up|last follow-up|earlier follow-up|follow-ups)', messageId: 'counting' },
  { pattern: 'bumping this', messageId: 'pressure' },
  { pattern: 'bump this (up|to the top|back up)', messageId: 'pressure' },
  { pattern: 'bumping|bump my email|message|note|thread|request|application|previous|earlier|last', messageId: 'pressure' },
  { pattern: '(just a|this is a|as a) friendly|gentle reminder', messageId: 'pressure' },
  // Urgency. "I can start ASAP" or "I'll send it as soon as possible" is the writer's own promise, not pressure.
  { pattern: `${ASK} (asap|as soon as possible)`, messageId: 'pressure' },
  { pattern: `${ASK} urgently`, messageId: 'pressure' },
  { pattern: 'your urgent reply|response|answer|decision|attention', messageId: 'pressure' },
  { pattern: 'an urgent reply|response|answer', messageId: 'pressure' },
  { pattern: 'i urgently need', messageId: 'pressure' },
  { pattern: 'this matter? is urgent', messageId: 'pressure' },
  { pattern: "it's|it is? urgent that|for i|me", messageId: 'pressure' },
  // Impatience.
  { pattern: "(i'm|i am|i've been|i have been|i was) still waiting to hear back?", messageId: 'pressure' },
  { pattern: "(i'm|i am|i've been|i have been) still waiting for|on your|a|an|any|some? reply|response|answer|decision|news|update|feedback", messageId: 'pressure' },
  // Without "still", only waiting on the reader: "I am waiting for news from my current employer" is information.
  { pattern: "(i'm|i am|i've been|i have been) waiting for|on your reply|response|answer|decision|update|feedback", messageId: 'pressure' },
  {
    pattern: 'still waiting for|on a|an|your|any response|reply|answer|decision|news|update',
    messageId: 'pressure',
    // "I understand the team is still waiting on a decision" is about them, not a complaint.
    unlessPrev: ['are', 'is', 'were', 'was', 'you', "you're", 'they', "they're", 'we', "we're", 'team', 'everyone', 'he', 'she', "he's", "she's", 'still'],
  },
  { pattern: 'i still (haven\'t|have not) (heard back|heard anything|received a|received any|received an|gotten a|gotten any|had a|had any)', messageId: 'pressure' },
  { pattern: 'i need an|a|your answer|response|reply|decision|update', messageId: 'pressure' },
  // "Is there anything else I need to know?" is a good question.
  { pattern: 'i need to know', messageId: 'pressure', unlessPrev: ['anything', 'everything', 'what', 'all', 'else', 'whatever', 'something'] },
  { pattern: "why haven't|hasn't i|anyone|you", messageId: 'pressure', negatable: false },
  { pattern: "i can't|cannot wait any longer", messageId: 'pressure', negatable: false },
  { pattern: "(i've|i have) been very|extremely|more|really|incredibly? patient", messageId: 'pressure' },
  // Asking for speed: "I would appreciate your prompt reply". ("Thank you for your quick reply" is thanks.)
  { pattern: '(appreciate|expect|request|await|awaiting|anticipate|need) your|a prompt|quick|speedy|swift|immediate|early reply|response|answer|decision|feedback', messageId: 'pressure' },
  // Presuming the answer: "I am waiting for your positive response", "I await your favourable reply".
  {
    pattern: '(look forward to|looking forward to|await|awaiting|waiting for|waiting on|expect|expecting) your|a positive|favorable|favourable reply|response|answer|decision|outcome|feedback',
    messageId: 'presumes',
  },
  { pattern: 'kindly|please treat as urgent', messageId: 'pressure' },
  { pattern: 'kindly|please treat (this|it|my application|my request) as urgent', messageId: 'pressure' },
  { pattern: "till|until now i (have not|haven't|did not|didn't) received|heard|gotten|got", messageId: 'pressure' },
  // Counting earlier messages.
  { pattern: 'following up on my previous|earlier|last|prior emails|messages|notes|follow-ups', messageId: 'counting' },
  // "This is the second time I have interviewed with you" is not counting messages.
  { pattern: "this is the second|third|fourth|fifth|sixth time (i've|i have|i am|i'm|that i've|that i have) (reached out|emailed|written|followed up|contacted|called|asked|messaged|following up|writing|reaching out|emailing)", messageId: 'counting' },
  { pattern: `(i've|i have|i) sent you? ${COUNT} emails|messages|notes|follow-ups`, messageId: 'counting' },
  { pattern: `(i've|i have|i) also|already? left you? ${COUNT} voicemails|messages`, messageId: 'counting' },
  { pattern: `i|i've have? (emailed|called|messaged|contacted|written to|tried to reach|tried to contact) your|the office|store|team|recruiter|desk ${COUNT} times`, messageId: 'counting' },
  { pattern: "i|i've have? (emailed|called|messaged|contacted|written to|tried to reach|tried to contact) your|the office|store|team|recruiter|desk twice", messageId: 'counting' },
  { pattern: '(as per|per) my last|previous|earlier|prior email|emails|message|messages|voicemail|note', messageId: 'counting' },
  { pattern: 'this is my second|third|fourth|fifth email|message|attempt|follow-up|note|try', messageId: 'counting' },
  { pattern: 'this is|will be my last|final attempt|try|follow-up|email|message', messageId: 'counting' },
  // "for the second time" alone is innocent ("interviewing with you for the second time").
  { pattern: '(following up|checking in|writing|reaching out|emailing you|contacting you|asking|getting in touch) for the second|third|fourth|fifth|nth time', messageId: 'counting' },
  { pattern: `i|i've have? (emailed|called|messaged|contacted|written to|reached out to|followed up with|tried to reach|tried to contact) you? ${COUNT} times`, messageId: 'counting' },
  { pattern: "i|i've have? (emailed|called|messaged|contacted|written to|reached out to|followed up with|tried to reach|tried to contact) you? twice", messageId: 'counting' },
  { pattern: 'despite my several|multiple|many|repeated|numerous|previous|earlier emails|messages|attempts|calls|follow-ups|requests|voicemails', messageId: 'counting' },
  { pattern: 'after my several|multiple|many|repeated|numerous emails|messages|attempts|follow-ups|requests|voicemails', messageId: 'counting' },
  { pattern: 'my repeated|numerous|multiple emails|messages|attempts|follow-ups|requests|voicemails', messageId: 'counting' },
];

export const pushy = phraseRule(
  {
    id: 'pushy',
    kinds: 'all',
    defaultSeverity: 'warning',
    category: 'dont',
    description: 'Language that pressures the reader: chasing again, demanding urgency, or counting your earlier messages.',
    howToFix: 'Ask once, politely, and leave the timing to them. Drop references to how often you have written.',
    fix: 'none',
    messages: {
      pressure: '"{phrase}" puts pressure on the reader. Patience reads as confidence; ask once and politely.',
      counting: '"{phrase}" counts your earlier messages, which reads as a complaint. Simply ask for an update.',
      presumes: '"{phrase}" takes a yes for granted. Say you look forward to hearing from them, and leave the answer to them.',
    },
  },
  table,
);
