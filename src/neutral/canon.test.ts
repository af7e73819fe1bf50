import { describe, expect, it } from 'vitest';
import { area, classificationCode, compareCanon, markdownMatch, phone, text, time } from './canon.js';
import { parseKey } from './keys.js';

describe('neutral canon', () => {
  it('text: NFC, trimmed, whitespace collapsed, the run tag neutralised, empty is absent', () => {
    expect(text('  a\n  b ')).toBe('a b');
    expect(text('')).toBeNull();
    expect(text('Cafe\u0301')).toBe('Café');
    expect(text('Nimi (ptvr 20261127T143407Z-sim-b7a9 SRV01.1)')).toBe('Nimi (ptvr RUN SRV01.1)');
  });

  it('markdown text: exact, transform by unescaping or rendering, else different', () => {
    expect(markdownMatch('Hei', 'Hei')).toBe('exact');
    expect(markdownMatch('1\\. kohta', '1. kohta')).toBe('transform');
    expect(markdownMatch('**Tärkeää** tietoa', 'Tärkeää tietoa')).toBe('transform');
    expect(markdownMatch('Du behöver', 'Du behöver bygglov')).toBe('different');
    expect(markdownMatch(null, 'x')).toBe('different');
  });

  it('compareCanon applies the markdown rule only to markdown fields, the industrial rule only to industrial classes', () => {
    expect(compareCanon('description', '**a**', 'a')).toBe('transform');
    expect(compareCanon('summary', '**a**', 'a')).toBe('different');
    expect(
      compareCanon(
        'industrialClasses',
        ['http://www.stat.fi/meta/luokitukset/toimiala/001-2008/94910'],
        ['http://uri.suomi.fi/codelist/jhs/toimiala_1_20080101/code/94910'],
      ),
    ).toBe('transform');
    expect(compareCanon('industrialClasses', ['x/1'], ['x/2'])).toBe('different');
    expect(compareCanon('serviceLanguages', ['fi', 'sv'], ['fi', 'sv'])).toBe('exact');
  });

  it('time, phone, area and classification codes', () => {
    expect(time('08:00:00')).toBe('08:00');
    expect(phone({ kind: 'intl', dial: '+358', number: '401234', charge: 'Chargeable' })).toBe(
      'intl|+358|401234|charged||',
    );
    expect(
      phone({
        kind: 'domestic',
        dial: '+358',
        number: '0800',
        charge: 'ExtraCharge',
        additionalInformation: ' Vaihde ',
      }),
    ).toBe('domestic||0800|other||Vaihde');
    expect(area('limited', { m: ['491', '091'], w: ['19'] })).toBe('limited:m=091,491;r=;w=19');
    expect(area('wholeCountry')).toBe('wholeCountry');
    expect(classificationCode('http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P25.1')).toBe('P25.1');
    expect(classificationCode('P25.1')).toBe('P25.1');
  });

  it('parses keys by the grammar', () => {
    expect(parseKey('service.summary.sv')).toEqual({ entity: 'service', field: 'summary', lang: 'sv' });
    expect(parseKey('channel.accessibility.wcag.fi')).toEqual({
      entity: 'channel',
      field: 'accessibility.wcag',
      lang: 'fi',
    });
    expect(parseKey('connection[SRV-01:service>CH-EC-01:channel].chargeType')).toEqual({
      entity: 'connection[SRV-01:service>CH-EC-01:channel]',
      field: 'chargeType',
    });
    expect(parseKey('bogus.x')).toBeUndefined();
  });
});
