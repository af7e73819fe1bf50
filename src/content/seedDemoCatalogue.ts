/**
 * Writes a demo catalogue into a simulator through its ordinary write API: clean services and
 * channels from the fixture builders, plus one planted problem per rule that a published catalogue
 * can carry. `content --target sim` uses it so the command has something to check out of the box;
 * the tests use it to prove each rule fires on its planted case and stays silent on the clean part.
 * Only ever pointed at a simulator: the caller checks `target.simulated`.
 */
import { PtvrError } from '../core/errors.js';
import type { PtvClient } from '../client/index.js';
import {
  aConnection,
  aPhoneChannel,
  aService,
  aServiceLocation,
  aWebPageChannel,
  type FixtureContext,
} from '../../fixtures/index.js';
import { mapBounded } from '../core/mapBounded.js';
import { apiPaths } from '../core/apiPaths.js';
import { SEEDED_GENERAL_DESCRIPTIONS } from '../simulator/routes/generalDescription.js';

export type PlantedKey =
  | 'contactDetails'
  | 'summaryRepeatsName'
  | 'lawAndYear'
  | 'noChannels'
  | 'orphanChannel'
  | 'phoneWithoutHours'
  | 'connectionInfoLanguages'
  | 'finnishOnly'
  | 'longDescription'
  | 'longSentence'
  | 'placeholder'
  | 'wrongLanguage'
  | 'finnishStyle'
  | 'nameAndMachineText'
  | 'summaryFact'
  | 'generalDescriptionCopy'
  | 'connectionContradiction'
  | 'collectionPlaceholder';

/** Which rules each planted entity must trigger (longDescription: only under the ptv34 profile). */
export const PLANTED_RULES: Record<PlantedKey, readonly string[]> = {
  contactDetails: ['C2.url', 'C2.email', 'C2.phone', 'C2.address', 'C2.openingHours'],
  summaryRepeatsName: ['C1.summaryRepeatsName'],
  lawAndYear: ['C1.lawSection', 'C1.agingDate'],
  noChannels: ['C5.serviceWithoutChannels'],
  orphanChannel: ['C5.channelWithoutServices'],
  phoneWithoutHours: ['C5.channelHoursMissing'],
  connectionInfoLanguages: ['C6.connectionInfoLanguages', 'C6.contactInConnectionText'],
  finnishOnly: ['MODEL.recommendedLanguages'],
  longDescription: ['MODEL.refused'],
  longSentence: ['C1.longSentence'],
  placeholder: ['C7.placeholder'],
  wrongLanguage: ['C1.wrongLanguage'],
  finnishStyle: ['C1.passiveVoice', 'C1.nonFiniteClause', 'C1.marketingTone'],
  nameAndMachineText: ['C1.personalName', 'C7.machineText'],
  summaryFact: ['C1.summaryFactMissing'],
  generalDescriptionCopy: ['C4.generalDescriptionCopied', 'C3.generalDescriptionAttached'],
  connectionContradiction: ['C6.connectionContradictsChannel'],
  collectionPlaceholder: ['C7.placeholder'],
};

export interface SeededCatalogue {
  /** Ids of the clean services and channels. */
  clean: string[];
  planted: Record<PlantedKey, string>;
}

export interface SeedOptions {
  organizationId: string;
  /** Clean services; each gets a phone channel and a service location. Default 6. */
  cleanServices?: number;
  seed?: number;
  concurrency?: number;
}

type Body = Record<string, unknown> & {
  serviceDescriptions?: { type: string; language: string; value: string }[];
};

async function post(client: PtvClient, path: string, body: unknown): Promise<string> {
  const res = await client.post<{ id?: string }>(path, body, { caseId: 'content-seed' });
  if (res.status !== 200 || typeof res.body.id !== 'string') {
    throw new PtvrError('PTVR_HTTP', `Seeding the demo catalogue: POST ${path} answered ${res.status}.`, {
      details: { status: res.status, body: res.text.slice(0, 2000) },
    });
  }
  return res.body.id;
}

function setText(body: Body, type: string, language: string, value: string): Body {
  const list = (body.serviceDescriptions ?? []).filter((d) => !(d.type === type && d.language === language));
  list.push({ type, language, value });
  return { ...body, serviceDescriptions: list };
}

const CONTACT_TEXT =
  'Uimahallissa on 25 metrin allas ja saunat. Lisätietoja saat numerosta 09 310 1691, osoitteesta ' +
  'www.example.fi/uimahalli tai sähköpostilla uimahalli@example.fi. Halli sijaitsee osoitteessa ' +
  'Urheilukatu 5, ja se on auki arkisin 6.30–21.00.';
