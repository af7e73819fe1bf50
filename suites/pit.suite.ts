/**
 * PIT — pitfalls public integrations ran into (reported, not part of DVV's list;
 * process-and-quality.md §9, in-api-v11.md §3.4, §3.5, §4.11, §6.2, §8, §1.5). Each case shows the
 * target behaving as PTV does, so an integration that trips on it is caught before production.
 */
import { anOrganization, aService, aWebPageChannel, type ServiceIn } from '../fixtures/index.js';
import { type PtvResponse, connectedIds, flow, NORMALISATIONS, step, type StepContext } from '#ptvr';
import { fixtureContextOf } from './support/context.js';
import { archive, createChannel, createService } from './support/create.js';
import { afterPut, onlyLanguages } from './support/edit.js';
import { check, modelStateKeys, ptvMessagesOf, requireStatus } from './support/http.js';
import { paths } from './support/paths.js';
import { readBack } from './support/readBack.js';

function requireControl(ctx: StepContext): string {
  if (!ctx.settings.controlUrl) {
    return ctx.skip(`not testable on ${ctx.settings.targetName}: needs the simulator's control surface`);
  }
  return ctx.settings.controlUrl;
}

// The PIT flows are independent: side by side. PIT-06 too: its throttle meets only its own route, and
// its read says its 429 is provoked, so the client retries it without halving everyone's limit.
flow('PIT sourceId reuse after archive', { alongside: true }, () => {
  let sourceId: string;
  step(
    { id: 'PIT-01', dvv: 'PIT', title: 'an archived item keeps its sourceId: a new POST with it is refused' },
    async (ctx) => {
      const body = aWebPageChannel(await fixtureContextOf(ctx));
      sourceId = body.sourceId!;
      const id = await createChannel(ctx, 'WebPage', body);
      await archive(ctx, paths.channel.put('WebPage', id));
      const again = await ctx.client.post(paths.channel.post('WebPage'), body);
      const messages = ptvMessagesOf(again);
      ctx.record.ptvMessages(...messages);
      // 3.4: 500 "... already exists. Please use update endpoint!"; live 2026: 400 "Cannot create new
      // content with sourceId that already exists" (in-api-v11.md §8).
      check(
        ctx,
        (again.status === 400 || again.status === 500) && /already exists/i.test(messages.join(' ')),
        {
          path: 'SourceId',
          rule: 'pit.sourceIdReuse',
          message: `re-POSTing archived sourceId ${sourceId} answered ${again.status}; PTV refuses it ("already exists")`,
          expected: '400/500 already exists',
          actual: { status: again.status, messages },
        },
      );
    },
  );
});

flow('PIT language removal', { alongside: true }, () => {
  let id: string;
  let stored: ServiceIn;
  step(
    {
      id: 'PIT-02',
      dvv: 'PIT',
      title: 'removing a language needs every required list: a partial PUT is refused',
    },
    async (ctx) => {
      stored = aService(await fixtureContextOf(ctx));
      id = await createService(ctx, stored);
      const classes = {
        serviceClasses: stored.serviceClasses,
        ontologyTerms: stored.ontologyTerms,
        targetGroups: stored.targetGroups,
      };
      // Only fi+sv descriptions, no names: the language set changes, so PTV wants every required list (§3.4).
      const partial = {
        serviceDescriptions: onlyLanguages(stored.serviceDescriptions, ['fi', 'sv']),
        ...classes,
        publishingStatus: 'Published',
      };
      const bad = await ctx.client.put(paths.service.put(id), partial);
      ctx.record.ptvMessages(...ptvMessagesOf(bad));
      check(ctx, bad.status === 400, {
        path: 'Model',
        rule: 'pit.languageRemoval',
        message: `a PUT dropping 'en' from descriptions only answered ${bad.status}; PTV answers 400`,
        expected: 400,
        actual: bad.status,
      });
      const full = {
        ...partial,
        serviceNames: onlyLanguages(stored.serviceNames, ['fi', 'sv']),
        keywords: onlyLanguages(stored.keywords ?? [], ['fi', 'sv']),
        languages: ['fi', 'sv'],
      };
      const good = await ctx.client.put(paths.service.put(id), full);
      requireStatus(ctx, good, 200, 'PUT /Service/{id} with every required list');
      stored = afterPut(stored, full);
      await readBack(ctx, { kind: 'service' }, id, stored);
    },
  );

  step(
    { id: 'PIT-03', dvv: 'PIT', title: 'GET shape is not PUT shape: a naive read-modify-write is refused' },
    async (ctx) => {
      const got = await ctx.client.get(paths.service.get(id));
      requireStatus(ctx, got, 200, 'GET /Service/{id}');
      // What a naive client does: send back what it read with one change (§3.5, §10).
      const naive = { ...(got.body as Record<string, unknown>), publishingStatus: 'Published' };
      const res = await ctx.client.put(paths.service.put(id), naive);
      ctx.record.ptvMessages(...ptvMessagesOf(res));
      check(ctx, res.status === 400, {
        path: 'Model',
        rule: 'pit.readModifyWrite',
        message: `PUT of the GET body answered ${res.status}; PTV refuses the OUT shapes (areas, classification objects, organizations)`,
        expected: 400,
        actual: { status: res.status, keys: modelStateKeys(res) },
      });
    },
  );
});

