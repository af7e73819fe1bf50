import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aPhoneChannel,
  aPrintableFormChannel,
  aService,
  aServiceLocation,
  aWebPageChannel,
  anEChannel,
  anOrganization,
} from '../../fixtures/index.js';
import {
  FI_ONLY,
  fixtureFor,
  SERVICE_CLASS,
  TARGET_GROUP,
  ONTOLOGY_TERM,
  startSim,
  type TestSim,
} from '../../test/support/sim.js';
import { okCalls, type Obj } from '../../test/support/okCalls.js';

/** A service PUT to Published needs the classifications when no general description is linked (§4.2). */
const PUB = {
  publishingStatus: 'Published',
  serviceClasses: [SERVICE_CLASS],
  ontologyTerms: [ONTOLOGY_TERM],
  targetGroups: [TARGET_GROUP],
};

const FOREIGN_ORG = '22222222-3333-4444-8555-666666666666';
let t: TestSim;
let org: string;
beforeAll(async () => {
  t = await startSim({
    organizations: [
      {
        id: FOREIGN_ORG,
        names: { fi: 'Vieras kunta' },
        organizationType: 'Municipality',
        municipality: '049',
      },
    ],
    users: [
      {
        username: 'other@simulator.test',
        password: 'o',
        organizationIds: ['5d1b8f5e-9a52-4c0e-8c1d-3f0e2a7b6c01'],
      },
      { username: 'foreign@simulator.test', password: 'f', organizationIds: [FOREIGN_ORG] },
    ],
  });
  org = t.sim.organizationId;
});
afterAll(() => t.close());

const { post } = okCalls(() => t);

