/**
 * A seeded generator of realistic drafts for the benchmarks: the five kinds,
 * 120-330 words of body, with defects injected on purpose and recorded (where
 * they are and what they are), so recall can be measured for this engine and
 * for its peers on the same text. Deterministic for a seed: the same seed
 * always gives the same drafts, byte for byte.
 *
 * Recorded defect classes:
 * - `typo`: a non-word misspelling of a real word ("recieve" for "receive"),
 *   taken from a table of common slips (`TYPOS`), every one of them unknown
 *   to the en_US dictionary of `dictionary-en` (test/bench checks this);
 * - `casual`: a casual word ("hey", "lol", "btw", "gonna", "cheers mate"…);
 * - `emoji`: an emoji or an emoticon such as `:)`;
 * - `pushy`: a sentence that pressures or demands a reply;
 * - `repeated`: a word written twice ("the the"); the range covers both;
 * - `other`: other slips a reviewer would flag (self-doubt, shouting, a
 *   personal channel, an unfilled placeholder); recorded, not one of the five.
 *
 * Offsets are UTF-16 code units into the whole text (front matter included),
 * as JavaScript strings and LSP count them.
 */
// From types.ts, not the index: the peer runner must not load the engine unless it measures it.
import { DRAFT_KINDS, type DraftKind } from '../shared/types.js';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The five classes recall is reported for. */
export const DEFECT_CLASSES = ['typo', 'casual', 'emoji', 'pushy', 'repeated'] as const;
export type DefectClass = (typeof DEFECT_CLASSES)[number] | 'other';

export interface InjectedDefect {
  cls: DefectClass;
  /** UTF-16 offsets into `text`, end exclusive. */
  start: number;
  end: number;
  /** `text.slice(start, end)`, kept for reading and for tests. */
  text: string;
  /** For a typo: the word it misspells. */
  intended?: string;
}

export interface GeneratedDraft {
  kind: DraftKind;
  text: string;
  /** Whitespace-separated words of the body (front matter excluded). */
  words: number;
  defects: InjectedDefect[];
}

// ---------------------------------------------------------------------------
// Vocabulary

const NAMES = ['Dana Okafor', 'Lee Park', 'Priya Raman', 'Tomás Ortega', 'Grace Liu', 'Miriam Cohen', 'Kwame Mensah', 'Sofia Rossi'];
const COMPANIES = ['Northwind Labs', 'Contoso Health', 'Fabrikam Retail', 'Tailspin Logistics', 'Litware Bank', 'Adatum Schools'];
const ROLES = ['Data Analyst', 'Staff Nurse', 'Store Manager', 'Backend Engineer', 'Financial Analyst', 'Grade 5 Teacher'];
const TOPICS = ['the churn dashboard', 'the night-shift handover', 'the holiday staffing plan', 'the move to event-driven services', 'quarterly forecasting', 'project-based learning'];
const SENDERS = ['Sam Lee', 'Alex Morgan', 'Jordan Blake', 'Riya Shah', 'Chris Novak'];
const DAYS = ['on Tuesday', 'yesterday', 'this morning', 'on Monday afternoon', 'last Thursday'];
const ATTACHMENTS = ['the writing samples', 'my portfolio', 'the two references', 'the project summary', 'my teaching certificate'];

