/**
 * Draft kinds: their descriptions, and inference from the text when front
 * matter does not name one. Inference is a phrase vote over the prose; the
 * phrase that decided is returned as evidence so editors can show it.
 */
import type { DraftDocument } from './document/parse.js';
import { PhraseIndex, type PhraseEntry } from './rules/phrases/match.js';
import { DRAFT_KINDS, type DraftKind } from './types.js';

export const KIND_INFO: Record<DraftKind, { title: string; when: string }> = {
  'thank-you': { title: 'Thank-you note', when: 'Sent within a day of the interview (two at the most).' },
  'status-check': { title: 'Status check', when: 'Sent after a week or two of silence, or once the decision date they gave has passed.' },
  'feedback-request': { title: 'Feedback request', when: 'Sent after a rejection, asking what you could do better next time.' },
  'rejection-response': { title: 'Reply to a rejection', when: 'Sent after a "no", to accept it gracefully and keep the door open.' },
  'additional-info': { title: 'Additional information', when: 'Sent with documents they asked for, or something you forgot to say.' },
};

export function isDraftKind(s: string): s is DraftKind {
  return (DRAFT_KINDS as readonly string[]).includes(s);
}

export interface InferredKind {
  kind: DraftKind;
  /** The phrase that decided it, as written; absent when falling back to thank-you. */
  evidence?: string;
}

// Weights: a phrase's vote. Strong phrases name the purpose of the message.
const SIGNALS: Record<DraftKind, Array<[string, number]>> = {
  'thank-you': [
    ['thank|thanks you? for meeting|interviewing|speaking|talking|taking', 2],
    ['enjoyed meeting|speaking|talking|our|learning', 2],
    ['great|pleasure|nice to meet|meeting|speak|speaking', 2],
    ['for the interview', 2],
    ['thank you for your time today|yesterday', 3],
    ['our conversation today|yesterday|this', 2],
  ],
  'status-check': [
    ['checking|check in', 2],
    ['status of|on my application', 3],
    ['any update|updates', 3],
    ['an update on|about|regarding', 3],
    ["haven't|have not heard", 3],
    ['where things stand', 3],
    ['follow up on|regarding my|the application', 2],
    ['follow|following up on|about|regarding the|my|your (hiring|timeline|decision|position|role|application|search|process|status)', 2],
    ['touch base', 2],
    ['hiring|decision timeline', 2],
    ['i interviewed for', 1],
    ['any news', 3],
    ['heard back', 2],
    ['weeks since', 2],
  ],
  'feedback-request': [
    ['feedback', 3],
    ['areas where i could improve', 3],
    ['how i could improve|strengthen|better', 3],
    ['what i could do better|differently', 3],
    ['suggestions for', 2],
    ['advice on|for', 1],
    ['what would you suggest|recommend', 3],
    ['anything i could do better|differently', 3],
    ['(stronger applicant|stronger candidate) next time', 3],
  ],
  'rejection-response': [
    ['letting me know', 3],
    ['informing me', 3],
    ['not selected|chosen', 3],
    ['decided to move|go forward with', 3],
    ['disappointed|disappointing', 2],
    ['another|other candidate|candidates', 2],
    ['future opportunities|openings|roles|positions', 2],
    ['keep me in mind', 2],
    ['best of luck with', 1],
    ['your decision', 2],
    ['went with (someone|another|a different)', 3],
    ['someone else', 2],
    ['chose|selected|hired (a|another) candidate', 3],
  ],
  'additional-info': [
    ['attached|attaching|enclosed', 3],
    ['as requested|promised', 3],
    ['you asked for|about', 2],
    ['forgot to mention', 3],
    ['i wanted to add', 3],
    ['portfolio|references|writing sample|work sample|transcript|certificate', 2],
    ['here is|are the', 1],
    ['in case it helps', 1],
    // Correcting something said in the interview is the purpose of the note.
    ['correct|clarify (something|a point|an answer|one answer|one thing|what i said)', 4],
  ],
};

let index: PhraseIndex | undefined;
const WEIGHTS = new Map<PhraseEntry, number>();

export function inferKind(doc: DraftDocument): InferredKind {
  if (!index) {
    index = new PhraseIndex(
      DRAFT_KINDS.map((kind) => ({
        ruleId: kind,
        entries: SIGNALS[kind].map(([pattern, weight]) => {
          const entry: PhraseEntry = { pattern, negatable: false };
          WEIGHTS.set(entry, weight);
          return entry;
        }),
      })),
    );
  }
  // Evidence: the strongest phrase of the winning kind, the first one on a tie.
  const scores = new Map<DraftKind, { score: number; first?: string; weight: number }>();
  for (const m of index.match(doc)) {
    const kind = m.ruleId as DraftKind;
    const weight = WEIGHTS.get(m.entry) ?? 1;
    const s = scores.get(kind) ?? { score: 0, weight: 0 };
    s.score += weight;
    if (weight > s.weight) {
      s.first = m.text;
      s.weight = weight;
    }
    scores.set(kind, s);
  }
  // A feedback request usually also answers the rejection; the request is its purpose.
  const fb = scores.get('feedback-request');
  const rej = scores.get('rejection-response');
  if (fb && rej && fb.score >= 3) fb.score += rej.score;
  let best: DraftKind = 'thank-you';
  let bestScore = 0;
  let evidence: string | undefined;
  for (const kind of DRAFT_KINDS) {
    const s = scores.get(kind);
    if (s && s.score > bestScore) {
      best = kind;
      bestScore = s.score;
      evidence = s.first;
    }
  }
  return evidence === undefined ? { kind: best } : { kind: best, evidence };
}
