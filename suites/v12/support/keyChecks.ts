/**
 * V12-CONN-01..05 in the v12 write profile: the gateway's health, a read with the API key, refusals
 * without or with a wrong key, and the reference codes the run's services send. The same checks as the
 * V12 read-back suite's (suites/v12-readback.suite.ts), judged the same way; there they read the ledger
 * of v11 writes, here the codes come from the profile's own service body.
 */
import type { StepContext } from '#ptvr';
import { organizationIdOf } from '../../support/context.js';
import { check } from '../../support/http.js';
import { sameCase } from './catalogue.js';

type CodeLists = Record<'service-classes' | 'target-groups', string[]>;

const v12Get = (ctx: StepContext, path: string, query?: Record<string, string | number>) =>
  ctx.client.request({ method: 'GET', path, api: 'v12', ...(query && { query }) });

export function keyChecks(codesOf: (ctx: StepContext) => Promise<CodeLists>): void {
  sameCase('V12-CONN-01', 'V12', async (ctx) => {
    const res = await ctx.client.request({
      method: 'GET',
      path: '/health/readiness',
      api: 'v12',
      auth: 'none',
    });
    check(ctx, res.status === 200 && res.body === 'healthy', {
      path: '/health/readiness',
      rule: 'v12.health',
      message: `GET /health/readiness answered ${res.status} ${JSON.stringify(res.body)}; expected 200 "healthy"`,
      actual: res.status,
    });
  });

  sameCase('V12-CONN-02', 'V12', async (ctx) => {
    const org = await organizationIdOf(ctx);
    const res = await v12Get(ctx, `/api/v12/organization/${org}`);
    check(ctx, res.status === 200 && (res.body as { contentId?: unknown })?.contentId === org, {
      path: '/api/v12/organization/{id}',
      rule: 'v12.read',
      message: `GET /api/v12/organization/${org} answered ${res.status}; expected 200 with contentId ${org}`,
      actual: res.status,
    });
  });

  const refused = (id: string, auth: 'none' | { apiKey: string }) =>
    sameCase(id, 'V12', async (ctx) => {
      const org = await organizationIdOf(ctx);
      const res = await ctx.client.request({
        method: 'GET',
        path: `/api/v12/organization/${org}`,
        api: 'v12',
        auth,
      });
      // 401/403 is [INF]: the spec documents neither, so only "not 2xx" is judged; the status is recorded.
      ctx.record.finding({
        path: 'x-api-key',
        rule: 'v12.keyRefusal',
        severity: 'info',
        message: `without a valid key the gateway answered ${res.status}`,
        actual: res.status,
      });
      check(ctx, res.status < 200 || res.status >= 300, {
        path: 'x-api-key',
        rule: 'v12.keyRequired',
        message: `GET /api/v12/organization/{id} answered ${res.status} with ${auth === 'none' ? 'no' : 'a wrong'} key`,
        actual: res.status,
      });
    });
  refused('V12-CONN-03', 'none');
  refused('V12-CONN-04', { apiKey: 'ptvr-wrong-api-key' });

  sameCase('V12-CONN-05', 'V12', async (ctx) => {
    for (const [list, codes] of Object.entries(await codesOf(ctx))) {
      const all = [...new Set(codes)];
      for (let i = 0; i < all.length; i += 20) {
        const chunk = all.slice(i, i + 20); // at most 20 codes per call [SPEC]
        const res = await v12Get(ctx, `/api/v12/${list}`, { page: 1, pageSize: 100, codes: chunk.join(',') });
        const found = new Map(
          ((res.body as { items?: { code: string; isValid: boolean }[] })?.items ?? []).map((x) => [
            x.code,
            x.isValid,
          ]),
        );
        for (const c of chunk) {
          check(ctx, found.get(c) === true, {
            path: `${list}/${c}`,
            rule: 'v12.referenceCode',
            message: `code ${c} is ${found.has(c) ? 'not valid' : 'missing'} in /api/v12/${list}`,
            expected: true,
            actual: found.get(c) ?? null,
          });
        }
      }
    }
  });
}
