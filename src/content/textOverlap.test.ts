import { describe, expect, it } from 'vitest';
import { containment, OVERLAP_MIN_TRIGRAMS, trigrams } from './textOverlap.js';

const GD =
  'Varhaiskasvatus tukee lapsen kasvua, kehitystä ja oppimista. Paikkaa haetaan hakemuksella viimeistään neljä kuukautta ennen tarvetta.';

describe('trigram containment', () => {
  it('is 1 for a verbatim copy and ignores case and punctuation', () => {
    expect(containment(GD.toUpperCase().replace(/,/g, ''), trigrams(GD))).toBe(1);
  });

  it('is low for an independent text on the same topic', () => {
    const own =
      'Kunnassamme on kuusi päiväkotia ja kolme perhepäivähoitajaa. Kysy vapaita paikkoja palveluohjauksesta ennen hakemuksen jättämistä.';
    expect(containment(own, trigrams(GD))!).toBeLessThan(0.2);
  });

  it('does not judge texts too short to have enough trigrams', () => {
    expect(containment('Haku on auki.', trigrams(GD))).toBeUndefined();
    expect(OVERLAP_MIN_TRIGRAMS).toBeGreaterThan(3);
  });
});
