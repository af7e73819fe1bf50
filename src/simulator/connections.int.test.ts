import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aPhoneChannel,
  aPrintableFormChannel,
  aService,
  aServiceLocation,
  aWebPageChannel,
} from '../../fixtures/index.js';
import { FI_ONLY, fixtureFor, startSim, type TestSim } from '../../test/support/sim.js';

type Obj = Record<string, unknown> & { id: string };
const FOREIGN_ORG = '33333333-4444-4555-8666-777777777777';

let t: TestSim;
let org: string;
let foreignToken: string;
beforeAll(async () => {
  t = await startSim({
    organizations: [
      {
        id: FOREIGN_ORG,
        names: { fi: 'Naapurikunta' },
        organizationType: 'Municipality',
        municipality: '049',
      },
    ],
    users: [{ username: 'naapuri@simulator.test', password: 'n', organizationIds: [FOREIGN_ORG] }],
  });
  org = t.sim.organizationId;
  foreignToken = ((await t.login('naapuri@simulator.test', 'n')).json as { ptvToken: string }).ptvToken;
});
afterAll(() => t.close());

const post = async (path: string, body: unknown, token?: string) => {
  const r = await t.call('POST', `/api/v11${path}`, body, token);
  expect(r.status, r.text).toBe(200);
  return r.json as Obj;
};
const added = (c: string, s: string) =>
  `Relationship data for service channel(s) '${c}' and service '${s}' added or updated.`;

