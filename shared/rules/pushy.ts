/** pushy: pressure on the reader: repeated chasing, urgency, counting earlier messages. */
import { phraseRule } from './rule.js';

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
    },
  },
  [
    { pattern: 'following|checking|writing|reaching up|in|out again', messageId: 'pressure' },
    { pattern: 'asap', messageId: 'pressure' },
    { pattern: 'as soon as possible', messageId: 'pressure' },
    { pattern: "i'm|i am? still waiting", messageId: 'pressure' },
    { pattern: 'still waiting for|on a|an|your|any response|reply|answer|decision|news', messageId: 'pressure' },
    { pattern: 'i need an|a|your answer|response|reply|decision', messageId: 'pressure' },
    { pattern: 'i need to know', messageId: 'pressure' },
    { pattern: 'as? per my last|previous|earlier|prior email|emails|message|messages|voicemail|note', messageId: 'counting' },
    { pattern: 'this is my second|third|fourth|fifth|last email|message|attempt|follow-up|time', messageId: 'counting' },
    { pattern: 'for the second|third|fourth|fifth time', messageId: 'counting' },
    { pattern: "i|i've have? emailed|written|called|messaged|contacted|reached|followed you? out|up? several|multiple|many|numerous|two|three|four|five times", messageId: 'counting' },
    { pattern: "i|i've have? emailed|written|called|messaged|contacted|reached|followed you? out|up? a few times", messageId: 'counting' },
    { pattern: 'despite|after my several|multiple|many|repeated|numerous|previous emails|messages|attempts|calls|follow-ups', messageId: 'counting' },
    { pattern: 'bumping this|my|up', messageId: 'pressure' },
    { pattern: "(this is|it's|it is|this matter is) urgent", messageId: 'pressure' },
    { pattern: 'urgent|urgently reply|response|answer|decision|update|attention', messageId: 'pressure' },
    { pattern: 'i urgently need', messageId: 'pressure' },
    { pattern: "why haven't|hasn't i|anyone|you", messageId: 'pressure', negatable: false },
    { pattern: "i can't wait any longer", messageId: 'pressure', negatable: false },
  ],
);
