import { describe, expect, it } from 'vitest';
import { createTargetOf, isDefiniteRefusal, recoverAmbiguousCreate } from './recoverAmbiguousCreate.js';
import type { PtvRequest, PtvResponse } from './types.js';

/** PTV's paged list as plain data: `get` answers like the API would, and records what was read. */
function pagedPtv(items: Array<Record<string, unknown>>, pageSize: number) {
  const reads: string[] = [];
  const get = async (path: string, query?: PtvRequest['query']): Promise<PtvResponse> => {
    const q = Object.entries(query ?? {}).map(([k, v]): [string, string] => [k, String(v)]);
    reads.push(`${path}?${new URLSearchParams(q).toString()}`);
    const page = Number(query?.page ?? 1);
    const mine = items.filter((i) => i.org === query?.organizationId);
    const body = {
      pageNumber: page,
      pageCount: Math.ceil(mine.length / pageSize),
      itemList: mine.slice((page - 1) * pageSize, page * pageSize),
    };
    return { status: 200, headers: {}, body, text: '', attempts: 1, evidenceIds: [], durationMs: 0 };
  };
  return { get, reads };
}

const since = new Date('2026-06-01T00:00:00Z');

describe('recoverAmbiguousCreate', () => {
  it('pages through the organisation lists, most specific organisation first, and stops at the hit', async () => {
    const items = [
      ...Array.from({ length: 5 }, (_, i) => ({ id: `a${i}`, sourceId: `s${i}`, org: 'main' })),
      { id: 'x', sourceId: 'lost', org: 'other' },
      { id: 'b', sourceId: 'other-svc', org: 'other' },
    ];
    const ptv = pagedPtv(items, 2);
    const found = await recoverAmbiguousCreate(ptv.get, {
      target: { objectType: 'Service', sourceId: 'lost' },
      body: { mainResponsibleOrganization: 'main', otherResponsibleOrganizations: ['other'] },
      ptvOrganizationId: 'fallback',
      since,
    });
    expect(found).toMatchObject({ id: 'x' });
    expect(ptv.reads).toEqual([
      '/api/v11/Service/list/organization?organizationId=main&page=1',
      '/api/v11/Service/list/organization?organizationId=main&page=2',
      '/api/v11/Service/list/organization?organizationId=main&page=3',
      '/api/v11/Service/list/organization?organizationId=other&page=1',
    ]);
  });

  it('answers undefined when the entity is nowhere, so the caller may re-POST', async () => {
    const ptv = pagedPtv([{ id: 'a', sourceId: 'a', org: 'o' }], 100);
    const found = await recoverAmbiguousCreate(ptv.get, {
      target: { objectType: 'ServiceChannel', channelType: 'Phone', sourceId: 'missing' },
      body: { organizationId: 'o' },
      since,
    });
    expect(found).toBeUndefined();
    expect(ptv.reads[0]).toBe('/api/v11/ServiceChannel/list/organization?organizationId=o&page=1');
  });

  it('finds the create target of a POST from recoverBy or the path and body, nothing else', () => {
    expect(createTargetOf({ method: 'POST', path: '/api/v11/Service', body: { sourceId: 's' } })).toEqual({
      objectType: 'Service',
      sourceId: 's',
    });
    expect(
      createTargetOf({
        method: 'POST',
        path: '/api/v11/ServiceChannel/Phone',
        body: { sourceId: 'p' },
      }),
    ).toEqual({ objectType: 'ServiceChannel', channelType: 'Phone', sourceId: 'p' });
    expect(
      createTargetOf({
        method: 'POST',
        path: '/x',
        recoverBy: { objectType: 'Organization', sourceId: 'o' },
      }),
    ).toEqual({ objectType: 'Organization', sourceId: 'o' });
    expect(createTargetOf({ method: 'POST', path: '/api/v11/Service', body: {} })).toBeUndefined();
    expect(
      createTargetOf({ method: 'PUT', path: '/api/v11/Service/1', body: { sourceId: 's' } }),
    ).toBeUndefined();
    expect(
      createTargetOf({ method: 'POST', path: '/api/v11/Connection', body: { sourceId: 's' } }),
    ).toBeUndefined();
  });

  it("tells PTV's definite duplicate refusal from an ambiguous 5xx", () => {
    expect(isDefiniteRefusal('Cannot create new content with sourceId that already exists')).toBe(true);
    expect(isDefiniteRefusal('An unexpected error occurred. Trace id: 00-ab')).toBe(false);
  });
});
