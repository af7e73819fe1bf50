/**
 * CONN in the v12 write profile (v12-migration.md §4.8): the api-login token the v12 writes carry
 * [INF] (CONN-01/02, when the route map's token source is `api-login`), an authenticated v12 write
 * read back through v12 (CONN-03), v12 writes without or with a forged token refused (CONN-04/05), the
 * gateway's read with the key (CONN-06), and the API-key checks V12-CONN-01..05.
 */
import { aService, aWebPageChannel } from '../../fixtures/index.js';
import { flow, routePath, type StepContext, toV12Request, type V12WriteAuth } from '#ptvr';
import { fixtureContextOf, organizationIdOf } from '../support/context.js';
import { check } from '../support/http.js';
import { checkTokenLifetime, checkTokenShape } from '../support/tokenChecks.js';
import { sameCase } from './support/catalogue.js';
import { v12KeyChecks } from '../support/v12KeyChecks.js';
import { createV12, readBackV12, toV12 } from './support/material.js';
import { routeMap } from './support/routes.js';

/** CONN-01/02 judge the api-login token; a map that sends another token (or none) has no login to judge. */
function needsLoginToken(ctx: StepContext): void {
  const source = routeMap(ctx).map.auth.token.source;
  if (source !== 'api-login')
    ctx.skip(`the route map's v12 writes carry no api-login token (token source: ${source})`);
}

/**
 * A v12 create of a web page channel with other credentials than the map's: it must not succeed. Should
 * it succeed anyway, the channel goes into the ledger so teardown removes it like any other material.
 */
async function writeRefused(ctx: StepContext, token: V12WriteAuth['token'] | undefined, rule: string) {
  const map = routeMap(ctx);
  if (map.map.auth.token.source === 'none') ctx.skip('the route map sends no token with v12 writes');
  const route = map.map.routes['channel.create'];
  if (!route) return ctx.skip('the route map has no channel.create route');
  const body = toV12(ctx, 'WebPage', aWebPageChannel(await fixtureContextOf(ctx)), 'post');
  const res = await ctx.client.request({
    method: route.method,
    path: routePath(map.map, 'channel.create', route, { type: 'WebPage' }),
    api: 'v12',
    auth: { v12Write: { keyHeader: map.map.auth.apiKeyHeader, ...(token && { token }) } },
    body,
  });
  if (map.map.status === 'inferred') ctx.record.provisional();
  const id = (res.body as { contentId?: unknown } | null)?.contentId;
  if (res.status < 300 && typeof id === 'string') {
    ctx.client.appendLedger?.({
      event: 'created',
      objectType: 'ServiceChannel',
      channelType: 'WebPage',
      id,
      caseId: ctx.caseId,
    });
  }
  // 401 is v11's answer; v12's is not documented [INF]: any refusal passes, the status is recorded.
  ctx.record.finding({
    path: 'authorization',
    rule: `${rule}.status`,
    severity: 'info',
    message: `the v12 write answered ${res.status}`,
    actual: res.status,
  });
  check(ctx, res.status >= 400, {
    path: 'authorization',
    rule,
    message: `a v12 write ${token ? 'with a forged token' : 'without a token'} answered ${res.status}`,
    expected: '4xx',
    actual: res.status,
  });
}

flow('CONN connection and access (v12)', () => {
  sameCase('CONN-01', 'CONN', async (ctx) => {
    needsLoginToken(ctx);
    await checkTokenShape(ctx);
  });

  sameCase('CONN-02', 'CONN', async (ctx) => {
    needsLoginToken(ctx);
    await checkTokenLifetime(ctx);
  });

  sameCase('CONN-03', 'CONN', async (ctx) => {
    const channel = await createV12(ctx, 'WebPage', aWebPageChannel(await fixtureContextOf(ctx)));
    await readBackV12(ctx, channel);
  });

  sameCase('CONN-04', 'CONN', (ctx) => writeRefused(ctx, undefined, 'conn.unauthenticatedRefused'));

  sameCase('CONN-05', 'CONN', (ctx) =>
    writeRefused(
      ctx,
      {
        header: routeMap(ctx).map.auth.token.header ?? 'authorization',
        scheme: routeMap(ctx).map.auth.token.scheme ?? 'Bearer',
        // Well-formed JWT, wrong signature.
        value: { literal: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwdHZyIn0.c2lnbmF0dXJl' },
      },
      'conn.badTokenRefused',
    ),
  );

  sameCase('CONN-06', 'CONN', async (ctx) => {
    const org = await organizationIdOf(ctx);
    const res = await ctx.client.request({ method: 'GET', path: `/api/v12/organization/${org}`, api: 'v12' });
    check(ctx, res.status === 200, {
      path: 'v12ApiUrl',
      rule: 'conn.apiReachable',
      message: `GET /api/v12/organization/{id} with the API key answered ${res.status}`,
      expected: 200,
      actual: res.status,
    });
  });
});

flow('V12 API key (v12)', () => {
  v12KeyChecks(async (ctx) => {
    const body = toV12Request('service', aService(await fixtureContextOf(ctx, 'SRV-01'))).body;
    return {
      'service-classes': (body.serviceClasses as string[] | undefined) ?? [],
      'target-groups': (body.targetGroups as string[] | undefined) ?? [],
    };
  });
});
