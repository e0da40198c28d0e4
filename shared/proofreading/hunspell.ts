/**
 * A Hunspell-compatible word checker over an .aff/.dic pair (the en_US files of
 * `dictionary-en`), passed in as text so it runs in a Web Worker too.
 *
 * It strips affixes at lookup time, as Hunspell itself does, instead of
 * expanding every word at load as nspell does: loading is one pass over the
 * .dic (about 15 ms and a few MB, against nspell's 170 ms and 40 MB), which
 * keeps it off the server's start-up budget. Supported: PFX/SFX with
 * conditions and cross products, ONLYINCOMPOUND, NOSUGGEST, ICONV, REP, TRY,
 * and Hunspell's capitalisation rules. Not supported (en_US does not need
 * them): continuation classes, compounding beyond numbers (numbers are never
 * checked), long or numeric flags.
 */

interface Affix {
  flag: string;
  strip: string;
  add: string;
  /** Character sets the stem's end (suffix) or start (prefix) must match. */
  condition: CharTest[] | null;
  cross: boolean;
}

type CharTest = { chars: string; negate: boolean } | null; // null: any character

/** Which kind of capitalisation a word has, Hunspell style. */
export type CaseShape = 'lower' | 'title' | 'upper' | 'mixed' | 'none';

export function caseShape(word: string): CaseShape {
  let upper = 0;
  let lower = 0;
  let firstUpper = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let isUpper: boolean;
    if (code < 128) {
      // ASCII without allocating: most words, every time a word is checked.
      if (code >= 65 && code <= 90) isUpper = true;
      else if (code >= 97 && code <= 122) isUpper = false;
      else continue;
    } else {
      const c = word[i]!;
      const u = c.toUpperCase();
      const l = c.toLowerCase();
      if (u === l) continue;
      isUpper = c === u;
    }
    if (isUpper) {
      if (upper === 0 && lower === 0) firstUpper = true;
      upper++;
    } else lower++;
  }
  if (upper === 0) return lower === 0 ? 'none' : 'lower';
  if (lower === 0) return 'upper';
  if (firstUpper && upper === 1) return 'title';
  return 'mixed';
}

export class HunspellDictionary {
  /**
   * The .dic text itself, never split into strings: entry i is the word
   * text[wordStart[i], wordEnd[i]) with flags up to flagEnd[i], and `table`
   * is an open-addressing hash table of entries (entry + 1; 0 is empty) keyed
   * by the word's code units. Loading is one scan.
   */
  private dic = '';
  private wordStart = new Int32Array(0);
  private wordEnd = new Int32Array(0);
  private flagEnd = new Int32Array(0);
  private table = new Int32Array(1);
  private mask = 0;
  private count = 0;
  private readonly suffixes = new Map<string, Affix[]>(); // keyed by `add`
  private readonly prefixes = new Map<string, Affix[]>();
  /**
   * The same affixes grouped by the last (suffixes) or first (prefixes)
   * character of `add`, so a lookup tests only the few that can match.
   */
  private suffixesByLast = new Map<number, Array<[string, Affix[]]>>();
  private prefixesByFirst = new Map<number, Array<[string, Affix[]]>>();
  private onlyInCompound = '';
  private noSuggest = '';
  private readonly iconv: Array<[string, string]> = [];
  /** REP pairs, for suggestions. */
  readonly rep: Array<[string, string]> = [];
  /** TRY characters, most frequent first, for suggestions. */
  tryChars = 'esianrtolcdugmphbyfvkwz';

  constructor(aff: string, dic: string) {
    this.parseAff(aff);
    this.suffixesByLast = byEdge(this.suffixes, (add) => add.charCodeAt(add.length - 1));
    this.prefixesByFirst = byEdge(this.prefixes, (add) => add.charCodeAt(0));
    this.parseDic(dic);
  }

  /** Number of entries in the .dic. */
  get size(): number {
    return this.count;
  }

  /** Fold input conversions (’ to '). */
  normalize(word: string): string {
    for (const [from, to] of this.iconv) if (word.includes(from)) word = word.split(from).join(to);
    return word;
  }

  /** Is the word, exactly as written (case included), a word of the dictionary? */
  check(word: string): boolean {
    word = this.normalize(word);
    switch (caseShape(word)) {
      case 'lower':
      case 'none':
        return this.lookup(word);
      case 'title':
        return this.lookup(word) || this.lookup(word.toLowerCase());
      case 'upper': {
        if (this.lookup(word)) return true;
        const lower = word.toLowerCase();
        return this.lookup(lower) || this.lookup(lower[0]!.toUpperCase() + lower.slice(1));
      }
      case 'mixed':
        return this.lookup(word);
    }
  }

  /** True if some dictionary form of the word may be suggested (not NOSUGGEST). */
  suggestable(word: string): boolean {
    return this.lookup(word, true);
  }

  /** Every stem of the .dic, for n-gram suggestions. */
  *stems(): IterableIterator<string> {
    for (let i = 0; i < this.count; i++) yield this.dic.slice(this.wordStart[i]!, this.wordEnd[i]!);
  }