describe('create and read back every entity type', () => {
  const channels = [
    ['EChannel', anEChannel, 'Electronic'],
    ['Phone', aPhoneChannel, 'Phone'],
    ['WebPage', aWebPageChannel, 'Web page'],
    ['PrintableForm', aPrintableFormChannel, 'Printable form'],
    ['ServiceLocation', aServiceLocation, 'Service location'],
  ] as const;

  it.each(channels)(
    '%s channel: POST, PUT by id and sourceId, bare OUT object on GET',
    async (type, build, label) => {
      const created = await post(
        `/ServiceChannel/${type}`,
        build(fixtureFor(org, `Kanava ${type}`), { sourceId: `ch-${type}` }),
      );
      expect(created).toMatchObject({
        serviceChannelType: type,
        organizationId: org,
        sourceId: `ch-${type}`,
        publishingStatus: 'Published',
        services: null,
      });
      const got = await t.call('GET', `/api/v11/ServiceChannel/${created.id}`, undefined, null);
      expect(got.status).toBe(200);
      expect(got.json).toMatchObject({ id: created.id, serviceChannelType: type, sourceId: null });
      expect(got.json).not.toHaveProperty('phoneChannel');
      const byId = await t.call('PUT', `/api/v11/ServiceChannel/${type}/${created.id}`, {
        publishingStatus: 'Published',
        isVisibleForAll: true,
      });
      expect(byId.status, byId.text).toBe(200);
      expect(byId.json).toMatchObject({ id: created.id, isVisibleForAll: true });
      const bySource = await t.call('PUT', `/api/v11/ServiceChannel/${type}/sourceId/ch-${type}`, {
        publishingStatus: 'Published',
      });
      expect(bySource.status).toBe(200);
      const unknown = await t.call('PUT', `/api/v11/ServiceChannel/${type}/sourceId/nope-${type}`, {
        publishingStatus: 'Published',
      });
      expect(unknown).toMatchObject({
        status: 404,
        json: { errorMessage: `${label} channel with source id 'nope-${type}' not found.` },
      });
      const missing = await t.call(
        'PUT',
        `/api/v11/ServiceChannel/${type}/0f0f0f0f-0000-4000-8000-000000000001`,
        { publishingStatus: 'Published' },
      );
      expect(missing.json).toEqual({
        errorMessage: `${label} channel with id '0f0f0f0f-0000-4000-8000-000000000001' not found.`,
      });
    },
  );

  it('GET ≠ PUT shapes: webPage→webPages, faxNumbers→Fax phones, formReceiver→receiver, municipalities in one area', async () => {
    const eBody = anEChannel(fixtureFor(org, 'Muoto'), {}, FI_ONLY);
    const e = await post('/ServiceChannel/EChannel', eBody);
    expect(e.webPages).toEqual([
      { value: null, url: eBody.webPage[0]!.value, language: 'fi', orderNumber: 1 },
    ]);
    expect(e).not.toHaveProperty('webPage');
    const loc = await post('/ServiceChannel/ServiceLocation', {
      ...aServiceLocation(fixtureFor(org, 'Faksi')),
      faxNumbers: [{ prefixNumber: '+358', number: '91234567', language: 'fi' }],
    });
    expect(loc.phoneNumbers).toContainEqual(expect.objectContaining({ type: 'Fax', number: '91234567' }));
    expect(loc).not.toHaveProperty('faxNumbers');
    const form = await post('/ServiceChannel/PrintableForm', {
      ...aPrintableFormChannel(fixtureFor(org, 'Lomake')),
      deliveryAddresses: [
        {
          subType: 'NoAddress',
          deliveryAddressInText: [{ language: 'fi', value: 'Toimita kirjaamoon' }],
          formReceiver: [{ language: 'fi', value: 'Kirjaamo' }],
        },
      ],
    });
    expect((form.deliveryAddresses as Obj[])[0]).toMatchObject({
      receiver: [{ language: 'fi', value: 'Kirjaamo' }],
    });
    const sBody = aService(fixtureFor(org, 'Alueet'), {
      areaType: 'LimitedType',
      areas: [{ type: 'Municipality', areaCodes: ['091', '049'] }],
    });
    const s = await post('/Service', sBody);
    // One Municipality area holding every municipality (OpenApiServiceTranslator.cs:91-98 @ ptv-release-3_4).
    expect(s.areas).toEqual([
      {
        type: 'Municipality',
        code: null,
        name: null,
        municipalities: [
          {
            code: '091',
            name: [
              { value: 'Helsinki', language: 'fi' },
              { value: 'Helsingfors', language: 'sv' },
            ],
          },
          {
            code: '049',
            name: [
              { value: 'Espoo', language: 'fi' },
              { value: 'Esbo', language: 'sv' },
            ],
          },
        ],
      },
    ]);
    expect(s.serviceChannels).toBeNull();
    expect(s.organizations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          roleType: 'Responsible',
          organization: { id: org, name: 'Simulaattorin kunta' },
        }),
      ]),
    );
    const classUri = sBody.serviceClasses[0]!;
    expect((s.serviceClasses as Obj[])[0]).toMatchObject({
      uri: classUri,
      code: classUri.slice(classUri.lastIndexOf('/') + 1),
    });
  });

  it('sub-organisation POST and PUT by id / sourceId; main organisation needs the admin role', async () => {
    const subBody = anOrganization(fixtureFor(org, 'Ala'), { sourceId: 'org-ala' });
    const sub = await post('/Organization', subBody);
    expect(sub).toMatchObject({ parentOrganizationId: org, organizationRootId: org, sourceId: 'org-ala' });
    expect(
      (
        await t.call('PUT', `/api/v11/Organization/${sub.id}`, {
          publishingStatus: 'Published',
          businessCode: '0201256-6',
        })
      ).status,
    ).toBe(200);
    expect(
      (await t.call('PUT', '/api/v11/Organization/sourceId/org-ala', { publishingStatus: 'Published' }))
        .status,
    ).toBe(200);
    const main = await t.call('POST', '/api/v11/Organization', {
      ...anOrganization(fixtureFor(org, 'Pää')),
      parentOrganizationId: undefined,
    });
    expect(main).toMatchObject({
      status: 400,
      json: { Organization: ['User has no rights to create this entity!'] },
    });
    const parent = await t.call('GET', `/api/v11/Organization/${org}`, undefined, null);
    expect((parent.json as { subOrganizations: Obj[] }).subOrganizations).toContainEqual({
      id: sub.id,
      name: subBody.organizationNames.find((n) => n.language === 'fi')!.value,
    });
  });

  it('a parent change that would create a cycle → 500', async () => {
    const a = await post('/Organization', anOrganization(fixtureFor(org, 'Sykli A')));
    const b = await post('/Organization', anOrganization(fixtureFor(a.id, 'Sykli B')));
    const r = await t.call('PUT', `/api/v11/Organization/${a.id}`, {
      publishingStatus: 'Published',
      parentOrganizationId: b.id,
    });
    expect(r.status).toBe(500);
    const ptv = await startSim({ profile: 'ptv34' });
    const a2 = (
      await ptv.call(
        'POST',
        '/api/v11/Organization',
        anOrganization(fixtureFor(ptv.sim.organizationId, 'Sykli')),
      )
    ).json as Obj;
    const raw = await ptv.call('PUT', `/api/v11/Organization/${ptv.sim.organizationId}`, {
      publishingStatus: 'Published',
      parentOrganizationId: a2.id,
    });
    expect(raw.json).toEqual({
      errorMessage: `You cannot use ${a2.id} as a parent organization. A cycling dependency is not allowed.`,
    });
    await ptv.close();
  });

  it('service collection POST/PUT/GET', async () => {
    const s = await post('/Service', aService(fixtureFor(org, 'Kokoelmaan')));
    const c = await post('/ServiceCollection', {
      organizationId: org,
      serviceCollectionNames: [{ language: 'fi', value: 'Kokoelma' }],
      serviceCollectionDescriptions: [{ type: 'Description', language: 'fi', value: 'Kokoelman kuvaus' }],
      services: [s.id],
      publishingStatus: 'Published',
      sourceId: 'coll-1',
    });
    expect((c.services as Obj[])[0]).toMatchObject({ id: s.id });
    expect(
      (await t.call('PUT', `/api/v11/ServiceCollection/${c.id}`, { publishingStatus: 'Published' })).status,
    ).toBe(200);
    expect(
      (await t.call('PUT', '/api/v11/ServiceCollection/sourceId/coll-1', { publishingStatus: 'Published' }))
        .status,
    ).toBe(200);
    expect((await t.call('GET', `/api/v11/ServiceCollection/${c.id}`, undefined, null)).status).toBe(200);
  });
});

