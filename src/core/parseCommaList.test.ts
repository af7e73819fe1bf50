import { describe, expect, it } from 'vitest';
import { parseCommaList } from './parseCommaList.js';

const FORMATS = ['html', 'pdf', 'md'] as const;

describe('parseCommaList', () => {
  it('trims, lower-cases, drops empty items and keeps the first of repeats in order', () => {
    expect(parseCommaList('--formats', ' MD, html,,md ,', FORMATS)).toEqual(['md', 'html']);
    expect(parseCommaList('--formats', 'pdf', FORMATS)).toEqual(['pdf']);
  });

  it('refuses unknown items with PTVR_USAGE naming the flag, the items and what is accepted', () => {
    expect(() => parseCommaList('--formats', 'html,docx,odt', FORMATS)).toThrow(
      expect.objectContaining({
        code: 'PTVR_USAGE',
        message: '--formats: unknown value(s) docx,odt',
        hint: 'one or more of html,pdf,md, comma-separated',
      }),
    );
  });

  it('refuses an empty list, and names the noun it was given', () => {
    for (const empty of ['', ' , ,']) {
      expect(() => parseCommaList('--suites', empty, ['conn', 't1'], 'suite id')).toThrow(
        expect.objectContaining({
          code: 'PTVR_USAGE',
          message: '--suites: unknown suite id(s) (none given)',
        }),
      );
    }
  });
});
