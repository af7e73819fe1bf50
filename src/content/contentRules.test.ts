import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  aPhoneChannel,
  aPrintableFormChannel,
  aService,
  aServiceLocation,
  aWebPageChannel,
  anEChannel,
  type FixtureContext,
} from '../../fixtures/index.js';
import { packageRoot } from '../core/toolVersion.js';
import { checkContent } from './checkContent.js';
import { CONTENT_RULES, type CheckContext } from './contentRules.js';
import { channelEntity, payloadEntity, serviceEntity } from './toContentEntity.js';
import type { Catalogue, ContentEntity, LocalizedText } from './types.js';

const NOW = new Date('2026-11-27T09:00:00Z');
const ctx = (over: Partial<CheckContext> = {}): CheckContext => ({
  now: NOW,
  staleMonths: 12,
  profile: 'live2026',
  ...over,
});
const fx = (seed: number): FixtureContext => ({
  runId: '20261126T101500Z-a1b2',
  seed,
  referenceDate: '2026-11-26T00:00:00.000Z',
  organizationId: '8d4f1a52-3c1b-4a7e-9e0a-2b5f3c6d7e8f',
  caseId: 'CONTENT',
});

type Raw = Record<string, unknown>;
function withText(body: Raw, type: string, language: string, value: string): Raw {
  const list = (body.serviceDescriptions as LocalizedText[]).filter(
    (d) => !(d.type === type && d.language === language),
  );
  return { ...body, serviceDescriptions: [...list, { type, language, value }] };
}
const svc = (n: number, over: (b: Raw) => Raw = (b) => b): ContentEntity =>
  serviceEntity({
    id: `svc-${n}`,
    modified: '2026-11-01T00:00:00Z',
    ...over(aService(fx(1), {}, { n }) as unknown as Raw),
  });
const fiName = (e: ContentEntity) => e.names.fi!;

