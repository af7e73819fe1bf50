/**
 * T1 — create and edit sub-organisations (DVV "uusien aliorganisaatioiden lisääminen ja
 * muokkaaminen"). Created `Published`: there is no Organization/active/{id}, so a draft could not be
 * read back (in-api-v11.md §2.1, §4.1).
 */
import { anOrganization, type OrganizationIn } from '../fixtures/index.js';
import { flow, step } from '#ptvr';
import { fixtureContextOf, organizationIdOf } from './support/context.js';
import { createOrganization } from './support/create.js';
import { afterPut, withUpdatedTexts } from './support/edit.js';
import { check, requireStatus } from './support/http.js';
import { paths } from './support/paths.js';
import { readBack } from './support/readBack.js';

flow('T1 sub-organisations', () => {
  let id: string;
  let stored: OrganizationIn;

  step(
    { id: 'ORG-01', dvv: 'T1', title: 'create a sub-organisation under the configured organisation' },
    async (ctx) => {
      stored = anOrganization(await fixtureContextOf(ctx));
      id = await createOrganization(ctx, stored);
    },
  );

  step({ id: 'ORG-02', dvv: 'T1', title: 'read the new sub-organisation back' }, async (ctx) => {
    const read = (await readBack(ctx, { kind: 'organization' }, id, stored)) as {
      parentOrganizationId?: unknown;
    };
    check(ctx, read.parentOrganizationId === (await organizationIdOf(ctx)), {
      path: 'ParentOrganizationId',
      rule: 'org.parent',
      message: 'the sub-organisation is not under the configured organisation',
      expected: await organizationIdOf(ctx),
      actual: read.parentOrganizationId,
    });
  });

  step(
    { id: 'ORG-03', dvv: 'T1', title: 'modify the sub-organisation by id and read it back' },
    async (ctx) => {
      const put = {
        organizationDescriptions: withUpdatedTexts(stored.organizationDescriptions, 'Description'),
        publishingStatus: 'Published' as const,
      };
      const res = await ctx.client.put(paths.organization.put(id), put);
      requireStatus(ctx, res, 200, 'PUT /Organization/{id}');
      stored = afterPut(stored, put);
      await readBack(ctx, { kind: 'organization' }, id, stored);
    },
  );

  step(
    { id: 'ORG-04', dvv: 'T1', title: 'modify the sub-organisation by sourceId and read it back' },
    async (ctx) => {
      const renamed = anOrganization(await fixtureContextOf(ctx));
      const put = {
        organizationNames: renamed.organizationNames,
        displayNameType: renamed.displayNameType,
        webPages: renamed.webPages,
        publishingStatus: 'Published' as const,
      };
      const res = await ctx.client.put(paths.organization.putBySource(stored.sourceId!), put);
      requireStatus(ctx, res, 200, 'PUT /Organization/sourceId/{sourceId}');
      stored = afterPut(stored, put);
      await readBack(ctx, { kind: 'organization' }, id, stored);
    },
  );
});
