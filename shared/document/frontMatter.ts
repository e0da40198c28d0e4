/**
 * YAML front matter -> typed draft facts plus problems. Never throws: broken
 * YAML, bad dates and unknown kinds become problems with a range to point at.
 */
import { load, CORE_SCHEMA } from 'js-yaml';
import { DRAFT_KINDS, type DraftKind, type Range } from '../types.js';

/** A date from front matter, read as local wall-clock time. */
export interface FactDate {
  /** The text as written. */
  raw: string;
  /** Epoch milliseconds of the moment (local time). */
  time: number;
  /** True when only a day was given, no time of day. */
  dateOnly: boolean;
}

export interface DraftFacts {
  /** The kind named by `followup:`, when it is one of the five. */
  kind?: DraftKind;
  /** `followup:` as written, when present (even when unknown). */
  kindRaw?: string;
  /** Interviewer names from `to:` (a name or a list). */
  to: string[];
  company?: string;
  role?: string;
  interviewDate?: FactDate;
  decisionDate?: FactDate;
  documentsDue?: FactDate;
  previousFollowUps?: number;
}

export interface FrontMatterKey {
  key: string;
  /** The key itself. */
  keyRange: Range;
  /** The value on the key's line (trimmed), or an empty range after the colon. */
  valueRange: Range;
}

export interface FrontMatterProblem extends Range {
  messageId: 'yaml' | 'unclosed' | 'notMapping' | 'unknownKind' | 'badDate' | 'writtenDate' | 'badNumber' | 'badValue';
  data: Record<string, string>;
}

export interface FrontMatter {
  /** Whether the text opens with a `---` fenced block. */
  present: boolean;
  /** Offsets of the whole block including fences (empty range at 0 when absent). */
  range: Range;
  /** Offset where the body (the markdown after the block) starts. */
  bodyStart: number;
  /** Whether the block has a `followup:` key (which marks the file as a draft). */
  hasFollowupKey: boolean;
  keys: FrontMatterKey[];
  facts: DraftFacts;
  problems: FrontMatterProblem[];
}

export const FRONT_MATTER_KEYS = [
  'followup',
  'to',
  'company',
  'role',
  'interview_date',
  'decision_date',
  'documents_due',
  'previous_follow_ups',
] as const;

const OPEN = /^\uFEFF?---[ \t]*(\r\n|\n|\r)/;
const CLOSE = /^(---|\.\.\.)[ \t]*$/m;
const KEY_LINE = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/gm;
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?[ \t]*(Z|[+-]\d{2}:?\d{2})?)?$/;

const EMPTY: FrontMatter = {
  present: false,
  range: { start: 0, end: 0 },
  bodyStart: 0,
  hasFollowupKey: false,
  keys: [],
  facts: { to: [] },
  problems: [],
};

export function parseFrontMatter(text: string): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) {
    // A BOM before the body still counts as outside the prose.
    return text.charCodeAt(0) === 0xfeff ? { ...EMPTY, bodyStart: 1, facts: { to: [] } } : { ...EMPTY, facts: { to: [] } };
  }
  const innerStart = open[0].length;
  CLOSE.lastIndex = 0;
  const rest = text.slice(innerStart);
  const close = CLOSE.exec(rest);
  if (!close) {
    // An opening fence with no closing one is ordinary markdown (a thematic break),
    // unless a front matter key follows it: then the closing `---` was forgotten, and
    // every fact would be lost without a word.
    const first = /^([A-Za-z_][\w-]*)[ \t]*:/.exec(rest)?.[1];
    if (first === undefined || !(FRONT_MATTER_KEYS as readonly string[]).includes(first)) return { ...EMPTY, facts: { to: [] } };
    const fence = open[0].trimEnd().length;
    return { ...EMPTY, facts: { to: [] }, problems: [{ start: fence - 3, end: fence, messageId: 'unclosed', data: {} }] };
  }
  const innerEnd = innerStart + close.index;
  let end = innerEnd + close[0].length;
  if (text.charCodeAt(end) === 13) end++;
  if (text.charCodeAt(end) === 10) end++;
  const inner = text.slice(innerStart, innerEnd);

  const keys: FrontMatterKey[] = [];
  KEY_LINE.lastIndex = 0;
  for (let m = KEY_LINE.exec(inner); m; m = KEY_LINE.exec(inner)) {
    const key = m[1] ?? '';
    const keyStart = innerStart + m.index;
    const value = m[2] ?? '';
    const valueStart = innerStart + m.index + m[0].length - value.length - (m[0].length - m[0].trimEnd().length);
    keys.push({
      key,
      keyRange: { start: keyStart, end: keyStart + key.length },
      valueRange: { start: valueStart, end: valueStart + value.length },
    });
  }

  const problems: FrontMatterProblem[] = [];
  const facts: DraftFacts = { to: [] };
  const result: FrontMatter = {
    present: true,
    range: { start: 0, end },
    bodyStart: end,
    hasFollowupKey: keys.some((k) => k.key === 'followup'),
    keys,
    facts,
    problems,
  };

  let data: unknown;
  try {
    data = load(inner, { schema: CORE_SCHEMA });
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? 'unreadable YAML';
    const line = typeof mark?.line === 'number' ? mark.line : 0;
    const at = lineRange(text, innerStart, inner, line);
    problems.push({ ...at, messageId: 'yaml', data: { reason, line: String(line + 2) } });
    // Keys still tell us it is meant to be a draft; take what the lines say.
    return result;
  }
  if (data === null || data === undefined) return result;
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ start: innerStart, end: innerEnd, messageId: 'notMapping', data: {} });
    return result;
  }
  readFacts(data as Record<string, unknown>, facts, keys, problems, { start: innerStart, end: innerEnd });
  return result;
}

