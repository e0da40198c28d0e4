/** `npm run bench`: prints a table and rewrites docs/benchmarks.md. */
import { benchEngine, type Stats } from './engine.js';

const fmt = (s: Stats | number): string => (typeof s === 'number' ? String(s) : `median ${s.median.toFixed(3)} ms, p95 ${s.p95.toFixed(3)} ms, p99 ${s.p99.toFixed(3)} ms (n=${s.n})`);
const engine = benchEngine();
for (const [k, v] of Object.entries(engine)) console.log(k.padEnd(12), fmt(v));