const FILLER = [
  'I especially enjoyed hearing how the team turned a messy spreadsheet process into a dashboard the whole floor now uses every morning.',
  'Our conversation about onboarding made it clear how much care goes into helping new people find their footing in the first month.',
  'In my current role I run the weekly reporting cycle, which means cleaning data, checking it with the owners and presenting the results to managers.',
  'I have also mentored two junior colleagues through their first year, and I would bring the same patience to your team.',
  'The way you described the balance between planned work and urgent requests sounded very familiar, and I liked how openly you talked about it.',
  'Since we spoke I read the article you mentioned about incremental delivery, and it gave me a few ideas I would be glad to share.',
  'I appreciated the tour of the new office and the chance to meet the people I would be working with day to day.',
  'My background in customer support taught me to explain technical problems in plain words, which seems to matter a great deal here.',
];
const SUBJECTS = ['the team', 'your group', 'the clinic', 'the store', 'the platform team', 'the finance office', 'the school', 'the warehouse'];
const VERBS = ['rebuilt', 'simplified', 'automated', 'documented', 'redesigned', 'measured', 'reorganized', 'scaled'];
const OBJECTS = ['the weekly report', 'the onboarding checklist', 'the night-shift handover', 'the returns process', 'the release pipeline', 'the budget review', 'the reading program', 'the inventory count'];
const REASONS = ['so that people could act on it sooner', 'to cut the time it took in half', 'after a painful quarter', 'with help from the people who used it', 'without adding headcount', 'while keeping customers informed'];
const MINE = ['In my current role I', 'Last year I', 'At my previous job I', 'During my placement I', 'As a volunteer I'];
const DID = ['led a similar project', 'ran the weekly numbers', 'trained three new colleagues', 'cleaned up a messy data source', 'planned the holiday schedule', 'wrote the team handbook'];

/** Kind-specific openings, middles and closings; `{role}`, `{company}`, `{topic}`, `{day}`, `{attachment}`, `{object}` are filled in. */
const KIND_TEXT: Record<DraftKind, { open: string[]; middle: string[]; close: string[] }> = {
  'thank-you': {
    open: [
      'Thank you for taking the time to meet with me {day} to talk about the {role} role at {company}.',
      'I wanted to thank you for our conversation about the {role} position and about {topic}.',
    ],
    middle: [
      'I left our conversation even more excited about the chance to work on {topic}.',
      'Hearing how {company} approaches {topic} made the role feel like a natural next step for me.',
    ],
    close: [
      'I remain very interested in the position and would be glad to answer any further questions. I look forward to hearing about the next steps.',
      'Thank you again for your time. I am keen to contribute to {company} and would love to hear about the timeline for a decision.',
    ],
  },
  'status-check': {
    open: [
      'I hope your week is going well. I interviewed for the {role} role at {company} a couple of weeks ago, and I wanted to ask whether there is any news on the hiring timeline.',
      'I am writing to check in on the {role} position we discussed, as I remain very interested in joining {company}.',
    ],
    middle: [
      'Since we spoke I have kept reading about {topic}, and it has only made me more keen on the role.',
      'I understand that hiring decisions take time, and I appreciate the care your team puts into them.',
    ],
    close: [
      'I am still very interested in the role, and I would be grateful for any update on the next steps when you have one.',
      'Thank you for your time, and please let me know if there is anything else I can share while you decide.',
    ],
  },
  'feedback-request': {
    open: [
      'Thank you for letting me know your decision about the {role} role. I was disappointed, but I appreciated how clearly you explained it.',
      'Thank you for the update on the {role} position at {company}, and for the time you and the panel gave me.',
    ],
    middle: [
      'I am working on my interview skills, and your view would help me a great deal.',
      'I would especially like to know whether my examples were detailed enough for a role like this one.',
    ],
    close: [
      'If you have a few minutes, I would value any feedback on where I could improve. Thank you again for your time.',
      'Any advice you can share would be welcome, even a sentence or two. Thank you again for considering me.',
    ],
  },
  'rejection-response': {
    open: [
      'Thank you for letting me know about your decision on the {role} position. I enjoyed meeting the team at {company} and learning about {topic}.',
      'Thank you for your message and for the time you spent with me during the process for the {role} role.',
    ],
    middle: [
      'I learned a lot from the process, especially from the case study and the questions about {topic}.',
      'I still admire the work {company} is doing, and I hope our paths cross again.',
    ],
    close: [
      'I would be glad to be considered for future openings, and I hope we stay in touch. I wish you and the team every success.',
      'Please keep me in mind if another role opens up; I would welcome the chance to apply again. Thank you once more.',
    ],
  },
  'additional-info': {
    open: [
      'Thank you again for the interview for the {role} role. As promised, I have attached {attachment} we discussed.',
      'Following our conversation {day}, I am sending {attachment} you asked for, along with a short note on {topic}.',
    ],
    middle: [
      'The attached file covers the work on {object} I described, with the numbers we talked about.',
      'I also wanted to add one thing I forgot to mention: I have run a similar project on {topic} from start to finish.',
    ],
    close: [
      'Please let me know if anything else would help. Thank you for considering my application, and I look forward to hearing from you.',
      'I hope this is useful, and I am happy to send anything else you need. Thank you for your time.',
    ],
  },
};