flow('PIT no common language', { alongside: true }, () => {
  step(
    { id: 'PIT-04', dvv: 'PIT', title: 'a connection with no common language is dropped with a 200 message' },
    async (ctx) => {
      const f = await fixtureContextOf(ctx);
      const serviceId = await createService(ctx, aService(f, undefined, { languages: ['fi'] }));
      const channelId = await createChannel(
        ctx,
        'WebPage',
        aWebPageChannel(f, undefined, { languages: ['sv'] }),
      );
      const res = await ctx.client.post(paths.connection.post, [{ serviceId, serviceChannelId: channelId }]);
      requireStatus(ctx, res, 200, 'POST /Connection');
      const messages = ptvMessagesOf(res);
      ctx.record.ptvMessages(...messages);
      check(
        ctx,
        messages.some((m) => m.includes('ignored, because connection has no common language')),
        {
          path: 'Connection',
          rule: 'pit.noCommonLanguage',
          message: 'the answer does not say the connection was ignored for lack of a common language',
          expected: 'ignored, because connection has no common language',
          actual: messages,
        },
      );
      const svc = await ctx.client.get(paths.service.get(serviceId));
      check(ctx, !connectedIds(svc.body, 'service').includes(channelId), {
        path: 'ServiceChannels',
        rule: 'pit.noCommonLanguage',
        message: 'the dropped connection appears on the service anyway',
        expected: 'absent',
        actual: channelId,
      });
    },
  );
});

flow('PIT Modified dead-end', { alongside: true }, () => {
  step(
    { id: 'PIT-05', dvv: 'PIT', title: 'once the latest version is Modified, every PUT is refused' },
    async (ctx) => {
      const control = requireControl(ctx);
      const body = aWebPageChannel(await fixtureContextOf(ctx));
      const id = await createChannel(ctx, 'WebPage', body);
      // Archive first so the ledger shows it done: a Modified item cannot be archived by the API.
      await archive(ctx, paths.channel.put('WebPage', id));
      const ui = await fetch(`${control}/modified/${id}`, { method: 'POST' });
      check(ctx, ui.ok, {
        path: 'control',
        rule: 'pit.control',
        message: `the control surface answered ${ui.status}`,
      });
      const res = await ctx.client.put(paths.channel.put('WebPage', id), { publishingStatus: 'Deleted' });
      const messages = ptvMessagesOf(res);
      ctx.record.ptvMessages(...messages);
      check(
        ctx,
        res.status === 400 &&
          messages.some((m) => m.includes('You cannot update entity with status Modified.')),
        {
          path: 'PublishingStatus',
          rule: 'pit.modifiedDeadEnd',
          message: `a PUT on a Modified item answered ${res.status}; PTV refuses it until a person publishes in the UI`,
          expected: 400,
          actual: { status: res.status, messages },
        },
      );
    },
  );
});

