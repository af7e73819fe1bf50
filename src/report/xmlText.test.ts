import { describe, expect, it } from 'vitest';
import { xmlSafeView, xmlText } from './xmlText.js';

describe('xmlText', () => {
  it('keeps tab, LF, CR and ordinary text, including astral characters', () => {
    expect(xmlText('a\tb\nc\rd 😀 ä')).toBe('a\tb\nc\rd 😀 ä');
  });

  it('replaces each XML-illegal character with U+FFFD and notes how many', () => {
    expect(xmlText('a\u0000b\u0001c\u001fd\ufffee\uffff')).toBe(
      'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD [5 characters not allowed in XML replaced by U+FFFD]',
    );
    expect(xmlText('x\u000b')).toBe('x\uFFFD [1 character not allowed in XML replaced by U+FFFD]');
  });

  it('replaces lone surrogates but keeps pairs', () => {
    expect(xmlText('a\ud800b\udc00c\ud83d\ude00')).toBe(
      'a\uFFFDb\uFFFDc\ud83d\ude00 [2 characters not allowed in XML replaced by U+FFFD]',
    );
  });

  it('applies to every string of a view', () => {
    expect(xmlSafeView({ a: ['\u0001'], b: { c: 'ok' }, n: 1 })).toEqual({
      a: ['\uFFFD [1 character not allowed in XML replaced by U+FFFD]'],
      b: { c: 'ok' },
      n: 1,
    });
  });
});
