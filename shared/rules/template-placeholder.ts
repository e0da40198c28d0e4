/**
 * template-placeholder: template slots left unfilled: [Company Name],
 * {{name}}, <Interviewer>, XXX, TODO, ____. When the front matter knows the
 * value (a name, the company, the role), the fix fills it in.
 */
import type { Rule } from './rule.js';
import type { DraftFacts } from '../document/frontMatter.js';
import { formatWhen } from './helpers.js';

// In prose: bracketed slots (not links: those have had their `](…)` blanked), braces, markers, blanks.
const IN_PROSE = /\[([^\]\n[]{1,60})\](?![(\[:])|\{\{\s*([^}\n]{1,60}?)\s*\}\}|\{([A-Za-z][\w .-]{0,40})\}|\b(XXX+|TODO|FIXME|TKTK)\b|_{3,}/g;
// Angle slots are read as HTML by markdown: look for them in the raw text of prose lines.
const ANGLE = /<([A-Z][A-Za-z]*(?:[ _-][A-Za-z]+){0,4}|[a-z]+(?:[ _-][a-z]+){1,4})>/g;
const SLOT_WORDS = /\b(name|company|organi[sz]ation|employer|role|position|title|job|date|day|time|interviewer|manager|recruiter|person|insert|topic|skill|project|team|department|your|their|here|something|detail|details|x)\b/i;
const HTML_TAGS = new Set(['br', 'b', 'i', 'u', 'em', 'strong', 'span', 'div', 'p', 'a', 'img', 'sup', 'sub', 'small', 'mark', 'kbd', 'code', 'del', 'ins', 's', 'hr', 'details', 'summary']);

// "[LinkedIn]", "[GitHub]": a brand in brackets, not a slot.
const CAMEL = /[a-z][A-Z]/;
// Title-case words in brackets: "[Hiring Manager]", "[Specific Example]".
const TITLE_WORDS = /^(?:[A-Z][a-z][\w'-]*\s?){1,5}$/;
const SHOUTED_SLOT = /^(?=.*[ _])[A-Z _]{3,}$|^[A-Z]{6,}$/;
const NOT_SLOT = /^(?:sic|\d+|…|\.\.\.)$/i;
const BOX = /^(?:x|\s*)$/i;
const ANGLE_TITLE = /^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/;

// A slot for the reader's name: "[Interviewer]", "{{hiring_manager}}", "[Name]", "[First Name]"; not "[Team Name]".
const PERSON_SLOT = /\b(?:interviewer|interviewers|recipient|manager|recruiter|person|contact|addressee)\b|^(?:(?:first|last|full|their|his|her)\s+)?name$/;
const NOT_THEM = /company|your|my|team|project|product|school|department|file|event/;

function fillFor(slot: string, facts: DraftFacts): string | undefined {
  // first_name, interviewer-name: separators read as spaces.
  const s = slot.toLowerCase().replace(/[_-]+/g, ' ');
  if (PERSON_SLOT.test(s.trim()) && !NOT_THEM.test(s)) {
    if (facts.to.length === 0) return undefined;
    return /first/.test(s) ? (facts.to[0] ?? '').split(/\s+/)[0] : facts.to.length === 1 ? facts.to[0] : `${facts.to.slice(0, -1).join(', ')} and ${facts.to[facts.to.length - 1] ?? ''}`;
  }
  if (/company|organi[sz]ation|employer|firm/.test(s)) return facts.company;
  if (/role|position|job|title/.test(s)) return facts.role;
  if (/interview date|date of (the )?interview/.test(s) && facts.interviewDate) return formatWhen(facts.interviewDate.time, false);
  return undefined;
}

function atLineStart(prose: string, offset: number): boolean {
  for (let k = offset - 1; k >= 0; k--) {
    const c = prose.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

export const templatePlaceholder: Rule = {
  meta: {
    id: 'template-placeholder',
    kinds: 'all',
    defaultSeverity: 'error',
    category: 'dont',
    description: 'Unfilled template slots such as [Company Name], {{name}}, <Interviewer>, XXX, TODO or ____.',
    howToFix: 'Replace the slot with the real detail; when the front matter has it, the quick fix fills it in.',
    fix: 'safe',
    messages: {
      placeholder: '"{phrase}" is an unfilled placeholder; a note sent like this tells the reader it was a template.',
      placeholderKnown: '"{phrase}" is an unfilled placeholder; replace it with "{value}".',
    },
  },
  check(ctx) {
    const { doc, facts } = ctx;
    const report = (start: number, end: number, slot: string): void => {
      const phrase = doc.text.slice(start, end);
      const value = fillFor(slot, facts);
      if (value) {
        ctx.report({ start, end, messageId: 'placeholderKnown', data: { phrase, value }, fix: { title: `Fill in "${value}"`, edits: [{ start, end, newText: value }] } });
      } else ctx.report({ start, end, messageId: 'placeholder', data: { phrase } });
    };
    IN_PROSE.lastIndex = doc.bodyStart;
    for (let m = IN_PROSE.exec(doc.prose); m; m = IN_PROSE.exec(doc.prose)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[1] !== undefined) {
        const inner = m[1].trim();
        // [x] / [ ] task boxes and editorial [sic] are not slots.
        if (NOT_SLOT.test(inner)) continue;
        // A task box opens its line ("[x] sent the references"); mid-sentence, "[x] years" is a blank to fill.
        if (BOX.test(inner)) {
          if (atLineStart(doc.prose, start)) continue;
          report(start, end, inner);
          continue;
        }
        if (!SLOT_WORDS.test(inner) && !(TITLE_WORDS.test(inner) && !CAMEL.test(inner)) && !SHOUTED_SLOT.test(inner)) continue;
        report(start, end, inner);
      } else if (m[2] !== undefined) report(start, end, m[2]);
      else if (m[3] !== undefined) report(start, end, m[3]);
      else report(start, end, m[0]);
    }
    // Angle slots: markdown hides them as HTML, so read the raw text of prose blocks.
    for (const block of doc.blocks) {
      const raw = doc.text.slice(block.start, block.end);
      if (!raw.includes('<')) continue;
      ANGLE.lastIndex = 0;
      for (let m = ANGLE.exec(raw); m; m = ANGLE.exec(raw)) {
        const inner = m[1] ?? '';
        if (HTML_TAGS.has(inner.toLowerCase())) continue;
        if (!SLOT_WORDS.test(inner) && !ANGLE_TITLE.test(inner)) continue;
        const start = block.start + m.index;
        report(start, start + m[0].length, inner);
      }
    }
  },
};
