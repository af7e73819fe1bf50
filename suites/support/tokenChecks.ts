/**
 * CONN-01 and CONN-02: the token checks of the v11 suite and of the v12 write profile, whose writes
 * carry the same api-login token [INF] (v12-migration.md §4.8).
 */
import type { StepContext } from '#ptvr';
import { check } from './http.js';

/** The token endpoint answers in the target's shape (`ptvToken` on CTE, `serviceToken` in production). */
export async function checkTokenShape(ctx: StepContext): Promise<void> {
  const t = await ctx.client.token();
  const expected = ctx.settings.authShape === 'prod' ? 'serviceToken' : 'ptvToken';
  check(ctx, t.shape === expected, {
    path: 'token',
    rule: 'conn.tokenShape',
    message: `the token endpoint answered '${t.shape}', the ${ctx.settings.authShape} login returns '${expected}'`,
    expected,
    actual: t.shape,
  });
}

/** The token's lifetime is readable, and reported (test tokens ~24 h, production ~1 h: not judged). */
export async function checkTokenLifetime(ctx: StepContext): Promise<void> {
  const t = await ctx.client.token();
  const ok = check(ctx, typeof t.lifetimeSeconds === 'number' && t.lifetimeSeconds > 0, {
    path: 'token.exp',
    rule: 'conn.tokenLifetime',
    message: 'the token carries no readable lifetime (exp/iat)',
    actual: t.lifetimeSeconds,
  });
  if (ok) {
    ctx.record.finding({
      path: 'token.exp',
      rule: 'conn.tokenLifetime',
      severity: 'info',
      message: `token lifetime ${t.lifetimeSeconds} s (${((t.lifetimeSeconds ?? 0) / 3600).toFixed(1)} h), expires ${t.expiresAt.toISOString()}`,
      actual: t.lifetimeSeconds,
    });
  }
}
