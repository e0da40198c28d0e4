/** The bundled examples (`npm start`): the README is not checked; each draft shows what examples/README.md says it shows. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOW, runJson } from './helpers.js';

describe('examples/', () => {
  it('checks the seven drafts under follow-ups/, not the README, with the demo clock', () => {
    const { code, data, stderr } = runJson([...NOW, 'examples'], resolve('.'));
    expect(stderr).toBe('');
    expect(code).toBe(1); // the bitter reply and the placeholder are errors
    const summary = Object.fromEntries(data.map((f) => [f.file, { kind: f.kind, rules: [...new Set(f.findings.map((x) => x.rule))].sort() }]));
    expect(summary).toEqual({
      'examples/follow-ups/feedback-request.md': { kind: 'feedback-request', rules: [] },
      'examples/follow-ups/portfolio.md': { kind: 'additional-info', rules: ['documents-overdue', 'template-placeholder'] },
      'examples/follow-ups/rejection-reply.md': { kind: 'rejection-response', rules: ['bitter-rejection', 'missing-door-open'] },
      'examples/follow-ups/status-check-contoso.md': { kind: 'status-check', rules: ['demands-response', 'missing-interest', 'pushy', 'too-many-follow-ups', 'too-soon'] },
      'examples/follow-ups/status-check-tailspin.md': { kind: 'status-check', rules: [] },
      'examples/follow-ups/thank-you-dana.md': { kind: 'thank-you', rules: [] },
      'examples/follow-ups/thank-you-lee.md': { kind: 'thank-you', rules: ['emoji', 'send-window', 'shouting', 'too-casual'] },
    });
  });
});