const LAW_TEXT =
  'Oikeus palveluun perustuu sosiaalihuoltolain 14 §:ään. Hakemukset käsitellään vuoden 2026 aikana ' +
  'saapumisjärjestyksessä, ja päätös lähetetään hakijalle kirjeenä.';

const LONG_SENTENCE =
  'Hakemuksen voi jättää sähköisesti tai paperilla, ja siihen liitetään tarvittavat liitteet kuten todistukset ' +
  'tuloista ja menoista sekä selvitys asumisesta ja perheen tilanteesta, jonka jälkeen hakemus käsitellään ' +
  'viimeistään kahden viikon kuluessa sen saapumisesta.';

/** Finnish in the Swedish field: what a copy-paste slip in the source system looks like. */
const FINNISH_IN_SWEDISH =
  'Voit hakea palvelua verkossa tai palvelupisteessä. Tarvitset hakemukseen henkilötodistuksen ja tiedot tuloistasi.';
/** Passive throughout, a non-finite clause with a possessive suffix, and marketing words. */
const FINNISH_STYLE =
  'Hakemus jätetään verkossa. Liitteet toimitetaan kahden viikon kuluessa. Saapuessasi paikalle ' +
  'päätös annetaan heti, ja upea palvelu on ainutlaatuinen kokemus.';
const NAME_AND_MACHINE =
  'Lisätietoja antaa rakennustarkastaja Matti Virtanen. Palvelun tunnus on SERVICE_CODE_FI.';

