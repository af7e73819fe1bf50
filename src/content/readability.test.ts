import { describe, expect, it } from 'vitest';
import {
  findMachineText,
  findMarketingTone,
  findNonFiniteClauses,
  findPassiveVoice,
  findPersonalNames,
} from './readability.js';

const texts = (spans: { text: string }[]) => spans.map((s) => s.text);

describe('readability heuristics', () => {
  it('passive voice: flagged only when most sentences use it', () => {
    expect(texts(findPassiveVoice('Hakemus jätetään verkossa. Päätös tehdään kahdessa viikossa.'))).toEqual([
      'jätetään',
      'tehdään',
    ]);
    // One passive sentence among active ones is ordinary style; "vastaan", "mitään" are not passives.
    expect(findPassiveVoice('Paikkaa haetaan verkossa. Saat päätöksen kotiin. Voit soittaa meille.')).toEqual(
      [],
    );
    expect(findPassiveVoice('Otamme vastaan hakemuksia. Emme peri mitään maksua.')).toEqual([]);
  });

  it('non-finite clauses with a possessive suffix, not inessives', () => {
    expect(
      texts(findNonFiniteClauses('Saapuessasi ota vuoronumero. Päästäkseen kurssille hän haki.')),
    ).toEqual(['Saapuessasi', 'Päästäkseen']);
    expect(texts(findNonFiniteClauses('Saavuttuasi odota.'))).toEqual(['Saavuttuasi']);
    expect(
      findNonFiniteClauses('Auto on omistuksessasi. Hakemuksessasi on virhe. Tilanteessasi voit hakea.'),
    ).toEqual([]);
  });

  it('machine-looking text', () => {
    expect(texts(findMachineText('Nimi: {{name}} <p>undefined</p> &nbsp; SERVICE_NAME_FI'))).toEqual([
      '{{name}}',
      '<p>',
      'undefined',
      '</p>',
      '&nbsp;',
      'SERVICE_NAME_FI',
    ]);
    expect(findMachineText('Palvelu on maksuton. Tarvitset PIN-koodin ja EU-kortin.')).toEqual([]);
  });

  it('marketing tone in fi / sv / en, not ordinary words', () => {
    expect(
      texts(findMarketingTone('Upea ja ainutlaatuinen elämys!! Fantastiska bad. Amazing pool.')),
    ).toEqual(['Upea', 'ainutlaatuinen', '!!', 'Fantastiska', 'Amazing']);
    expect(findMarketingTone('The website lists exceptional opening hours and outstanding fees.')).toEqual(
      [],
    );
  });

  it('personal names: a first name followed by a surname', () => {
    expect(texts(findPersonalNames('Yhteyshenkilö on Matti Virtanen tai Anna-Liisa Korhonen.'))).toEqual([
      'Matti Virtanen',
      'Anna-Liisa Korhonen',
    ]);
    // "Anna" is also the imperative "give"; a lower-case word after it is not a surname.
    expect(findPersonalNames('Anna palautetta verkossa. Ota yhteyttä Kelaan.')).toEqual([]);
  });
});
