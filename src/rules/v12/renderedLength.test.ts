import { describe, expect, it } from 'vitest';
import { checkRenderedLength, renderedLength } from './renderedLength.js';

describe('renderedLength', () => {
  it('counts the text content, not the markdown syntax (the spec’s example: "### foo" is 3)', () => {
    expect(renderedLength('### foo')).toBe(3);
    expect(renderedLength('**bold** and *it*')).toBe(11);
    expect(renderedLength('[link](https://www.suomi.fi)')).toBe(4);
    expect(renderedLength('- a\n- b')).toBe(2);
  });

  it('counts code points, so a character outside the BMP is one', () => {
    expect(renderedLength('😀a')).toBe(2);
  });

  it('is within, over or unverified against a limit', () => {
    expect(checkRenderedLength('a'.repeat(5000), 5000)).toEqual({ status: 'ok' });
    expect(checkRenderedLength('a'.repeat(5001), 5000)).toEqual({
      status: 'over',
      rendered: 5001,
      raw: 5001,
    });
    expect(checkRenderedLength('### ' + 'a'.repeat(5000), 5000)).toEqual({
      status: 'unverified',
      rendered: 5000,
      raw: 5004,
    });
  });
});
