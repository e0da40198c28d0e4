/**
 * What "well-formed" means for a lint result, as a list of problems (empty
 * when all is well), so a test asserts once even for 50,000 findings.
 */
import { ruleById, type Finding } from '../../shared/index.js';

/** Offset `i` is a position in `text`, not inside a surrogate pair. */
function isBoundary(text: string, i: number): boolean {
  if (i === 0 || i === text.length) return true;
  if (i < 0 || i > text.length) return false;
  const hi = text.charCodeAt(i - 1);
  const lo = text.charCodeAt(i);
  return !(hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff);
}

/**
 * Every finding range, related range and fix edit lies inside the text, on
 * character boundaries; messages are filled in; no rule crashed.
 */
export function wellFormedProblems(text: string, findings: readonly Finding[]): string[] {
  const problems: string[] = [];
  const range = (what: string, start: number, end: number): void => {
    if (!(start >= 0 && start <= end && end <= text.length)) problems.push(`${what}: range ${start}-${end} outside 0-${text.length}`);
    else if (!isBoundary(text, start) || !isBoundary(text, end)) problems.push(`${what}: range ${start}-${end} splits a surrogate pair`);
  };
  for (const f of findings) {
    if (f.ruleId === 'internal-error') problems.push(`internal error: ${f.message}`);
    range(f.ruleId, f.start, f.end);
    if (!f.message) problems.push(`${f.ruleId}: empty message`);
    // Every {placeholder} of the rule's message template was filled in.
    const template = ruleById(f.ruleId)?.meta.messages[f.messageId];
    for (const [slot] of template?.matchAll(/\{\w+\}/g) ?? []) if (f.message.includes(slot)) problems.push(`${f.ruleId}/${f.messageId}: ${slot} not filled`);
    for (const r of f.related ?? []) if (r.file === undefined) range(`${f.ruleId} related`, r.start, r.end);
    for (const fix of f.fixes) {
      if (fix.edits.length === 0) problems.push(`${f.ruleId}: "${fix.title}" has no edits`);
      for (const e of fix.edits) range(`${f.ruleId}: "${fix.title}"`, e.start, e.end);
    }
  }
  return problems;
}
