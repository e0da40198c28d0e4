/**
 * Properties of fix-all: it is a fixed point (running it again changes
 * nothing), its minimal edits rebuild its text, it keeps the document's line
 * endings, and it never touches the front matter, fenced code or quoted mail.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEdits, fixAll, type LintOptions } from '../../shared/index.js';
import { anyDraft, draft, lintOptions, runs } from './arbitraries.js';

/** A closed front matter block at the very start. */
const FRONT = /^---\r?\n(?:[\s\S]*?\r?\n)?---\r?\n/;

/** Fenced code blocks: closed ones whole, an unclosed one to the end of the text. */
function fences(text: string): string[] {
  const out: string[] = [];
  const re = /^(```|~~~)[^\r\n]*\r?\n/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const marker = m[1]!;
    const close = new RegExp(`^${marker}[ \\t]*(?:\\r?\\n|$)`, 'm');
    const rest = text.slice(m.index + m[0].length);
    const c = close.exec(rest);
    const end = c ? m.index + m[0].length + c.index + c[0].length : text.length;
    out.push(text.slice(m.index, end));
    re.lastIndex = end;
  }
  return out;
}

describe('fix-all', () => {
  it('is a fixed point, and its edits rebuild its text', () => {
    fc.assert(
      fc.property(anyDraft, lintOptions, (text, options: LintOptions) => {
        const once = fixAll(text, options);
        expect(fixAll(once.text, options).text).toBe(once.text);
        expect(applyEdits(text, once.edits).text).toBe(once.text);
        // Minimal edits are sorted and disjoint.
        for (let i = 1; i < once.edits.length; i++) expect(once.edits[i]!.start).toBeGreaterThanOrEqual(once.edits[i - 1]!.end);
        // What is left has no safe fix to apply.
        expect(once.result.findings.filter((f) => f.fixes.some((x) => x.safe)).map((f) => f.ruleId)).toEqual([]);
      }),
      { numRuns: runs(150) },
    );
  });

  it('keeps CRLF and LF line endings, and never touches the front matter, fenced code or quoted mail', () => {
    let changed = 0;
    let changedCrlf = 0;
    fc.assert(
      fc.property(draft, lintOptions, (text, options: LintOptions) => {
        const out = fixAll(text, options).text;
        if (text.includes('\r\n')) expect(out.replace(/\r\n/g, ''), 'no bare LF in a CRLF draft').not.toMatch(/\n/);
        if (!text.includes('\r')) expect(out, 'no CR in an LF draft').not.toContain('\r');
        const front = FRONT.exec(text)?.[0];
        if (front) expect(out.startsWith(front), 'front matter unchanged').toBe(true);
        for (const block of fences(text)) expect(out, 'fenced code unchanged').toContain(block);
        // A quote runs to the next blank line (lazy continuation lines belong to it).
        for (const quote of text.match(/^>.*(?:\r?\n(?![ \t]*\r?$).*)*/gm) ?? []) expect(out, 'quoted mail unchanged').toContain(quote);
        if (out !== text) changed++;
        if (out !== text && text.includes('\r\n')) changedCrlf++;
      }),
      { numRuns: runs(150) },
    );
    // The drafts exercise the property: fix-all changed many of them, CRLF ones included.
    expect(changed).toBeGreaterThan(30);
    expect(changedCrlf).toBeGreaterThan(10);
  });
});
