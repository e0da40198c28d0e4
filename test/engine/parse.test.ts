import { describe, expect, it } from 'vitest';
import { LineIndex, detectEol, getWords, lintDraft, parseDraft } from '../../shared/index.js';
import { WordMemo } from '../../shared/document/text.js';

const proseOf = (text: string): string => parseDraft(text).prose;

/** The invariant every rule relies on: same length, same line breaks, prose characters unchanged, the rest blanked. */
function expectMask(text: string, prose: string): void {
  expect(prose.length).toBe(text.length);
  for (let i = 0; i < text.length; i++) {
    const t = text[i];
    const p = prose[i];
    if (t === '\n' || t === '\r') expect(p, `line break at ${i}`).toBe(t);
    else expect(p === t || p === ' ', `offset ${i}: ${JSON.stringify(t)} became ${JSON.stringify(p)}`).toBe(true);
  }
}

/** The words the rules see. */
const wordsOf = (text: string): string[] => {
  const doc = parseDraft(text);
  return getWords(doc).lower.slice(0, getWords(doc).count);
};

describe('parseDraft: the prose mask', () => {
  it('keeps the length and line breaks of the text', () => {
    const text = '---\nfollowup: thank-you\n---\r\n\r\nDear Dana,\r\n\r\n`code` and <!-- c --> and [link](http://x.y)\r\n';
    expectMask(text, proseOf(text));
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
    expectMask(text, prose);
    expect(prose).not.toContain('lol');
    expect(prose).not.toContain('followup');
    expect(prose).toContain('the report');
    expect(prose).toContain('Dear Dana');
    expect(prose).toContain('Best,');
    // Link text stays at its own offsets.
    expect(prose.indexOf('the report')).toBe(text.indexOf('the report'));
  });

  it('excludes tilde fences, HTML blocks, multi-line comments, autolinks, images, reference definitions and bare domains', () => {
    const text = [
      'Hi Dana,',
      '',
      'See <https://lol.example.com> and ![lol pic](lol.png) and [the deck][d] and www.lol.com today.',
      '',
      '~~~',
      'lol tilde',
      '~~~',
      '',
      '<div>',
      'lol block',
      '</div>',
      '',
      '<!--',
      'lol multi',
      '-->',
      '',
      'Thanks <span class="lol">for the tour</span> again.',
      '',
      '[d]: https://lol.example.com/deck',
    ].join('\n');
    const prose = proseOf(text);
    expectMask(text, prose);
    expect(prose).not.toContain('lol');
    expect(prose).toContain('the deck');
    expect(prose).toContain('for the tour');
    expect(prose).toContain('today.');
    expect(parseDraft(text).comments.map((c) => c.body)).toEqual(['lol multi']);
  });

  it('masks inline syntax paragraph by paragraph: a reference link defined later, a bare domain in a draft with a URL elsewhere', () => {
    const text = [
      'Hi Dana,',
      '',
      'Thanks for the tour and for sending [the deck][lol] so quickly.',
      '',
      'The demo at demo.lol.ai was a highlight.',
      '',
      'Plain words only in this paragraph, with nothing to mask at all.',
      '',
      'My portfolio is at https://example.com/jordan if useful.',
      '',
      '[lol]: https://example.com/deck',
    ].join('\n');
    const doc = parseDraft(text);
    expectMask(text, doc.prose);
    expect(doc.prose).not.toContain('lol');
    expect(doc.prose).not.toContain('example');
    expect(doc.prose).toContain('the deck');
    expect(doc.prose).toContain('Plain words only in this paragraph, with nothing to mask at all.');
    expect(doc.blocks).toHaveLength(5);
  });

  it('excludes blockquotes, nested ones too, and keeps what follows', () => {
    const text = 'Hi Dana,\n\n> you wrote lol\n> > and lol deeper\n\nThanks for the tour.\n';
    const prose = proseOf(text);
    expect(prose).not.toContain('lol');
    expect(prose).toContain('Thanks for the tour.');
  });

  it('excludes quoted earlier mail after an "On … wrote:" line', () => {
    const text = 'Dear Dana,\n\nThank you.\n\nOn Tue, Nov 18, 2026 at 3:02 PM Dana Okafor <dana@example.com> wrote:\nhey, thanks for applying lol\n';
    const doc = parseDraft(text);
    expect(doc.quotedFrom).toBe(text.indexOf('On Tue'));
    expect(doc.prose).not.toContain('lol');
    expect(doc.prose.slice(0, doc.quotedFrom)).toBe(text.slice(0, doc.quotedFrom));
    expect(lintDraft(text).findings.map((f) => f.ruleId)).not.toContain('too-casual');
  });

  it('excludes Outlook-style quoted mail: "Original Message", "From: … Sent:", a separator line', () => {
    for (const header of ['-----Original Message-----\nFrom: Dana', 'From: Dana Okafor <dana@x.com>\r\nSent: Monday, November 16, 2026 3:02 PM', '________________________________\nFrom: Dana']) {
      const text = `Hi Dana,\n\nThank you.\n\n${header}\nhey lol\n`;
      const doc = parseDraft(text);
      expect(doc.quotedFrom, header).toBe(text.indexOf(header.slice(0, 4)));
      expect(doc.prose).not.toContain('lol');
    }
  });

  it('a short run of underscores is a blank to fill, not a mail separator', () => {
    const text = 'Hi Dana,\n\nMy favourite part was:\n\n_____\n\nThank you.\n';
    const doc = parseDraft(text);
    expect(doc.quotedFrom).toBeUndefined();
    expect(doc.prose).toContain('Thank you.');
  });

  it('blanks list and heading markers but keeps their text', () => {
    const text = '# Thanks\n\n- first point\n1. second point\n- [x] sent the portfolio\n';
    const prose = proseOf(text);
    expectMask(text, prose);
    expect(prose).toContain('Thanks');
    expect(prose).not.toContain('#');
    expect(prose).not.toMatch(/^- /m);
    expect(prose).not.toContain('[x]');
    expect(prose).toContain('second point');
    expect(prose).toContain('sent the portfolio');
  });

  it('blanks a byte order mark', () => {
    const doc = parseDraft('\uFEFFDear Dana,\n\nThanks.\n');
    expect(doc.bodyStart).toBe(1);
    expect(doc.prose[0]).toBe(' ');
    expect(doc.greeting?.text).toBe('Dear Dana,');
  });

  it('handles CRLF files throughout: front matter, body, blocks and lines', () => {
    const text = '---\r\nfollowup: thank-you\r\nto: Dana Okafor\r\n---\r\n\r\nDear Dana,\r\n\r\nThank you for the tour.\r\n\r\nBest regards,\r\nSam\r\n';
    const doc = parseDraft(text);
    expectMask(text, doc.prose);
    expect(doc.frontMatter.facts.to).toEqual(['Dana Okafor']);
    expect(doc.bodyStart).toBe(text.indexOf('\r\nDear'));
    expect(doc.greeting?.text).toBe('Dear Dana,');
    expect(doc.signOff?.text).toBe('Best regards,');
    expect(doc.prose).not.toContain('followup');
    expect(detectEol(text)).toBe('\r\n');
    for (const b of doc.blocks) expect(text.slice(b.start, b.end)).not.toMatch(/^\s|\s$/);
  });

  it('words skip non-prose and keep contractions, hyphenated words and accented letters whole', () => {
    expect(wordsOf("Dear José,\n\nI'm glad the follow-up went well `code` (see https://x.io).\n")).toEqual(['dear', 'josé', "i'm", 'glad', 'the', 'follow-up', 'went', 'well', 'see']);
    expect(wordsOf('It’s a café.\n')).toEqual(["it's", 'a', 'café']);
  });
});

