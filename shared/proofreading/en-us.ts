/**
 * The en_US Hunspell dictionary of `dictionary-en`, inlined as text by the
 * bundler (esbuild's text loader; vitest reads it raw), so every platform has
 * it without file access: the Node server, the CLI, the Web Worker, Obsidian.
 * With it, the word-frequency list that orders suggestions.
 */
import aff from 'dictionary-en/index.aff';
import dic from 'dictionary-en/index.dic';
import ranks from 'followup-word-ranks';
import type { DictionaryFiles } from './speller.js';

export const EN_US: DictionaryFiles = { aff, dic, ranks };
