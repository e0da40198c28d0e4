/**
 * Inline disable comments, and the edits that write them:
 *   <!-- followup-disable-next-line too-casual, emoji -->   the next line
 *   <!-- followup-disable too-casual -->  …  <!-- followup-enable too-casual -->
 * A comment without rule ids applies to every rule.
 */
import type { DraftDocument } from '../document/parse.js';
import type { TextEdit } from '../types.js';

const DIRECTIVE = /^followup-(disable-next-line|disable-line|disable|enable)\b\s*([\s\S]*)$/;

interface Region {
  /** `null` = every rule. */
  rules: ReadonlySet<string> | null;
  start: number;
  end: number;
}

export class Suppressions {
  private readonly regions: Region[] = [];

  constructor(doc: DraftDocument) {
    const open = new Map<string, number>(); // rule id ('*' = all) -> region start
    // A `disable` above the first line of prose covers the whole file, front matter included: timing
    // findings point at front matter values, which come before any comment can.
    const firstProse = doc.blocks[0]?.start ?? doc.text.length;
    for (const c of doc.comments) {
      const m = DIRECTIVE.exec(c.body);
      if (!m) continue;
      const ids = (m[2] ?? '')
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter((s) => s && s !== '--');
      const rules = ids.length ? new Set(ids) : null;
      const kind = m[1];
      if (kind === 'disable-next-line' || kind === 'disable-line') {
        const line = doc.lines.lineOf(c.end) + (kind === 'disable-next-line' ? 1 : 0);
        const start = kind === 'disable-line' ? doc.lines.lineStart(doc.lines.lineOf(c.start)) : doc.lines.lineStart(line);
        this.regions.push({ rules, start, end: doc.lines.lineEnd(line) + 1 });
      } else if (kind === 'disable') {
        const start = c.start < firstProse ? 0 : c.end;
        for (const id of ids.length ? ids : ['*']) if (!open.has(id)) open.set(id, start);
      } else {
        for (const id of ids.length ? ids : [...open.keys()]) {
          const start = open.get(id);
          if (start === undefined) continue;
          open.delete(id);
          this.regions.push({ rules: id === '*' ? null : new Set([id]), start, end: c.start });
        }
      }
    }
    for (const [id, start] of open) this.regions.push({ rules: id === '*' ? null : new Set([id]), start, end: Infinity });
  }

  isSuppressed(ruleId: string, offset: number): boolean {
    for (const r of this.regions) {
      if (offset >= r.start && offset < r.end && (r.rules === null || r.rules.has(ruleId))) return true;
    }
    return false;
  }
}

/**
 * Insert `<!-- followup-disable-next-line id -->` above the line holding `offset`.
 * A finding in the front matter (a date, a count) is about the whole draft, and
 * a comment there would break the YAML: it gets the file-wide form instead.
 */
export function disableLineEdit(doc: DraftDocument, ruleId: string, offset: number, eol: string): TextEdit {
  if (doc.frontMatter.present && offset < doc.bodyStart) return disableFileEdit(doc, ruleId, eol);
  const line = doc.lines.lineOf(offset);
  const start = doc.lines.lineStart(line);
  const indent = /^[ \t]*/.exec(doc.text.slice(start, doc.lines.lineEnd(line)))?.[0] ?? '';
  return { start, end: start, newText: `${indent}<!-- followup-disable-next-line ${ruleId} -->${eol}` };
}

/** Insert `<!-- followup-disable id -->` where the body starts. */
export function disableFileEdit(doc: DraftDocument, ruleId: string, eol: string): TextEdit {
  const at = doc.bodyStart;
  return { start: at, end: at, newText: `<!-- followup-disable ${ruleId} -->${eol}` };
}