flow('PIT 429', { alongside: true }, () => {
  step(
    { id: 'PIT-06', dvv: 'PIT', title: 'a 429 answer is retried with back-off and the request completes' },
    async (ctx) => {
      const control = requireControl(ctx);
      // Only against the simulator (never at DVV's shared environment): the control surface makes the
      // next two requests for the service list meet PTV's 429 (§1.5, the in-flight cap full) — one raw,
      // to show the answer's shape, one through the client, which must back off and retry. No timing
      // involved; scoped to this case's own route (no other case reads the service list), so the cases
      // running beside it are not throttled; `provoked429`: the client backs off and retries as after any
      // 429, but keeps its adaptive limit (this 429 says nothing about how much the target takes).
      const throttle = async (count: number): Promise<void> => {
        const r = await fetch(`${control}/throttle`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ count, method: 'GET', path: paths.service.list }),
        });
        check(ctx, r.ok, { path: 'control', message: `the control surface answered ${r.status}` });
      };
      await throttle(2);
      let res: PtvResponse;
      let raw: Response;
      let rawText: string;
      try {
        raw = await fetch(new URL(paths.service.list, ctx.settings.apiUrl));
        rawText = await raw.text();
        res = await ctx.client.get(paths.service.list, { auth: 'none', provoked429: true });
      } finally {
        await throttle(0);
      }
      check(
        ctx,
        raw.status === 429 &&
          rawText.includes('Too many requests') &&
          raw.headers.get('retry-after') === null,
        {
          path: 'Http429',
          rule: 'pit.429',
          message: `with the cap full the target answered ${raw.status}; PTV answers 429 "Too many requests …" without Retry-After`,
          expected: 429,
          actual: { status: raw.status, retryAfter: raw.headers.get('retry-after') },
        },
      );
      check(ctx, res.status === 200 && res.attempts > 1, {
        path: 'Http429',
        rule: 'pit.429',
        message: `the client's read ended with ${res.status} after ${res.attempts} attempt(s); expected a retry after the 429, then 200`,
        expected: { status: 200, attempts: '>1' },
        actual: { status: res.status, attempts: res.attempts },
      });
      ctx.record.finding({
        path: 'Http429',
        rule: 'pit.429',
        severity: 'info',
        message: `the client's read met a 429 and completed after ${res.attempts} attempt(s)`,
      });
    },
  );
});

flow('PIT silent normalisations', { alongside: true }, () => {
  step(
    {
      id: 'PIT-07',
      dvv: 'PIT',
      title: 'PTV changes some data instead of refusing it: the 200 answer already shows what was stored',
    },
    async (ctx) => {
      // The list for integrators (rules/normalisations.ts; docs/rules.md "What PTV silently changes").
      for (const n of NORMALISATIONS)
        ctx.record.finding({
          path: n.name,
          message: `${n.summary} [ptv-release-3_4 ${n.source}]`,
          rule: 'pit.normalisation',
          severity: 'info',
        });
      // An integration that compares the 200 answer with what it sent sees the change at once.
      const body = anOrganization(await fixtureContextOf(ctx));
      const first = body.organizationNames[0]!;
      const long = `${first.value} ${'Pitkä nimi jatkuu vielä. '.repeat(6)}`.slice(0, 120);
      body.organizationNames = body.organizationNames.map((n, i) => (i === 0 ? { ...n, value: long } : n));
      const res = await ctx.client.post(paths.organization.post, body);
      requireStatus(ctx, res, 200, 'POST /Organization');
      const id = (res.body as { id?: string }).id;
      if (id) ctx.record.entity(id);
      const names = (res.body as { organizationNames?: { value?: string; language?: string }[] })
        .organizationNames;
      const answered = names?.find((n) => n.language === first.language)?.value;
      check(ctx, answered === long.slice(0, 100), {
        path: 'OrganizationNames',
        rule: 'pit.normalisation',
        message: 'the 200 answer to a 120-character organisation name should carry the name cut to 100',
        expected: long.slice(0, 100),
        actual: answered,
      });
    },
  );
});