/**
 * Common misspellings of words the sentences above use. Every value is a
 * non-word (not in dictionary-en's en_US list; test/bench/drafts.test.ts
 * checks it with nspell), and each one is a slip people really make:
 * swapped, dropped or doubled letters, a wrong vowel.
 */
export const TYPOS: Readonly<Record<string, readonly string[]>> = {
  about: ['abuot', 'aboutt'],
  appreciate: ['apreciate', 'appreaciate'],
  appreciated: ['apreciated', 'appriciated'],
  article: ['artical', 'aritcle'],
  background: ['backround', 'bakground'],
  balance: ['balence', 'ballance'],
  between: ['bewteen', 'betwen'],
  budget: ['budjet', 'bugdet'],
  care: ['carre'],
  chance: ['chanse', 'chnace'],
  checklist: ['checklsit', 'cheklist'],
  cleaning: ['cleanning', 'claening'],
  colleagues: ['collegues', 'colleages'],
  conversation: ['converstion', 'conversaton'],
  could: ['coudl', 'cuold'],
  current: ['curent', 'currnet'],
  customer: ['custmer', 'cusotmer'],
  customers: ['custmers', 'cusotmers'],
  dashboard: ['dashbaord', 'dahsboard'],
  delivery: ['delivary', 'devlivery'],
  described: ['discribed', 'desribed'],
  detailed: ['detialed', 'detailled'],
  disappointed: ['dissapointed', 'disapointed'],
  documented: ['documentd', 'docuemnted'],
  enjoyed: ['enjoied', 'enjoyd'],
  especially: ['especialy', 'expecially'],
  even: ['evne'],
  examples: ['exmaples', 'examles'],
  excited: ['excitted', 'exicted'],
  experience: ['experiance', 'expereince'],
  explain: ['explane', 'expalin'],
  explained: ['explaned', 'expained'],
  familiar: ['familar', 'famillar'],
  forget: ['forgett'],
  forgot: ['forgott', 'froget'],
  grateful: ['greatful', 'gratefull'],
  handbook: ['handbok', 'hanbook'],
  hearing: ['hearign', 'heairng'],
  helping: ['helpign', 'halping'],
  hiring: ['hirring', 'hireing'],
  improve: ['imporve', 'improove'],
  incremental: ['incrimental', 'incremantal'],
  interested: ['intrested', 'interseted'],
  interview: ['intervew', 'inteview'],
  interviewed: ['intervewed', 'interveiwed'],
  inventory: ['inventroy', 'invetory'],
  learned: ['learnd', 'leanred'],
  meet: ['meeet'],
  mentioned: ['mentionned', 'mentoined'],
  mentored: ['mentord', 'mentorred'],
  morning: ['mornign', 'moring'],
  naturally: ['naturaly'],
  natural: ['natrual', 'naturel'],
  office: ['offcie', 'ofice'],
  onboarding: ['onbaording', 'onboardng'],
  openly: ['openely', 'opnely'],
  patience: ['patiense', 'pateince'],
  people: ['poeple', 'peopel'],
  pipeline: ['pipline', 'pipeliine'],
  placement: ['placment', 'plaecment'],
  position: ['postion', 'positon'],
  presenting: ['presentng', 'presentign'],
  previous: ['previuos', 'prevous'],
  problems: ['problmes', 'porblems'],
  process: ['proccess', 'procces'],
  project: ['projcet', 'porject'],
  questions: ['quesitons', 'questons'],
  reading: ['readign', 'reeding'],
  really: ['realy', 'reallly'],
  redesigned: ['redesinged', 'redisigned'],
  reporting: ['reportign', 'repotring'],
  requests: ['requets', 'reqeusts'],
  results: ['resutls', 'reuslts'],
  schedule: ['schedual', 'shedule'],
  similar: ['similiar', 'simmilar'],
  simplified: ['simplifed', 'simpified'],
  sounded: ['sounde', 'soudned'],
  spreadsheet: ['spreadhseet', 'spredsheet'],
  support: ['suport', 'supprot'],
  taught: ['tuaght', 'taugth'],
  technical: ['techincal', 'tecnical'],
  thank: ['thnak', 'thakn'],
  their: ['thier'],
  through: ['throuhg', 'thruogh'],
  timeline: ['timelien', 'timline'],
  together: ['togehter', 'togather'],
  trained: ['trainned', 'traned'],
  understand: ['undrestand', 'understnad'],
  urgent: ['urgant', 'urgnet'],
  weekly: ['weekley', 'weelky'],
  which: ['whcih', 'wich'],
  whole: ['hwole', 'wholle'],
  working: ['workign', 'wokring'],
  would: ['woudl', 'wuold'],
};