function lineRange(text: string, innerStart: number, inner: string, line: number): Range {
  let offset = 0;
  for (let i = 0; i < line; i++) {
    const nl = inner.indexOf('\n', offset);
    if (nl < 0) {
      offset = inner.length;
      break;
    }
    offset = nl + 1;
  }
  const nl = inner.indexOf('\n', offset);
  let lineEnd = nl < 0 ? inner.length : nl;
  if (inner.charCodeAt(lineEnd - 1) === 13) lineEnd--;
  if (inner.slice(offset, lineEnd).trim() !== '') return { start: innerStart + offset, end: innerStart + lineEnd };
  // The parser ran off the end (an unclosed quote or bracket): the whole block is in question.
  const content = inner.trimEnd();
  if (content.length > 0) return { start: innerStart, end: innerStart + content.length };
  return { start: innerStart, end: Math.min(text.length, innerStart + 1) };
}

function readFacts(
  data: Record<string, unknown>,
  facts: DraftFacts,
  keys: FrontMatterKey[],
  problems: FrontMatterProblem[],
  block: Range,
): void {
  const where = (key: string): Range => {
    const k = keys.find((x) => x.key === key);
    if (!k) return block;
    return k.valueRange.end > k.valueRange.start ? k.valueRange : k.keyRange;
  };

  const kind = data['followup'];
  if (kind !== undefined && kind !== null) {
    const raw = String(kind).trim();
    facts.kindRaw = raw;
    const normalized = raw.toLowerCase().replace(/[\s_]+/g, '-');
    if ((DRAFT_KINDS as readonly string[]).includes(normalized)) facts.kind = normalized as DraftKind;
    else if (raw !== '' && raw !== 'true') {
      problems.push({ ...where('followup'), messageId: 'unknownKind', data: { kind: raw, kinds: DRAFT_KINDS.join(', ') } });
    }
  }

  const to = data['to'];
  if (typeof to === 'string' || typeof to === 'number') {
    facts.to = String(to)
      .split(/\s*(?:,|;|\band\b|&)\s*/)
      .map((s) => s.trim())
      .filter(Boolean);
  } else if (Array.isArray(to)) {
    facts.to = to.filter((x) => typeof x === 'string' || typeof x === 'number').map((x) => String(x).trim()).filter(Boolean);
  } else if (to !== undefined && to !== null) {
    problems.push({ ...where('to'), messageId: 'badValue', data: { key: 'to', expected: 'a name or a list of names' } });
  }

  for (const key of ['company', 'role'] as const) {
    const v = data[key];
    if (typeof v === 'string' || typeof v === 'number') {
      const s = String(v).trim();
      if (s) facts[key] = s;
    } else if (v !== undefined && v !== null) {
      problems.push({ ...where(key), messageId: 'badValue', data: { key, expected: 'text' } });
    }
  }

  const dates = [
    ['interview_date', 'interviewDate'],
    ['decision_date', 'decisionDate'],
    ['documents_due', 'documentsDue'],
  ] as const;
  for (const [key, field] of dates) {
    const v = data[key];
    if (v === undefined || v === null || v === '') continue;
    const raw = String(v).trim();
    const parsed = parseFactDate(raw);
    if (parsed) {
      facts[field] = parsed;
      continue;
    }
    // "November 20, 2026 2pm": understood (the timing rules use it), and the quick fix writes it as ISO.
    const iso = writtenDateIso(raw);
    const understood = iso === undefined ? undefined : parseFactDate(iso);
    if (iso !== undefined && understood) {
      facts[field] = { ...understood, raw };
      problems.push({ ...where(key), messageId: 'writtenDate', data: { key, value: raw, iso } });
    } else problems.push({ ...where(key), messageId: 'badDate', data: { key, value: String(v) } });
  }

  const n = data['previous_follow_ups'];
  if (n !== undefined && n !== null) {
    const num = typeof n === 'number' ? n : Number(String(n).trim());
    if (Number.isInteger(num) && num >= 0) facts.previousFollowUps = num;
    else problems.push({ ...where('previous_follow_ups'), messageId: 'badNumber', data: { key: 'previous_follow_ups', value: String(n) } });
  }
}

