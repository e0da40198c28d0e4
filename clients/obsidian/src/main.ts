/**
 * Follow-up Coach for Obsidian: lifecycle only. Starts the language server in
 * a Web Worker, connects the editor extension, registers commands, the
 * template suggester, the status bar and the settings tab. Everything is
 * released on unload through Obsidian's register* helpers.
 */
import { Editor, EditorSuggest, Notice, Plugin, PluginSettingTab, Setting, TFile, editorInfoField, type App, type MarkdownFileInfo, type MarkdownView, type EditorPosition, type EditorSuggestContext, type EditorSuggestTriggerInfo } from 'obsidian';
import type { EditorView } from '@codemirror/view';
import serverSource from 'followup-server-source';
import { followupLint } from './cmLint';
import { LspSession, noteUri, type Readiness, type TemplateItem } from './lspSession';
import { startServerWorker } from './serverWorker';
import { hasDraftTag, serverSettings, withDefaults, type PluginSettings } from './settings';

const KINDS = ['thank-you', 'status-check', 'feedback-request', 'rejection-response', 'additional-info'] as const;
const SEVERITIES = ['default', 'off', 'hint', 'info', 'warning', 'error'];

export default class FollowupPlugin extends Plugin {
  settings!: PluginSettings;
  session!: LspSession;
  readiness = new Map<string, Readiness>();
  private statusEl!: HTMLElement;

  /** Overridden in tests, where there is no Web Worker. */
  protected startSession(): LspSession {
    const server = startServerWorker(serverSource);
    this.register(() => server.dispose());
    return new LspSession(
      server.connection,
      () => serverSettings(this.settings),
      (word) => this.addToDictionary(word),
    );
  }

  override async onload(): Promise<void> {
    this.settings = withDefaults(await this.loadData());
    this.session = this.startSession();
    this.register(() => void this.session.dispose());

    this.registerEditorExtension(followupLint(this.session, (view: EditorView) => this.uriOf(view)));

    this.statusEl = this.addStatusBarItem();
    this.statusEl.addClass('followup-status');
    this.register(this.session.onReadiness((r) => {
      this.readiness.set(r.uri, r);
      this.updateStatus();
    }));
    this.registerEvent(this.app.workspace.on('active-leaf-change', () => this.updateStatus()));
    // A note tagged as a draft is checked even outside the draft folders.
    this.registerEvent(this.app.metadataCache.on('changed', (file: TFile) => this.checkIfTagged(file)));

    for (const kind of KINDS) {
      this.addCommand({ id: `insert-template-${kind}`, name: `Insert ${kind} template`, editorCallback: (editor: Editor) => void this.insertTemplate(editor, kind) });
      this.addCommand({ id: `new-draft-${kind}`, name: `New ${kind} draft in the follow-ups folder`, callback: () => void this.newDraft(kind) });
    }
    this.addCommand({ id: 'fix-all', name: 'Fix all problems in this note', editorCallback: (editor: Editor, ctx: MarkdownView | MarkdownFileInfo) => void this.fixAll(editor, ctx.file) });
    this.addCommand({ id: 'check-note', name: 'Check this note as a draft', editorCallback: (_editor: Editor, ctx: MarkdownView | MarkdownFileInfo) => void this.checkNote(ctx.file) });
    this.addCommand({ id: 'show-readiness', name: 'Show the readiness checklist', callback: () => this.showChecklist() });

    this.registerEditorSuggest(new TemplateSuggest(this.app, this));
    this.addSettingTab(new FollowupSettingTab(this.app, this));
  }

  uriOf(view: EditorView): string | undefined {
    const file = view.state.field(editorInfoField, false)?.file;
    return file && file.extension === 'md' ? noteUri(file.path) : undefined;
  }

  /** "Add to dictionary" from a quick fix: the word joins the dictionary setting (synced with the vault). */
  async addToDictionary(word: string): Promise<void> {
    if (this.settings.dictionary.includes(word)) return;
    this.settings.dictionary.push(word);
    await this.saveSettings();
  }