describe('getWords: the folded word forms', () => {
  // The definition the fast path must agree with: the Unicode word pattern, lower-cased, ’ folded.
  const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’\-](?=[\p{L}\p{N}]))*/gu;
  const reference = (prose: string): string[] => [...prose.matchAll(WORD)].map((m) => m[0].toLowerCase().replace(/’/g, "'"));

  it('are the same whether a word was seen before, in another case, or pushed out by thousands of others', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const syllables = ['da', 'na', 'ok', 'af', 'or', 'ro', 'le', 'th', 'an', 'k', 'yo', 'u', 'Fo', 'LL', 'ow', '9', 'é'];
    const joins = ['', '', '', "'", '’', '-'];
    const word = (): string => {
      let w = '';
      for (let k = 0, n = 1 + random(4); k < n; k++) w += (k > 0 ? joins[random(joins.length)]! : '') + syllables[random(syllables.length)]!;
      return random(5) === 0 ? w.toUpperCase() : random(3) === 0 ? w[0]!.toUpperCase() + w.slice(1) : w;
    };
    let checked = 0;
    for (let d = 0; d < 600; d++) {
      const parts: string[] = [];
      for (let k = 0; k < 60; k++) parts.push(word(), [' ', ', ', '. ', '\n', ' (', ') '][random(6)]!);
      const text = parts.join('');
      const doc = parseDraft(text);
      const words = getWords(doc);
      expect(words.lower.slice(0, words.count)).toEqual(reference(doc.prose));
      for (let i = 0; i < words.count; i++) expect(doc.text.slice(words.starts[i], words.ends[i]).toLowerCase().replace(/’/g, "'")).toBe(words.lower[i]);
      checked += words.count;
    }
    expect(checked).toBeGreaterThan(30_000);
  });
});