/** Words that get written twice by accident most often; preferred for `repeated`. */
const REPEATABLE = new Set(['the', 'to', 'a', 'and', 'of', 'in', 'I', 'that', 'for', 'with', 'my', 'is', 'it', 'on', 'be', 'have', 'we', 'you']);

/** Casual words: a sentence prefix, a sentence suffix, a swap for a phrase, or a whole sentence. */
const CASUAL_PREFIX = ['Btw', 'Tbh', 'Fwiw', 'Ngl'];
const CASUAL_SUFFIX = ['lol', 'haha', 'lmao'];
const CASUAL_SWAPS: ReadonlyArray<readonly [string, string]> = [
  ['very', 'super'],
  ['great deal', 'ton'],
  ['glad', 'stoked'],
  ['excited', 'pumped'],
  ['really', 'totally'],
];
/** `{w}` marks the casual word inside the sentence. */
const CASUAL_SENTENCES = [
  "I'm {gonna} spend the weekend brushing up on SQL before the next round.",
  'I {wanna} say again how much I enjoyed meeting everyone.',
  '{Yeah}, the commute would be totally fine for me.',
  'The whiteboard task was {kinda} fun, to be honest.',
  '{Gotta} say, the coffee in your office was excellent.',
  'The panel was {awesome} and really made me feel at home.',
  'Your team seemed {chill} and easy to talk to.',
  "I'm {def} up for another chat if that helps.",
];
const CASUAL_GREETINGS = ['Hey', 'Hiya', 'Yo'];
const CASUAL_SIGNOFFS = ['Cheers mate', 'xoxo', 'Thx', 'Later'];

const EMOJI = ['😊', '🙂', '😅', '🙏', '👍', '🎉', '😀', '🤞', '💪', '✨'];
const EMOTICONS = [':)', ':-)', ';)', ':D'];

/** Pressure and demands for a reply; each a whole sentence. */
const PUSHY = [
  'Just following up again on my application.',
  'I need an answer by Friday.',
  'Please get back to me ASAP.',
  'I have emailed three times now and still have no reply.',
  'Please respond by tomorrow if you can.',
  'I expect to hear back from you today.',
  'I will keep calling until I hear something.',
  'Can you tell me your decision by the end of the day?',
  'I need to know by Monday because I have another offer.',
  'Why have I not heard back yet?',
  'This is my fourth message about this role.',
  'I would appreciate a reply within 24 hours.',
];

/** Other slips, recorded as `other`: self-doubt, shouting, personal channels, placeholders, begging. */
const OTHER = [
  'I think I bombed the last question.',
  'Sorry I rambled so much in the interview.',
  'I REALLY want this job!!',
  'Feel free to add me on Instagram.',
  'Text me on WhatsApp if that is easier.',
  'Thank you for the chance to interview at [Company Name].',
  'I am begging you to give me a chance.',
  'I know I am not the strongest candidate.',
];