  /** Is there an entry for `stem` with `flag` (and `also`, if given) that these rules allow? Hashing, no allocation. */
  private has(stem: string, flag: string | undefined, forSuggest: boolean, also?: string): boolean {
    const text = this.dic;
    const n = stem.length;
    // Homonyms (one word, two lines of flags) sit further along the same probe run.
    for (let h = hashRange(stem, 0, n) & this.mask; ; h = (h + 1) & this.mask) {
      const slot = this.table[h]!;
      if (slot === 0) return false;
      const e = slot - 1;
      const start = this.wordStart[e]!;
      if (this.wordEnd[e]! - start !== n || !sameText(stem, text, start)) continue;
      if (flag !== undefined && !this.hasFlag(e, flag)) continue;
      if (also !== undefined && !this.hasFlag(e, also)) continue;
      if (this.onlyInCompound && this.hasFlag(e, this.onlyInCompound)) continue;
      if (forSuggest && this.noSuggest && this.hasFlag(e, this.noSuggest)) continue;
      return true;
    }
  }

  private hasFlag(entry: number, flag: string): boolean {
    const text = this.dic;
    const code = flag.charCodeAt(0);
    for (let i = this.wordEnd[entry]! + 1, end = this.flagEnd[entry]!; i < end; i++) if (text.charCodeAt(i) === code) return true;
    return false;
  }

  private lookup(word: string, forSuggest = false): boolean {
    if (this.has(word, undefined, forSuggest)) return true;
    const len = word.length;
    // Suffix, then optionally a cross-product prefix on what remains.
    const endings = this.suffixesByLast.get(word.charCodeAt(len - 1));
    if (endings) {
      for (const [add, list] of endings) {
        if (add.length >= len || !word.endsWith(add)) continue;
        if (this.unsuffixed(word.slice(0, len - add.length), list, forSuggest)) return true;
      }
    }
    const bare = this.suffixes.get('');
    if (bare && this.unsuffixed(word, bare, forSuggest)) return true;
    return this.prefixed(word, forSuggest, undefined);
  }

  /** `base` is the word without a suffix's `add`: is it one of these suffixes on a stem? */
  private unsuffixed(base: string, list: readonly Affix[], forSuggest: boolean): boolean {
    for (const sfx of list) {
      const stem = base + sfx.strip;
      if (!stem || !matchesEnd(stem, sfx.condition)) continue;
      if (this.has(stem, sfx.flag, forSuggest)) return true;
      if (sfx.cross && this.prefixed(stem, forSuggest, sfx.flag)) return true;
    }
    return false;
  }

  private prefixed(word: string, forSuggest: boolean, suffixFlag: string | undefined): boolean {
    const starts = this.prefixesByFirst.get(word.charCodeAt(0));
    if (!starts) return false;
    for (const [add, list] of starts) {
      if (add.length >= word.length || !word.startsWith(add)) continue;
      const rest = word.slice(add.length);
      for (const pfx of list) {
        if (suffixFlag !== undefined && !pfx.cross) continue;
        const stem = pfx.strip + rest;
        if (!matchesStart(stem, pfx.condition)) continue;
        if (this.has(stem, pfx.flag, forSuggest, suffixFlag)) return true;
      }
    }
    return false;
  }

