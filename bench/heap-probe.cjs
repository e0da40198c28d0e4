// Preloaded (`node --expose-gc --require bench/heap-probe.cjs …`) into the language server
// by bench/server.ts, and only there: on SIGUSR2, collect garbage and write the memory
// figures to stderr on one marked line, so the benchmark can read the live heap.
'use strict';
process.on('SIGUSR2', () => {
  if (typeof globalThis.gc === 'function') {
    globalThis.gc();
    globalThis.gc();
  }
  process.stderr.write(`@@followup-bench-heap ${JSON.stringify(process.memoryUsage())}\n`);
});
