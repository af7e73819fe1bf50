import { describe, expect, it } from 'vitest';
import { classifyExchange, hasAdditionalInfo, type ClassifierInput } from './classifyExchange.js';
import { SessionEntities } from './sessionEntities.js';

const ID = '11111111-2222-4333-8444-555555555555';
const CH = '99999999-2222-4333-8444-555555555555';
const x = (
  method: string,
  path: string,
  status: number | undefined,
  extra: Partial<ClassifierInput> = {},
): ClassifierInput => ({
  method,
  path,
  ...(status !== undefined && { status }),
  bearer: true,
  ...extra,
});

/** A session in which the integration created service ID (sourceId svc-1) and Phone channel CH. */
function session(): SessionEntities {
  const s = new SessionEntities();
  s.apply(
    classifyExchange(x('POST', '/api/v11/Service', 200, { responseJson: { id: ID, sourceId: 'svc-1' } }), s),
  );
  s.apply(classifyExchange(x('POST', '/api/v11/ServiceChannel/Phone', 200, { responseJson: { id: CH } }), s));
  return s;
}

describe('classifyExchange: what each exchange demonstrates', () => {
  it.each([
    ['POST', '/api/auth/api-login', 200, { responseJson: { ptvToken: 'x' } }, 'CONN', ['login']],
    ['POST', '/api/v11/Organization', 200, { responseJson: { id: 'o1' } }, 'T1', ['org-create', 'token-use']],
    [
      'POST',
      '/api/v11/servicechannel/printableform',
      200,
      { responseJson: { id: 'p1' } },
      'T3',
      ['PrintableForm-create', 'token-use'],
    ],
    [
      'PUT',
      `/api/v11/Service/${ID}`,
      200,
      { requestJson: { serviceNames: [] } },
      'T2',
      ['service-modify-id', 'token-use'],
    ],
    ['PUT', '/api/v11/Service/sourceId/svc-1', 200, {}, 'T2', ['service-modify-sourceId', 'token-use']],
    ['PUT', '/api/v11/Service/sourceId/other', 200, {}, 'T2', ['service-modify-old', 'token-use']],
    [
      'PUT',
      `/api/v11/ServiceChannel/Phone/${CH}`,
      200,
      { requestJson: { publishingStatus: 'Deleted' } },
      'T6',
      ['archive-id', 'token-use'],
    ],
    [
      'PUT',
      '/api/v11/Service/sourceId/svc-1',
      200,
      { requestJson: { publishingStatus: 'Archived' } },
      'T6',
      ['archive-sourceId', 'token-use'],
    ],
    ['GET', `/api/v11/Service/${ID}`, 200, {}, undefined, ['token-use']],
    ['GET', `/api/v11/Service/${ID}`, 200, { bearer: false }, undefined, []],
  ] as const)('%s %s → %s', (method, path, status, extra, item, demos) => {
    const c = classifyExchange(x(method, path, status, extra as Partial<ClassifierInput>), session());
    expect(c.item).toBe(item);
    expect(c.demonstrates).toEqual(demos);
  });

  it('tells new material from old: a PUT of something not created in the session says so', () => {
    const c = classifyExchange(
      x('PUT', '/api/v11/Organization/00000000-0000-4000-8000-000000000001', 200),
      session(),
    );
    expect(c.entity?.newMaterial).toBe(false);
    expect(c.notes).toEqual([
      'modified material not created in this session (old material, not what DVV asks for)',
    ]);
  });

  it('recognises a restore only for material the session archived', () => {
    const s = session();
    s.apply(
      classifyExchange(
        x('PUT', `/api/v11/Service/${ID}`, 200, { requestJson: { publishingStatus: 'Deleted' } }),
        s,
      ),
    );
    const c = classifyExchange(
      x('PUT', `/api/v11/Service/${ID}`, 200, { requestJson: { publishingStatus: 'Published' } }),
      s,
    );
    expect([c.operation, c.demonstrates[0]]).toEqual(['restore', 'restore-id']);
  });

  it('connections: add, then modify of the same pair on any route; additional information counted', () => {
    const s = session();
    const first = classifyExchange(
      x('POST', '/api/v11/Connection', 200, { requestJson: [{ serviceId: ID, serviceChannelId: CH }] }),
      s,
    );
    expect(first.demonstrates).toEqual(['connection-add', 'token-use']);
    expect(first.notes).toEqual(['without additional information']);
    s.apply(first);
    const put = classifyExchange(
      x('PUT', '/api/v11/Connection/serviceSourceId/svc-1', 200, {
        requestJson: { channelRelations: [{ serviceChannelSourceId: 'nope', serviceChargeType: 'Free' }] },
      }),
      s,
    );
    // A channel by a source id the session does not know: the service is new, so it still counts.
    expect(put.route).toBe('/api/v11/Connection/serviceSourceId/{serviceSourceId}');
    expect(put.connections?.[0]?.serviceId).toBe(ID);
    expect(put.demonstrates).toContain('connection-info');
    const again = classifyExchange(
      x('PUT', `/api/v11/Connection/serviceId/${ID}`, 200, {
        requestJson: { channelRelations: [{ serviceChannelId: CH }] },
      }),
      s,
    );
    expect(again.demonstrates).toContain('connection-modify');
  });

  it('PTV answering "ignored" to a connection is an error finding, not a demonstration', () => {
    const c = classifyExchange(
      x('POST', '/api/v11/Connection', 200, {
        requestJson: [{ serviceId: ID, serviceChannelId: CH }],
        responseJson: [
          `Relationship data for service channel(s) '${CH}' and service '${ID}' ignored, because connection has no common language.`,
        ],
      }),
      session(),
    );
    expect(c.demonstrates).toEqual(['token-use']);
    expect(c.findings.map((f) => [f.rule, f.severity])).toEqual([['observe.connectionIgnored', 'error']]);
  });

  it.each([
    [400, 'T5', 'observe.http400', 'error'],
    [401, 'CONN', 'observe.http401', 'error'],
    [429, 'CONN', 'observe.http429', 'warning'],
    [503, 'T2', 'observe.http5xx', 'warning'],
    [undefined, 'CONN', 'observe.targetUnreachable', 'error'],
  ] as const)('a write answered %s is a %s finding (%s)', (status, item, rule, severity) => {
    const c = classifyExchange(
      x('POST', '/api/v11/Service', status, {
        responseJson: { 'ServiceNames[0].Value': ['The field is required.'] },
        error: 'ECONNREFUSED',
      }),
      new SessionEntities(),
    );
    expect([c.item, c.findings[0]!.rule, c.findings[0]!.severity, c.isCase]).toEqual([
      item,
      rule,
      severity,
      true,
    ]);
    expect(c.demonstrates).toEqual([]);
    if (status === 400)
      expect(c.findings[0]!.message).toContain('ServiceNames[0].Value: The field is required.');
  });

  it('a refused login is a CONN finding; unknown routes are recorded, reads of them are no case', () => {
    expect(
      classifyExchange(x('POST', '/api/auth/api-login', 401, { bearer: false }), new SessionEntities())
        .findings[0]!.rule,
    ).toBe('observe.http401');
    const get = classifyExchange(x('GET', '/api/v11/NoSuchThing', 404), new SessionEntities());
    expect([get.isCase, get.findings]).toEqual([false, []]);
    const post = classifyExchange(x('POST', '/something/else', 404), new SessionEntities());
    expect([post.isCase, post.item, post.notes]).toEqual([
      true,
      'T5',
      ['not a PTV v11 write route ptv-readiness knows'],
    ]);
  });

  it('additional information: charge type, descriptions, hours or any contact list', () => {
    expect(hasAdditionalInfo({ serviceChannelId: CH })).toBe(false);
    expect(hasAdditionalInfo({ description: [] })).toBe(false);
    expect(hasAdditionalInfo({ serviceChargeType: 'Chargeable' })).toBe(true);
    expect(hasAdditionalInfo({ contactDetails: { emails: [{ value: 'a@b.fi' }] } })).toBe(true);
    expect(hasAdditionalInfo({ contactDetails: { emails: [] } })).toBe(false);
  });
});