describe('POST /Connection', () => {
  it('200 + one message per item: added, no common language, per-item failures; no modified bump', async () => {
    // The service in fi only: the sv-only channel below has no language in common with it.
    const s = await post('/Service', aService(fixtureFor(org, 'Yhdistettävä'), {}, FI_ONLY));
    const phoneBody = aPhoneChannel(fixtureFor(org, 'Puhelin'));
    const phone = await post('/ServiceChannel/Phone', phoneBody);
    const svOnly = await post(
      '/ServiceChannel/Phone',
      aPhoneChannel(fixtureFor(org, 'Bara svenska'), {}, { languages: ['sv'] }),
    );
    const web = await post('/ServiceChannel/WebPage', aWebPageChannel(fixtureFor(org, 'Verkkosivu')));
    const hours = [
      { serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Monday', from: '08:00', to: '16:00' }] },
    ];
    const r = await t.call('POST', '/api/v11/Connection', [
      {
        serviceId: s.id,
        serviceChannelId: phone.id,
        description: [{ type: 'Description', language: 'fi', value: 'Lisätietoa yhteydestä' }],
      },
      { serviceId: s.id, serviceChannelId: svOnly.id },
      { serviceId: s.id, serviceChannelId: web.id, serviceHours: hours },
    ]);
    expect(r.status, r.text).toBe(200);
    expect(r.json).toEqual([
      added(phone.id, s.id),
      `Relationship data for service channel(s) '${svOnly.id}' and service '${s.id}' ignored, because connection has no common language.`,
      `ServiceHours and ContactDetails are only allowed for Service location channel, E-Channel or Phone channel! Service channel '${web.id}' is of type 'WebPage'.`,
    ]);
    const got = (await t.call('GET', `/api/v11/Service/${s.id}`, undefined, null)).json as {
      serviceChannels: Obj[];
      modified: string;
    };
    expect(got.serviceChannels).toHaveLength(1);
    expect(got.serviceChannels[0]).toMatchObject({
      serviceChannel: { id: phone.id, name: phoneBody.serviceChannelNames[0]!.value },
      description: [expect.objectContaining({ value: 'Lisätietoa yhteydestä' })],
    });
    expect(got.modified).toBe(s.modified);
    const ch = (await t.call('GET', `/api/v11/ServiceChannel/${phone.id}`, undefined, null)).json as {
      services: Obj[];
    };
    expect(ch.services[0]).toMatchObject({ service: { id: s.id } });
    // Re-sending without metadata keeps the metadata.
    await t.call('POST', '/api/v11/Connection', [{ serviceId: s.id, serviceChannelId: phone.id }]);
    const again = (await t.call('GET', `/api/v11/Service/${s.id}`, undefined, null)).json as {
      serviceChannels: Obj[];
    };
    expect(again.serviceChannels[0]!.description).toHaveLength(1);
  });

  it('unpublished or foreign services are refused as a whole (400); restricted channels per item', async () => {
    const draft = await post(
      '/Service',
      aService(fixtureFor(org, 'Luonnospalvelu'), { publishingStatus: 'Draft' }),
    );
    const phone = await post('/ServiceChannel/Phone', aPhoneChannel(fixtureFor(org, 'Puhelin 2')));
    const r = await t.call('POST', '/api/v11/Connection', [
      { serviceId: draft.id, serviceChannelId: phone.id },
    ]);
    expect(r.status).toBe(400);
    const foreignService = await post(
      '/Service',
      aService(fixtureFor(FOREIGN_ORG, 'Naapurin palvelu'), {}, FI_ONLY),
      foreignToken,
    );
    const own = await post('/Service', aService(fixtureFor(org, 'Oma 2')));
    const restricted = await post(
      '/ServiceChannel/Phone',
      aPhoneChannel(fixtureFor(FOREIGN_ORG, 'Naapurin puhelin'), {}, FI_ONLY),
      foreignToken,
    );
    const shared = await post(
      '/ServiceChannel/Phone',
      aPhoneChannel(fixtureFor(FOREIGN_ORG, 'Naapurin jaettu'), { isVisibleForAll: true }, FI_ONLY),
      foreignToken,
    );
    const foreign = await t.call('POST', '/api/v11/Connection', [
      { serviceId: foreignService.id, serviceChannelId: phone.id },
    ]);
    expect(foreign.status).toBe(400);
    const mixed = await t.call('POST', '/api/v11/Connection', [
      { serviceId: own.id, serviceChannelId: shared.id },
      { serviceId: own.id, serviceChannelId: restricted.id },
    ]);
    // Validation runs over the whole list first: a restricted channel refuses the request (§4.11).
    expect(mixed.status).toBe(400);
    expect(Object.keys(mixed.json as object)).toContain('[1].ServiceChannelId');
    const sharedOnly = await t.call('POST', '/api/v11/Connection', [
      { serviceId: own.id, serviceChannelId: shared.id },
    ]);
    expect(sharedOnly.json).toEqual([added(shared.id, own.id)]);
  });

  it('publishing a shared channel as not shared removes other organisations’ connections', async () => {
    const ch = await post(
      '/ServiceChannel/Phone',
      aPhoneChannel(fixtureFor(FOREIGN_ORG, 'Jaettu hetken'), { isVisibleForAll: true }, FI_ONLY),
      foreignToken,
    );
    const own = await post('/Service', aService(fixtureFor(org, 'Käyttää jaettua')));
    const theirs = await post(
      '/Service',
      aService(fixtureFor(FOREIGN_ORG, 'Omistajan palvelu'), {}, FI_ONLY),
      foreignToken,
    );
    expect(
      (await t.call('POST', '/api/v11/Connection', [{ serviceId: own.id, serviceChannelId: ch.id }])).status,
    ).toBe(200);
    expect(
      (
        await t.call(
          'POST',
          '/api/v11/Connection',
          [{ serviceId: theirs.id, serviceChannelId: ch.id }],
          foreignToken,
        )
      ).status,
    ).toBe(200);
    const r = await t.call(
      'PUT',
      `/api/v11/ServiceChannel/Phone/${ch.id}`,
      { publishingStatus: 'Published', isVisibleForAll: false },
      foreignToken,
    );
    expect(r.status, r.text).toBe(200);
    const services = ((r.json as { services: { service: { id: string } }[] }).services ?? []).map(
      (s) => s.service.id,
    );
    expect(services).toEqual([theirs.id]);
  });

  it('POST /Connection/Source resolves the caller’s sourceIds; unknown ones give a per-item message', async () => {
    const s = await post('/Service', aService(fixtureFor(org, 'Lähdepalvelu'), { sourceId: 'src-svc' }));
    const loc = await post(
      '/ServiceChannel/ServiceLocation',
      aServiceLocation(fixtureFor(org, 'Toimipiste'), { sourceId: 'src-loc' }),
    );
    const r = await t.call('POST', '/api/v11/Connection/Source', [
      { serviceSourceId: 'src-svc', serviceChannelSourceId: 'src-loc' },
      { serviceSourceId: 'src-svc', serviceChannelSourceId: 'nope' },
    ]);
    expect(r.status, r.text).toBe(200);
    expect(r.json).toEqual([added(loc.id, s.id), "ServiceChannel with id 'nope' not found!"]);
  });
});

describe('PUT /Connection/serviceId and /serviceSourceId', () => {
  it('replaces the set; empty list alone changes nothing; deleteAllChannelRelations clears', async () => {
    const s = await post('/Service', aService(fixtureFor(org, 'Korvattava'), { sourceId: 'put-svc' }));
    const a = await post('/ServiceChannel/Phone', aPhoneChannel(fixtureFor(org, 'Kanava A')));
    const b = await post('/ServiceChannel/Phone', aPhoneChannel(fixtureFor(org, 'Kanava B')));
    const loc = await post(
      '/ServiceChannel/ServiceLocation',
      aServiceLocation(fixtureFor(org, 'Kanava L'), { sourceId: 'put-loc' }),
    );
    await t.call('POST', '/api/v11/Connection', [
      { serviceId: s.id, serviceChannelId: a.id },
      { serviceId: s.id, serviceChannelId: b.id },
    ]);
    const r = await t.call('PUT', `/api/v11/Connection/serviceId/${s.id}`, {
      channelRelations: [{ serviceChannelId: b.id }, { serviceChannelId: loc.id }],
    });
    expect(r.status, r.text).toBe(200);
    const ids = ((r.json as { serviceChannels: { serviceChannel: { id: string } }[] }).serviceChannels ?? [])
      .map((c) => c.serviceChannel.id)
      .sort();
    expect(ids).toEqual([b.id, loc.id].sort());
    const noop = await t.call('PUT', `/api/v11/Connection/serviceId/${s.id}`, { channelRelations: [] });
    expect((noop.json as { serviceChannels: unknown[] }).serviceChannels).toHaveLength(2);
    const dup = await t.call('PUT', `/api/v11/Connection/serviceId/${s.id}`, {
      channelRelations: [{ serviceChannelId: b.id }, { serviceChannelId: b.id }],
    });
    expect(dup.status).toBe(400);
    const hours = [
      { serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Monday', from: '08:00', to: '16:00' }] },
    ];
    const notLoc = await t.call('PUT', `/api/v11/Connection/serviceId/${s.id}`, {
      channelRelations: [{ serviceChannelId: b.id, serviceHours: hours }],
    });
    expect(notLoc.status).toBe(400);
    expect(JSON.stringify(notLoc.json)).toContain(
      'ServiceHours and ContactDetails are only allowed for Service location channel!',
    );
    const bySource = await t.call('PUT', '/api/v11/Connection/serviceSourceId/put-svc', {
      channelRelations: [{ serviceChannelSourceId: 'put-loc', serviceHours: hours }],
    });
    expect(bySource.status, bySource.text).toBe(200);
    expect((bySource.json as { serviceChannels: unknown[] }).serviceChannels).toHaveLength(1);
    const cleared = await t.call('PUT', `/api/v11/Connection/serviceId/${s.id}`, {
      deleteAllChannelRelations: true,
      channelRelations: [],
    });
    expect((cleared.json as { serviceChannels: unknown }).serviceChannels).toBeNull();
    const unknown = await t.call('PUT', '/api/v11/Connection/serviceSourceId/no-such', {
      channelRelations: [],
    });
    // GetPTVId's ExternalSourceNotFoundException (ServiceBase.cs:382-397) → 404 with its message
    // (OpenApiExceptionFilterAttribute.cs:76-80, ptv-release-3_4).
    expect(unknown).toMatchObject({
      status: 404,
      json: { errorMessage: "Service with id 'no-such' not found!" },
    });
    const form = await post(
      '/ServiceChannel/PrintableForm',
      aPrintableFormChannel(fixtureFor(org, 'Lomake C')),
    );
    expect(
      (
        await t.call('PUT', `/api/v11/Connection/serviceId/${s.id}`, {
          channelRelations: [{ serviceChannelId: form.id }],
        })
      ).status,
    ).toBe(200);
  });

  it('archived service → 404', async () => {
    const s = await post('/Service', aService(fixtureFor(org, 'Arkistoitu yhteys')));
    await t.call('PUT', `/api/v11/Service/${s.id}`, { publishingStatus: 'Deleted' });
    const r = await t.call('PUT', `/api/v11/Connection/serviceId/${s.id}`, { channelRelations: [] });
    expect(r).toMatchObject({ status: 404, json: { errorMessage: `Service with id '${s.id}' not found.` } });
  });

  // ServiceAndChannelBaseController.cs:307-317 lets a Draft through, then ServiceIdListValidator.cs:62-65
  // (ServiceService.CheckServices, ServiceService.cs:689-703: published versions only) refuses it (ptv-release-3_4).
  it('a service that exists only as a draft → 400 "Some of the services were not found"', async () => {
    const s = await post(
      '/Service',
      aService(fixtureFor(org, 'Luonnosyhteys'), { publishingStatus: 'Draft' }),
    );
    const r = await t.call('PUT', `/api/v11/Connection/serviceId/${s.id}`, { channelRelations: [] });
    expect(r).toMatchObject({
      status: 400,
      json: { serviceId: [`Some of the services were not found: '${s.id}'`] },
    });
  });
});

// PutServiceConnectionsBySource (ServiceAndChannelBaseController.cs:202-245) → SaveServiceConnectionsBySource
// (ServiceAndChannelService.cs:307-383, ptv-release-3_4): latest-version status only, no published-only validator.
describe('PUT /Connection/serviceSourceId for drafts, archived services and unknown channels', () => {
  it('a service that exists only as a draft is connected (200, the draft answered)', async () => {
    const s = await post(
      '/Service',
      aService(fixtureFor(org, 'Luonnos lähteellä'), { publishingStatus: 'Draft', sourceId: 'draft-src' }),
    );
    const ch = await post(
      '/ServiceChannel/Phone',
      aPhoneChannel(fixtureFor(org, 'Luonnoksen kanava'), { sourceId: 'draft-ch' }),
    );
    const r = await t.call('PUT', '/api/v11/Connection/serviceSourceId/draft-src', {
      channelRelations: [{ serviceChannelSourceId: 'draft-ch' }],
    });
    expect(r.status, r.text).toBe(200);
    const out = r.json as {
      id: string;
      publishingStatus: string;
      serviceChannels: { serviceChannel: { id: string } }[];
    };
    expect(out).toMatchObject({ id: s.id, publishingStatus: 'Draft' });
    expect(out.serviceChannels.map((c) => c.serviceChannel.id)).toEqual([ch.id]);
  });

  it('an archived service is a 500 naming its status; unknown channels are one 500 joined by ", "', async () => {
    // PTV 3.4 answers the exception's message (OpenApiExceptionFilterAttribute.cs:76-85); live2026 hides it.
    const p = await startSim({ profile: 'ptv34' });
    try {
      const o = p.sim.organizationId;
      const make = (name: string, sourceId: string) =>
        p.call('POST', '/api/v11/Service', aService(fixtureFor(o, name), { sourceId }), p.token);
      expect((await make('Arkistoitu lähteellä', 'gone-src')).status).toBe(200);
      await p.call('PUT', '/api/v11/Service/sourceId/gone-src', { publishingStatus: 'Deleted' }, p.token);
      const gone = await p.call(
        'PUT',
        '/api/v11/Connection/serviceSourceId/gone-src',
        { channelRelations: [] },
        p.token,
      );
      expect(gone).toMatchObject({
        status: 500,
        json: {
          errorMessage: "Publishing status for service 'gone-src' is Deleted. You cannot update service!",
        },
      });
      expect((await make('Kanavaton lähteellä', 'lone-src')).status).toBe(200);
      const lost = await p.call(
        'PUT',
        '/api/v11/Connection/serviceSourceId/lone-src',
        { channelRelations: [{ serviceChannelSourceId: 'x-1' }, { serviceChannelSourceId: 'x-2' }] },
        p.token,
      );
      expect(lost).toMatchObject({
        status: 500,
        json: {
          errorMessage: "ServiceChannel with id 'x-1' not found!, ServiceChannel with id 'x-2' not found!",
        },
      });
    } finally {
      await p.close();
    }
  });
});

// V11ConnectionController.cs:216-282 [AccessRightRequirement(ASTIWrite)] → ForbidResult (CustomAuthorizedFilter.cs:84).
describe('PUT /Connection/ASTI/*', () => {
  it('answers a bare 403 to a user without the ASTI right, before reading the service', async () => {
    for (const tail of [
      'serviceId/11111111-2222-4333-8444-555555555555',
      'serviceSourceId/oma-1',
      'serviceChannelId/11111111-2222-4333-8444-555555555555',
    ]) {
      const r = await t.call('PUT', `/api/v11/Connection/ASTI/${tail}`, { channelRelations: [] });
      expect(r.status, tail).toBe(403);
      expect(r.text, tail).toBe('');
    }
  });
});
