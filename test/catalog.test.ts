/**
 * The catalog is checked against itself: the registered rules are exactly
 * those of RULES.md §2 (spelling and grammar arrive with their own issue);
 * each has its own file, a test file, complete metadata and a doc page whose
 * generated parts match the code; and every example in the docs does what
 * its page says.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ENGINE_FINDINGS,
  RULES,
  RULE_IDS,
  docUrl,
  fingerprint,
  fixAll,
  lintDraft,
  mergeConfig,
  parseConfigText,
  parseDraft,
  parseFactDate,
  validateConfig,
  type LintOptions,
} from '../shared/index.js';
import { DOCS, renderDisable, renderIndex, renderMeta, renderPage } from '../scripts/gen-rule-docs.js';

// RULES.md §2, in order. Hard-coded: the spec lives outside this repository, and CI cannot read it.
const SPEC_IDS = [
  'missing-gratitude', 'missing-specifics', 'missing-interest', 'missing-next-steps', 'missing-door-open', 'generic-greeting',
  'template-placeholder', 'boilerplate', 'duplicate-draft', 'pushy', 'demands-response', 'desperate', 'too-casual', 'emoji',
  'shouting', 'negative-tone', 'bitter-rejection', 'personal-channel', 'feedback-too-specific', 'too-long', 'long-sentence',
  'spelling', 'grammar', 'send-window', 'too-soon', 'too-many-follow-ups', 'documents-overdue',
];
const PENDING: string[] = [];
const EXTRA_PAGES = ['README', 'front-matter', 'internal-error', 'custom-rules'];
const NOT_RULES = ['helpers.ts', 'index.ts', 'rule.ts'];
const SECTIONS = ['## What it finds', '## Why it matters', '## Examples', '## The fix', '## How to disable it'];
/** The clock the timing examples are written for (their pages say so). */
const NOW = parseFactDate('2026-11-21T09:00')!.time;

const read = (name: string): string => readFileSync(join(DOCS, `${name}.md`), 'utf8');

/** The fenced block after a "Label:" line (e.g. "Flagged:", "Peer (`peer.md`):"). */
function example(page: string, label: string, lang = 'markdown'): string | undefined {
  return new RegExp(`^${label}[^\\n]*:\\s*\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\``, 'm').exec(page)?.[1];
}

function lintExample(page: string, text: string, extra: LintOptions = {}): ReturnType<typeof lintDraft> {
  const peer = example(page, 'Peer');
  const peers = peer ? [fingerprint(parseDraft(peer), 'peer.md')] : [];
  return lintDraft(text, { now: NOW, file: 'example.md', peers, ...extra });
}

