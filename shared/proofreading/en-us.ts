/**
 * The en_US Hunspell dictionary of `dictionary-en`, inlined as text by the
 * bundler (esbuild's text loader; vitest reads it raw), so every platform has
 * it without file access: the Node server, the CLI, the Web Worker, Obsidian.
 */
import aff from 'dictionary-en/index.aff';
import dic from 'dictionary-en/index.dic';
import type { DictionaryFiles } from './speller.js';

export const EN_US: DictionaryFiles = { aff, dic };
