/**
 * The plugin's saved settings, and the `followup` settings object the server
 * reads (the same shape as in VS Code and .followuprc files).
 */
export interface PluginSettings {
  /** Folders whose notes are drafts, e.g. "Follow-ups". */
  draftFolders: string[];
  /** A tag (without #) that marks a note as a draft. */
  draftTag: string;
  /** Rule id -> severity ("off", "hint", "info", "warning", "error"). */
  rules: Record<string, string>;
  wordLimits: Record<string, number>;
  maxSentenceWords: number;
  dictionary: string[];
  /** Phrases to flag (a custom existence rule). */
  avoidPhrases: string[];
}

export const DEFAULT_SETTINGS: PluginSettings = {
  draftFolders: ['Follow-ups'],
  draftTag: 'followup',
  rules: {},
  wordLimits: {},
  maxSentenceWords: 35,
  dictionary: [],
  avoidPhrases: [],
};

export function withDefaults(saved: unknown): PluginSettings {
  const s = (saved && typeof saved === 'object' ? saved : {}) as Partial<PluginSettings>;
  return {
    draftFolders: Array.isArray(s.draftFolders) ? s.draftFolders.filter((x) => typeof x === 'string') : [...DEFAULT_SETTINGS.draftFolders],
    draftTag: typeof s.draftTag === 'string' ? s.draftTag : DEFAULT_SETTINGS.draftTag,
    rules: s.rules && typeof s.rules === 'object' ? { ...s.rules } : {},
    wordLimits: s.wordLimits && typeof s.wordLimits === 'object' ? { ...s.wordLimits } : {},
    maxSentenceWords: typeof s.maxSentenceWords === 'number' ? s.maxSentenceWords : DEFAULT_SETTINGS.maxSentenceWords,
    dictionary: Array.isArray(s.dictionary) ? s.dictionary.filter((x) => typeof x === 'string') : [],
    avoidPhrases: Array.isArray(s.avoidPhrases) ? s.avoidPhrases.filter((x) => typeof x === 'string') : [],
  };
}

/** What the server gets for `workspace/configuration` section "followup". */
export function serverSettings(s: PluginSettings): Record<string, unknown> {
  const folders = s.draftFolders.map((f) => f.trim().replace(/^\/+|\/+$/g, '')).filter(Boolean);
  const out: Record<string, unknown> = {
    rules: s.rules,
    wordLimits: s.wordLimits,
    maxSentenceWords: s.maxSentenceWords,
    dictionary: s.dictionary,
    include: ['**/follow-ups/**/*.md', '**/*.followup.md', ...folders.map((f) => `${f}/**/*.md`)],
  };
  const phrases = s.avoidPhrases.map((p) => p.trim()).filter(Boolean);
  if (phrases.length) out['customRules'] = [{ name: 'avoid', type: 'existence', phrases, message: 'You asked to avoid "{phrase}".' }];
  return out;
}

/** Whether a note's tags (front matter or inline, as Obsidian reports them) include the draft tag. */
export function hasDraftTag(tags: readonly string[], draftTag: string): boolean {
  const want = draftTag.replace(/^#/, '').toLowerCase();
  return want !== '' && tags.some((t) => t.replace(/^#/, '').toLowerCase() === want);
}
