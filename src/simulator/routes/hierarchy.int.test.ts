/**
 * GET /Organization/Hierarchy and /Organization/Hierarchy/{id} (routes/hierarchy.ts) with the real client
 * against the real simulator (ptv-release-3_4 V11OrganizationController.cs:383-424,
 * OrganizationService.cs:537-611, OrphanOrganizationsPagingHandler.cs:48-57).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrganization } from '../../../fixtures/index.js';
import { startSimClient, type Obj, type Page, type SimClient } from '../../../test/support/simClient.js';

const UNKNOWN = '0e0e0e0e-1111-4222-8333-444444444444';
let t: SimClient;
let root: Obj;
let child: Obj;
let grandchild: Obj;
let draftChild: Obj;

beforeAll(async () => {
  t = await startSimClient();
  root = (await t.client.get(`/api/v11/Organization/${t.sim.organizationId}`, { auth: 'none' })).body as Obj;
  const org = (name: string, parent: string, over: Record<string, unknown> = {}) =>
    t.write('POST', '/Organization', anOrganization({ ...t.ctx(name), organizationId: parent }, over));
  child = await org('hierarchy child', root.id);
  grandchild = await org('hierarchy grandchild', child.id);
  draftChild = await org('hierarchy draft', root.id, { publishingStatus: 'Draft' });
});
afterAll(() => t.close());

describe('GET /Organization/Hierarchy/{id}', () => {
  it('the tree: published parents up, published sub-organisations down, each with its names', async () => {
    const r = await t.get(`/Organization/Hierarchy/${child.id}`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      id: child.id,
      organizationNames: child.organizationNames,
      parent: { id: root.id, organizationNames: root.organizationNames, parent: null },
      subOrganizations: [
        { id: grandchild.id, organizationNames: grandchild.organizationNames, subOrganizations: null },
      ],
    });
    // The root lists its published children only (the draft one is left out, :543-545).
    const top = (await t.get(`/Organization/Hierarchy/${root.id}`)).body as Obj & {
      subOrganizations: { id: string; subOrganizations: unknown[] }[];
    };
    expect(top.parent).toBeNull();
    expect(top.subOrganizations.map((s) => s.id)).toEqual([child.id]);
    expect(top.subOrganizations[0]!.subOrganizations).toHaveLength(1);
    expect(JSON.stringify(top)).not.toContain(draftChild.id);
  });

  it('a leaf has an empty subOrganizations list; 404 unless published; 400 for a bad guid', async () => {
    expect(((await t.get(`/Organization/Hierarchy/${grandchild.id}`)).body as Obj).subOrganizations).toEqual(
      [],
    );
    for (const id of [UNKNOWN, draftChild.id]) {
      const r = await t.get(`/Organization/Hierarchy/${id}`);
      expect(r.status).toBe(404);
      expect(r.body).toEqual({ errorMessage: `Organization with id '${id}' not found.` });
    }
    const bad = await t.get('/Organization/Hierarchy/nope');
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({
      id: ['Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).'],
    });
  });
});

describe('GET /Organization/Hierarchy (the organisations without a published parent)', () => {
  it('lists roots only, with dates and the page check', async () => {
    const p = (await t.get('/Organization/Hierarchy')).body as Page;
    expect(p).toMatchObject({ pageNumber: 1, pageSize: 1000, pageCount: 1 });
    expect(p.itemList!.map((i) => i.id)).toEqual([root.id]);
    expect(p.itemList![0]).toEqual({ id: root.id, name: expect.any(String) });
    // Archiving the child leaves the grandchild without a published parent: it is a root now.
    await t.write('PUT', `/Organization/${child.id}`, { publishingStatus: 'Deleted' });
    const after = (await t.get('/Organization/Hierarchy')).body as Page;
    expect(after.itemList!.map((i) => i.id)).toEqual([root.id, grandchild.id]);
    const neg = await t.get('/Organization/Hierarchy?page=-1');
    expect(neg.status).toBe(400);
    expect(neg.body).toEqual({ page: ['The page number cannot be negative value.'] });
    expect(
      ((await t.get('/Organization/Hierarchy?dateBefore=2000-01-01T00:00:00')).body as Page).itemList,
    ).toBeNull();
  });
});
