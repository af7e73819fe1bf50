/**
 * T1 in the v12 write profile (v12-migration.md §4.8): the sub-organisation of the v11 suite, created
 * with `PostSubOrganizationRequest`, read back through v12, modified by id with a full `Put…`; modify
 * by sourceId has no v12 operation and is skipped with the fixed reason.
 */
import { anOrganization, type OrganizationIn } from '../../fixtures/index.js';
import { flow } from '#ptvr';
import { fixtureContextOf } from '../support/context.js';
import { afterPut, withUpdatedTexts } from '../support/edit.js';
import { sameCase } from './support/catalogue.js';
import { createV12, readBackV12, replaceV12, toV12, type Written } from './support/material.js';
import { skipNotExpressible } from './support/notExpressible.js';

flow('T1 sub-organisations (v12)', () => {
  let org: Written;
  let stored: OrganizationIn;

  sameCase('ORG-01', 'T1', async (ctx) => {
    stored = anOrganization(await fixtureContextOf(ctx));
    org = await createV12(ctx, 'sub-organization', stored);
  });

  // The parent is one of the compared keys: a sub-organisation under another parent is a mismatch.
  sameCase('ORG-02', 'T1', async (ctx) => {
    await readBackV12(ctx, org);
  });

  sameCase('ORG-03', 'T1', async (ctx) => {
    stored = afterPut(stored, {
      organizationDescriptions: withUpdatedTexts(stored.organizationDescriptions, 'Description'),
    });
    org = await replaceV12(ctx, org, toV12(ctx, 'sub-organization', stored, 'put'));
    await readBackV12(ctx, org);
  });

  sameCase('ORG-04', 'T1', async (ctx) => skipNotExpressible(ctx, 'organization.updateByExternalId'));
});