export async function seedDemoCatalogue(client: PtvClient, options: SeedOptions): Promise<SeededCatalogue> {
  const ctx: FixtureContext = {
    runId: 'content-demo',
    seed: options.seed ?? 1,
    referenceDate: '2026-11-26T00:00:00.000Z',
    organizationId: options.organizationId,
    caseId: 'CONTENT',
  };
  const concurrency = options.concurrency ?? 8;
  const clean: string[] = [];
  const connections: unknown[] = [];
  const n = options.cleanServices ?? 6;

  // Clean part: every service has a phone channel and a service location, connected with full info.
  const cleanIds = await mapBounded(
    Array.from({ length: n }, (_, i) => i + 1),
    concurrency,
    async (i) => {
      const [svc, phone, loc] = await Promise.all([
        post(client, apiPaths.service.post, aService(ctx, {}, { n: i })),
        post(client, apiPaths.channel.post('Phone'), aPhoneChannel(ctx, {}, { n: i })),
        post(client, apiPaths.channel.post('ServiceLocation'), aServiceLocation(ctx, {}, { n: i })),
      ]);
      return { svc, phone, loc };
    },
  );
  for (const { svc, phone, loc } of cleanIds) {
    clean.push(svc, phone, loc);
    connections.push(
      aConnection(ctx, { serviceId: svc, serviceChannelId: phone, channelType: 'Phone' }),
      aConnection(ctx, { serviceId: svc, serviceChannelId: loc, channelType: 'ServiceLocation' }),
    );
  }
  // Planted problems get numbers past the clean ones so names stay unique.
  let k = n + 100;
  const service = (body: Body) => post(client, apiPaths.service.post, body);
  const sharedPhone = await post(client, apiPaths.channel.post('Phone'), aPhoneChannel(ctx, {}, { n: ++k }));
  clean.push(sharedPhone);
  const connect = (serviceId: string) =>
    connections.push(aConnection(ctx, { serviceId, serviceChannelId: sharedPhone, channelType: 'Phone' }));

  const base = (): Body => aService(ctx, {}, { n: ++k }) as unknown as Body;
  const contactDetails = await service(setText(base(), 'Description', 'fi', CONTACT_TEXT));
  const repeats = base();
  const fiName = (repeats.serviceNames as { language: string; value: string }[]).find(
    (x) => x.language === 'fi',
  )!;
  const summaryRepeatsName = await service(
    setText(repeats, 'Summary', 'fi', `${fiName.value}: palvelu asukkaille ja yrityksille.`),
  );
  const lawAndYear = await service(setText(base(), 'Description', 'fi', LAW_TEXT));
  const noChannels = await service(base());
  const finnishOnly = await service(aService(ctx, {}, { n: ++k, languages: ['fi'] }) as unknown as Body);
  // 3,000 characters: accepted under the 2026 limit (5,000), refused under PTV 3.4's 2,500.
  const longDescription = await service(
    setText(base(), 'Description', 'fi', 'Palvelu on tarkoitettu kaikille kuntalaisille. '.repeat(64).trim()),
  );
  const connectionInfoLanguages = await service(base());
  const longSentence = await service(setText(base(), 'Description', 'fi', LONG_SENTENCE));
  const placeholder = await service(
    setText(base(), 'UserInstruction', 'fi', 'TODO: ohje täydennetään myöhemmin.'),
  );
  const wrongLanguage = await service(setText(base(), 'Description', 'sv', FINNISH_IN_SWEDISH));
  const finnishStyle = await service(setText(base(), 'Description', 'fi', FINNISH_STYLE));
  const nameAndMachineText = await service(setText(base(), 'UserInstruction', 'fi', NAME_AND_MACHINE));
  const summaryFact = await service(
    setText(base(), 'Summary', 'fi', 'Palvelu maksaa 25 euroa, ja hakemuksen käsittelee Kela.'),
  );
  // A general description the simulator serves (PTV's are written by DVV only), copied word for word.
  const gd = SEEDED_GENERAL_DESCRIPTIONS[0]!;
  const gdCopy: Body = setText(
    { ...base(), generalDescriptionId: gd.id },
    'Description',
    'fi',
    gd.descriptions.find((d) => d.type === 'Description' && d.language === 'fi')!.value,
  );
  const generalDescriptionCopy = await service(gdCopy);
  const connectionContradiction = await service(base());
  const collectionPlaceholder = await post(client, apiPaths.serviceCollection.post, {
    organizationId: options.organizationId,
    serviceCollectionNames: [{ language: 'fi', value: 'Demokokoelma (ptvr content-demo)' }],
    serviceCollectionDescriptions: [
      { type: 'Description', language: 'fi', value: 'Kokoelman kuvaus täydennetään myöhemmin.' },
    ],
    publishingStatus: 'Published',
  });
  const connectedPlanted = [
    contactDetails,
    summaryRepeatsName,
    lawAndYear,
    finnishOnly,
    longDescription,
    longSentence,
    placeholder,
    wrongLanguage,
    finnishStyle,
    nameAndMachineText,
    summaryFact,
    generalDescriptionCopy,
  ];
  for (const id of connectedPlanted) connect(id);

  const orphanChannel = await post(
    client,
    apiPaths.channel.post('WebPage'),
    aWebPageChannel(ctx, {}, { n: ++k }),
  );
  const phone = aPhoneChannel(ctx, {}, { n: ++k }) as unknown as Body;
  delete phone.serviceHours;
  const phoneWithoutHours = await post(client, apiPaths.channel.post('Phone'), phone);
  connections.push(
    aConnection(
      ctx,
      { serviceId: connectionInfoLanguages, serviceChannelId: sharedPhone, channelType: 'Phone' },
      {
        description: [
          { type: 'Description', language: 'fi', value: 'Palvelunumero 029 497 000 on auki arkisin.' },
        ],
      },
    ),
    aConnection(ctx, {
      serviceId: contactDetails,
      serviceChannelId: phoneWithoutHours,
      channelType: 'Phone',
    }),
    // Hours in the connection text that the phone channel's own service hours do not have (C6).
    aConnection(
      ctx,
      { serviceId: connectionContradiction, serviceChannelId: sharedPhone, channelType: 'Phone' },
      {
        description: [
          { type: 'Description', language: 'fi', value: 'Palvelemme arkisin klo 6.00–23.00.' },
          { type: 'Description', language: 'sv', value: 'Vi betjänar vardagar kl. 6.00–23.00.' },
          { type: 'Description', language: 'en', value: 'We serve on weekdays from 6.00–23.00.' },
        ],
      },
    ),
  );

  const res = await client.post(apiPaths.connection.post, connections, { caseId: 'content-seed' });
  if (res.status !== 200) {
    throw new PtvrError('PTVR_HTTP', `Seeding the demo catalogue: POST /Connection answered ${res.status}.`, {
      details: { status: res.status, body: res.text.slice(0, 2000) },
    });
  }
  return {
    clean,
    planted: {
      contactDetails,
      summaryRepeatsName,
      lawAndYear,
      noChannels,
      orphanChannel,
      phoneWithoutHours,
      connectionInfoLanguages,
      finnishOnly,
      longDescription,
      longSentence,
      placeholder,
      wrongLanguage,
      finnishStyle,
      nameAndMachineText,
      summaryFact,
      generalDescriptionCopy,
      connectionContradiction,
      collectionPlaceholder,
    },
  };
}
