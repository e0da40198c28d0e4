/** `npm run eval`: per-rule precision and recall on the labelled corpus (test/corpus/). */
import { scoreCorpus } from '../test/helpers/corpus.js';

const s = scoreCorpus();
const kinds = new Map<string, number>();
for (const r of s.results.values()) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
const clean = s.drafts.filter((d) => d.expect.size === 0).length;
console.log(`${s.drafts.length} drafts (${clean} clean, ${s.drafts.length - clean} with problems); kinds: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}\n`);
const pct = (x: number): string => x.toFixed(2);
console.log('rule'.padEnd(24), 'support', '  TP', '  FP', '  FN', ' precision', ' recall');
for (const r of s.rules) console.log(r.rule.padEnd(24), String(r.support).padStart(7), String(r.tp).padStart(4), String(r.fp).padStart(4), String(r.fn).padStart(4), pct(r.precision).padStart(10), pct(r.recall).padStart(7));
console.log(`\nmicro: precision ${pct(s.micro.precision)}, recall ${pct(s.micro.recall)} (TP ${s.micro.tp}, FP ${s.micro.fp}, FN ${s.micro.fn})`);
if (s.mismatches.length) {
  console.log('\nmismatches:');
  for (const m of s.mismatches) console.log(`  ${m.type} ${m.rule.padEnd(22)} ${m.file}: ${m.detail}`);
}