  async saveSettings(): Promise<void> {
    await this.saveData(this.settings);
    await this.session.settingsChanged();
  }

  private activeUri(): string | undefined {
    const file = this.app.workspace.getActiveFile();
    return file ? noteUri(file.path) : undefined;
  }

  updateStatus(): void {
    const uri = this.activeUri();
    const r = uri ? this.readiness.get(uri) : undefined;
    this.statusEl.setText(r ? `${r.kindTitle} · ${r.score}/${r.total}` : '');
  }

  showChecklist(): void {
    const uri = this.activeUri();
    const r = uri ? this.readiness.get(uri) : undefined;
    if (!r) {
      new Notice('This note is not checked as a follow-up draft. Run the command to check this note as a draft.');
      return;
    }
    new Notice(`${r.kindTitle}: ${r.score}/${r.total}\n${r.items.map((i) => `${i.ok ? '✓' : '✗'} ${i.label}`).join('\n')}`, 10_000);
  }

  async checkNote(file: TFile | null): Promise<void> {
    if (file) await this.session.checkDocument(noteUri(file.path));
  }

  private async checkIfTagged(file: TFile): Promise<void> {
    const cache = this.app.metadataCache.getFileCache(file);
    const fmTags: unknown = cache?.frontmatter?.['tags'];
    const fromFrontMatter = Array.isArray(fmTags) ? fmTags.filter((t): t is string => typeof t === 'string') : typeof fmTags === 'string' ? [fmTags] : [];
    const tags = [...(cache?.tags ?? []).map((t) => t.tag), ...fromFrontMatter];
    if (hasDraftTag(tags, this.settings.draftTag)) await this.session.checkDocument(noteUri(file.path));
  }

  async template(kind: string): Promise<TemplateItem | undefined> {
    return (await this.session.templates()).find((t) => t.kind === kind);
  }

  async insertTemplate(editor: Editor, kind: string): Promise<void> {
    const t = await this.template(kind);
    if (!t) return;
    // Inside a note that already has front matter, insert only the body.
    const text = editor.getValue().startsWith('---') ? t.text.replace(/^---[\s\S]*?\n---\n\n/, '') : t.text;
    editor.replaceSelection(text);
  }

  async newDraft(kind: string): Promise<void> {
    const t = await this.template(kind);
    if (!t) return;
    const folder = this.settings.draftFolders[0] ?? 'Follow-ups';
    if (!this.app.vault.getAbstractFileByPath(folder)) await this.app.vault.createFolder(folder);
    const stamp = new Date().toISOString().slice(0, 10);
    let path = `${folder}/${kind} ${stamp}.md`;
    for (let n = 2; this.app.vault.getAbstractFileByPath(path); n++) path = `${folder}/${kind} ${stamp} ${n}.md`;
    const file = await this.app.vault.create(path, t.text);
    await this.app.workspace.getLeaf(true).openFile(file);
  }

  async fixAll(editor: Editor, file: TFile | null): Promise<void> {
    if (!file) return;
    const edits = await this.session.fixAll(noteUri(file.path));
    if (edits.length === 0) {
      new Notice('Nothing to fix automatically in this note.');
      return;
    }
    editor.transaction({ changes: edits.map((e) => ({ from: { line: e.range.start.line, ch: e.range.start.character }, to: { line: e.range.end.line, ch: e.range.end.character }, text: e.newText })) });
  }
}

/** Typing a kind or "template" at the start of a line offers the templates. */
class TemplateSuggest extends EditorSuggest<TemplateItem> {
  constructor(
    app: App,
    private readonly plugin: FollowupPlugin,
  ) {
    super(app);
  }

  onTrigger(cursor: EditorPosition, editor: Editor): EditorSuggestTriggerInfo | null {
    const before = editor.getLine(cursor.line).slice(0, cursor.ch);
    const m = /^(thank|status|feedback|rejection|additional|template|followup)[\w-]*$/i.exec(before);
    return m ? { start: { line: cursor.line, ch: 0 }, end: cursor, query: before.toLowerCase() } : null;
  }

