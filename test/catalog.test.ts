/**
 * The catalog is checked against itself: every rule in RULES.md §2 is
 * registered (spelling and grammar arrive with their own issue), has a test
 * file and a doc page whose generated parts match the code, and every example
 * in a doc page does what the page says.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, RULE_IDS, lintDraft, parseFactDate, fingerprint, parseDraft } from '../shared/index.js';
import { DOCS, renderDisable, renderMeta, renderIndex } from '../scripts/gen-rule-docs.js';

// RULES.md §2, in order (the spec lives outside this repository).
const SPEC_IDS = [
  'missing-gratitude', 'missing-specifics', 'missing-interest', 'missing-next-steps', 'missing-door-open', 'generic-greeting',
  'template-placeholder', 'boilerplate', 'duplicate-draft', 'pushy', 'demands-response', 'desperate', 'too-casual', 'emoji',
  'shouting', 'negative-tone', 'bitter-rejection', 'personal-channel', 'feedback-too-specific', 'too-long', 'long-sentence',
  'spelling', 'grammar', 'send-window', 'too-soon', 'too-many-follow-ups', 'documents-overdue',
];
const PENDING = ['spelling', 'grammar'];
const DOC_NOW = parseFactDate('2026-11-21T09:00')!.time;

describe('rule catalog', () => {
  it('registers exactly the RULES.md rules (minus the pending proofreading pair), in order', () => {
    expect([...RULE_IDS]).toEqual(SPEC_IDS.filter((id) => !PENDING.includes(id)));
  });

  it('docs/rules/README.md is up to date (npm run docs:rules)', () => {
    expect(readFileSync(join(DOCS, 'README.md'), 'utf8')).toBe(renderIndex());
  });

  for (const rule of RULES) {
    const { id } = rule.meta;
    describe(id, () => {
      it('has kebab-case id equal to its file, metadata and messages', () => {
        expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect(existsSync(join('shared', 'rules', `${id}.ts`))).toBe(true);
        expect(rule.meta.description.length).toBeGreaterThan(20);
        expect(rule.meta.howToFix.length).toBeGreaterThan(20);
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
        if (rule.meta.category === 'do') expect(rule.meta.checklistLabel).toBeTruthy();
      });

      it('has a test file', () => {
        expect(existsSync(join('test', 'rules', `${id}.test.ts`))).toBe(true);
      });

      const file = join(DOCS, `${id}.md`);
      it('has a doc page whose generated parts match the code', () => {
        const page = readFileSync(file, 'utf8');
        expect(page).toContain(renderMeta(rule));
        expect(page).toContain(renderDisable(rule));
        for (const section of ['## What it finds', '## Why it matters', '## Examples', '## The fix']) expect(page).toContain(section);
      });

      it("the page's examples do what it says", () => {
        const page = readFileSync(file, 'utf8');
        const flagged = /Flagged:\s*```markdown\n([\s\S]*?)```/.exec(page)?.[1];
        const fine = /Fine:\s*```markdown\n([\s\S]*?)```/.exec(page)?.[1];
        expect(flagged).toBeDefined();
        expect(fine).toBeDefined();
        // duplicate-draft compares two files: both examples are checked against a copy of the Flagged one sent to another interviewer.
        const peers = id === 'duplicate-draft' ? [fingerprint(parseDraft(flagged!.replace(/Dana Okafor/g, 'Lee Park').replace(/Dear Dana/g, 'Dear Lee')), 'lee.md')] : [];
        const fires = (text: string): boolean => lintDraft(text, { now: DOC_NOW, file: 'dana.md', peers }).findings.some((f) => f.ruleId === id);
        expect(fires(flagged!), 'the Flagged example triggers the rule').toBe(true);
        expect(fires(fine!), 'the Fine example does not').toBe(false);
      });
    });
  }

  for (const extra of ['front-matter', 'internal-error', 'custom-rules']) {
    it(`documents ${extra}`, () => {
      expect(existsSync(join(DOCS, `${extra}.md`))).toBe(true);
    });
  }
});
