import { describe, expect, it } from 'vitest';
import { LineIndex, lintDraft, parseDraft } from '../../shared/index.js';

const proseOf = (text: string): string => parseDraft(text).prose;

describe('parseDraft: the prose mask', () => {
  it('keeps the length and line breaks of the text', () => {
    const text = '---\nfollowup: thank-you\n---\r\n\r\nDear Dana,\r\n\r\n`code` and <!-- c --> and [link](http://x.y)\r\n';
    const prose = proseOf(text);
    expect(prose.length).toBe(text.length);
    for (let i = 0; i < text.length; i++) if (text[i] === '\n' || text[i] === '\r') expect(prose[i]).toBe(text[i]);
  });

  it('excludes front matter, code, inline code, comments, URLs and link targets, keeps link text', () => {
    const text = [
      '---',
      'followup: thank-you',
      'to: Dana',
      '---',
      '',
      'Dear Dana, see `lol code` and [the report](https://example.com/lol) and https://lol.example.com and <!-- lol -->.',
      '',
      '```',
      'lol in a fence',
      '```',
      '',
      '    lol indented code',
      '',
      '> lol quoted',
      '',
      'Best,',
      'Sam',
    ].join('\n');
    const prose = proseOf(text);
    expect(prose).not.toContain('lol');
    expect(prose).not.toContain('followup');
    expect(prose).toContain('the report');
    expect(prose).toContain('Dear Dana');
    expect(prose).toContain('Best,');
  });

  it('excludes quoted earlier mail after an "On … wrote:" line', () => {
    const text = 'Dear Dana,\n\nThank you.\n\nOn Tue, Nov 18, 2026 at 3:02 PM Dana Okafor <dana@example.com> wrote:\nhey, thanks for applying lol\n';
    const doc = parseDraft(text);
    expect(doc.quotedFrom).toBe(text.indexOf('On Tue'));
    expect(doc.prose).not.toContain('lol');
    expect(lintDraft(text).findings.map((f) => f.ruleId)).not.toContain('too-casual');
  });

  it('blanks list and heading markers but keeps their text', () => {
    const prose = proseOf('# Thanks\n\n- first point\n1. second point\n');
    expect(prose).toContain('Thanks');
    expect(prose).not.toContain('#');
    expect(prose).not.toMatch(/^- /m);
    expect(prose).toContain('second point');
  });

  it('finds subject, greeting and sign-off', () => {
    const doc = parseDraft('Subject: Thank you for today\n\nDear Dana,\n\nThank you for the interview.\n\nBest regards,\nSam\n');
    expect(doc.subject?.text).toBe('Thank you for today');
    expect(doc.greeting?.text).toBe('Dear Dana,');
    expect(doc.signOff?.text).toBe('Best regards,');
  });

  it('does not take a first sentence for a greeting', () => {
    const doc = parseDraft('I wanted to thank you for the interview yesterday, which I enjoyed a great deal.\n');
    expect(doc.greeting).toBeUndefined();
  });

  it('takes only the salutation when a sentence follows on the same line', () => {
    const doc = parseDraft('Hi Dana, thanks for your time today.\n');
    expect(doc.greeting?.text).toBe('Hi Dana,');
  });
});

describe('positions', () => {
  it('are LSP positions in UTF-16 units, correct after emoji and CRLF', () => {
    const text = 'Dear Dana,\r\n\r\nGreat 😊 meeting, gonna call.\r\n';
    const f = lintDraft(text).findings.find((x) => x.ruleId === 'too-casual');
    expect(f).toBeDefined();
    const lines = new LineIndex(text);
    const p = lines.positionAt(f!.start);
    expect(p).toEqual({ line: 2, character: 'Great 😊 meeting, '.length });
    expect('Great 😊 meeting, '.length).toBe(18); // the emoji is two UTF-16 units
    expect(lines.offsetAt(p)).toBe(f!.start);
  });

  it('round-trips every offset, with \\r line ends too', () => {
    const text = 'a\r\nb\rc\nd😀e\n';
    const lines = new LineIndex(text);
    expect(lines.lineCount).toBe(5);
    for (let i = 0; i <= text.length; i++) {
      if (text[i - 1] === '\r' && text[i] === '\n') continue; // inside a CRLF pair
      expect(lines.offsetAt(lines.positionAt(i))).toBe(i);
    }
  });
});