describe('WordMemo', () => {
  it('gives what its function gives for every word, computing a repeated word once while it keeps its slot', () => {
    let calls = 0;
    const memo = new WordMemo((w: string) => {
      calls++;
      return `${w.length}:${[...w].reverse().join('')}`;
    });
    const vocabulary = Array.from({ length: 9000 }, (_, k) => `w${k.toString(36)}x`);
    vocabulary.push('Dana', 'DANA', 'dana', "O’Neil", 'o\'neil', 'café', 'internationalisation');
    for (let round = 0; round < 3; round++) {
      for (let from = 0; from < vocabulary.length; from += 300) {
        const words = getWords(parseDraft(vocabulary.slice(from, from + 300).join(' ') + '\n'));
        for (let i = 0; i < words.count; i++) expect(memo.get(words, i)).toBe(`${words.lower[i]!.length}:${[...words.lower[i]!].reverse().join('')}`);
      }
    }
    // Thousands of words over 4,096 slots: some are computed again, and none is wrong (above).
    expect(calls).toBeGreaterThan(vocabulary.length);
    const words = getWords(parseDraft('thank you thank you thank you\n'));
    calls = 0;
    for (let k = 0; k < 3; k++) for (let i = 0; i < words.count; i++) memo.get(words, i);
    expect(calls).toBeLessThanOrEqual(2);
  });
});