// ---------------------------------------------------------------------------
// Building blocks

type Pick = <T>(xs: readonly T[]) => T;

interface Mark {
  cls: DefectClass;
  start: number;
  end: number;
  intended?: string;
}

/** One sentence (or a short line) with defects marked at local offsets. */
interface Seg {
  text: string;
  marks: Mark[];
}

interface Facts {
  kind: DraftKind;
  to: string;
  company: string;
  role: string;
  topic: string;
  day: string;
  attachment: string;
  sender: string;
}

function fill(template: string, f: Facts, pick: Pick): string {
  return template
    .replace(/\{role\}/g, f.role)
    .replace(/\{company\}/g, f.company)
    .replace(/\{topic\}/g, f.topic)
    .replace(/\{day\}/g, f.day)
    .replace(/\{attachment\}/g, f.attachment)
    .replace(/\{object\}/g, () => pick(OBJECTS));
}

/** One varied middle sentence, so drafts share ideas but not their wording. */
function middleSentence(f: Facts, r: () => number, pick: Pick): string {
  const x = r();
  if (x < 0.15) return fill(pick(KIND_TEXT[f.kind].middle), f, pick);
  if (x < 0.4) return `I enjoyed hearing how ${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(REASONS)}.`;
  if (x < 0.6) return `${pick(MINE)} ${pick(DID)}, and I would bring that experience to ${pick(SUBJECTS)}.`;
  if (x < 0.75) return `Your point about ${pick(OBJECTS)} stayed with me, especially the part about how ${pick(SUBJECTS)} ${pick(VERBS)} it.`;
  return pick(FILLER);
}

const wordCount = (s: string): number => {
  let n = 0;
  for (const w of s.split(/\s+/)) if (w) n++;
  return n;
};

const plain = (text: string): Seg => ({ text, marks: [] });

/** A sentence template with one `{word}` marked as the defect. */
function markedSentence(template: string, cls: DefectClass): Seg {
  const open = template.indexOf('{');
  const close = template.indexOf('}', open);
  const text = template.slice(0, open) + template.slice(open + 1, close) + template.slice(close + 1);
  return { text, marks: [{ cls, start: open, end: close - 1 }] };
}

function replaceAt(seg: Seg, start: number, end: number, insert: string, mark: Omit<Mark, 'start' | 'end'>, markStart: number, markLength: number): void {
  seg.text = seg.text.slice(0, start) + insert + seg.text.slice(end);
  seg.marks.push({ ...mark, start: markStart, end: markStart + markLength });
}

// Injectors that change a clean middle sentence in place; false when the sentence offers no spot.

function injectTypo(seg: Seg, pick: Pick): boolean {
  const spots: Array<{ start: number; word: string }> = [];
  for (const m of seg.text.matchAll(/[A-Za-z]+/g)) {
    const before = seg.text[m.index - 1];
    const after = seg.text[m.index + m[0].length];
    // Whole words only: not part of "night-shift" or "I'm".
    if (before === '-' || before === "'" || after === '-' || after === "'") continue;
    if (TYPOS[m[0].toLowerCase()]) spots.push({ start: m.index, word: m[0] });
  }
  if (!spots.length) return false;
  const spot = pick(spots);
  const lower = spot.word.toLowerCase();
  let typo = pick(TYPOS[lower]!);
  if (spot.word[0] !== lower[0]) typo = typo[0]!.toUpperCase() + typo.slice(1);
  replaceAt(seg, spot.start, spot.start + spot.word.length, typo, { cls: 'typo', intended: spot.word }, spot.start, typo.length);
  return true;
}

