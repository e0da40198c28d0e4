/** The language server's Web Worker bundle, inlined as text at build time (esbuild.config.mjs). */
declare module 'followup-server-source' {
  const source: string;
  export default source;
}
