import { describe, expect, it } from 'vitest';
import {
  findEmails,
  findOpeningHours,
  findPhones,
  findStreetAddresses,
  findUrls,
} from './contactPatterns.js';

const texts = (spans: { text: string }[]) => spans.map((s) => s.text);

describe('contact-detail detectors', () => {
  it('finds web addresses with and without a scheme, without trailing punctuation', () => {
    expect(
      texts(findUrls('Katso https://www.hel.fi/uimahallit. Tai www.vero.fi, tai kela.fi/lomakkeet!')),
    ).toEqual(['https://www.hel.fi/uimahallit', 'www.vero.fi', 'kela.fi/lomakkeet']);
  });

  it('does not take an e-mail domain for a web address', () => {
    expect(findUrls('Kirjoita osoitteeseen neuvonta@hel.fi')).toEqual([]);
    expect(texts(findEmails('Kirjoita osoitteeseen neuvonta@hel.fi.'))).toEqual(['neuvonta@hel.fi']);
  });

  it('finds Finnish and international phone numbers', () => {
    expect(texts(findPhones('Soita 09 310 1691, 029 497 000, 040-123 4567 tai +358 40 123 4567.'))).toEqual([
      '09 310 1691',
      '029 497 000',
      '040-123 4567',
      '+358 40 123 4567',
    ]);
  });

  it('leaves sums, years, sizes and postal codes alone', () => {
    expect(findPhones('Maksu on 25,50 euroa vuonna 2026; allas 25 m; 00100 Helsinki; 1–3 kertaa.')).toEqual(
      [],
    );
  });

  it('finds street addresses with a house number and postal code + place', () => {
    expect(texts(findStreetAddresses('Tule osoitteeseen Mannerheimintie 5 A, 00100 Helsinki.'))).toEqual([
      'Mannerheimintie 5 A',
      '00100 Helsinki',
    ]);
    expect(texts(findStreetAddresses('Besök oss på Storgatan 12.'))).toEqual(['Storgatan 12']);
  });

  it('does not take a street word without a number for an address', () => {
    expect(findStreetAddresses('Tie on suljettu. Kadut aurataan talvella.')).toEqual([]);
  });

  it('finds clock-time ranges, klo and the words for opening hours', () => {
    expect(texts(findOpeningHours('Auki ma–pe klo 8–16 ja la 9.00–15.00. Aukioloajat vaihtelevat.'))).toEqual(
      ['klo 8–16', '9.00–15.00', 'Aukioloajat'],
    );
    expect(texts(findOpeningHours('Opening hours: 9:00-17:30'))).toEqual(['Opening hours', '9:00-17:30']);
  });

  it('does not take number ranges or decimals for hours', () => {
    expect(findOpeningHours('Lapsia 1–3 ryhmässä; hinta 5,50–7,50 euroa; 2020–2026.')).toEqual([]);
  });
});