describe('parseDraft: subject, greeting and sign-off', () => {
  it('finds subject, greeting and sign-off', () => {
    const doc = parseDraft('Subject: Thank you for today\n\nDear Dana,\n\nThank you for the interview.\n\nBest regards,\nSam\n');
    expect(doc.subject?.text).toBe('Thank you for today');
    expect(doc.greeting?.text).toBe('Dear Dana,');
    expect(doc.signOff?.text).toBe('Best regards,');
  });

  it('reads a bold "**Subject:**" line after front matter', () => {
    const text = '---\nfollowup: thank-you\n---\n\n**Subject:** Thank you\n\nDear Dana,\n\nThank you.\n\nWarm regards,\nSam\n';
    const doc = parseDraft(text);
    expect(doc.subject?.text).toBe('Thank you');
    expect(text.slice(doc.subject!.start, doc.subject!.end)).toBe('Thank you');
    expect(doc.greeting?.text).toBe('Dear Dana,');
    expect(doc.signOff?.text).toBe('Warm regards,');
  });

  it('knows the common greetings and sign-offs', () => {
    const cases: Array<[string, string, string]> = [
      ['Good morning Dana,', 'Sincerely,', 'Good morning Dana,'],
      ['Hello Ms. Okafor,', 'All the best,', 'Hello Ms. Okafor,'],
      ['Hi Dana!', 'Kind regards', 'Hi Dana!'],
      ['To whom it may concern:', 'Respectfully,', 'To whom it may concern:'],
      ['Dear Dr. Raman and Mr. Park,', 'With gratitude,', 'Dear Dr. Raman and Mr. Park,'],
    ];
    for (const [greeting, signOff, expected] of cases) {
      const doc = parseDraft(`${greeting}\n\nThank you for the interview.\n\n${signOff}\nSam Lee\nData Analyst\n`);
      expect(doc.greeting?.text, greeting).toBe(expected);
      expect(doc.signOff?.text, signOff).toBe(signOff);
    }
  });

  it('knows greetings and sign-offs from other traditions, a name alone as a greeting, and a one-line "Best, Ana"', () => {
    const cases: Array<[string, string]> = [
      ['Respected Sir,', 'Yours faithfully,'],
      ['Good day Ma,', 'Thanking you,'],
      ['Aiko,', 'Thanks in anticipation,'],
      ['Ms. Okafor:', 'God bless,'],
      ['Dana and Lee,', 'Blessings,'],
      ['Dear Dana,', 'Atentamente,'],
      ['Dear Dana,', 'Best, Ana'],
      ['Dear Dana,', 'Looking forward,'],
    ];
    for (const [greeting, signOff] of cases) {
      const doc = parseDraft(`${greeting}\n\nThank you for the interview.\n\n${signOff}\nSam Lee\n`);
      expect(doc.greeting?.text, greeting).toBe(greeting);
      expect(doc.signOff?.text, signOff).toBe(signOff);
    }
  });

  it('with no sign-off it knows, takes the closing run of short non-sentence lines for the signature', () => {
    expect(parseDraft('Hi Dana,\n\nThanks for the chat today.\n\n— Ana\n').signOff?.text).toBe('— Ana');
    const formal = parseDraft('Respected Sir,\n\nThank you for the interview.\n\nI have the honour to remain, Sir,\nYour obedient servant,\nJohn Doe\n');
    expect(formal.signOff?.text).toBe('I have the honour to remain, Sir,');
    // Not a last line of the body without its full stop, nor a short note's only line.
    expect(parseDraft('Hi Dana,\n\nThanks for the chat today.\nI will send the deck\n').signOff).toBeUndefined();
    expect(parseDraft('Hi Dana,\n\nSee you Monday\n').signOff).toBeUndefined();
  });

  it('does not take a first sentence for a greeting', () => {
    const doc = parseDraft('I wanted to thank you for the interview yesterday, which I enjoyed a great deal.\n');
    expect(doc.greeting).toBeUndefined();
  });

  it('takes only the salutation when a sentence follows on the same line', () => {
    const doc = parseDraft('Hi Dana, thanks for your time today.\n');
    expect(doc.greeting?.text).toBe('Hi Dana,');
  });

  it('does not take a closing sentence or a line of quoted mail for a sign-off', () => {
    expect(parseDraft('Dear Dana,\n\nThank you for your time, and best of luck with the launch.\n').signOff).toBeUndefined();
    const quoted = parseDraft('Dear Dana,\n\nThank you.\n\nOn Mon, Nov 16, 2026, Dana wrote:\nBest regards,\nDana\n');
    expect(quoted.signOff?.text).toBe('Thank you.');
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

  it('count a ZWJ sequence, a flag and a skin tone by their UTF-16 units', () => {
    const text = '---\nfollowup: thank-you\n---\n\nDear Dana,\n\n👩‍💻🇨🇦👍🏽 gonna call.\n';
    const lines = new LineIndex(text);
    const casual = lintDraft(text).findings.find((x) => x.ruleId === 'too-casual')!;
    expect(lines.positionAt(casual.start)).toEqual({ line: 6, character: 5 + 4 + 4 + 1 });
    const emoji = lintDraft(text).findings.filter((x) => x.ruleId === 'emoji').map((f) => [lines.positionAt(f.start).character, lines.positionAt(f.end).character]);
    // One run of three emoji (5 + 4 + 4 units), one finding.
    expect(emoji).toEqual([[0, 13]]);
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

  it('clamps positions past a line end or the text to the nearest offset', () => {
    const text = 'ab\r\ncd\n';
    const lines = new LineIndex(text);
    expect(lines.offsetAt({ line: 0, character: 99 })).toBe(2);
    expect(lines.offsetAt({ line: 9, character: 0 })).toBe(text.length);
    expect(lines.offsetAt({ line: -1, character: 3 })).toBe(0);
    expect(lines.positionAt(999)).toEqual({ line: 2, character: 0 });
    expect(lines.lineEnd(0)).toBe(2);
    expect(lines.lineOf(3)).toBe(0);
    expect(lines.lineOf(4)).toBe(1);
  });
});