function catalogueOf(
  services: ContentEntity[],
  channels: ContentEntity[],
  extra: Partial<Catalogue> = {},
): Catalogue {
  return {
    organizationId: fx(1).organizationId,
    services,
    channels,
    connections: [],
    generalDescriptions: new Map(),
    notes: [],
    ...extra,
  };
}
/** One planted case per rule id: the entities + context on which the rule must fire. */
const PLANTED: Record<string, () => { entities: ContentEntity[]; ctx: CheckContext }> = {
  'C2.url': () => ({
    entities: [svc(1, (b) => withText(b, 'Description', 'fi', 'Lue lisää osoitteesta www.hel.fi.'))],
    ctx: ctx(),
  }),
  'C2.email': () => ({
    entities: [
      svc(1, (b) => withText(b, 'UserInstruction', 'fi', 'Lähetä hakemus osoitteeseen kirjaamo@kunta.fi.')),
    ],
    ctx: ctx(),
  }),
  'C2.phone': () => ({
    entities: [svc(1, (b) => withText(b, 'Description', 'sv', 'Ring 09 310 1691 för mer information.'))],
    ctx: ctx(),
  }),
  'C2.address': () => ({
    entities: [
      svc(1, (b) =>
        withText(b, 'Description', 'fi', 'Asiointi tapahtuu osoitteessa Kauppakatu 3, Jyväskylä.'),
      ),
    ],
    ctx: ctx(),
  }),
  'C2.openingHours': () => ({
    entities: [svc(1, (b) => withText(b, 'Description', 'fi', 'Palvelu on auki arkisin klo 8–16.'))],
    ctx: ctx(),
  }),
  'C1.summaryEqualsName': () => ({
    entities: [
      svc(1, (b) =>
        withText(
          b,
          'Summary',
          'fi',
          (b.serviceNames as LocalizedText[]).find((x) => x.language === 'fi')!.value,
        ),
      ),
    ],
    ctx: ctx(),
  }),
  'C1.summaryRepeatsName': () => {
    const s = svc(1);
    return {
      entities: [svc(1, (b) => withText(b, 'Summary', 'fi', `${fiName(s)} on palvelu asukkaille.`))],
      ctx: ctx(),
    };
  },
  'C1.lawSection': () => ({
    entities: [svc(1, (b) => withText(b, 'Description', 'fi', 'Oikeus perustuu lain 14 §:ään.'))],
    ctx: ctx(),
  }),
  'C1.agingDate': () => ({
    entities: [svc(1, (b) => withText(b, 'Description', 'en', 'Applications open on 1.3.2027.'))],
    ctx: ctx(),
  }),
  'C1.longSentence': () => ({
    entities: [
      svc(1, (b) =>
        withText(
          b,
          'Description',
          'fi',
          'Hakemuksen voi jättää sähköisesti tai paperilla ja siihen liitetään tarvittavat liitteet kuten todistukset tuloista ja menoista sekä selvitys asumisesta ja perheen tilanteesta jonka jälkeen hakemus käsitellään viimeistään kahden viikon kuluessa saapumisesta.',
        ),
      ),
    ],
    ctx: ctx(),
  }),
  'C7.placeholder': () => ({
    entities: [
      svc(1, (b) => withText(b, 'Description', 'en', 'Lorem ipsum dolor sit amet. TODO: write this.')),
    ],
    ctx: ctx(),
  }),
  'C1.wrongLanguage': () => ({
    entities: [
      svc(1, (b) =>
        withText(
          b,
          'Description',
          'sv',
          'Voit hakea asukaspysäköintitunnusta, jos asut asukaspysäköintialueella ja auto on omistuksessasi.',
        ),
      ),
    ],
    ctx: ctx(),
  }),
  'C1.passiveVoice': () => ({
    entities: [
      svc(1, (b) =>
        withText(
          b,
          'Description',
          'fi',
          'Hakemus jätetään verkossa. Liitteet toimitetaan kahden viikon kuluessa. Päätös lähetetään postitse.',
        ),
      ),
    ],
    ctx: ctx(),
  }),
  'C1.nonFiniteClause': () => ({
    entities: [
      svc(1, (b) => withText(b, 'UserInstruction', 'fi', 'Saapuessasi palvelupisteeseen ota vuoronumero.')),
    ],
    ctx: ctx(),
  }),
  'C1.marketingTone': () => ({
    entities: [
      svc(1, (b) => withText(b, 'Description', 'en', 'Our amazing pool offers a world-class experience!!')),
    ],
    ctx: ctx(),
  }),
  'C1.personalName': () => ({
    entities: [
      svc(1, (b) =>
        withText(b, 'UserInstruction', 'fi', 'Lisätietoja antaa rakennustarkastaja Matti Virtanen.'),
      ),
    ],
    ctx: ctx(),
  }),
  'C1.summaryFactMissing': () => ({
    entities: [svc(1, (b) => withText(b, 'Summary', 'fi', 'Palvelu maksaa 25 euroa ja sen hoitaa Kela.'))],
    ctx: ctx(),
  }),
  'C7.machineText': () => ({
    entities: [svc(1, (b) => withText(b, 'Description', 'fi', 'Palvelun nimi on {{serviceName}}.<br/>'))],
    ctx: ctx(),
  }),
  'C3.generalDescriptionAttached': () => {
    const s = { ...svc(1), generalDescriptionId: 'gd-1' };
    return {
      entities: [s],
      ctx: ctx({
        catalogue: catalogueOf([s], [], {
          generalDescriptions: new Map([['gd-1', { id: 'gd-1', name: 'Kotihoito', texts: [] }]]),
        }),
      }),
    };
  },
  'C6.connectionContradictsChannel': () => {
    const s = svc(1);
    const ch = channelEntity(
      { id: 'ch-1', ...(aPhoneChannel(fx(1), {}, { n: 1 }) as unknown as Raw) },
      'phone',
    );
    return {
      entities: [s, ch],
      ctx: ctx({
        catalogue: catalogueOf([s], [ch], {
          connections: [
            {
              serviceId: s.id,
              channelId: ch.id,
              description: [
                {
                  field: 'serviceChannels.description',
                  type: 'Description',
                  language: 'fi',
                  value: 'Palvelemme tässä asiassa arkisin klo 6.00–23.00.',
                },
              ],
              hasServiceHours: false,
              hasContactDetails: false,
            },
          ],
        }),
      }),
    };
  },
  'C5.serviceWithoutChannels': () => {
    const s = svc(1);
    return { entities: [s], ctx: ctx({ catalogue: catalogueOf([s], []) }) };
  },
  'C5.channelWithoutServices': () => {
    const c = channelEntity(
      { id: 'ch-1', ...(aWebPageChannel(fx(1), {}, { n: 1 }) as unknown as Raw) },
      'webpage',
    );
    return { entities: [c], ctx: ctx({ catalogue: catalogueOf([], [c]) }) };
  },
  'C5.channelHoursMissing': () => {
    const body = aPhoneChannel(fx(1), {}, { n: 1 }) as unknown as Raw;
    delete body.serviceHours;
    return { entities: [channelEntity({ id: 'ch-1', ...body }, 'phone')], ctx: ctx() };
  },
  'C5.channelAddressMissing': () => {
    const body = aServiceLocation(fx(1), {}, { n: 1 }) as unknown as Raw;
    delete body.addresses;
    return { entities: [channelEntity({ id: 'ch-1', ...body }, 'servicelocation')], ctx: ctx() };
  },
  'C6.connectionInfoLanguages': () => {
    const s = svc(1);
    return {
      entities: [s],
      ctx: ctx({
        catalogue: catalogueOf([s], [], {
          connections: [
            {
              serviceId: s.id,
              channelId: 'ch-1',
              description: [{ field: 'd', type: 'Description', language: 'fi', value: 'Soita arkisin.' }],
              hasServiceHours: false,
              hasContactDetails: false,
            },
          ],
        }),
      }),
    };
  },
  'C6.contactInConnectionText': () => {
    const s = svc(1);
    return {
      entities: [s],
      ctx: ctx({
        catalogue: catalogueOf([s], [], {
          connections: [
            {
              serviceId: s.id,
              channelId: 'ch-1',
              description: [
                {
                  field: 'serviceChannels.description',
                  type: 'Description',
                  language: 'fi',
                  value: 'Soita 09 310 1691.',
                },
              ],
              hasServiceHours: false,
              hasContactDetails: false,
            },
          ],
        }),
      }),
    };
  },
  'C4.generalDescriptionCopied': () => {
    const gdText =
      'Varhaiskasvatus tukee lapsen kasvua, kehitystä ja oppimista. Paikkaa haetaan sähköisellä hakemuksella viimeistään neljä kuukautta ennen tarvetta.';
    const s = { ...svc(1, (b) => withText(b, 'Description', 'fi', gdText)), generalDescriptionId: 'gd-1' };
    return {
      entities: [s],
      ctx: ctx({
        catalogue: catalogueOf([s], [], {
          generalDescriptions: new Map([
            [
              'gd-1',
              {
                id: 'gd-1',
                texts: [{ field: 'descriptions', type: 'Description', language: 'fi', value: gdText }],
              },
            ],
          ]),
        }),
      }),
    };
  },
  // Written under the 2026 limit (5,000), refused under PTV 3.4's 2,500: "what PTV would refuse today".
  'MODEL.refused': () => ({
    entities: [
      svc(1, (b) => withText(b, 'Description', 'fi', 'Palvelu on tarkoitettu kaikille. '.repeat(90))),
    ],
    ctx: ctx({ profile: 'ptv34' }),
  }),
  'MODEL.warning': () => ({
    entities: [
      svc(1, (b) => ({
        ...b,
        serviceDescriptions: (b.serviceDescriptions as LocalizedText[]).filter(
          (d) => d.type !== 'UserInstruction',
        ),
      })),
    ],
    ctx: ctx(),
  }),
  'MODEL.recommendedLanguages': () => ({
    entities: [
      serviceEntity({ id: 'svc-1', ...(aService(fx(1), {}, { n: 1, languages: ['fi'] }) as unknown as Raw) }),
    ],
    ctx: ctx(),
  }),
  'FRESH.stale': () => ({ entities: [{ ...svc(1), modified: '2025-06-01T00:00:00Z' }], ctx: ctx() }),
  'FRESH.archivedAutomatically': () => ({
    entities: [],
    ctx: ctx({
      catalogue: catalogueOf([], [], {
        archivedAutomatically: [
          { id: 'svc-9', kind: 'service', archivingDate: '2026-10-01T00:00:00Z', name: 'Vanha' },
        ],
      }),
    }),
  }),
};

