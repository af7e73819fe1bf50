/**
 * T2 — create and edit services (DVV "uusien palvelujen lisääminen ja muokkaaminen"): fi/sv/en,
 * modify by id and by sourceId, a description-only change that resends the full lists, removing a
 * language version; every write read back (public GET and /active).
 */
import { aService, topicOf, type ServiceIn } from '../fixtures/index.js';
import { flow, step } from '#ptvr';
import { fixtureContextOf } from './support/context.js';
import { createService } from './support/create.js';
import { afterPut, onlyLanguages, withUpdatedTexts } from './support/edit.js';
import { check, requireStatus } from './support/http.js';
import { paths } from './support/paths.js';
import { readBack } from './support/readBack.js';

/** Required on a Published service PUT without a general description (§3.5). */
function classifications(s: ServiceIn) {
  return { serviceClasses: s.serviceClasses, ontologyTerms: s.ontologyTerms, targetGroups: s.targetGroups };
}

flow('T2 services', () => {
  let id: string;
  let stored: ServiceIn;

  step(
    { id: 'SRV-01', dvv: 'T2', title: 'create a service in Finnish, Swedish and English' },
    async (ctx) => {
      stored = aService(await fixtureContextOf(ctx));
      id = await createService(ctx, stored);
    },
  );

  step({ id: 'SRV-02', dvv: 'T2', title: 'read the new service back (public and active)' }, async (ctx) => {
    await readBack(ctx, { kind: 'service' }, id, stored);
  });

  step(
    {
      id: 'SRV-03',
      dvv: 'T2',
      title: 'change only a description by id, resending the full lists; read back',
    },
    async (ctx) => {
      // PTV replaces serviceDescriptions whole and requires a Summary in it: resend every item.
      const put = {
        serviceDescriptions: withUpdatedTexts(stored.serviceDescriptions, 'Description'),
        ...classifications(stored),
        publishingStatus: 'Published' as const,
      };
      const res = await ctx.client.put(paths.service.put(id), put);
      requireStatus(ctx, res, 200, 'PUT /Service/{id}');
      stored = afterPut(stored, put);
      await readBack(ctx, { kind: 'service' }, id, stored);
    },
  );

  step({ id: 'SRV-04', dvv: 'T2', title: 'rename the service by sourceId; read back' }, async (ctx) => {
    // Built for this case: same topic, but the name tag now carries SRV04, so every name changes.
    const topic = topicOf(stored.serviceNames)?.key;
    const renamed = aService(await fixtureContextOf(ctx), undefined, topic === undefined ? {} : { topic });
    const put = {
      serviceNames: renamed.serviceNames,
      keywords: renamed.keywords,
      ...classifications(stored),
      publishingStatus: 'Published' as const,
    };
    const res = await ctx.client.put(paths.service.putBySource(stored.sourceId!), put);
    requireStatus(ctx, res, 200, 'PUT /Service/sourceId/{sourceId}');
    stored = afterPut(stored, put);
    await readBack(ctx, { kind: 'service' }, id, stored);
  });

  step({ id: 'SRV-05', dvv: 'T2', title: 'remove the English language version; read back' }, async (ctx) => {
    // Removing a language = sending every required list without it (§3.4 rule 3).
    const keep = ['fi', 'sv'];
    const put = {
      serviceNames: onlyLanguages(stored.serviceNames, keep),
      serviceDescriptions: onlyLanguages(stored.serviceDescriptions, keep),
      keywords: onlyLanguages(stored.keywords ?? [], keep),
      languages: keep,
      ...classifications(stored),
      publishingStatus: 'Published' as const,
    };
    const res = await ctx.client.put(paths.service.put(id), put);
    requireStatus(ctx, res, 200, 'PUT /Service/{id} without en');
    stored = afterPut(stored, put);
    const read = (await readBack(ctx, { kind: 'service' }, id, stored)) as {
      serviceNames?: { language: string }[];
    };
    const english = (read.serviceNames ?? []).filter((n) => n.language === 'en');
    check(ctx, english.length === 0, {
      path: 'ServiceNames',
      rule: 'service.languageRemoved',
      message: 'the English name is still there after the language was removed',
      expected: [],
      actual: english,
    });
  });
});
