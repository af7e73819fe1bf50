import { describe, expect, it } from 'vitest';
import { contradictions, minutesOf, phoneKey } from './connectionContradictions.js';

describe('connection text vs channel', () => {
  it('normalises phone numbers and times', () => {
    expect(phoneKey('+358', '29 497 000')).toBe('29497000');
    expect(phoneKey(undefined, '029 497 000')).toBe('29497000');
    expect([minutesOf('8'), minutesOf('8.30'), minutesOf('08:30:00'), minutesOf('25.00')]).toEqual([
      480,
      510,
      510,
      undefined,
    ]);
  });

  it('flags numbers and hours the channel does not have, not the ones it has', () => {
    const facts = { phones: ['29497000'], times: [8 * 60, 16 * 60] };
    expect(contradictions('Soita 029 497 000 arkisin klo 8–16.', facts)).toEqual([]);
    expect(
      contradictions('Soita 09 310 1691 arkisin klo 6.00–23.00.', facts).map((c) => [c.what, c.span.text]),
    ).toEqual([
      ['phone', '09 310 1691'],
      ['hours', 'klo 6.00–23.00'],
    ]);
    // Nothing to compare with: no contradiction claimed.
    expect(contradictions('Soita 09 310 1691 klo 6–23.', { phones: [], times: [] })).toEqual([]);
  });
});
