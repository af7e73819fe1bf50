/** GET /Service/active and /ServiceChannel/active: guid pages of the non-archived items. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPhoneChannel, aService } from '../../fixtures/index.js';
import { fixtureFor, startSim, type TestSim } from '../../test/support/sim.js';
import { okCalls } from '../../test/support/okCalls.js';

let t: TestSim;
let org: string;
beforeAll(async () => {
  t = await startSim();
  org = t.sim.organizationId;
});
afterAll(() => t.close());
type Page = { pageNumber: number; pageSize: number; pageCount: number; itemList: { id: string }[] | null };

const { post, put, get } = okCalls(() => t);

describe('GET /Service/active and /ServiceChannel/active', () => {
  it('guid page of Draft/Published/Modified items, archived ones left out; bearer required', async () => {
    const draftBody = aService(fixtureFor(org, 'Aktiivi luonnos'), { publishingStatus: 'Draft' });
    const draft = await post('/Service', draftBody);
    const published = await post('/Service', aService(fixtureFor(org, 'Aktiivi julkaistu')));
    const archived = await post('/Service', aService(fixtureFor(org, 'Aktiivi arkistoitu')));
    await put(`/Service/${archived.id}`, { publishingStatus: 'Deleted' });

    const page = (await get('/Service/active?date=2000-01-01T00:00:00&page=1')) as unknown as Page;
    expect(page).toMatchObject({ pageNumber: 1, pageSize: 1000, pageCount: 1 });
    const ids = page.itemList!.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining([draft.id, published.id]));
    expect(ids).not.toContain(archived.id);
    expect(page.itemList!.find((i) => i.id === draft.id)).toEqual({
      id: draft.id,
      name: draftBody.serviceNames.find((n) => n.language === 'fi')!.value,
    });

    const none = (await get('/Service/active?dateBefore=2000-01-01T00:00:00')) as unknown as Page;
    expect(none).toMatchObject({ pageCount: 0, itemList: null });
    const bad = await t.call('GET', '/api/v11/Service/active?date=yesterday');
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({ date: ['The date parameter is invalid.'] });
    expect(
      (await t.call('GET', '/api/v11/Service/active?date=2000-01-01T00:00:00', undefined, null)).status,
    ).toBe(401);
  });

  it('channels: drafts listed, archived left out', async () => {
    const draft = await post(
      '/ServiceChannel/Phone',
      aPhoneChannel(fixtureFor(org, 'Luonnospuhelin'), { publishingStatus: 'Draft' }),
    );
    const archived = await post('/ServiceChannel/Phone', aPhoneChannel(fixtureFor(org, 'Poistopuhelin')));
    await put(`/ServiceChannel/Phone/${archived.id}`, { publishingStatus: 'Deleted' });
    const page = (await get('/ServiceChannel/active?date=2000-01-01T00:00:00')) as unknown as Page;
    const ids = page.itemList!.map((i) => i.id);
    expect(ids).toContain(draft.id);
    expect(ids).not.toContain(archived.id);
    expect((await t.call('GET', '/api/v11/ServiceChannel/active', undefined, null)).status).toBe(401);
  });
});
