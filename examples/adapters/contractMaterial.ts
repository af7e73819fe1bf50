/**
 * Material in the adapter contract's neutral form (docs/driven.md), one per kind, for adapter tests:
 * every name carries the marker, the way ptv-readiness sends it.
 */
type Texts = Record<string, string>;
type Doc = Record<string, unknown>;

const texts = (fi: string, sv: string, en: string): Texts => ({ fi, sv, en });
const LANGS = ['fi', 'sv', 'en'];
const weekdays = (from: string, to: string) => [
  {
    type: 'DaysOfTheWeek',
    openingHours: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((dayFrom) => ({
      dayFrom,
      from,
      to,
    })),
  },
];
const phone = (number: string, charge = 'Chargeable') => ({
  number,
  prefix: '+358',
  isFinnishServiceNumber: false,
  charge,
  language: 'fi',
});
const named = (marker: string, fi: string, sv: string, en: string) => ({
  names: texts(`${fi} ${marker}`, `${sv} ${marker}`, `${en} ${marker}`),
  summaries: texts(`${fi}: lyhyesti.`, `${sv}: kort.`, `${en}: in short.`),
  descriptions: texts(`${fi} kuvaus.`, `${sv} beskrivning.`, `${en} description.`),
  languages: LANGS,
});

export const CHANNEL_KINDS = [
  'channel/echannel',
  'channel/phone',
  'channel/webpage',
  'channel/printableform',
  'channel/servicelocation',
] as const;
export type Kind = 'organization' | 'service' | (typeof CHANNEL_KINDS)[number] | 'connection';

/** The material of `kind` for the run marked `marker`; `edited` gives the updated state. */
export function materialFor(kind: Kind, marker: string, edited = false): Doc {
  const more = edited ? ' Päivitetty.' : '';
  const m = ((): Doc => {
    switch (kind) {
      case 'organization':
        return {
          ...named(marker, 'Kulttuuripalvelut', 'Kulturtjänster', 'Culture services'),
          organizationType: 'Municipality',
          emails: ['kulttuuri@esimerkkila.fi'],
          phones: [phone('912345600')],
          webPages: texts(
            'https://www.esimerkkila.fi/kulttuuri',
            'https://www.esimerkkila.fi/sv/kultur',
            'https://www.esimerkkila.fi/en/culture',
          ),
        };
      case 'service':
        return {
          ...named(marker, 'Kirjaston lainaus', 'Bibliotekets utlåning', 'Library lending'),
          userInstructions: texts(
            'Tuo kirjastokortti.',
            'Ta med bibliotekskortet.',
            'Bring your library card.',
          ),
          serviceClasses: ['P27.1'],
          ontologyTerms: ['http://www.yso.fi/onto/koko/p10416'],
          targetGroups: ['KR1'],
          keywords: { fi: ['kirjasto'], sv: ['bibliotek'], en: ['library'] },
          area: { type: 'Municipality', codes: ['091'] },
          chargeType: 'FreeOfCharge',
          fundingType: 'PubliclyFunded',
          type: 'Service',
        };
      case 'channel/echannel':
        return {
          ...named(marker, 'Lainojen uusiminen', 'Förnya lån', 'Renew loans'),
          url: texts(
            'https://kirjasto.esimerkkila.fi/uusi',
            'https://kirjasto.esimerkkila.fi/sv',
            'https://kirjasto.esimerkkila.fi/en',
          ),
          requiresAuthentication: true,
          requiresSignature: false,
          emails: ['kirjasto@esimerkkila.fi'],
        };
      case 'channel/phone':
        return {
          ...named(marker, 'Kirjaston neuvonta', 'Bibliotekets rådgivning', 'Library helpline'),
          phones: [phone('912345610', 'FreeOfCharge')],
          hours: weekdays('09:00', '15:00'),
        };
      case 'channel/webpage':
        return {
          ...named(marker, 'Kirjaston verkkosivut', 'Bibliotekets webbplats', 'Library website'),
          url: texts(
            'https://kirjasto.esimerkkila.fi',
            'https://kirjasto.esimerkkila.fi/sv',
            'https://kirjasto.esimerkkila.fi/en',
          ),
        };
      case 'channel/printableform':
        return {
          ...named(marker, 'Kirjastokorttihakemus', 'Ansökan om bibliotekskort', 'Library card application'),
          formIdentifier: texts('KK-01', 'KK-01', 'KK-01'),
          urls: texts(
            'https://kirjasto.esimerkkila.fi/kortti.pdf',
            'https://kirjasto.esimerkkila.fi/kort.pdf',
            'https://kirjasto.esimerkkila.fi/card.pdf',
          ),
          deliveryAddress: {
            street: texts('Pohjoisesplanadi', 'Norra esplanaden', 'Pohjoisesplanadi'),
            streetNumber: '11',
            postalCode: '00170',
            municipality: '091',
          },
        };
      case 'channel/servicelocation':
        return {
          ...named(marker, 'Pääkirjasto', 'Huvudbiblioteket', 'Main library'),
          address: {
            street: texts('Töölönlahdenkatu', 'Tölöviksgatan', 'Töölönlahdenkatu'),
            streetNumber: '4',
            postalCode: '00100',
            municipality: '091',
          },
          phones: [phone('912345620')],
          emails: ['paakirjasto@esimerkkila.fi'],
          hours: weekdays('08:00', '20:00'),
        };
      case 'connection':
        return {
          chargeType: 'FreeOfCharge',
          descriptions: texts(
            'Lainaus pääkirjastossa.',
            'Utlåning i huvudbiblioteket.',
            'Lending at the main library.',
          ),
          hours: weekdays(edited ? '10:00' : '08:00', '18:00'),
          emails: ['lainaus@esimerkkila.fi'],
          phones: [phone('912345630')],
        };
    }
  })();
  if (edited && m.descriptions) {
    m.descriptions = Object.fromEntries(
      Object.entries(m.descriptions as Texts).map(([lang, v]) => [lang, `${v}${more}`]),
    );
  }
  return m;
}

/** A create or update document as the tool sends it (without `ptvBody`, which adapters may ignore). */
export function changeDocument(
  operation: 'create' | 'update',
  kind: Kind,
  marker: string,
  extra: Doc = {},
): Doc {
  return {
    contract: 1,
    operation,
    kind,
    step: operation === 'create' ? 'T2.create' : 'T2.update',
    runId: `run-${marker}`,
    marker,
    sourceSystemId: null,
    suggestedSourceId: `${marker}-${kind.replace('/', '-')}-1`,
    refs: {},
    material: materialFor(kind, marker, operation === 'update'),
    ...extra,
  };
}