describe('versions and publishing status', () => {
  it('Draft is not public; active shows it; Draft → Published; Published → Draft refused', async () => {
    const d = await post('/Service', aService(fixtureFor(org, 'Luonnos'), { publishingStatus: 'Draft' }));
    expect(await t.call('GET', `/api/v11/Service/${d.id}`, undefined, null)).toMatchObject({
      status: 404,
      json: { errorMessage: `Service with id '${d.id}' not found.` },
    });
    expect((await t.call('GET', `/api/v11/Service/active/${d.id}`)).json).toMatchObject({
      publishingStatus: 'Draft',
    });
    expect((await t.call('PUT', `/api/v11/Service/${d.id}`, PUB)).status).toBe(200);
    const back = await t.call('PUT', `/api/v11/Service/${d.id}`, { publishingStatus: 'Draft' });
    expect(back).toMatchObject({
      status: 400,
      json: {
        PublishingStatus: ['You cannot set Publishing status as Draft when current one is Published.'],
      },
    });
  });

  it('Modified dead-end: a UI draft (control) blocks every PUT; the published copy stays public', async () => {
    const s = await post('/Service', aService(fixtureFor(org, 'Muokattu')));
    expect((await t.call('POST', `/control/modified/${s.id}`, undefined, null)).status).toBe(200);
    const r = await t.call('PUT', `/api/v11/Service/${s.id}`, PUB);
    expect(r).toMatchObject({
      status: 400,
      json: { PublishingStatus: ['You cannot update entity with status Modified.'] },
    });
    expect((await t.call('GET', `/api/v11/Service/${s.id}`, undefined, null)).json).toMatchObject({
      publishingStatus: 'Published',
    });
    expect((await t.call('GET', `/api/v11/Service/active/${s.id}`)).json).toMatchObject({
      publishingStatus: 'Modified',
    });
    // Sending Modified through the API is accepted once and then blocks too.
    const s2 = await post('/Service', aService(fixtureFor(org, 'Muokattu2')));
    expect((await t.call('PUT', `/api/v11/Service/${s2.id}`, { publishingStatus: 'Modified' })).status).toBe(
      200,
    );
    expect((await t.call('PUT', `/api/v11/Service/${s2.id}`, PUB)).status).toBe(400);
  });

  it('archive by PUT Deleted: 404 on reads, listed as archived, restorable by PUT Published', async () => {
    const s = await post('/Service', aService(fixtureFor(org, 'Arkistoitava'), { sourceId: 'arch-1' }));
    const a = await t.call('PUT', '/api/v11/Service/sourceId/arch-1', {
      publishingStatus: 'Deleted',
      sourceId: 'renamed-ignored',
    });
    expect(a.json).toMatchObject({ publishingStatus: 'Deleted', sourceId: 'arch-1' });
    expect((await t.call('GET', `/api/v11/Service/${s.id}`, undefined, null)).status).toBe(404);
    expect((await t.call('GET', `/api/v11/Service/active/${s.id}`)).json).toEqual({
      errorMessage: `Service with id '${s.id}' not found.`,
    });
    const archived = (await t.call('GET', '/api/v11/Service?status=Archived', undefined, null)).json as {
      itemList: Obj[];
    };
    expect(archived.itemList.map((i) => i.id)).toContain(s.id);
    const list = await t.call(
      'GET',
      `/api/v11/Service/archived/list?archivingType=Manual&organizationId=${org}&take=100`,
      undefined,
      null,
    );
    expect((list.json as Obj[]).find((i) => i.id === s.id)).toMatchObject({
      organizationId: org,
      type: 'Service',
      archivingDate: expect.any(String),
    });
    // The sourceId is kept after archive: a new POST with it is refused (live2026: 400).
    const dup = await t.call(
      'POST',
      '/api/v11/Service',
      aService(fixtureFor(org, 'Uusi'), { sourceId: 'arch-1' }),
    );
    expect(dup).toMatchObject({
      status: 400,
      json: { SourceId: ['Cannot create new content with sourceId that already exists'] },
    });
    const restored = await t.call('PUT', `/api/v11/Service/${s.id}`, PUB);
    expect(restored.json).toMatchObject({ publishingStatus: 'Published' });
    expect((await t.call('GET', `/api/v11/Service/${s.id}`, undefined, null)).status).toBe(200);
  });

  it('organisation archive refused while it has services', async () => {
    const sub = await post('/Organization', anOrganization(fixtureFor(org, 'Sisältöä')));
    await post('/Service', aService(fixtureFor(sub.id, 'Alapalvelu')));
    const r = await t.call('PUT', `/api/v11/Organization/${sub.id}`, { publishingStatus: 'Deleted' });
    expect(r.status).toBe(500);
    const empty = await post('/Organization', anOrganization(fixtureFor(org, 'Tyhjä')));
    expect(
      (await t.call('PUT', `/api/v11/Organization/${empty.id}`, { publishingStatus: 'Deleted' })).status,
    ).toBe(200);
  });
});

