/**
 * Minimal valid IN bodies per entity kind, written from in-api-v11.md §4 (the model tables), Finnish
 * only. `{{u}}` keeps names unique per behaviour: PTV refuses a second service or same-type channel with
 * the same name in one organisation (CoreMessages.cs:112).
 */
type Obj = Record<string, unknown>;

/** Code-list values PTV's own lists hold: Helsinki, a Helsinki postal code, Finnish dial prefix. */
export const MUNICIPALITY = '091';
export const POSTAL_CODE = '00100';
export const SERVICE_CLASS = 'http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P1.1';
export const TARGET_GROUP = 'http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1';
export const ONTOLOGY_TERM = 'http://www.yso.fi/onto/koko/p1234';
export const UNKNOWN_ID = '0f0e0d0c-0b0a-4909-8807-060504030201';

export const fiName = (value: string) => [{ type: 'Name', language: 'fi', value }];
export const fiDescriptions = (summary = 'Lyhyt kuvaus {{u}}') => [
  { type: 'Summary', language: 'fi', value: summary },
  { type: 'Description', language: 'fi', value: 'Pidempi kuvaus, jossa kerrotaan asiasta tarkemmin.' },
];

export function service(extra: Obj = {}): Obj {
  return {
    type: 'Service',
    fundingType: 'PubliclyFunded',
    serviceNames: fiName('Palvelu {{u}}'),
    areaType: 'Nationwide',
    serviceDescriptions: [
      ...fiDescriptions(),
      { type: 'UserInstruction', language: 'fi', value: 'Ohjeet asiakkaalle palvelun käyttöön.' },
    ],
    languages: ['fi'],
    serviceClasses: [SERVICE_CLASS],
    ontologyTerms: [ONTOLOGY_TERM],
    targetGroups: [TARGET_GROUP],
    serviceProducers: [{ provisionType: 'SelfProducedServices', organizations: ['{{org}}'] }],
    mainResponsibleOrganization: '{{org}}',
    publishingStatus: 'Published',
    ...extra,
  };
}

/** A sub-organisation of the seeded main organisation (a main one needs the Eeva role). */
export function organization(extra: Obj = {}): Obj {
  return {
    parentOrganizationId: '{{org}}',
    organizationType: 'Organization',
    organizationNames: fiName('Aliorganisaatio {{u}}'),
    displayNameType: [{ type: 'Name', language: 'fi' }],
    areaType: 'Nationwide',
    organizationDescriptions: fiDescriptions(),
    publishingStatus: 'Published',
    ...extra,
  };
}

const channelBase = (kind: string): Obj => ({
  organizationId: '{{org}}',
  serviceChannelNames: [{ language: 'fi', value: `${kind} {{u}}` }],
  serviceChannelDescriptions: fiDescriptions(),
  languages: ['fi'],
  publishingStatus: 'Published',
});

export const accessibility = [{ accessibilityClassificationLevel: 'Unknown', language: 'fi' }];

export function eChannel(extra: Obj = {}): Obj {
  return {
    ...channelBase('Asiointi'),
    webPage: [{ language: 'fi', value: 'https://www.example.fi/asiointi' }],
    accessibilityClassification: accessibility,
    ...extra,
  };
}

export const finnishPhone = (extra: Obj = {}): Obj => ({
  type: 'Phone',
  prefixNumber: '+358',
  number: '401234567',
  isFinnishServiceNumber: false,
  serviceChargeType: 'FreeOfCharge',
  language: 'fi',
  ...extra,
});

export function phoneChannel(extra: Obj = {}): Obj {
  return { ...channelBase('Puhelin'), phoneNumbers: [finnishPhone()], ...extra };
}

export function webPageChannel(extra: Obj = {}): Obj {
  return {
    ...channelBase('Verkkosivu'),
    webPage: [{ language: 'fi', value: 'https://www.example.fi/sivu' }],
    accessibilityClassification: accessibility,
    ...extra,
  };
}

export function printableForm(extra: Obj = {}): Obj {
  return {
    ...channelBase('Lomake'),
    channelUrls: [{ type: 'PDF', language: 'fi', value: 'https://www.example.fi/lomake.pdf' }],
    ...extra,
  };
}

export const streetAddress = (extra: Obj = {}): Obj => ({
  street: [{ language: 'fi', value: 'Mannerheimintie' }],
  streetNumber: '1',
  postalCode: POSTAL_CODE,
  municipality: MUNICIPALITY,
  ...extra,
});

export function serviceLocation(extra: Obj = {}): Obj {
  return {
    ...channelBase('Toimipiste'),
    serviceChannelNames: fiName('Toimipiste {{u}}'),
    displayNameType: [{ type: 'Name', language: 'fi' }],
    addresses: [{ type: 'Location', subType: 'Single', streetAddress: streetAddress() }],
    ...extra,
  };
}

export function collection(extra: Obj = {}): Obj {
  return {
    organizationId: '{{org}}',
    serviceCollectionNames: [{ language: 'fi', value: 'Kokoelma {{u}}' }],
    publishingStatus: 'Published',
    ...extra,
  };
}

/** POST paths per kind, and the read path by id. */
export const CHANNELS = {
  EChannel: eChannel,
  Phone: phoneChannel,
  WebPage: webPageChannel,
  PrintableForm: printableForm,
  ServiceLocation: serviceLocation,
} as const;
export type ChannelKind = keyof typeof CHANNELS;
export const CHANNEL_KINDS = Object.keys(CHANNELS) as ChannelKind[];

/** Setup step creating a published service saved as `save`. */
export const createService = (save = 'svc', extra: Obj = {}) => ({
  method: 'POST' as const,
  path: '/Service',
  body: service(extra),
  save,
});
export const createChannel = (kind: ChannelKind, save = 'ch', extra: Obj = {}) => ({
  method: 'POST' as const,
  path: `/ServiceChannel/${kind}`,
  body: CHANNELS[kind](extra),
  save,
});

/** A service PUT that may publish: the three classification lists are required without a GD (§3.5). */
export function servicePut(extra: Obj = {}): Obj {
  return {
    publishingStatus: 'Published',
    serviceClasses: [SERVICE_CLASS],
    ontologyTerms: [ONTOLOGY_TERM],
    targetGroups: [TARGET_GROUP],
    ...extra,
  };
}

export const text = (n: number, word = 'Kuvaus ') => word.repeat(Math.ceil(n / word.length)).slice(0, n);
