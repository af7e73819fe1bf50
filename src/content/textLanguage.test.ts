import { describe, expect, it } from 'vitest';
import { topics } from '../../fixtures/content.js';
import { MIN_DETECT_CHARS, wrongLanguage } from './textLanguage.js';

describe('wrongLanguage (franc, fi/sv/en)', () => {
  it('accepts every fixture text in its own language', () => {
    for (const t of topics) {
      for (const lang of ['fi', 'sv', 'en'] as const) {
        for (const v of [t.summary[lang], t.description[lang], t.userInstruction[lang]])
          expect(wrongLanguage(v, lang), `${lang}: ${v}`).toBeUndefined();
      }
    }
  });

  it('names the language of a description written in another main language', () => {
    for (const t of topics) {
      expect(wrongLanguage(t.description.fi, 'sv')).toBe('fi');
      expect(wrongLanguage(t.description.sv, 'en')).toBe('sv');
      expect(wrongLanguage(t.description.en, 'fi')).toBe('en');
    }
  });

  it('does not judge short texts or languages other than fi/sv/en', () => {
    expect(wrongLanguage('Tilaa lausunto verkkolomakkeella.', 'sv')).toBeUndefined();
    expect('Tilaa lausunto verkkolomakkeella.'.length).toBeLessThan(MIN_DETECT_CHARS);
    expect(wrongLanguage(topics[0]!.description.fi, 'se')).toBeUndefined();
  });
});
