/**
 * The server's own protocol additions, beside standard LSP. Clients that
 * know them (the VS Code extension, the Obsidian plugin) use them for a status
 * bar and the "new draft" command; every other LSP client can ignore them.
 */

/** Server -> client notification after each check of a draft. */
export const READINESS_NOTIFICATION = 'followup/readiness';

export interface ReadinessParams {
  uri: string;
  version: number | null;
  kind: string;
  /** "Thank-you note", … */
  kindTitle: string;
  kindSource: 'option' | 'front-matter' | 'inferred';
  kindEvidence?: string;
  score: number;
  total: number;
  items: Array<{ id: string; label: string; ok: boolean }>;
}

/** Client -> server request: the templates, as snippets (today's date filled in). */
export const TEMPLATES_REQUEST = 'followup/templates';

export interface TemplateItem {
  kind: string;
  label: string;
  description: string;
  /** LSP snippet syntax with tab stops, front matter included. */
  snippet: string;
  /** Plain text for editors without snippets: unfilled slots as `<!-- fill in: … -->` hints. */
  text: string;
}

/** Client -> server request: the rules, for a settings UI (clients hold no rule list of their own). */
export const RULES_REQUEST = 'followup/rules';

export interface RuleItem {
  id: string;
  description: string;
  defaultSeverity: string;
  kinds: string[] | 'all';
}

/** `workspace/executeCommand`: check a file as a draft even if nothing marks it as one. Argument: the document URI. */
export const CHECK_DOCUMENT_COMMAND = 'followup.checkDocument';

/** Code action kind for fix-all (usable in editor.codeActionsOnSave). */
export const FIX_ALL_KIND = 'source.fixAll.followup';

/** Diagnostic source. */
export const SOURCE = 'followup';

/**
 * `workspace/executeCommand`: add a word to a dictionary (the "Add to
 * dictionary" code actions). Argument: AddToDictionaryParams. The server
 * writes the workspace file (`.followup-dictionary.txt`) or the user's file
 * itself (Node), or asks the client with ADD_TO_DICTIONARY_REQUEST for the
 * scopes the client said it stores (`initializationOptions.dictionaryScopes`).
 */
export const ADD_TO_DICTIONARY_COMMAND = 'followup.addToDictionary';

/** Server -> client request for scopes the client stores in its own settings. Params: AddToDictionaryParams. */
export const ADD_TO_DICTIONARY_REQUEST = 'followup/addToDictionary';

export type DictionaryScope = 'user' | 'workspace';

export interface AddToDictionaryParams {
  word: string;
  scope: DictionaryScope;
  /** The document the word came from (its workspace folder is the workspace scope). */
  uri: string;
}
