/**
 * Hostile shapes as a function of size, and how the engine's time scales on
 * them (issue #7): each shape is linted at n and at 10n characters; linear
 * work takes about 10x the time, a quadratic step about 100x. The shapes are
 * also a test (test/properties/shapes.test.ts): at the large size every one
 * finishes with well-formed findings, within a generous linear-time budget.
 */
import { fixAll, lintDraft } from '../shared/index.js';
import { time } from './stats.js';

/** `unit` repeated to about `n` characters. */
const rep = (unit: string, n: number): string => unit.repeat(Math.max(1, Math.ceil(n / unit.length)));
const FRONT = '---\nfollowup: thank-you\nto: Dana Okafor\ncompany: Northwind Labs\ninterview_date: 2026-11-20\n---\nDear Dana,\n\n';

/** Shapes that have broken (or could break) a naive parser or rule. */
export const SHAPES: ReadonlyArray<readonly [string, (n: number) => string]> = [
  ['one char: "a" (a single giant word)', (n) => rep('a', n)],
  ['one char: " "', (n) => rep(' ', n)],
  ['one char: "\\n"', (n) => rep('\n', n)],
  ['one char: "!"', (n) => FRONT + rep('!', n)],
  ['one char: "."', (n) => FRONT + rep('.', n)],
  ['one char: ">"', (n) => rep('>', n)],
  ['one char: "["', (n) => rep('[', n)],
  ['one char: "`"', (n) => rep('`', n)],
  ['one char: "-"', (n) => rep('-', n)],
  ['one char: "*"', (n) => rep('*', n)],
  ['one char: "😊"', (n) => FRONT + rep('😊', n)],
  ['a hyphenated giant word "a-b-a-b…"', (n) => FRONT + rep('a-b-', n)],
  ['nested blockquotes "> > > …"', (n) => `${rep('> ', n)}gonna lol`],
  ['a blockquote per line, one deeper each line', (n) => Array.from({ length: Math.sqrt(2 * n) | 0 }, (_, i) => `${'>'.repeat(i)} gonna ${i}`).join('\n')],
  ['nested list items, one deeper each line', (n) => FRONT + Array.from({ length: Math.sqrt(n) | 0 }, (_, i) => `${'  '.repeat(i)}- gonna item ${i}`).join('\n')],
  ['list markers on one line "- - - …"', (n) => `${rep('- ', n)}gonna`],
  ['mixed list and quote nesting "> - > 1. …"', (n) => `${rep('> - > 1. ', n)}gonna`],
  ['one line of prose, no sentence end', (n) => FRONT + rep('word ', n)],
  ['one line of short sentences', (n) => FRONT + rep('Thank you for the chat. ', n)],
  ['one line of casual sentences', (n) => FRONT + rep('I am gonna keep this short, honestly. ', n)],
  ['one line of typos', (n) => FRONT + rep('Thnak you for teh intervew. ', n)],
  ['short lines, one paragraph', (n) => FRONT + rep('Thanks again\n', n)],
  ['paragraphs of sentences', (n) => FRONT + rep('I enjoyed our conversation about the churn dashboard. Could you share the next steps?\n\n', n)],
  ['unclosed links "[a]("', (n) => rep('[a](', n)],
  ['placeholders "[Company Name] "', (n) => FRONT + rep('[Company Name] ', n)],
  ['unclosed comments "<!--"', (n) => rep('<!--', n)],
  ['disable comments', (n) => FRONT + rep('<!-- followup-disable-next-line too-casual -->\ngonna\n', n)],
  ['front matter keys', (n) => `---\n${rep('key: value\n', n)}---\nhello`],
  ['a front matter value of "["', (n) => `---\nfollowup: thank-you\nto: ${rep('[', n)}\n---\nhello`],
  ['URL-like words', (n) => FRONT + rep('see www.example.com/a@b ', n)],
];

/** The shapes fix-all has the most to do on. */
export const FIX_SHAPES = SHAPES.filter(([n]) => /casual|typos|😊|"!"|placeholders/.test(n));

export const SHAPE_OPTIONS = { now: new Date(2026, 10, 21, 9).getTime(), file: 'shape.md' };

export interface ShapeScaling {
  name: string;
  small: number;
  large: number;
  smallMs: number;
  largeMs: number;
}

/** Each shape at `small` and 10x `small` characters: best of two small runs, one large run, after a warm-up. */
export function benchShapes(small = 60_000): ShapeScaling[] {
  const out: ShapeScaling[] = [];
  const measure = (name: string, shape: (n: number) => string, run: (text: string) => void): void => {
    const s = shape(small);
    const l = shape(small * 10);
    run(shape(small / 10));
    const smallMs = Math.min(time(() => run(s)), time(() => run(s)));
    const largeMs = time(() => run(l));
    out.push({ name, small: s.length, large: l.length, smallMs, largeMs });
  };
  for (const [name, shape] of SHAPES) measure(name, shape, (t) => void lintDraft(t, SHAPE_OPTIONS));
  for (const [name, shape] of FIX_SHAPES) measure(`fix-all, ${name}`, shape, (t) => void fixAll(t, SHAPE_OPTIONS));
  return out;
}

/** The markdown section for docs/benchmarks.md. */
export function shapesSection(rows: ShapeScaling[]): string[] {
  const ms = (n: number): string => `${n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en-US')} ms`;
  // Below 10 ms the small run is mostly timer, JIT and GC noise (one collection during the large run
  // alone moves the ratio by 10x); the ratio is then against 10 ms. The test uses a 25 ms floor.
  const ratio = (r: ShapeScaling): number => r.largeMs / Math.max(r.smallMs, 10);
  const worst = Math.max(...rows.map(ratio));
  return [
    '## Scaling on hostile shapes (issue #7)',
    '',
    `Each shape (\`bench/shapes.ts\`) linted at about 60,000 and 600,000 characters. Linear work shows as about 10× the time, a quadratic step as about 100×; a small time under 10 ms counts as 10 ms (below that it is mostly noise). Worst ratio here: ${worst.toFixed(1)}× (target: under 30×).`,
    '',
    '| shape | 60k chars | 600k chars | ratio |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.name.replace(/\|/g, '\\|')} | ${ms(r.smallMs)} | ${ms(r.largeMs)} | ${ratio(r).toFixed(1)}× |`),
    '',
  ];
}
