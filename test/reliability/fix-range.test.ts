/**
 * No data lost by a fix, over the whole labelled corpus (test/corpus/**, each
 * draft at the `now` its label gives, with the other drafts as duplicate-draft
 * peers, as `npm run eval` lints them), each draft as written (LF, or CRLF
 * for the corpus's CRLF drafts) and converted to CRLF. For every finding's every fix, safe or suggested
 * (spelling suggestions are computed lazily when `finding.fixes` is read):
 *
 * - the text before the first edit and after the last edit is byte-identical,
 *   and between edits nothing but the edits changes;
 * - every edit lies inside the finding's own range, or in one of the wider
 *   ranges shared/ documents:
 *   - a removal or replacement may take the spaces and punctuation next to
 *     the finding on its own line (shared/rules/rule.ts `replacementEdit`, the
 *     repeated-word fix in grammar.ts, too-casual's sign-off and
 *     `removeInterjection`), never a letter, a digit or a line break;
 *   - a presence rule ("do" category, `missing-*`) inserts its sentence as a
 *     paragraph (shared/rules/helpers.ts `insertOpening` / `insertClosing`):
 *     a pure insertion at a line boundary of the body, replacing nothing;
 * - no edit touches the front matter;
 * - the result has no lone surrogate, and no mixed line endings: CRLF stays
 *   CRLF, LF stays LF.
 *
 * And fix-all on the CRLF draft keeps every line ending CRLF, and gives the
 * result of the draft with LF endings, with CRLF line endings (fixing does not depend on the line ending).
 * The "disable for this line / in this file" edits are held to the same line
 * ending rules. Counts are printed with a `[reliability]` prefix.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits, detectEol, disableFileEdit, disableLineEdit, fingerprint, fixAll, lintDraft, parseDraft, ruleById, type Finding, type Fix, type TextEdit } from '../../shared/index.js';
import { loadCorpus } from '../../scripts/eval.js';

const report = (line: string): void => console.log(`[reliability] ${line}`);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why the line endings of `text` are not all `eol`, or undefined when they are. */
function eolProblem(text: string, eol: '\n' | '\r\n'): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (eol === '\r\n') {
      if (c === 10 && text.charCodeAt(i - 1) !== 13) return `bare LF at ${i}: ${JSON.stringify(text.slice(Math.max(0, i - 30), i + 10))}`;
      if (c === 13 && text.charCodeAt(i + 1) !== 10) return `bare CR at ${i}: ${JSON.stringify(text.slice(Math.max(0, i - 30), i + 10))}`;
    } else if (c === 13) return `CR in an LF text at ${i}: ${JSON.stringify(text.slice(Math.max(0, i - 30), i + 10))}`;
  }
  return undefined;
}

/** The text outside the fix's edits is the same, in the same order, before and after; the edits' new text sits between. */
function expectOnlyEditsChange(before: string, after: string, edits: readonly TextEdit[], what: string): void {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return;
  expect(after.slice(0, first.start), `${what}: the text before the first edit is identical`).toBe(before.slice(0, first.start));
  const tail = before.length - last.end;
  expect(after.slice(after.length - tail), `${what}: the text after the last edit is identical`).toBe(before.slice(last.end));
  let pos = 0;
  let out = 0;
  for (const e of sorted) {
    const kept = before.slice(pos, e.start);
    expect(after.slice(out, out + kept.length), `${what}: text between edits unchanged`).toBe(kept);
    out += kept.length;
    expect(after.slice(out, out + e.newText.length), `${what}: the edit's new text`).toBe(e.newText);
    out += e.newText.length;
    pos = e.end;
  }
  expect(after.length, `${what}: nothing else added or removed`).toBe(out + before.length - pos);
}

/** Spaces, tabs and punctuation only: what a removal may take beside its finding (never a word, never a line break). */
const EDGE = /^[ \t,.;:!?]*$/;

function atLineBoundary(text: string, at: number, bodyStart: number): boolean {
  if (at === bodyStart || at === text.length) return true;
  const before = text.charCodeAt(at - 1);
  const here = text.charCodeAt(at);
  return before === 10 || here === 10 || (here === 13 && text.charCodeAt(at + 1) === 10);
}

/** Undefined when the edit stays where shared/ says this finding's fixes may write; else why not. */
function outOfBounds(text: string, bodyStart: number, f: Finding, e: TextEdit): string | undefined {
  if (e.start < bodyStart) return `edits the front matter (${e.start} < body start ${bodyStart})`;
  if (e.start >= f.start && e.end <= f.end) return undefined;
  const left = e.start < f.start ? text.slice(e.start, f.start) : '';
  const right = e.end > f.end ? text.slice(Math.max(f.end, e.start), e.end) : '';
  const overlaps = e.start <= f.end && e.end >= f.start;
  if (overlaps && EDGE.test(left) && EDGE.test(right)) return undefined;
  if (ruleById(f.ruleId)?.meta.category === 'do' && e.start === e.end && atLineBoundary(text, e.start, bodyStart)) return undefined;
  return `edit ${e.start}-${e.end} ${JSON.stringify(text.slice(e.start, e.end))} is outside the finding ${f.start}-${f.end} ${JSON.stringify(text.slice(f.start, f.end))}`;
}