  async getSuggestions(context: EditorSuggestContext): Promise<TemplateItem[]> {
    const all = await this.plugin.session.templates();
    const q = context.query;
    return all.filter((t) => q.startsWith('template') || q.startsWith('followup') || t.kind.startsWith(q.slice(0, 4)));
  }

  renderSuggestion(item: TemplateItem, el: HTMLElement): void {
    el.createDiv({ text: item.label });
    el.createEl('small', { text: item.description, cls: 'followup-suggest-detail' });
  }

  selectSuggestion(item: TemplateItem): void {
    const ctx = this.context;
    if (!ctx) return;
    const text = ctx.editor.getValue().startsWith('---') ? item.text.replace(/^---[\s\S]*?\n---\n\n/, '') : item.text;
    ctx.editor.replaceRange(text, ctx.start, ctx.end);
  }
}

// The plugin supports Obsidian from 1.5 on, before the declarative settings API of 1.13
// (which the lint rules suggest, as a warning).
class FollowupSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    private readonly plugin: FollowupPlugin,
  ) {
    super(app, plugin);
  }

  display(): void {
    const { containerEl } = this;
    const s = this.plugin.settings;
    const save = (): void => void this.plugin.saveSettings();
    containerEl.empty();
    new Setting(containerEl).setName('Which notes are drafts').setHeading();
    new Setting(containerEl)
      .setName('Draft folders')
      .setDesc('Notes in these folders are checked (comma-separated). Notes with "followup:" in their properties always are.')
      .addText((t) => t.setValue(s.draftFolders.join(', ')).onChange((v) => ((s.draftFolders = v.split(',').map((x) => x.trim()).filter(Boolean)), save())));
    new Setting(containerEl)
      .setName('Draft tag')
      .setDesc('Notes with this tag are checked too.')
      .addText((t) => t.setValue(s.draftTag).onChange((v) => ((s.draftTag = v.trim()), save())));
    new Setting(containerEl).setName('Length').setHeading();
    new Setting(containerEl)
      .setName('Longest sentence (words)')
      .addText((t) => t.setValue(String(s.maxSentenceWords)).onChange((v) => {
        const n = Number(v);
        if (Number.isInteger(n) && n > 0) {
          s.maxSentenceWords = n;
          save();
        }
      }));
    for (const kind of KINDS) {
      new Setting(containerEl)
        .setName(`Word limit: ${kind}`)
        .setDesc('Empty for the default.')
        .addText((t) => t.setValue(s.wordLimits[kind] ? String(s.wordLimits[kind]) : '').onChange((v) => {
          const n = Number(v);
          if (v.trim() === '') delete s.wordLimits[kind];
          else if (Number.isInteger(n) && n > 0) s.wordLimits[kind] = n;
          else return;
          save();
        }));
    }
    new Setting(containerEl).setName('Words and phrases').setHeading();
    new Setting(containerEl)
      .setName('Dictionary')
      .setDesc('Words to accept (names, companies), one per line.')
      .addTextArea((t) => t.setValue(s.dictionary.join('\n')).onChange((v) => ((s.dictionary = v.split('\n').map((x) => x.trim()).filter(Boolean)), save())));
    new Setting(containerEl)
      .setName('Phrases to avoid')
      .setDesc('Your own phrases to flag, one per line.')
      .addTextArea((t) => t.setValue(s.avoidPhrases.join('\n')).onChange((v) => ((s.avoidPhrases = v.split('\n').map((x) => x.trim()).filter(Boolean)), save())));
    new Setting(containerEl).setName('Rules').setHeading();
    void this.plugin.session.rules().then((rules) => {
      for (const rule of rules) {
        new Setting(containerEl)
          .setName(rule.id)
          .setDesc(rule.description)
          .addDropdown((d) => {
            for (const sev of SEVERITIES) d.addOption(sev, sev === 'default' ? `default (${rule.defaultSeverity})` : sev);
            d.setValue(s.rules[rule.id] ?? 'default').onChange((v) => {
              if (v === 'default') delete s.rules[rule.id];
              else s.rules[rule.id] = v;
              save();
            });
          });
      }
    });
  }
}
