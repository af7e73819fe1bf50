/**
 * T2 in the v12 write profile (v12-migration.md §4.8): the v11 suite's service through
 * `PostServiceRequest` / `PutServiceRequest` (`languageVersions`), each write read back through v12;
 * SRV-05 removes the `en` language version; rename by sourceId has no v12 operation (skipped).
 */
import { aService, type ServiceIn } from '../../fixtures/index.js';
import { flow } from '#ptvr';
import { fixtureContextOf } from '../support/context.js';
import { afterPut, withUpdatedTexts } from '../support/edit.js';
import { check } from '../support/http.js';
import { sameCase } from './support/catalogue.js';
import {
  createV12,
  readBackV12,
  replaceV12,
  toV12,
  withoutLanguage,
  type Written,
} from './support/material.js';
import { skipNotExpressible } from './support/notExpressible.js';

flow('T2 services (v12)', () => {
  let service: Written;
  let stored: ServiceIn;

  sameCase('SRV-01', 'T2', async (ctx) => {
    stored = aService(await fixtureContextOf(ctx));
    service = await createV12(ctx, 'service', stored);
  });

  sameCase('SRV-02', 'T2', async (ctx) => {
    await readBackV12(ctx, service);
  });

  sameCase('SRV-03', 'T2', async (ctx) => {
    stored = afterPut(stored, {
      serviceDescriptions: withUpdatedTexts(stored.serviceDescriptions, 'Description'),
    });
    service = await replaceV12(ctx, service, toV12(ctx, 'service', stored, 'put'));
    await readBackV12(ctx, service);
  });

  sameCase('SRV-04', 'T2', async (ctx) => skipNotExpressible(ctx, 'service.updateByExternalId'));

  sameCase('SRV-05', 'T2', async (ctx) => {
    // v12 PUT replaces the whole service [INF]: every text in English goes, not only the names.
    const keep = ['fi', 'sv'];
    stored = { ...withoutLanguage(stored, 'en'), languages: keep };
    service = await replaceV12(ctx, service, toV12(ctx, 'service', stored, 'put'));
    const read = await readBackV12(ctx, service);
    const versions = Object.keys((read.languageVersions ?? {}) as object);
    check(ctx, !versions.includes('en'), {
      path: 'languageVersions.en',
      rule: 'service.languageRemoved',
      message: 'the English language version is still there after a PUT without it',
      expected: keep,
      actual: versions,
    });
  });
});
