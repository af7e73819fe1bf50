import { describe, expect, it } from 'vitest';
import { PtvrError } from '../core/errors.js';
import { applyRenderErrors } from './renderOutcome.js';

const noChrome = new PtvrError('PTVR_CHROMIUM_NOT_FOUND', 'No Chromium.', {
  hint: 'apt-get install chromium',
});
const pdfFailed = new PtvrError('PTVR_PDF_FAILED', 'Chromium crashed.', { hint: 'see the log' });

describe('applyRenderErrors', () => {
  it('prints a missing Chromium as a warning with its hint and keeps the outcome', () => {
    let out = '';
    for (const o of ['passed', 'failed'] as const) {
      expect(applyRenderErrors(o, [noChrome], (s) => (out += s))).toBe(o);
    }
    expect(out).toContain(
      'warning: PTVR_CHROMIUM_NOT_FOUND: No Chromium.\n  hint: apt-get install chromium\n',
    );
  });

  it('turns any other render error into a harness error (exit 2), but not an interrupt', () => {
    let out = '';
    expect(applyRenderErrors('passed', [noChrome, pdfFailed], (s) => (out += s))).toBe('error');
    expect(applyRenderErrors('failed', [pdfFailed], () => undefined)).toBe('error');
    expect(applyRenderErrors('interrupted', [pdfFailed], () => undefined)).toBe('interrupted');
    expect(out).toMatch(/^PTVR_PDF_FAILED: Chromium crashed\.$/m);
  });

  it('redacts messages and hints', () => {
    let out = '';
    const e = new PtvrError('PTVR_PDF_FAILED', 'secret-x in message', { hint: 'secret-x in hint' });
    applyRenderErrors(
      'passed',
      [e],
      (s) => (out += s),
      (s) => s.replaceAll('secret-x', '[REDACTED]'),
    );
    expect(out).not.toContain('secret-x');
  });
});
