/**
 * The fast spelling tier: the Hunspell dictionary plus the built-in job and
 * tech vocabulary and British spellings, with a per-word verdict cache. One
 * Speller is shared by every document; it holds no per-document state, only
 * caches keyed by the word. Suggestions are computed on demand (a code action
 * or hover asks), never while checking.
 */
import { HunspellDictionary, caseShape } from './hunspell.js';
import { builtinVocabulary, usVariants } from './words.js';
import { WordRanks } from './ranks.js';

/** The .aff and .dic files of a Hunspell dictionary, as text. */
export interface DictionaryFiles {
  aff: string;
  dic: string;
  /** Lower-case words, most frequent first, one per line: orders suggestions that are equally close. */
  ranks?: string;
}

const CACHE_LIMIT = 50_000;
/**
 * A candidate's cost is its edit's cost (below, in computeSuggestions) plus
 * RARITY_WEIGHT · ln(rank + RANK_OFFSET), its rank in the frequency list. The
 * offset keeps the few commonest words ("you", "the") from outweighing a
 * likelier edit ("yoru": "your" before "you"). Chosen on two sets, neither of
 * which the rule is tested on alone: real misspellings
 * (test/proofreading/data/misspellings.txt) and the injected-typo corpus.
 */
const RARITY_WEIGHT = 0.4;
const RANK_OFFSET = 100;
/** A word split in two ("thankyou") is offered only when both parts are this common. */
const SPLIT_RANK = 10_000;
const MAX_SUGGEST_LENGTH = 40;
/**
 * Longer "words" are not checked: no English word in the dictionary comes
 * near it, so such a run is a token, a hash or pasted data, and checking it
 * costs time in proportion to its square (every compound split is a lookup).
 */
export const MAX_WORD_LENGTH = 60;
/** Prefixes English attaches to almost any word ("un" is left out: "untill"). */
export const PREFIXES: readonly string[] = ['re', 'pre', 'co', 'inter', 'multi', 'non', 'cross', 'sub', 'micro', 'semi', 'anti', 'post', 'over', 'under', 'mis', 'hyper', 'cyber', 'meta'];

export class Speller {
  private readonly verdicts = new Map<string, boolean>();
  private readonly suggestionCache = new Map<string, string[]>();
  private stemList: string[] | undefined;
  private ranks: WordRanks | undefined;

  constructor(
    readonly dictionary: HunspellDictionary,
    private readonly ranksText = '',
  ) {}

  /**
   * How much a candidate's rarity counts against it: the log of its rank in
   * the frequency list (Zipf's law makes that the log of its count, negated),
   * so between two equally likely slips the commoner word comes first, and a
   * slip a little less likely wins when its word is far commoner ("enjoied":
   * "enjoyed" before "enjoined"). Unranked words come after every ranked one.
   */
  private rarity(rank: number): number {
    return RARITY_WEIGHT * Math.log(rank + RANK_OFFSET);
  }

  /** A lower-case word's rank in the frequency list, from 1; unranked words share one rank after all others. */
  private rank(lower: string): number {
    // Read on the first suggestion (a few ms), never while checking.
    const ranks = (this.ranks ??= new WordRanks(this.ranksText));
    return ranks.rank(lower) ?? 2 * (ranks.size + 1);
  }

  /** Is the word correctly spelled as written (Hunspell's capitalisation rules apply)? */
  isWord(word: string): boolean {
    if (word.length > MAX_WORD_LENGTH) return true;
    let v = this.verdicts.get(word);
    if (v === undefined) {
      v = this.decide(word);
      if (this.verdicts.size >= CACHE_LIMIT) this.verdicts.clear();
      this.verdicts.set(word, v);
    }
    return v;
  }

  private decide(word: string): boolean {
    const d = this.dictionary;
    if (d.check(word)) return true;
    const lower = d.normalize(word).toLowerCase();
    if (builtinVocabulary().has(lower)) return true;
    const shape = caseShape(word);
    if (shape === 'mixed') return false;
    for (const v of usVariants(lower)) if (d.check(shape === 'lower' ? v : v[0]!.toUpperCase() + v.slice(1)) || d.check(v)) return true;
    return shape !== 'upper' && this.derived(lower);
  }

