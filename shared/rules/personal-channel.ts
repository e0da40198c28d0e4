/**
 * personal-channel: moving the conversation to personal channels (social
 * apps, texting, a personal phone). A platform name alone is not a finding:
 * "the Instagram campaign your team ran" is a topic. It is one when the
 * sentence is about contacting someone there ("add you on Facebook",
 * "message me on WhatsApp", "my Instagram") or about texting or a personal number.
 * LinkedIn and email are fine.
 */
import type { Rule } from './rule.js';
import { getWords } from '../document/text.js';

const PLATFORMS = new Set(['facebook', 'instagram', 'insta', 'ig', 'whatsapp', 'snapchat', 'snap', 'tiktok', 'telegram', 'signal', 'messenger', 'wechat', 'twitter', 'x', 'discord', 'fb', 'facetime', 'imessage', 'viber']);
/** Verbs that are only contact with a person as object: "follow you", not "followed the launch". */
const NEEDS_PERSON = new Set(['add', 'added', 'adding', 'follow', 'followed', 'following', 'find', 'friend', 'friended', 'hit']);
const INVITED = ['sharing', 'shared', 'giving', 'gave', 'provided', 'providing', 'offered', 'offering', 'for'];
const PERSON = new Set(['you', 'me', 'us', 'him', 'her', 'them', 'each']);
const CONTACT = new Set([
  'add', 'added', 'adding', 'follow', 'followed', 'following', 'friend', 'friended', 'message', 'messaged', 'messaging', 'dm', 'dmed', "dm'd",
  'dms', 'text', 'texted', 'chat', 'chatted', 'reach', 'contact', 'contacted', 'connect', 'connected', 'find', 'ping', 'pinged', 'send', 'sent',
  'request', 'call', 'called', 'talk', 'my', 'your', 'hit',
]);
const AMBIGUOUS = new Set(['snap', 'signal', 'x', 'ig', 'messenger', 'telegram']);

export const personalChannel: Rule = {
  meta: {
    id: 'personal-channel',
    kinds: 'all',
    defaultSeverity: 'warning',
    category: 'dont',
    description: 'Moves the conversation to personal channels: social apps, texting, or a personal phone. LinkedIn and email are fine.',
    howToFix: 'Keep the conversation on email (or LinkedIn, or whatever channel they chose).',
    fix: 'none',
    messages: {
      platform: 'Reaching out on {phrase} crosses into personal space; keep to email or LinkedIn unless they invited it.',
      texting: '"{phrase}" moves to a personal channel; keep to email or the phone line they gave you.',
    },
  },
  phrases: [
    { pattern: "(i'll|i will|i can|i could|i'd|i would|let me|happy to|feel free to|just|please|or|and|can i|may i|could i|should i) text you|me" },
    { pattern: '(send|shoot|drop) (you|me) a quick? text|whatsapp|dm|snap' },
    { pattern: "(i'll|i will|i can|i could|let me|happy to|feel free to|just|please|can i|may i|could i) (whatsapp|dm|snapchat|snap|facetime|imessage) (you|me)" },
    { pattern: 'i texted|whatsapped|dmed|snapped you' },
    // "Thank you for sharing your mobile number" means they offered it.
    { pattern: 'your personal|private|cell|mobile|home number|phone|cell|mobile|email|address', unlessPrev: INVITED },
    { pattern: 'call|text|ring|phone your cell|mobile|home' },
    { pattern: 'call|ring|text|phone you on|at your cell|mobile|personal|private|home' },
    { pattern: 'call|ring|text|phone|visit you at home' },
    { pattern: 'friend request' },
    { pattern: 'slide into your dms' },
  ],
  check(ctx) {
    const texting = ctx.phraseMatches();
    for (const m of texting) ctx.report({ start: m.start, end: m.end, messageId: 'texting', data: { phrase: m.text } });
    const { doc } = ctx;
    const words = getWords(doc);
    for (let i = 0; i < words.count; i++) {
      const lw = words.lower[i] ?? '';
      if (!PLATFORMS.has(lw)) continue;
      const start = words.starts[i] ?? 0;
      const end = words.ends[i] ?? start;
      // "send you a WhatsApp" is already reported as a whole.
      if (texting.some((m) => m.start <= start && end <= m.end)) continue;
      const raw = doc.text.slice(start, end);
      // Ambiguous names count only when written as the brand (Signal, X).
      if (AMBIGUOUS.has(lw) && raw[0] === lw[0]) continue;
      if (!aboutContact(doc.prose, words, i)) continue;
      ctx.report({ start, end, messageId: 'platform', data: { phrase: raw } });
    }
  },
};

const TOPIC_NOUNS = new Set(['campaign', 'campaigns', 'posts', 'post', 'ads', 'ad', 'content', 'strategy', 'page', 'feed', 'presence', 'marketing', 'audience', 'followers', 'videos', 'reels', 'stories', 'launch', 'channel', 'channels', 'analytics', 'engagement', 'team', 'shop',
  'business', 'integration', 'integrations', 'work', 'support', 'queue', 'api', 'bot', 'bots', 'project', 'projects', 'experience', 'portfolio', 'growth', 'community', 'partnership', 'partnerships']);

/** A topic noun within three words after word i: the platform is the subject, not a contact route. */
function topicFollows(words: ReturnType<typeof getWords>, i: number): boolean {
  for (let j = i + 1; j <= i + 3 && j < words.count; j++) if (TOPIC_NOUNS.has(words.lower[j] ?? '')) return true;
  return false;
}

/** Whether a contact word sits within four words of word i, in the same sentence. */
function aboutContact(prose: string, words: ReturnType<typeof getWords>, i: number): boolean {
  for (let d = -4; d <= 4; d++) {
    if (d === 0) continue;
    const j = i + d;
    if (j < 0 || j >= words.count) continue;
    const a = Math.min(i, j);
    const b = Math.max(i, j);
    const gap = prose.slice(words.ends[a] ?? 0, words.starts[b] ?? 0);
    if (/[.!?;\n]/.test(gap)) continue;
    const w = words.lower[j] ?? '';
    if (!CONTACT.has(w)) continue;
    // "your team's Instagram campaign" is a topic; "your Instagram" (the person's account) is contact,
    // unless what follows shows it is the company's channel ("your Instagram and TikTok campaigns").
    if ((w === 'your' || w === 'my') && d !== -1) continue;
    // "your WhatsApp Business integration", "our text and WhatsApp support queue": the app is the topic.
    if (topicFollows(words, i)) continue;
    if (NEEDS_PERSON.has(w) && !PERSON.has(words.lower[j + 1] ?? '')) continue;
    return true;
  }
  return false;
}