/**
 * Whether the text opens with front matter that has a `followup:` key: the
 * cheap test that decides whether a file is a draft, looking only between
 * the fences (a body line "followup: call Dana" does not count).
 */
export function hasFollowupKey(text: string): boolean {
  const open = OPEN.exec(text);
  if (!open) return false;
  const rest = text.slice(open[0].length, open[0].length + 8192);
  const close = CLOSE.exec(rest);
  return close !== null && /^followup[ \t]*:/m.test(rest.slice(0, close.index));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * Dates written out: an optional weekday, the month by name before or after
 * the day, a four-digit year, an optional time ("2pm", "2:30 p.m.", "14:00"):
 * "November 20, 2026", "Fri 20 Nov 2026 2pm", "22-Nov-2026". And year first with slashes or
 * dots ("2026/11/20 14:00").
 */
const WRITTEN_MDY = /^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s+|[-/])(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+|[-/])(\d{4})(?:[\s,]+(?:at\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?)?$/i;
const WRITTEN_DMY = /^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|[-/])(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:,?\s+|[-/])(\d{4})(?:[\s,]+(?:at\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?)?$/i;
const WRITTEN_YMD = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[\s,]+(?:at\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?)?$/i;

/**
 * A date written out in words, or year first with slashes, as ISO
 * ("2026-11-20T14:00", or "2026-11-20" without a time); undefined for
 * anything else. Day-month numbers such as 03/04/2026 are left alone: they
 * read differently in the US and in Europe.
 */
export function writtenDateIso(raw: string): string | undefined {
  if (raw.length > 64) return undefined;
  let y: string | undefined;
  let mo: number | undefined;
  let d: string | undefined;
  let time: Array<string | undefined> = [];
  let m = WRITTEN_MDY.exec(raw);
  if (m) [y, mo, d, time] = [m[3], monthOf(m[1]), m[2], m.slice(4, 7)];
  else if ((m = WRITTEN_DMY.exec(raw))) [y, mo, d, time] = [m[3], monthOf(m[2]), m[1], m.slice(4, 7)];
  else if ((m = WRITTEN_YMD.exec(raw))) [y, mo, d, time] = [m[1], Number(m[2]), m[3], m.slice(4, 7)];
  if (!m || y === undefined || mo === undefined || d === undefined) return undefined;
  const date = `${y}-${pad(mo)}-${pad(Number(d))}`;
  const [hText, minText, meridiem] = time;
  if (hText === undefined) return date;
  let h = Number(hText);
  const pm = meridiem?.toLowerCase().startsWith('p');
  if (meridiem) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (pm ? 12 : 0);
  } else if (minText === undefined) return undefined; // "November 20, 2026 2": a bare number is no time
  return `${date}T${pad(h)}:${minText ?? '00'}`;
}

function monthOf(name: string | undefined): number | undefined {
  const i = MONTHS.indexOf((name ?? '').slice(0, 3).toLowerCase());
  return i < 0 ? undefined : i + 1;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2026-11-20` or `2026-11-20T14:00[:ss]` (or with a space), as local time. */
export function parseFactDate(raw: string): FactDate | undefined {
  const m = DATE.exec(raw);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) => (x === undefined ? undefined : Number(x)));
  if (y === undefined || mo === undefined || d === undefined) return undefined;
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  if (h !== undefined && (h > 23 || (mi ?? 0) > 59 || (s ?? 0) > 59)) return undefined;
  const date = new Date(y, mo - 1, d, h ?? 0, mi ?? 0, s ?? 0, 0);
  // Reject dates that roll over (2026-02-31).
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return undefined;
  // A time with its zone ("17:00Z", "09:00+02:00") is that instant; without one it is local time.
  const zone = m[7];
  if (zone !== undefined) {
    const offset = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
    if (Math.abs(offset) > 14 * 60) return undefined;
    return { raw, time: Date.UTC(y, mo - 1, d, h ?? 0, mi ?? 0, s ?? 0) - offset * 60_000, dateOnly: false };
  }
  return { raw, time: date.getTime(), dateOnly: h === undefined };
}
