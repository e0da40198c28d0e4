import { describe, expect, it } from 'vitest';
import { RULE_IDS, formatConfigProblem, lintDraft, mergeConfig, parseConfigText, validateConfig } from '../../shared/index.js';

const v = (raw: unknown) => validateConfig(raw, '.followuprc.json', RULE_IDS);

describe('config validation', () => {
  it('accepts a full valid config', () => {
    const { config, problems } = v({
      rules: { 'long-sentence': 'off', pushy: 'error' },
      wordLimits: { 'thank-you': 180 },
      maxSentenceWords: 30,
      include: ['apps/**/*.md'],
      dictionary: ['Okafor'],
      customRules: [{ name: 'no-passion', phrases: ['passionate'] }],
      proofreading: 'thorough',
    });
    expect(problems).toEqual([]);
    expect(config.rules).toEqual({ 'long-sentence': 'off', pushy: 'error' });
    expect(config.customRules?.[0]?.type).toBe('existence');
  });

  it('names the file, the key and what is wrong, with a suggestion', () => {
    const { problems } = v({ rules: { 'too-casul': 'warning', pushy: 'loud' }, wordLimits: { 'thank-you': -3 }, colour: true });
    const lines = problems.map(formatConfigProblem);
    expect(lines).toContain('.followuprc.json: rules.too-casul: unknown rule "too-casul" (did you mean "too-casual"?)');
    expect(lines).toContain('.followuprc.json: rules.pushy: expected one of off, hint, info, warning, error, got "loud"');
    expect(lines.some((l) => l.startsWith('.followuprc.json: wordLimits.thank-you: expected a whole number'))).toBe(true);
    expect(lines.some((l) => l.startsWith('.followuprc.json: colour: unknown setting'))).toBe(true);
  });

  it('rejects custom rules that look like regular expressions', () => {
    const { problems, config } = v({ customRules: [{ name: 'bad', phrases: ['(a+)+$'] }] });
    expect(problems[0]?.key).toBe('customRules[0].phrases');
    expect(config.customRules).toEqual([]);
  });

  it('rejects include globs that climb out of the folder', () => {
    expect(v({ include: ['../**/*.md'] }).problems[0]?.key).toBe('include');
  });

  it('rejects absolute include globs, and globs complex enough to backtrack for minutes', () => {
    for (const glob of ['/etc/**', '\\\\server\\share\\*.md', 'C:/Users/**/*.md']) {
      const { problems, config } = v({ include: [glob] });
      expect(problems.map((p) => [p.key, p.message]), glob).toEqual([['include', expect.stringContaining('absolute path')]]);
      expect(config.include, glob).toBeUndefined();
    }
    for (const glob of ['*a*a*a*a*a*a*a*a*a*a*a*a*b.md', '**/*a*a/**/*a*a/**/x.md', '+(a|aa)+(a|aa)b.md', 'x/*(a)/*.md']) {
      expect(v({ include: [glob] }).problems.map((p) => [p.key, p.message]), glob).toEqual([['include', expect.stringContaining('too complex')]]);
    }
    // The defaults and ordinary globs stay valid.
    for (const glob of ['**/follow-ups/**/*.md', '**/*.followup.md', 'apps/*/drafts/*.md', '*-draft-*.md', 'notes/{a,b}/*.md']) {
      expect(v({ include: [glob] }).problems, glob).toEqual([]);
    }
  });

  it('reports unreadable JSON and YAML with the file name', () => {
    expect(parseConfigText('{ "rules": ', '.followuprc.json').problems[0]?.message).toMatch(/cannot read JSON/);
    expect(parseConfigText('rules: [a\n', '.followuprc.yaml').problems[0]?.message).toMatch(/cannot read YAML/);
  });

  it('later sources win; dictionaries add up', () => {
    const c = mergeConfig({ rules: { pushy: 'error' }, dictionary: ['a'] }, { rules: { pushy: 'off' }, dictionary: ['b'] });
    expect(c.rules['pushy']).toBe('off');
    expect(c.dictionary).toEqual(['a', 'b']);
  });
});

describe('config in linting', () => {
  it('turns a rule off and changes a severity', () => {
    const text = '---\nfollowup: thank-you\n---\n\nHey Dana, gonna call 😊\n';
    const base = lintDraft(text).findings.map((f) => f.ruleId);
    expect(base).toContain('emoji');
    const r = lintDraft(text, { config: mergeConfig({ rules: { emoji: 'off', 'too-casual': 'error' } }) });
    expect(r.findings.map((f) => f.ruleId)).not.toContain('emoji');
    expect(r.findings.filter((f) => f.ruleId === 'too-casual').every((f) => f.severity === 'error')).toBe(true);
  });

  it('runs custom existence and substitution rules with a safe fix', () => {
    const config = mergeConfig(v({ customRules: [{ name: 'no-passion', phrases: ['passionate'], message: 'Show it: "{phrase}".' }, { name: 'plain', swap: { utilize: 'use' } }] }).config);
    const text = 'Dear Dana,\n\nI am passionate about data and utilize SQL daily.\n';
    const r = lintDraft(text, { config });
    const custom = r.findings.filter((f) => f.ruleId.startsWith('custom/'));
    expect(custom.map((f) => [f.ruleId, text.slice(f.start, f.end), f.message])).toEqual([
      ['custom/no-passion', 'passionate', 'Show it: "passionate".'],
      ['custom/plain', 'utilize', 'Prefer "use" over "utilize".'],
    ]);
    expect(custom[1]?.fixes[0]?.edits[0]?.newText).toBe('use');
  });
});
