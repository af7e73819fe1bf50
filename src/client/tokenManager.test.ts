import { describe, expect, it } from 'vitest';
import { createRedactor, REDACTED } from '../core/redactor.js';
import {
  createTokenManager,
  LOGIN_FAILURE_COOLDOWN_MS,
  MAX_UNUSED_TOKENS,
  type TokenManagerOptions,
} from './tokenManager.js';

const jwt = (payload: Record<string, unknown>): string =>
  `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.c2lnbmF0dXJl`;

function setup(
  over: Partial<TokenManagerOptions> & { answer?: (n: number) => { status: number; text: string } } = {},
) {
  let clock = 1_000_000_000_000;
  const bodies: string[] = [];
  const warnings: string[] = [];
  const redactor = createRedactor();
  let n = 0;
  const tm = createTokenManager({
    tokenUrl: 'http://127.0.0.1/api/auth/api-login',
    authShape: 'cte',
    credentials: { username: 'user@example.fi', password: 'pw-123456' },
    redactor,
    now: () => clock,
    onWarning: (m) => warnings.push(m),
    async login(body, inspect) {
      bodies.push(body);
      await new Promise((r) => setImmediate(r));
      n++;
      const res = over.answer?.(n) ?? {
        status: 200,
        text: JSON.stringify({
          ptvToken: jwt({ exp: clock / 1000 + 3600, iat: clock / 1000, email: 'user@example.fi', n }),
        }),
      };
      inspect(res.text);
      return res;
    },
    ...over,
  });
  return { tm, bodies, warnings, redactor, advance: (ms: number) => (clock += ms) };
}

