import { describe, expect, it } from 'vitest';
import { markdownText } from './markdownText.js';

describe('markdownText', () => {
  it('keeps only the text a reader sees: heading marks, emphasis and link targets go', () => {
    expect(markdownText('### foo')).toBe('foo');
    expect(markdownText('Hae *nyt* [verkossa](https://example.fi/hae).')).toBe('Hae nyt verkossa.');
  });
  it('leaves plain text as it is', () => {
    expect(markdownText('Tavallinen teksti ilman merkintöjä')).toBe('Tavallinen teksti ilman merkintöjä');
  });
});