const drafts = loadCorpus();
const peers = drafts.map((d) => fingerprint(parseDraft(d.text), d.file));
const toCrlf = (t: string): string => t.replace(/\r?\n/g, '\r\n');
const toLf = (t: string): string => t.replace(/\r\n/g, '\n');

describe('fixes over the labelled corpus, LF and CRLF', () => {
  it('every fix changes only its edit ranges, within its finding (or the documented wider range), keeping surrogates and line endings whole', () => {
    let findings = 0;
    let fixes = 0;
    let wider = 0;
    let disables = 0;
    const rules = new Set<string>();
    for (const d of drafts) {
      for (const text of [d.text, toCrlf(d.text)]) {
        const eol = detectEol(text);
        const label = `${d.file} (${eol === '\r\n' ? 'CRLF' : 'LF'})`;
        // Preconditions: the corpus itself is clean, so anything found below was made by a fix.
        expect(LONE_SURROGATE.test(text), `${label}: no lone surrogate in the draft`).toBe(false);
        expect(eolProblem(text, eol), `${label}: consistent line endings in the draft`).toBeUndefined();
        const r = lintDraft(text, { now: d.now, file: d.file, peers });
        const bodyStart = r.document.bodyStart;
        for (const f of r.findings) {
          findings++;
          for (const fix of f.fixes as Fix[]) {
            const what = `${label}: ${f.ruleId} "${fix.title}"`;
            expect(fix.edits.length, `${what}: a fix has edits`).toBeGreaterThan(0);
            for (const e of fix.edits) {
              expect(outOfBounds(text, bodyStart, f, e), what).toBeUndefined();
              if (e.start < f.start || e.end > f.end) wider++;
            }
            const { text: out, applied } = applyEdits(text, fix.edits);
            expect(applied.length, `${what}: every edit applies`).toBe(fix.edits.length);
            expectOnlyEditsChange(text, out, fix.edits, what);
            expect(LONE_SURROGATE.test(out), `${what}: no lone surrogate`).toBe(false);
            expect(eolProblem(out, eol), `${what}: line endings`).toBeUndefined();
            fixes++;
            rules.add(f.ruleId);
          }
          for (const e of [disableLineEdit(r.document, f.ruleId, f.start, eol), disableFileEdit(r.document, f.ruleId, eol)]) {
            const out = applyEdits(text, [e]).text;
            expect(e.end, `${label}: a disable comment is an insertion`).toBe(e.start);
            expect(eolProblem(out, eol), `${label}: disable ${f.ruleId}: line endings`).toBeUndefined();
            disables++;
          }
        }
      }
    }
    report(`fix ranges: ${drafts.length} corpus drafts, each as written and in CRLF (${drafts.length * 2} texts), ${findings} findings, ${fixes} fixes applied (${wider} edits reaching past their finding, all within the documented wider range) from ${rules.size} rules, ${disables} disable comments`);
    // The corpus reaches fixes at all, of several rules (guards against a corpus or loader that silently stops producing them).
    expect(drafts.length).toBeGreaterThanOrEqual(100);
    expect(fixes).toBeGreaterThan(100);
    expect(rules.size).toBeGreaterThanOrEqual(8);
  });

  it('fix-all on CRLF keeps every line ending CRLF and gives the LF result with CRLF endings', () => {
    let changed = 0;
    let edits = 0;
    for (const d of drafts) {
      const options = { now: d.now, file: d.file, peers };
      const lf = fixAll(toLf(d.text), options);
      const crlfText = toCrlf(d.text);
      const crlf = fixAll(crlfText, options);
      expect(eolProblem(lf.text, '\n'), `${d.file}: fix-all on LF`).toBeUndefined();
      expect(eolProblem(crlf.text, '\r\n'), `${d.file}: fix-all on CRLF`).toBeUndefined();
      expect(LONE_SURROGATE.test(crlf.text), `${d.file}: fix-all leaves no lone surrogate`).toBe(false);
      expect(crlf.text, `${d.file}: fix-all does not depend on the line ending`).toBe(toCrlf(lf.text));
      // The minimal edits fix-all reports (what the editors apply) rebuild its text.
      expect(applyEdits(crlfText, crlf.edits).text, `${d.file}: fix-all's edits rebuild its text`).toBe(crlf.text);
      if (crlf.text !== crlfText) changed++;
      edits += crlf.edits.length;
    }
    report(`fix-all on CRLF: ${drafts.length} corpus drafts, ${changed} changed by ${edits} edits, every line ending still CRLF`);
    expect(changed).toBeGreaterThan(10);
  });
});