function cleanEntities(): ContentEntity[] {
  const out: ContentEntity[] = [];
  const dir = join(packageRoot(), 'fixtures', 'examples');
  for (const f of readdirSync(dir)) {
    const e = payloadEntity(f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, f), 'utf8')));
    if (e) out.push(e);
  }
  const builders = [
    [aPhoneChannel, 'phone'],
    [aServiceLocation, 'servicelocation'],
    [anEChannel, 'echannel'],
    [aWebPageChannel, 'webpage'],
    [aPrintableFormChannel, 'printableform'],
  ] as const;
  for (let n = 1; n <= 60; n++) {
    out.push(svc(n));
    for (const [b, kind] of builders) {
      out.push(
        channelEntity(
          {
            id: `${kind}-${n}`,
            modified: '2026-11-01T00:00:00Z',
            ...(b(fx(n), {}, { n }) as unknown as Raw),
          },
          kind,
        ),
      );
    }
  }
  return out;
}

describe('the content rule table', () => {
  it('has unique ids and a planted case for every rule', () => {
    const ids = CONTENT_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(PLANTED).sort()).toEqual([...ids].sort());
  });

  for (const rule of CONTENT_RULES) {
    it(`${rule.id} fires on its planted case`, () => {
      const { entities, ctx: c } = PLANTED[rule.id]!();
      const hits = checkContent(entities, c, [rule]);
      expect(hits.length).toBeGreaterThan(0);
      for (const h of hits) {
        expect(h.rule).toBe(rule.id);
        expect(h.severity).toBe(rule.severity);
        expect(h.message.fi).not.toContain('{detail}');
        expect(h.message.en).not.toContain('{detail}');
      }
    });
  }

  it('is silent on the clean example payloads and fixture builders (every rule, both profiles)', () => {
    const entities = cleanEntities();
    // Connect every clean service to every clean channel so the catalogue rules have a clean catalogue too.
    const services = entities.filter((e) => e.kind === 'service').map((s) => ({ ...s, connectedIds: ['x'] }));
    const channels = entities.filter((e) => e.kind === 'channel').map((c) => ({ ...c, connectedIds: ['x'] }));
    const catalogue = catalogueOf(services, channels, { archivedAutomatically: [] });
    for (const profile of ['live2026', 'ptv34'] as const) {
      const found = checkContent(
        [...services, ...channels, ...entities.filter((e) => e.kind === 'organization')],
        ctx({ profile, catalogue }),
      );
      expect(found.map((f) => `${f.rule} ${f.entityId} ${f.span?.text ?? f.message.en}`)).toEqual([]);
    }
  });

  it('reports the span, field and language of a text hit', () => {
    const [hit] = checkContent(
      PLANTED['C2.url']!().entities,
      ctx(),
      CONTENT_RULES.filter((r) => r.id === 'C2.url'),
    );
    expect(hit).toMatchObject({
      entityKind: 'service',
      entityId: 'svc-1',
      field: 'serviceDescriptions',
      textType: 'Description',
      language: 'fi',
      span: { text: 'www.hel.fi' },
      checklist: 'C2',
      agentRule: 1,
    });
    const text = 'Lue lisää osoitteesta www.hel.fi.';
    expect(text.slice(hit!.span!.start, hit!.span!.end)).toBe('www.hel.fi');
  });

  it('leaves catalogue rules out when no catalogue is given (offline)', () => {
    const { entities } = PLANTED['C5.serviceWithoutChannels']!();
    expect(checkContent(entities, ctx()).filter((f) => f.rule === 'C5.serviceWithoutChannels')).toEqual([]);
  });
});