describe('rule catalog', () => {
  it('registers exactly the RULES.md rules, minus the pending proofreading pair, in catalog order', () => {
    expect(SPEC_IDS).toHaveLength(27);
    expect([...RULE_IDS]).toEqual(SPEC_IDS.filter((id) => !PENDING.includes(id)));
  });

  it('has unique, kebab-case ids', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const id of RULE_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('has no rule file that is not registered', () => {
    const files = readdirSync(join('shared', 'rules')).filter((f) => f.endsWith('.ts') && !NOT_RULES.includes(f));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual([...RULE_IDS].sort());
  });

  it('has no doc page that is not a rule or one of the extra pages', () => {
    const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual([...RULE_IDS, ...EXTRA_PAGES].sort());
  });

  it('docs/rules/README.md is up to date (npm run docs:rules) and every link in it resolves', () => {
    const index = read('README');
    expect(index).toBe(renderIndex());
    for (const [, target] of index.matchAll(/\]\(([^)]+\.md)\)/g)) expect(existsSync(join(DOCS, target!)), target).toBe(true);
    for (const id of RULE_IDS) expect(index).toContain(`[\`${id}\`](${id}.md)`);
  });

  for (const rule of RULES) {
    const { id } = rule.meta;
    describe(id, () => {
      it('is defined in shared/rules/<id>.ts and has a test file', () => {
        const source = readFileSync(join('shared', 'rules', `${id}.ts`), 'utf8');
        expect(source).toContain(`id: '${id}'`);
        expect(existsSync(join('test', 'rules', `${id}.test.ts`))).toBe(true);
      });

      it('has a description, a how-to-fix, messages that are all used, and a docUrl to its page', () => {
        const m = rule.meta;
        expect(m.description.trim().length).toBeGreaterThan(20);
        expect(m.description).not.toContain('\n');
        expect(m.howToFix.trim().length).toBeGreaterThan(20);
        const ids = Object.keys(m.messages);
        expect(ids.length).toBeGreaterThan(0);
        const source = readFileSync(join('shared', 'rules', `${id}.ts`), 'utf8');
        ids.forEach((messageId, i) => {
          expect(m.messages[messageId]!.trim().length, messageId).toBeGreaterThan(10);
          // A phrase-table rule reports its first message by default; every other id is named in the source.
          const used = source.includes(`'${messageId}'`) || (i === 0 && source.includes('phraseRule('));
          expect(used, `message "${messageId}" is reported somewhere`).toBe(true);
        });
        if (m.category === 'do') expect(m.checklistLabel).toBeTruthy();
        expect(docUrl(id).endsWith(`docs/rules/${id}.md`)).toBe(true);
      });

      it('has a doc page whose generated parts match the code, and every section', () => {
        const page = read(id);
        expect(page.startsWith(`# ${id}\n`)).toBe(true);
        expect(page).toContain(renderMeta(rule));
        expect(page).toContain(renderDisable(rule));
        expect(renderPage(rule, page)).toBe(page);
        let at = -1;
        for (const section of SECTIONS) {
          const next = page.indexOf(`\n${section}\n`);
          expect(next, section).toBeGreaterThan(at);
          at = next;
        }
      });

      it("the page's Flagged example triggers the rule and its Fine example is a clean draft", () => {
        const page = read(id);
        const flagged = example(page, 'Flagged');
        const fine = example(page, 'Fine');
        expect(flagged, 'a Flagged example').toBeDefined();
        expect(fine, 'a Fine example').toBeDefined();
        const hits = lintExample(page, flagged!).findings.filter((f) => f.ruleId === id);
        expect(hits.length, 'the Flagged example triggers the rule').toBeGreaterThan(0);
        for (const f of hits) expect(f.docUrl.endsWith(`docs/rules/${id}.md`)).toBe(true);
        const fineFindings = lintExample(page, fine!).findings;
        expect(fineFindings.filter((f) => f.ruleId === id), 'the Fine example does not trigger the rule').toEqual([]);
        // A Fine example is a model draft: nothing at warning or error level from any rule.
        expect(fineFindings.filter((f) => f.severity === 'warning' || f.severity === 'error').map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
        if (rule.meta.fix === 'safe') {
          // "The fix" on a safe-fix page: fix-all clears the Flagged example of this rule.
          const fixed = fixAll(flagged!, { now: NOW, file: 'example.md' });
          expect(fixed.result.findings.filter((f) => f.ruleId === id)).toEqual([]);
        }
      });
    });
  }

  describe('engine findings and custom rules', () => {
    it('front-matter.md: its Flagged example has a front-matter finding and its Fine example none', () => {
      const page = read(ENGINE_FINDINGS.frontMatter);
      const flagged = lintDraft(example(page, 'Flagged')!, { now: NOW }).findings.filter((f) => f.ruleId === ENGINE_FINDINGS.frontMatter);
      expect(flagged.length).toBeGreaterThan(0);
      expect(flagged[0]!.docUrl.endsWith('docs/rules/front-matter.md')).toBe(true);
      expect(lintDraft(example(page, 'Fine')!, { now: NOW }).findings).toEqual([]);
    });

    it('internal-error.md exists and findings link to it', () => {
      expect(read(ENGINE_FINDINGS.internalError)).toContain('# internal-error');
      expect(docUrl(ENGINE_FINDINGS.internalError).endsWith('docs/rules/internal-error.md')).toBe(true);
    });

    it('custom-rules.md: the JSON and YAML configurations are valid and equal, and its examples behave as shown', () => {
      const page = read('custom-rules');
      const json = /```json\n([\s\S]*?)```/.exec(page)?.[1];
      const yaml = /```yaml\n([\s\S]*?)```/.exec(page)?.[1];
      expect(json).toBeDefined();
      expect(yaml).toBeDefined();
      const fromJson = parseConfigText(json!, '.followuprc.json');
      const fromYaml = parseConfigText(yaml!, '.followuprc.yaml');
      expect([...fromJson.problems, ...fromYaml.problems]).toEqual([]);
      const checked = validateConfig(fromJson.value, '.followuprc.json', RULE_IDS);
      expect(checked.problems).toEqual([]);
      expect(validateConfig(fromYaml.value, '.followuprc.yaml', RULE_IDS).config).toEqual(checked.config);
      const config = mergeConfig(checked.config);
      const names = config.customRules.map((r) => `custom/${r.name}`);
      expect(names.length).toBeGreaterThan(1);

      const flagged = lintDraft(example(page, 'Flagged')!, { config }).findings;
      for (const name of names) expect(flagged.some((f) => f.ruleId === name), name).toBe(true);
      for (const f of flagged.filter((x) => x.ruleId.startsWith('custom/'))) expect(f.docUrl.endsWith('docs/rules/custom-rules.md')).toBe(true);
      expect(lintDraft(example(page, 'Fine')!, { config }).findings.filter((f) => f.ruleId.startsWith('custom/'))).toEqual([]);
      // The substitution's fix is safe: fix-all applies it.
      const fixed = fixAll(example(page, 'Flagged')!, { config });
      expect(fixed.result.findings.some((f) => f.ruleId === 'custom/plain-words')).toBe(false);
    });
  });
});
