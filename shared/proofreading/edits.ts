/**
 * The edit behind "Ignore 'word' in this file": the word joins the file's
 * `<!-- followup-words: … -->` comment, which is created at the end of the
 * body if there is none. HTML comments are invisible in rendered markdown and
 * the engine never checks their text.
 */
import type { DraftDocument } from '../document/parse.js';
import type { TextEdit } from '../types.js';
import { WORDS_DIRECTIVE } from '../rules/spelling.js';

export function addWordsEdit(doc: DraftDocument, word: string, eol: string): TextEdit {
  for (const c of doc.comments) {
    const m = WORDS_DIRECTIVE.exec(c.body);
    if (!m) continue;
    // Insert before the closing "-->" (and any space before it).
    const closing = doc.text.lastIndexOf('-->', c.end);
    let at = closing < c.start ? c.end : closing;
    while (at > c.start && /[ \t]/.test(doc.text[at - 1] ?? '')) at--;
    const listed = (m[1] ?? '').trim();
    return { start: at, end: at, newText: listed ? ` ${word}` : word };
  }
  const text = doc.text;
  const needsBreak = text.length > 0 && !text.endsWith('\n');
  return { start: text.length, end: text.length, newText: `${needsBreak ? eol : ''}${eol}<!-- followup-words: ${word} -->${eol}` };
}
