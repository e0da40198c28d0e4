/** The rule registry: one import per rule, in catalog order (RULES.md §2). */
import type { Rule } from './rule.js';
import { missingGratitude } from './missing-gratitude.js';
import { missingSpecifics } from './missing-specifics.js';
import { missingInterest } from './missing-interest.js';
import { missingNextSteps } from './missing-next-steps.js';
import { missingDoorOpen } from './missing-door-open.js';
import { genericGreeting } from './generic-greeting.js';
import { templatePlaceholder } from './template-placeholder.js';
import { boilerplate } from './boilerplate.js';
import { duplicateDraft } from './duplicate-draft.js';
import { pushy } from './pushy.js';
import { demandsResponse } from './demands-response.js';
import { desperate } from './desperate.js';
import { tooCasual } from './too-casual.js';
import { emoji } from './emoji.js';
import { shouting } from './shouting.js';
import { negativeTone } from './negative-tone.js';
import { bitterRejection } from './bitter-rejection.js';
import { personalChannel } from './personal-channel.js';
import { feedbackTooSpecific } from './feedback-too-specific.js';
import { tooLong } from './too-long.js';
import { longSentence } from './long-sentence.js';
import { spelling } from './spelling.js';
import { grammar } from './grammar.js';
import { sendWindow } from './send-window.js';
import { tooSoon } from './too-soon.js';
import { tooManyFollowUps } from './too-many-follow-ups.js';
import { documentsOverdue } from './documents-overdue.js';

export const RULES: readonly Rule[] = [
  missingGratitude,
  missingSpecifics,
  missingInterest,
  missingNextSteps,
  missingDoorOpen,
  genericGreeting,
  templatePlaceholder,
  boilerplate,
  duplicateDraft,
  pushy,
  demandsResponse,
  desperate,
  tooCasual,
  emoji,
  shouting,
  negativeTone,
  bitterRejection,
  personalChannel,
  feedbackTooSpecific,
  tooLong,
  longSentence,
  spelling,
  grammar,
  sendWindow,
  tooSoon,
  tooManyFollowUps,
  documentsOverdue,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

const byId = new Map(RULES.map((r) => [r.meta.id, r]));
export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