function injectRepeated(seg: Seg, pick: Pick): boolean {
  const all: Array<{ start: number; word: string }> = [];
  // A word with a space on both sides (or at the start), so "X X" reads as a slip, not as "X, X".
  for (const m of seg.text.matchAll(/(?<=^| )([A-Za-z]+)(?= )/g)) all.push({ start: m.index, word: m[0] });
  if (!all.length) return false;
  const preferred = all.filter((w) => REPEATABLE.has(w.word));
  const spot = pick(preferred.length ? preferred : all);
  const end = spot.start + spot.word.length;
  replaceAt(seg, end, end, ` ${spot.word}`, { cls: 'repeated' }, spot.start, spot.word.length * 2 + 1);
  return true;
}

function injectEmoji(seg: Seg, r: () => number, pick: Pick): boolean {
  if (!seg.text.endsWith('.')) return false;
  const e = r() < 0.25 ? pick(EMOTICONS) : pick(EMOJI);
  const at = seg.text.length - 1;
  const how = r();
  if (how < 0.45) replaceAt(seg, at, at + 1, ` ${e}`, { cls: 'emoji' }, at + 1, e.length); // "... with me 🙂"
  else if (how < 0.8) replaceAt(seg, at + 1, at + 1, ` ${e}`, { cls: 'emoji' }, at + 2, e.length); // "... with me. 🙂"
  else replaceAt(seg, at, at + 1, `! ${e}`, { cls: 'emoji' }, at + 2, e.length); // "... with me! 🙂"
  return true;
}

function injectCasualInline(seg: Seg, r: () => number, pick: Pick): boolean {
  const how = r();
  if (how < 0.35) {
    for (const [formal, casual] of CASUAL_SWAPS) {
      const m = new RegExp(`\\b${formal}\\b`).exec(seg.text);
      if (m) {
        replaceAt(seg, m.index, m.index + formal.length, casual, { cls: 'casual' }, m.index, casual.length);
        return true;
      }
    }
  }
  if (how < 0.7 && !/^I\b/.test(seg.text)) {
    const w = pick(CASUAL_PREFIX);
    const rest = seg.text[0]!.toLowerCase() + seg.text.slice(1);
    seg.text = `${w}, ${rest}`;
    for (const m of seg.marks) {
      m.start += w.length + 2;
      m.end += w.length + 2;
    }
    seg.marks.push({ cls: 'casual', start: 0, end: w.length });
    return true;
  }
  if (!seg.text.endsWith('.')) return false;
  const w = pick(CASUAL_SUFFIX);
  const at = seg.text.length - 1;
  replaceAt(seg, at, at, ` ${w}`, { cls: 'casual' }, at + 1, w.length);
  return true;
}

// ---------------------------------------------------------------------------
// Drafts

type Planned = DefectClass;

