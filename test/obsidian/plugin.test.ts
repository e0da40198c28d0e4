/** The plugin's lifecycle against a typed mock of the `obsidian` module (the app cannot run here). */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { App, Notice, Setting, TFile } from './obsidianMock.js';
import { hasDraftTag, serverSettings, withDefaults } from '../../clients/obsidian/src/settings.js';

vi.mock('obsidian', () => import('./obsidianMock.js'));
vi.mock('followup-server-source', () => ({ default: '' }));
// The Web Worker transport needs a browser; these tests replace the session instead.
vi.mock('../../clients/obsidian/src/serverWorker', () => ({ startServerWorker: () => { throw new Error('no workers in these tests'); } }));

// A session that records what the plugin asks of the server.
class FakeSession {
  calls: string[] = [];
  readinessListeners: Array<(r: unknown) => void> = [];
  disposed = false;
  onReadiness(fn: (r: unknown) => void) {
    this.readinessListeners.push(fn);
    return () => undefined;
  }
  onDiagnostics() {
    return () => undefined;
  }
  async settingsChanged() {
    this.calls.push('settingsChanged');
  }
  async checkDocument(uri: string) {
    this.calls.push(`check ${uri}`);
  }
  async templates() {
    return [{ kind: 'thank-you', label: 'Thank-you note template', description: '', snippet: '', text: '---\nfollowup: thank-you\n---\n\nDear <!-- fill in: Interviewer Name -->,\n' }];
  }
  async rules() {
    return [{ id: 'too-casual', description: 'd', defaultSeverity: 'warning' }];
  }
  async fixAll() {
    return [];
  }
  async dispose() {
    this.disposed = true;
  }
}

async function load() {
  const { default: FollowupPlugin } = await import('../../clients/obsidian/src/main.js');
  const session = new FakeSession();
  class TestPlugin extends FollowupPlugin {
    protected override startSession() {
      return session as never;
    }
  }
  const app = new App();
  const plugin = new TestPlugin(app as never, {} as never);
  await plugin.onload();
  return { plugin, app, session, mock: plugin as unknown as import('./obsidianMock.js').Plugin };
}

beforeEach(() => {
  Notice.shown = [];
  Setting.created = [];
});

describe('Obsidian plugin', () => {
  it('registers the editor extension, commands, suggester, status bar and settings tab', async () => {
    const { mock } = await load();
    expect(mock.extensions).toHaveLength(1);
    expect(mock.commands.map((c) => c.id)).toEqual([
      'insert-template-thank-you', 'new-draft-thank-you', 'insert-template-status-check', 'new-draft-status-check',
      'insert-template-feedback-request', 'new-draft-feedback-request', 'insert-template-rejection-response', 'new-draft-rejection-response',
      'insert-template-additional-info', 'new-draft-additional-info', 'fix-all', 'check-note', 'show-readiness',
    ]);
    expect(mock.suggests).toHaveLength(1);
    expect(mock.settingTabs).toHaveLength(1);
    expect(mock.statusItems[0]?.classes).toContain('followup-status');
  });

  it('releases everything on unload', async () => {
    const { mock, session } = await load();
    expect(mock.cleanups.length).toBeGreaterThan(0);
    mock.unload();
    expect(session.disposed).toBe(true);
    expect(mock.cleanups).toEqual([]);
  });

  it('shows readiness for the active note in the status bar', async () => {
    const { mock, app, session } = await load();
    app.workspace.active = new TFile('Follow-ups/Dana.md');
    session.readinessListeners[0]!({ uri: 'file:///vault/Follow-ups/Dana.md', version: 1, kind: 'thank-you', kindTitle: 'Thank-you note', score: 5, total: 7, items: [] });
    expect(mock.statusItems[0]?.text).toBe('Thank-you note · 5/7');
    app.workspace.active = new TFile('Notes/Other.md');
    app.workspace.trigger('active-leaf-change');
    expect(mock.statusItems[0]?.text).toBe('');
  });

  it('checks a note that carries the draft tag', async () => {
    const { app, session } = await load();
    app.metadataCache.caches.set('Jobs/acme.md', { tags: [{ tag: '#followup' }] });
    app.metadataCache.caches.set('Jobs/other.md', { tags: [{ tag: '#ideas' }] });
    app.metadataCache.trigger('changed', new TFile('Jobs/acme.md'));
    app.metadataCache.trigger('changed', new TFile('Jobs/other.md'));
    await Promise.resolve();
    expect(session.calls).toEqual(['check file:///vault/Jobs/acme.md']);
  });

  it('saves settings and tells the server', async () => {
    const { plugin, mock, session } = await load();
    plugin.settings.rules['too-casual'] = 'off';
    await plugin.saveSettings();
    expect((mock.data as { rules: Record<string, string> }).rules).toEqual({ 'too-casual': 'off' });
    expect(session.calls).toContain('settingsChanged');
  });

  it('"Add to dictionary" stores the word once in the dictionary setting and tells the server', async () => {
    const { plugin, mock, session } = await load();
    await plugin.addToDictionary('Thandeka');
    await plugin.addToDictionary('Thandeka');
    expect((mock.data as { dictionary: string[] }).dictionary).toEqual(['Thandeka']);
    expect(session.calls.filter((c) => c === 'settingsChanged')).toHaveLength(1);
  });

  it('creates a new draft from a template in the follow-ups folder and opens it', async () => {
    const { plugin, app } = await load();
    await plugin.newDraft('thank-you');
    const [path, text] = [...app.files].find(([p]) => p.endsWith('.md'))!;
    expect(path).toMatch(/^Follow-ups\/thank-you \d{4}-\d{2}-\d{2}\.md$/);
    expect(text).toContain('followup: thank-you');
    expect(app.workspace.active?.path).toBe(path);
  });

  it('the settings tab lists the server rules', async () => {
    const { mock } = await load();
    (mock.settingTabs[0] as unknown as { display(): void }).display();
    await new Promise((r) => setTimeout(r, 0));
    expect(Setting.created).toContain('Draft folders');
    expect(Setting.created).toContain('too-casual');
  });
});

describe('which notes are drafts', () => {
  it('draft folders become include globs for the server, beside the defaults', () => {
    const s = serverSettings(withDefaults({ draftFolders: ['Follow-ups', ' Jobs/Applications/ '] }));
    expect(s['include']).toEqual(['**/follow-ups/**/*.md', '**/*.followup.md', 'Follow-ups/**/*.md', 'Jobs/Applications/**/*.md']);
  });
  it('the draft tag matches with or without #, in any case', () => {
    expect(hasDraftTag(['#FollowUp'], 'followup')).toBe(true);
    expect(hasDraftTag(['followup'], '#followup')).toBe(true);
    expect(hasDraftTag(['#follow'], 'followup')).toBe(false);
    expect(hasDraftTag(['#followup'], '')).toBe(false);
  });
  it('bad saved data falls back to defaults', () => {
    expect(withDefaults('garbage').draftFolders).toEqual(['Follow-ups']);
    expect(withDefaults({ draftFolders: [1, 'A'] }).draftFolders).toEqual(['A']);
  });
  it('phrases to avoid become a custom rule', () => {
    expect(serverSettings(withDefaults({ avoidPhrases: ['rock star'] }))['customRules']).toEqual([{ name: 'avoid', type: 'existence', phrases: ['rock star'], message: 'You asked to avoid "{phrase}".' }]);
  });
});
