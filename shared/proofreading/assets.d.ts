// Dictionary files imported as text (see esbuild.config.mjs and vitest.config.ts).
declare module 'dictionary-en/index.aff' {
  const text: string;
  export default text;
}
declare module 'dictionary-en/index.dic' {
  const text: string;
  export default text;
}
declare module 'followup-word-ranks' {
  /** Lower-case English words, most frequent first, one per line (scripts/word-ranks.mjs). */
  const text: string;
  export default text;
}