  private parseAff(aff: string): void {
    const lines = aff.split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      const parts = lines[i]!.trim().split(/\s+/);
      const key = parts[0];
      if (!key || key.startsWith('#')) continue;
      if (key === 'PFX' || key === 'SFX') {
        const [, flag, cross, countText] = parts;
        const count = Number(countText);
        if (!flag || !Number.isInteger(count)) continue;
        for (let k = 0; k < count && i + 1 < lines.length; k++) {
          const entry = lines[++i]!.trim().split(/\s+/);
          if (entry[0] !== key || entry[1] !== flag) continue;
          const strip = entry[2] === '0' ? '' : (entry[2] ?? '');
          let add = entry[3] === '0' ? '' : (entry[3] ?? '');
          const slash = add.indexOf('/');
          if (slash >= 0) add = add.slice(0, slash); // continuation classes: not used by en_US
          const affix: Affix = { flag, strip, add, condition: parseCondition(entry[4] ?? '.'), cross: cross === 'Y' };
          const table = key === 'SFX' ? this.suffixes : this.prefixes;
          const list = table.get(add);
          if (list) list.push(affix);
          else table.set(add, [affix]);
        }
      } else if (key === 'REP' || key === 'ICONV') {
        const count = Number(parts[1]);
        if (!Number.isInteger(count)) continue;
        for (let k = 0; k < count && i + 1 < lines.length; k++) {
          const entry = lines[++i]!.trim().split(/\s+/);
          if (entry[0] !== key || entry[1] === undefined || entry[2] === undefined) continue;
          (key === 'REP' ? this.rep : this.iconv).push([entry[1], entry[2].replace(/_/g, ' ')]);
        }
      } else if (key === 'TRY' && parts[1]) {
        this.tryChars = parts[1];
      } else if (key === 'ONLYINCOMPOUND' && parts[1]) {
        this.onlyInCompound = parts[1];
      } else if (key === 'NOSUGGEST' && parts[1]) {
        this.noSuggest = parts[1];
      }
    }
  }

  private parseDic(dic: string): void {
    this.dic = dic;
    const len = dic.length;
    let cap = 1024;
    let ws = new Int32Array(cap);
    let we = new Int32Array(cap);
    let fe = new Int32Array(cap);
    let n = 0;
    let pos = 0;
    // The first line is the word count.
    if (/^\d/.test(dic)) pos = lineEnd(dic, 0) + 1;
    while (pos < len) {
      const end = lineEnd(dic, pos);
      let stop = end;
      if (stop > pos && dic.charCodeAt(stop - 1) === 13) stop--;
      let slash = -1;
      let flagStop = stop;
      for (let i = pos; i < stop; i++) {
        const c = dic.charCodeAt(i);
        if (c === 47 && slash < 0) slash = i; // '/'
        else if (c === 9 || (c === 32 && slash >= 0)) {
          flagStop = i; // morphological fields follow
          break;
        }
      }
      const wordStop = slash >= 0 ? slash : flagStop;
      if (wordStop > pos && dic.charCodeAt(pos) !== 9) {
        if (n === cap) {
          cap *= 2;
          ws = grow(ws, cap);
          we = grow(we, cap);
          fe = grow(fe, cap);
        }
        ws[n] = pos;
        we[n] = wordStop;
        fe[n] = slash >= 0 ? flagStop : wordStop;
        n++;
      }
      pos = end + 1;
    }
    this.wordStart = ws;
    this.wordEnd = we;
    this.flagEnd = fe;
    this.count = n;
    const { table, mask } = rangeTable(dic, ws, we, n);
    this.table = table;
    this.mask = mask;
  }
}

function lineEnd(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}

function grow(a: Int32Array, cap: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(cap);
  b.set(a);
  return b;
}

/** Non-empty affixes grouped by one edge character, longest first (the order the lookup tries them in). */
function byEdge(table: ReadonlyMap<string, Affix[]>, edge: (add: string) => number): Map<number, Array<[string, Affix[]]>> {
  const groups = new Map<number, Array<[string, Affix[]]>>();
  for (const [add, list] of table) {
    if (!add) continue;
    const key = edge(add);
    const group = groups.get(key);
    if (group) group.push([add, list]);
    else groups.set(key, [[add, list]]);
  }
  for (const group of groups.values()) group.sort((a, b) => b[0].length - a[0].length);
  return groups;
}

/**
 * An open-addressing hash table (at most half full) of the ranges
 * text[starts[i], ends[i]) for i < n, holding i + 1 (0 is empty). An entry
 * that repeats an earlier one sits later in the same probe run, so a lookup
 * finds the first.
 */
export function rangeTable(text: string, starts: Int32Array, ends: Int32Array, n: number): { table: Int32Array<ArrayBuffer>; mask: number } {
  let size = 2;
  while (size < 2 * n) size *= 2;
  const table = new Int32Array(size);
  const mask = size - 1;
  for (let i = 0; i < n; i++) {
    let h = hashRange(text, starts[i]!, ends[i]!) & mask;
    while (table[h] !== 0) h = (h + 1) & mask;
    table[h] = i + 1;
  }
  return { table, mask };
}

// FNV-1a over the UTF-16 code units of text[start, end): a word hashes the same alone and inside the .dic text.
export function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Does text[start, start + word.length) equal `word`? */
export function sameText(word: string, text: string, start: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

function parseCondition(text: string): CharTest[] | null {
  if (text === '.' || text === '') return null;
  const tests: CharTest[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '.') tests.push(null);
    else if (c === '[') {
      const close = text.indexOf(']', i);
      if (close < 0) return null;
      const negate = text[i + 1] === '^';
      tests.push({ chars: text.slice(i + (negate ? 2 : 1), close), negate });
      i = close;
    } else tests.push({ chars: c, negate: false });
  }
  return tests;
}

function charMatches(c: string | undefined, test: CharTest): boolean {
  if (c === undefined) return false;
  if (test === null) return true;
  return test.chars.includes(c) !== test.negate;
}

function matchesEnd(stem: string, condition: CharTest[] | null): boolean {
  if (!condition) return true;
  const offset = stem.length - condition.length;
  if (offset < 0) return false;
  for (let k = 0; k < condition.length; k++) if (!charMatches(stem[offset + k], condition[k]!)) return false;
  return true;
}

function matchesStart(stem: string, condition: CharTest[] | null): boolean {
  if (!condition) return true;
  if (stem.length < condition.length) return false;
  for (let k = 0; k < condition.length; k++) if (!charMatches(stem[k], condition[k]!)) return false;
  return true;
}