  private known(lower: string): boolean {
    return this.dictionary.check(lower) || builtinVocabulary().has(lower);
  }

  /**
   * Words English builds freely, which no dictionary lists in full: a
   * productive prefix on a word of five letters or more, six after a short
   * prefix ("intergenerational", "nonprofit", "reconnected"), and a closed
   * compound of nine letters or more made of two words of four or more
   * ("stormwater", "switchgear", "tradeoffs"). The floors keep slips that
   * happen to split into two words flagged ("regads", "interally", "untill",
   * "timelone"); the injected-typo corpus measures what they cost.
   */
  private derived(lower: string): boolean {
    const n = lower.length;
    if (n < 7 || !/^[a-z]+$/.test(lower)) return false;
    for (const p of PREFIXES) {
      // Two- and three-letter prefixes split typos too easily ("regrads" = re + grads): they need a longer word.
      if (n - p.length >= (p.length <= 3 ? 6 : 5) && lower.startsWith(p) && this.known(lower.slice(p.length))) return true;
    }
    if (n < 9) return false;
    for (let i = 4; i <= n - 4; i++) if (this.known(lower.slice(0, i)) && this.known(lower.slice(i))) return true;
    return false;
  }

  /** Up to `limit` corrections, best first, in the word's capitalisation. Cached per word. */
  suggest(word: string, limit = 5): string[] {
    const key = `${limit}\u0000${word}`;
    let s = this.suggestionCache.get(key);
    if (!s) {
      s = this.computeSuggestions(word, limit);
      if (this.suggestionCache.size >= 2000) this.suggestionCache.clear();
      this.suggestionCache.set(key, s);
    }
    return s;
  }

  private computeSuggestions(word: string, limit: number): string[] {
    // Nothing to correct, or too long to be a word worth the search.
    if (word.length === 0 || word.length > MAX_SUGGEST_LENGTH) return [];
    const d = this.dictionary;
    const shape = caseShape(word);
    const lower = d.normalize(word).toLowerCase();
    const found: Array<{ word: string; score: number }> = [];
    const seen = new Set<string>([lower]);
    /** The form in which a candidate is a word ("btu" -> "BTU", "dana" -> "Dana"), if any. */
    const form = (w: string): string | undefined => {
      if (w.includes(' ')) return w.split(' ').every((p) => p.length > 0 && (p.length > 1 || p === 'a' || p === 'i') && d.suggestable(p)) ? w : undefined;
      if (d.suggestable(w)) return w;
      const title = w[0]!.toUpperCase() + w.slice(1);
      if (d.suggestable(title)) return title;
      const upper = w.toUpperCase();
      return d.suggestable(upper) ? upper : undefined;
    };
    const consider = (w: string, score: number): void => {
      if (seen.has(w)) return;
      seen.add(w);
      const f = form(w);
      if (f === undefined) return;
      // Names and abbreviations ("Dana", "BTU") are not ranked: the list cannot tell a name from a word.
      let rank: number;
      const space = f.indexOf(' ');
      if (space >= 0) {
        // "thank you", "a lot", not "hap pend" or "re gads": both parts common words (when there is a list).
        rank = Math.max(this.rank(f.slice(0, space)), this.rank(f.slice(space + 1)));
        if (this.ranksText && rank > SPLIT_RANK) return;
      } else rank = this.rank(f === w ? w : '');
      found.push({ word: f, score: score + this.rarity(rank) });
    };

    // Each edit's cost: a doubled or missing double letter, a swap and the
    // dictionary's own replacement table are the likeliest slips, then a
    // neighbouring key, a missing or extra letter, any other letter, a split;
    // the first letter is rarely the wrong one. A candidate's rarity is added.
    for (const [from, to] of d.rep) {
      for (let i = lower.indexOf(from); i >= 0; i = lower.indexOf(from, i + 1)) consider(lower.slice(0, i) + to + lower.slice(i + from.length), 1);
    }
    for (let i = 0; i + 1 < lower.length; i++) consider(lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2), 1);
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (let i = 0; i < lower.length; i++) {
      for (const c of letters) {
        if (c === lower[i]) continue;
        consider(lower.slice(0, i) + c + lower.slice(i + 1), nearKeys(lower[i]!, c) ? 1.5 : i === 0 ? 3.5 : 2.5);
      }
    }
    for (let i = 0; i < lower.length; i++) consider(lower.slice(0, i) + lower.slice(i + 1), lower[i] === lower[i - 1] || lower[i] === lower[i + 1] ? 1.2 : i === 0 ? 3 : 2);
    for (let i = 0; i <= lower.length; i++) {
      for (const c of letters) consider(lower.slice(0, i) + c + lower.slice(i), c === lower[i - 1] || c === lower[i] ? 1.2 : i === 0 ? 3.5 : 2);
    }
    for (let i = 2; i <= lower.length - 2; i++) consider(`${lower.slice(0, i)} ${lower.slice(i)}`, 3);
    if (found.length === 0) this.ngram(lower, consider);

