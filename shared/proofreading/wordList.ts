/** Dictionary files: one word (or name) per line; blank lines and `#` comments are skipped. */
export function parseWordList(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line && !line.startsWith('#')) out.push(line);
  }
  return out;
}

/** Whether a word may go into a dictionary file: one line, no control characters, a sane length. */
export function isAddableWord(word: string): boolean {
  return word.length > 0 && word.length <= 64 && !/[\s\u0000-\u001f#]/.test(word);
}

/** The text to append to a dictionary file so `word` is on a line of its own. */
export function appendWordText(existing: string, word: string): string {
  const header = existing === '' ? '# Follow-up Coach: words the spelling check should accept, one per line.\n' : '';
  const sep = existing === '' || existing.endsWith('\n') ? '' : '\n';
  return `${header}${sep}${word}\n`;
}

/** The workspace dictionary's file name, at the root of a workspace folder. */
export const WORKSPACE_DICTIONARY = '.followup-dictionary.txt';