/** Middle sentences (clean), then the planned defects applied to them. */
function body(f: Facts, target: number, plan: Planned[], r: () => number, pick: Pick, greeting: Seg, signoff: Seg): Seg[][] {
  const opening = plain(fill(pick(KIND_TEXT[f.kind].open), f, pick));
  const closing = plain(fill(pick(KIND_TEXT[f.kind].close), f, pick));
  const fixed = wordCount(greeting.text) + wordCount(opening.text) + wordCount(closing.text) + wordCount(signoff.text) + wordCount(f.sender);
  const middle: Seg[] = [];
  let words = fixed;
  const seen = new Set<string>();
  while (words < target) {
    let s = middleSentence(f, r, pick);
    // Avoid a sentence twice in one draft (it would read as a copy-paste slip).
    for (let tries = 0; seen.has(s) && tries < 5; tries++) s = middleSentence(f, r, pick);
    seen.add(s);
    middle.push(plain(s));
    words += wordCount(s);
  }

  // Apply the plan: each defect goes to a different middle sentence; pushy and other add sentences.
  const inserted: Array<{ after: number; seg: Seg }> = [];
  const free = middle.map((_, i) => i);
  const takeFree = (): number | undefined => (free.length ? free.splice(Math.floor(r() * free.length), 1)[0] : undefined);
  for (const cls of plan) {
    if (cls === 'pushy' || cls === 'other') {
      const text = cls === 'pushy' ? pick(PUSHY) : pick(OTHER);
      inserted.push({ after: Math.floor(r() * (middle.length + 1)), seg: { text, marks: [{ cls, start: 0, end: text.length }] } });
      continue;
    }
    if (cls === 'casual' && r() < 0.3) {
      inserted.push({ after: Math.floor(r() * (middle.length + 1)), seg: markedSentence(pick(CASUAL_SENTENCES), 'casual') });
      continue;
    }
    // Try a few sentences; a typo or a phrase swap needs a sentence that has the word.
    for (let tries = 0; tries < 6; tries++) {
      const i = takeFree();
      if (i === undefined) break;
      const seg = middle[i]!;
      const ok = cls === 'typo' ? injectTypo(seg, pick) : cls === 'repeated' ? injectRepeated(seg, pick) : cls === 'emoji' ? injectEmoji(seg, r, pick) : injectCasualInline(seg, r, pick);
      if (ok) break;
      free.push(i);
    }
  }
  const sentences: Seg[] = [];
  for (let i = 0; i <= middle.length; i++) {
    for (const x of inserted) if (x.after === i) sentences.push(x.seg);
    if (i < middle.length) sentences.push(middle[i]!);
  }
  // Paragraphs of two to four sentences, the opening first and the closing last.
  const paras: Seg[][] = [[greeting], [opening]];
  let para: Seg[] = [];
  let size = 2 + Math.floor(r() * 3);
  for (const s of sentences) {
    para.push(s);
    if (para.length >= size) {
      paras.push(para);
      para = [];
      size = 2 + Math.floor(r() * 3);
    }
  }
  if (para.length) paras.push(para);
  paras.push([closing], [signoff, plain(f.sender)]);
  return paras;
}

/** Joins paragraphs (sentences by spaces; the sign-off and name by a newline) and places the marks. */
function assemble(frontMatter: string, paras: Seg[][]): { text: string; defects: InjectedDefect[] } {
  let text = frontMatter;
  const marks: Mark[] = [];
  paras.forEach((p, pi) => {
    if (pi > 0) text += '\n\n';
    const last = pi === paras.length - 1;
    p.forEach((s, si) => {
      if (si > 0) text += last ? '\n' : ' ';
      for (const m of s.marks) marks.push({ ...m, start: m.start + text.length, end: m.end + text.length });
      text += s.text;
    });
  });
  text += '\n';
  const defects = marks.map((m): InjectedDefect => {
    const d: InjectedDefect = { cls: m.cls, start: m.start, end: m.end, text: text.slice(m.start, m.end) };
    if (m.intended) d.intended = m.intended;
    return d;
  });
  return { text, defects };
}

/** Which defects a draft gets: none (about one in eight drafts) to four of the five classes, and sometimes an `other`. */
function plan(r: () => number, pick: Pick): Planned[] {
  const x = r();
  const n = x < 0.12 ? 0 : x < 0.42 ? 1 : x < 0.72 ? 2 : x < 0.9 ? 3 : 4;
  const out: Planned[] = [];
  for (let i = 0; i < n; i++) out.push(pick(DEFECT_CLASSES));
  if (r() < 0.2) out.push('other');
  return out;
}

function facts(kind: DraftKind, r: () => number, pick: Pick): Facts {
  return { kind, to: pick(NAMES), company: pick(COMPANIES), role: pick(ROLES), topic: pick(TOPICS), day: pick(DAYS), attachment: pick(ATTACHMENTS), sender: pick(SENDERS) };
}

function frontMatterOf(f: Facts, r: () => number): string {
  return `---\nfollowup: ${f.kind}\nto: ${f.to}\ncompany: ${f.company}\nrole: ${f.role}\ninterview_date: 2026-11-${10 + Math.floor(r() * 10)}T1${Math.floor(r() * 8)}:00\n---\n\n`;
}