    found.sort((a, b) => a.score - b.score);
    const out: string[] = [];
    for (const f of found) {
      // Only a lower-case dictionary form takes the writer's capitalisation; "BTU" and "Dana" keep theirs.
      const w = f.word === f.word.toLowerCase() ? recase(f.word, shape) : f.word;
      if (!out.includes(w)) out.push(w);
      if (out.length === limit) break;
    }
    return out;
  }

  /** Farther misspellings: the dictionary stems sharing most letter pairs with the word. */
  private ngram(lower: string, consider: (w: string, score: number) => void): void {
    // Lower-case stems only (no names or abbreviations); the test is two native case maps, not caseShape's per-letter ones.
    this.stemList ??= [...this.dictionary.stems()].filter((s) => s.length > 1 && s === s.toLowerCase() && s !== s.toUpperCase());
    // Letter pairs as numbers (two UTF-16 units), so scanning 50,000 stems allocates nothing.
    const pairs = new Set<number>();
    for (let i = 0; i + 1 < lower.length; i++) pairs.add(lower.charCodeAt(i) * 65536 + lower.charCodeAt(i + 1));
    const first = lower.charCodeAt(0);
    const best: Array<{ w: string; s: number }> = [];
    for (const stem of this.stemList) {
      if (Math.abs(stem.length - lower.length) > 2) continue;
      let shared = 0;
      let prev = stem.charCodeAt(0);
      for (let i = 1; i < stem.length; i++) {
        const c = stem.charCodeAt(i);
        if (pairs.has(prev * 65536 + c)) shared++;
        prev = c;
      }
      const s = (2 * shared) / (pairs.size + stem.length - 1) + (stem.charCodeAt(0) === first ? 0.1 : 0);
      if (s < 0.5) continue;
      best.push({ w: stem, s });
    }
    best.sort((a, b) => b.s - a.s);
    for (const b of best.slice(0, 5)) consider(b.w, 5 - b.s);
  }

}

function recase(word: string, shape: ReturnType<typeof caseShape>): string {
  if (shape === 'upper') return word.toUpperCase();
  if (shape === 'title') return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Whether two letters are neighbours on a QWERTY keyboard. */
function nearKeys(a: string, b: string): boolean {
  for (let r = 0; r < ROWS.length; r++) {
    const i = ROWS[r]!.indexOf(a);
    if (i < 0) continue;
    for (let rr = Math.max(0, r - 1); rr <= Math.min(2, r + 1); rr++) {
      const j = ROWS[rr]!.indexOf(b);
      if (j >= 0 && Math.abs(j - i) <= 1) return true;
    }
  }
  return false;
}

/** Build the fast speller from dictionary files (about 20 ms cold for en_US). */
export function createSpeller(files: DictionaryFiles): Speller {
  return new Speller(new HunspellDictionary(files.aff, files.dic), files.ranks);
}