describe('createTokenManager', () => {
  it('shares one login between concurrent callers and caches the token', async () => {
    const { tm, bodies } = setup();
    const tokens = await Promise.all([tm.bearer(), tm.bearer(), tm.bearer()]);
    expect(new Set(tokens).size).toBe(1);
    await tm.bearer();
    expect(bodies).toHaveLength(1);
    expect(JSON.parse(bodies[0]!)).toEqual({ username: 'user@example.fi', password: 'pw-123456' });
  });

  it('refreshes 60 s before exp, not earlier', async () => {
    const { tm, bodies, advance } = setup();
    await tm.bearer();
    advance(3600_000 - 61_000);
    await tm.bearer();
    expect(bodies).toHaveLength(1);
    advance(2_000);
    await tm.bearer();
    expect(bodies).toHaveLength(2);
  });

  it('assumes 30 minutes when the token has no exp', async () => {
    const { tm, advance, bodies } = setup({
      answer: () => ({ status: 200, text: '{"ptvToken":"opaque-token-abc"}' }),
    });
    const info = await tm.info();
    expect(info.expiresAt.getTime() - 1_000_000_000_000).toBe(30 * 60_000);
    expect(info.lifetimeSeconds).toBeUndefined();
    advance(29 * 60_000 - 1);
    await tm.bearer();
    expect(bodies).toHaveLength(1);
    advance(2);
    await tm.bearer();
    expect(bodies).toHaveLength(2);
  });

  it('invalidate(stale) forgets only the token that failed', async () => {
    const { tm, bodies } = setup();
    const first = await tm.bearer();
    tm.invalidate('some-older-token');
    expect(await tm.bearer()).toBe(first);
    tm.invalidate(first);
    const second = await tm.bearer();
    expect(second).not.toBe(first);
    tm.invalidate(first); // a late 401 with the old token does not force a third login
    await tm.bearer();
    expect(bodies).toHaveLength(2);
  });

  it('prod shape sends apiUserOrganisation and warns when it equals the PTV organisation id', async () => {
    const { tm, bodies, warnings } = setup({
      authShape: 'prod',
      credentials: { username: 'u@x.fi', password: 'pw-123456', apiUserOrganisation: 'ABC-1' },
      ptvOrganizationId: 'abc-1',
      answer: () => ({ status: 200, text: JSON.stringify({ serviceToken: jwt({ exp: 2e9 }) }) }),
    });
    expect((await tm.info()).shape).toBe('serviceToken');
    expect(JSON.parse(bodies[0]!)).toMatchObject({ apiUserOrganisation: 'ABC-1' });
    expect(warnings.join()).toMatch(/apiUserOrganisation equals the PTV organisation id/);
  });

  it('bad credentials → PTVR_AUTH_FAILED with the env var names; unknown shape too', async () => {
    const bad = setup({ answer: () => ({ status: 401, text: '{"message":"credentails are wrong"}' }) });
    await expect(bad.tm.bearer()).rejects.toMatchObject({
      code: 'PTVR_AUTH_FAILED',
      hint: expect.stringMatching(/PTV_USERNAME and PTV_PASSWORD/),
      message: expect.stringMatching(/HTTP 401: credentails are wrong/),
    });
    const odd = setup({ answer: () => ({ status: 200, text: '{"foo":"bar"}' }) });
    await expect(odd.tm.bearer()).rejects.toMatchObject({
      code: 'PTVR_AUTH_FAILED',
      hint: expect.stringMatching(/foo/),
    });
    // the same answer would come again: final, no second login
    await expect(odd.tm.bearer()).rejects.toMatchObject({ code: 'PTVR_AUTH_FAILED' });
    expect(odd.bodies).toHaveLength(1);
  });

  it('a refused login is final: a hundred concurrent and later callers cause one login POST', async () => {
    const { tm, bodies, advance } = setup({
      answer: () => ({ status: 401, text: '{"message":"credentails are wrong"}' }),
    });
    const all = await Promise.allSettled(Array.from({ length: 100 }, () => tm.bearer()));
    expect(all.every((r) => r.status === 'rejected')).toBe(true);
    advance(24 * 3600_000);
    tm.invalidate();
    await expect(tm.bearer()).rejects.toMatchObject({ code: 'PTVR_AUTH_FAILED' });
    expect(bodies).toHaveLength(1);
    expect(tm.loginCount).toBe(1);
  });

  it('a login that failed with 5xx is retried only after a cool-down', async () => {
    const { tm, bodies, advance } = setup({
      answer: (n) =>
        n === 1
          ? { status: 503, text: 'busy' }
          : { status: 200, text: JSON.stringify({ ptvToken: jwt({ exp: 2e9, iat: 1e9 }) }) },
    });
    await expect(tm.bearer()).rejects.toMatchObject({ code: 'PTVR_AUTH_FAILED' });
    await expect(tm.bearer()).rejects.toMatchObject({ code: 'PTVR_AUTH_FAILED' });
    expect(bodies).toHaveLength(1);
    advance(LOGIN_FAILURE_COOLDOWN_MS);
    await expect(tm.bearer()).resolves.toMatch(/^eyJ/);
    expect(bodies).toHaveLength(2);
  });

  it('stops logging in when the target refuses every fresh token (bounded re-login)', async () => {
    const { tm, bodies } = setup();
    // Tokens the target accepted may be replaced any number of times (revocations mid-run).
    for (let i = 0; i < 5; i++) {
      const t = await tm.bearer();
      tm.accepted(t);
      tm.invalidate(t);
    }
    expect(bodies).toHaveLength(5);
    // Fresh tokens refused before any success: MAX_UNUSED_TOKENS logins, then a final error.
    for (let i = 0; i < MAX_UNUSED_TOKENS; i++) tm.invalidate(await tm.bearer());
    await expect(tm.bearer()).rejects.toMatchObject({
      code: 'PTVR_AUTH_FAILED',
      hint: expect.stringMatching(/no login storm/),
    });
    await expect(tm.bearer()).rejects.toMatchObject({ code: 'PTVR_AUTH_FAILED' });
    expect(bodies).toHaveLength(5 + MAX_UNUSED_TOKENS);
  });

  it('uses a handed session without logging in, redacts it, and logs in once when it is refused or due', async () => {
    const first = setup();
    const session = await first.tm.session();
    expect(first.bodies).toHaveLength(1);
    expect(session).toEqual({ token: await first.tm.bearer(), shape: 'ptvToken' });

    const second = setup({ session });
    expect(await second.tm.bearer()).toBe(session.token);
    expect((await second.tm.info()).lifetimeSeconds).toBe(3600);
    expect(second.bodies).toHaveLength(0);
    expect(second.redactor.redactString(`Bearer ${session.token}`)).toBe(`Bearer ${REDACTED}`);
    // Refused (401 with it): one login of its own (a second later, so its token differs).
    second.advance(1_000);
    second.tm.invalidate(session.token);
    expect(await second.tm.bearer()).not.toBe(session.token);
    expect(second.bodies).toHaveLength(1);

    // Due for refresh: a login, as for a token it obtained itself.
    const third = setup({ session });
    third.advance(3600_000 - 59_000);
    expect(await third.tm.bearer()).not.toBe(session.token);
    expect(third.bodies).toHaveLength(1);
  });

  it('registers credentials and every token with the redactor', async () => {
    const { tm, redactor } = setup({
      answer: () => ({ status: 200, text: '{"ptvToken":"opaque-token-xyz"}' }),
    });
    await tm.bearer();
    expect(redactor.redactString('pw-123456 user@example.fi opaque-token-xyz')).toBe(
      `${REDACTED} ${REDACTED} ${REDACTED}`,
    );
  });
});
