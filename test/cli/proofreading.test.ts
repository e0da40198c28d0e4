/**
 * Proofreading from the CLI: the dictionary files the editors write are read
 * here too (the user's, and the nearest .followup-dictionary.txt), and
 * `--proofreading thorough` adds Harper's grammar findings.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, NOW, cliEnv, run, runJson } from './helpers.js';
import { sampleDraft } from '../helpers/drafts.js';

const NAME = sampleDraft('Thandeka showed me the dashboards. I am excited about the position. Could you share the next steps?').replace('Hey Dana,', 'Dear Dana,');

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'followup-cli-proof-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
const spellingWords = (r: ReturnType<typeof runJson>, text: string): string[] =>
  r.data.flatMap((f) => f.findings.filter((x) => x.rule === 'spelling').map((x) => text.split('\n')[x.range.start.line]!.slice(x.range.start.character, x.range.end.character)));

describe('followup-lint proofreading', () => {
  it('flags an unknown name, and knows it from the nearest .followup-dictionary.txt above the draft', () => {
    const dir = folder({ 'jobs/follow-ups/a.md': NAME });
    const home = folder({});
    expect(spellingWords(runJson([...NOW, 'jobs'], dir, { XDG_CONFIG_HOME: home }), NAME)).toEqual(['Thandeka']);
    writeFileSync(join(dir, 'jobs', '.followup-dictionary.txt'), '# words\nThandeka\n');
    expect(spellingWords(runJson([...NOW, 'jobs'], dir, { XDG_CONFIG_HOME: home }), NAME)).toEqual([]);
  });

  it('reads the user dictionary from $XDG_CONFIG_HOME/followup-coach/dictionary.txt', () => {
    const dir = folder({ 'follow-ups/a.md': NAME });
    const home = folder({ 'followup-coach/dictionary.txt': 'Thandeka\n' });
    expect(spellingWords(runJson([...NOW, '.'], dir, { XDG_CONFIG_HOME: home }), NAME)).toEqual([]);
  });

  it('--proofreading thorough adds Harper\'s grammar findings; fast (the default) does not', () => {
    const text = NAME.replace('Thandeka showed me the dashboards.', 'It will effect my plans.');
    const dir = folder({ 'follow-ups/a.md': text });
    const harper = (r: ReturnType<typeof runJson>): string[] => r.data.flatMap((f) => f.findings.filter((x) => x.rule === 'grammar' && /Harper/.test(x.message)).map((x) => x.message));
    expect(harper(runJson([...NOW, '.'], dir))).toEqual([]);
    const thorough = runJson([...NOW, '--proofreading', 'thorough', '.'], dir);
    expect(thorough.stderr).toBe('');
    expect(harper(thorough)).toEqual([expect.stringMatching(/affect/)]);
  }, 60_000);

  it('without the Harper worker beside it, --proofreading thorough says so once and still reports the fast findings', () => {
    const text = NAME.replace('Thandeka showed me the dashboards.', 'It will effect my plans. I enjoyed the the tour.');
    const dir = folder({ 'follow-ups/a.md': text });
    // The CLI bundle alone in a folder of its own: no ../proofreading/harper.js.
    const lone = folder({});
    mkdirSync(join(lone, 'cli'));
    copyFileSync(CLI, join(lone, 'cli', 'followup-lint.js'));
    const r = spawnSync(process.execPath, [join(lone, 'cli', 'followup-lint.js'), ...NOW, '--format', 'json', '--proofreading', 'thorough', '.'], { cwd: dir, encoding: 'utf8', env: cliEnv(), timeout: 60_000 });
    const files = JSON.parse(r.stdout) as Array<{ findings: Array<{ rule: string; message: string }> }>;
    const grammar = files.flatMap((f) => f.findings.filter((x) => x.rule === 'grammar').map((x) => x.message));
    expect(grammar.some((m) => /the the|repeated/i.test(m))).toBe(true);
    expect(grammar.filter((m) => /Harper/.test(m))).toEqual([]);
    expect(r.stderr.match(/Harper could not be loaded \(the Harper worker is missing/g)).toHaveLength(1);
    expect(r.stderr).toContain('checked with the fast spelling and grammar rules only');
    // A notice, not a failure: only warnings here, so exit 0.
    expect(r.status).toBe(0);
  });

  it('rejects an unknown --proofreading value with exit code 2', () => {
    const r = run(['--proofreading', 'sloppy', '.'], folder({}));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown --proofreading "sloppy"; use fast or thorough');
  });
});