/** Greeting and sign-off, with a casual one taking a `casual` slot from the plan now and then. */
function frame(f: Facts, planned: Planned[], r: () => number, pick: Pick): { greeting: Seg; signoff: Seg } {
  const first = f.to.split(' ')[0]!;
  let greeting = plain(`Dear ${first},`);
  let signoff = plain(pick(['Best regards,', 'Kind regards,', 'With thanks,', 'Sincerely,']));
  const slot = planned.indexOf('casual');
  if (slot >= 0 && r() < 0.35) {
    planned.splice(slot, 1);
    if (r() < 0.5) {
      const w = pick(CASUAL_GREETINGS);
      greeting = { text: `${w} ${first},`, marks: [{ cls: 'casual', start: 0, end: w.length }] };
    } else {
      const w = pick(CASUAL_SIGNOFFS);
      signoff = { text: `${w},`, marks: [{ cls: 'casual', start: 0, end: w.length }] };
    }
  }
  return { greeting, signoff };
}

const MIN_WORDS = 120;
const MAX_WORDS = 330;

/** Drops defect-free middle sentences from the end until the body fits. */
function trim(paras: Seg[][]): void {
  const count = (): number => paras.reduce((n, p) => n + p.reduce((m, s) => m + wordCount(s.text), 0), 0);
  for (let pi = paras.length - 3; pi >= 2 && count() > MAX_WORDS; pi--) {
    const p = paras[pi]!;
    for (let si = p.length - 1; si >= 0 && count() > MAX_WORDS; si--) if (!p[si]!.marks.length && count() - wordCount(p[si]!.text) >= MIN_WORDS) p.splice(si, 1);
    if (!p.length) paras.splice(pi, 1);
  }
}

export function generateDrafts(count: number, seed = 42): GeneratedDraft[] {
  const r = rng(seed);
  const pick: Pick = (xs) => xs[Math.floor(r() * xs.length)]!;
  const out: GeneratedDraft[] = [];
  for (let i = 0; i < count; i++) {
    // The kinds in turn, so every kind has its share; the rest is random.
    const kind = DRAFT_KINDS[i % DRAFT_KINDS.length]!;
    const f = facts(kind, r, pick);
    const fm = frontMatterOf(f, r);
    const planned = plan(r, pick);
    const { greeting, signoff } = frame(f, planned, r, pick);
    // Injected sentences add words; aim the clean text a little lower.
    const target = MIN_WORDS + Math.floor(r() * (MAX_WORDS - MIN_WORDS - 40));
    const paras = body(f, target, planned, r, pick, greeting, signoff);
    trim(paras);
    const { text, defects } = assemble(fm, paras);
    out.push({ kind, text, words: wordCount(text.slice(fm.length)), defects });
  }
  return out;
}

/** One long note of about `words` words (at least that many), defects injected about once per 120 words. */
export function generateLongNote(words: number, seed = 7): GeneratedDraft {
  const r = rng(seed);
  const pick: Pick = (xs) => xs[Math.floor(r() * xs.length)]!;
  const f = facts('additional-info', r, pick);
  const fm = frontMatterOf(f, r);
  const planned: Planned[] = [];
  for (let i = 0; i < Math.round(words / 120); i++) planned.push(r() < 0.1 ? 'other' : pick(DEFECT_CLASSES));
  const greeting = plain(`Dear ${f.to.split(' ')[0]!},`);
  const signoff = plain('Best regards,');
  // Pushy and other sentences come on top of the clean text: aim lower by about their share, then adjust.
  let target = words - 4 * planned.length;
  let best: GeneratedDraft | undefined;
  for (let tries = 0; tries < 6; tries++) {
    const paras = body(f, target, [...planned], r, pick, greeting, signoff);
    const { text, defects } = assemble(fm, paras);
    const n = wordCount(text.slice(fm.length));
    if (n >= words) best = { kind: f.kind, text, words: n, defects };
    if (n >= words && n <= words + 100) break;
    target += words + 50 - n;
  }
  if (!best) throw new Error(`could not reach ${words} words`);
  return best;
}

/** The long note's text (kept for callers that only need the text). */
export function longNote(words: number, seed = 7): string {
  return generateLongNote(words, seed).text;
}