describe('sourceId semantics', () => {
  it('all channel types share one namespace; service and channel may share a sourceId', async () => {
    await post(
      '/ServiceChannel/Phone',
      aPhoneChannel(fixtureFor(org, 'Jaettu nimiavaruus'), { sourceId: 'shared-1' }),
    );
    const r = await t.call(
      'POST',
      '/api/v11/ServiceChannel/WebPage',
      aWebPageChannel(fixtureFor(org, 'Toinen tyyppi'), { sourceId: 'shared-1' }),
    );
    expect(r.status).toBe(400);
    await post('/Service', aService(fixtureFor(org, 'Sama tunniste'), { sourceId: 'shared-1' }));
  });

  it('scoped per API user: another user gets 404 by sourceId and sees sourceId null', async () => {
    const s = await post('/Service', aService(fixtureFor(org, 'Käyttäjäkohtainen'), { sourceId: 'mine-1' }));
    const other = ((await t.login('other@simulator.test', 'o')).json as { ptvToken: string }).ptvToken;
    const r = await t.call('PUT', '/api/v11/Service/sourceId/mine-1', PUB, other);
    expect(r).toMatchObject({
      status: 404,
      json: { errorMessage: "Service with source id 'mine-1' not found." },
    });
    expect(
      ((await t.call('GET', `/api/v11/Service/${s.id}`, undefined, other)).json as Obj).sourceId,
    ).toBeNull();
    expect(((await t.call('GET', `/api/v11/Service/${s.id}`)).json as Obj).sourceId).toBe('mine-1');
    // Another user may use the same sourceId.
    expect(
      (
        await t.call(
          'POST',
          '/api/v11/Service',
          aService(fixtureFor(org, 'Toisen käyttäjän'), { sourceId: 'mine-1' }),
          other,
        )
      ).status,
    ).toBe(200);
  });

  it('bad sourceId in the path → 400 with the regex message', async () => {
    const r = await t.call('PUT', '/api/v11/Service/sourceId/bad_id', PUB);
    expect(r).toMatchObject({
      status: 400,
      json: { sourceId: ["The field sourceId must match the regular expression '^[A-Za-z0-9-.]*$'."] },
    });
  });

  it('PUT by id remapping to a sourceId held by another entity → 500', async () => {
    await post('/Service', aService(fixtureFor(org, 'Pitää tunnisteen'), { sourceId: 'held-1' }));
    const s = await post('/Service', aService(fixtureFor(org, 'Yrittää tunnistetta')));
    const r = await t.call('PUT', `/api/v11/Service/${s.id}`, { ...PUB, sourceId: 'held-1' });
    expect(r.status).toBe(500);
  });
});

