/**
 * V12-CONN-01..05: the v12 gateway's health, a read with the API key, refusals without or with a wrong
 * key, and the reference codes the run's services send. One set of checks for the V12 read-back suite
 * (suites/v12-readback.suite.ts: codes from the v11 reads of what the run wrote) and the v12 write
 * profile (suites/v12/conn.suite.ts: codes from its own service body).
 */
import { CASE_TITLES, problemFindings, step, type StepContext } from '#ptvr';
import { organizationIdOf } from './context.js';
import { check } from './http.js';

type CodeLists = Record<'service-classes' | 'target-groups', string[]>;

const v12Get = (ctx: StepContext, path: string, query?: Record<string, string | number>) =>
  ctx.client.request({ method: 'GET', path, api: 'v12', ...(query && { query }) });

/** A V12 case under its catalogue title; `guard` skips it when the run does not read v12. */
const v12Case = (id: string, guard: (ctx: StepContext) => void, fn: (ctx: StepContext) => Promise<void>) =>
  step({ id, dvv: 'V12', title: CASE_TITLES[id]!.en }, async (ctx) => {
    guard(ctx);
    await fn(ctx);
  });

export function v12KeyChecks(
  codesOf: (ctx: StepContext) => Promise<CodeLists>,
  guard: (ctx: StepContext) => void = () => {},
): void {
  v12Case('V12-CONN-01', guard, async (ctx) => {
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

  v12Case('V12-CONN-02', guard, async (ctx) => {
    const org = await organizationIdOf(ctx);
    const res = await v12Get(ctx, `/api/v12/organization/${org}`);
    for (const f of res.status === 200 ? [] : problemFindings(res.status, res.body)) ctx.record.finding(f);
    check(ctx, res.status === 200 && (res.body as { contentId?: unknown })?.contentId === org, {
      path: '/api/v12/organization/{id}',
      rule: 'v12.read',
      message: `GET /api/v12/organization/${org} answered ${res.status}; expected 200 with contentId ${org}`,
      actual: res.status,
    });
  });

  const refused = (id: string, auth: 'none' | { apiKey: string }) =>
    v12Case(id, guard, async (ctx) => {
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

  v12Case('V12-CONN-05', guard, async (ctx) => {
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
