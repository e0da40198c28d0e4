/** Percentiles and a wall-clock timer; no engine import, so child processes can use it without loading the engine. */
export interface Stats {
  median: number;
  p95: number;
  p99: number;
  n: number;
}

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), p99: at(0.99), n: s.length };
}

export function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}