describe('PUT semantics and business rules', () => {
  it('list replace, empty list without flag ignored, deleteAll flag clears, omitted fields stay', async () => {
    const s = await post(
      '/Service',
      aService(fixtureFor(org, 'Listat'), { keywords: [{ language: 'fi', value: 'avain' }] }),
    );
    const empty = await t.call('PUT', `/api/v11/Service/${s.id}`, { ...PUB, keywords: [] });
    expect((empty.json as Obj).keywords).toEqual([{ language: 'fi', value: 'avain' }]);
    const replaced = await t.call('PUT', `/api/v11/Service/${s.id}`, {
      ...PUB,
      keywords: [{ language: 'fi', value: 'uusi' }],
    });
    expect((replaced.json as Obj).keywords).toEqual([{ language: 'fi', value: 'uusi' }]);
    expect((replaced.json as Obj).fundingType).toBe('PubliclyFunded');
    const cleared = await t.call('PUT', `/api/v11/Service/${s.id}`, {
      ...PUB,
      keywords: [],
      deleteAllKeywords: true,
    });
    expect((cleared.json as Obj).keywords).toEqual([]);
  });

  it('language removal: sending the required lists in fi only drops sv everywhere', async () => {
    const s = await post(
      '/Service',
      aService(
        fixtureFor(org, 'Kaksikielinen'),
        { keywords: [{ language: 'sv', value: 'nyckel' }] },
        {
          languages: ['fi', 'sv'],
        },
      ),
    );
    const fiOnly = aService(fixtureFor(org, 'Kaksikielinen'), {}, { languages: ['fi'] });
    const r = await t.call('PUT', `/api/v11/Service/${s.id}`, {
      ...PUB,
      serviceNames: fiOnly.serviceNames,
      serviceDescriptions: fiOnly.serviceDescriptions,
    });
    expect(r.status, r.text).toBe(200);
    const body = r.json as { serviceNames: { language: string }[]; keywords: unknown[] };
    expect(body.serviceNames.map((n) => n.language)).toEqual(['fi']);
    expect(body.keywords).toEqual([]);
  });

  it('unique names per organisation (services) and per organisation + channel type', async () => {
    // The same names under another sourceId: only the name rule can refuse it.
    const service = aService(fixtureFor(org, 'Ainutlaatuinen'), {}, FI_ONLY);
    await post('/Service', service);
    const dup = await t.call('POST', '/api/v11/Service', { ...service, sourceId: 'ainutlaatuinen-2' });
    expect(dup).toMatchObject({
      status: 400,
      json: {
        ServiceNames: [
          `Value '${service.serviceNames[0]!.value}' of language code 'fi' already exists within organization. The name must be unique.`,
        ],
      },
    });
    const phone = aPhoneChannel(fixtureFor(org, 'Kanavanimi'));
    await post('/ServiceChannel/Phone', phone);
    expect(
      (await t.call('POST', '/api/v11/ServiceChannel/Phone', { ...phone, sourceId: 'kanavanimi-2' })).status,
    ).toBe(400);
    const names = { serviceChannelNames: phone.serviceChannelNames };
    await post('/ServiceChannel/WebPage', aWebPageChannel(fixtureFor(org, 'Kanavanimi'), names));
  });

  it('all model errors at once (400 ModelState)', async () => {
    const r = await t.call('POST', '/api/v11/Service', { publishingStatus: 'Published' });
    expect(r.status).toBe(400);
    expect(Object.keys(r.json as object).length).toBeGreaterThan(3);
    expect(await t.call('POST', '/api/v11/Service', '')).toMatchObject({
      status: 400,
      json: { RequestIsNull: ['The request must contain data.'] },
    });
  });

  it('ownership: another organisation’s entity → 404 no rights; lock → 404 locked by', async () => {
    const s = await post('/Service', aService(fixtureFor(org, 'Oma palvelu')));
    const ch = await post('/ServiceChannel/Phone', aPhoneChannel(fixtureFor(org, 'Oma kanava')));
    const foreign = ((await t.login('foreign@simulator.test', 'f')).json as { ptvToken: string }).ptvToken;
    expect(await t.call('PUT', `/api/v11/Service/${s.id}`, PUB, foreign)).toMatchObject({
      status: 404,
      json: { errorMessage: 'User has no rights to update this entity!' },
    });
    expect(
      await t.call(
        'PUT',
        `/api/v11/ServiceChannel/Phone/${ch.id}`,
        { publishingStatus: 'Published' },
        foreign,
      ),
    ).toMatchObject({
      status: 404,
      json: { errorMessage: 'User has no rights to update or create this entity!' },
    });
    // Writing for an organisation that is not the caller's → 400 under the organisation key.
    const r = await t.call('POST', '/api/v11/Service', aService(fixtureFor(org, 'Vieraalle')), foreign);
    expect(r.status).toBe(400);
    expect(r.json).toHaveProperty('MainResponsibleOrganization');
    const locked = await post('/Service', aService(fixtureFor(org, 'Lukittu')));
    await t.call('POST', `/control/lock/${locked.id}`, { user: 'editor@kunta.fi' }, null);
    expect(await t.call('PUT', `/api/v11/Service/${locked.id}`, PUB)).toMatchObject({
      status: 404,
      json: { errorMessage: "Service is locked by 'editor@kunta.fi'." },
    });
    await t.call('POST', `/control/unlock/${locked.id}`, undefined, null);
    expect((await t.call('PUT', `/api/v11/Service/${locked.id}`, PUB)).status).toBe(200);
  });
});
