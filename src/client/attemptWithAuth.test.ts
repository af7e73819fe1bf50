import { describe, expect, it } from 'vitest';
import { createRedactor } from '../core/redactor.js';
import { apiKeyAuthenticator, attemptWithAuth, tokenAuthenticator } from './attemptWithAuth.js';
import type { AttemptResult } from './httpTransport.js';
import { createTokenManager } from './tokenManager.js';

const jwt = (n: number): string =>
  `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify({ exp: 4_000_000_000, n })).toString('base64url')}.c2ln`;

function setup() {
  let logins = 0;
  const redactor = createRedactor();
  const tokens = createTokenManager({
    tokenUrl: 'http://127.0.0.1/api/auth/api-login',
    authShape: 'cte',
    credentials: { username: 'user@example.fi', password: 'pw-123456' },
    redactor,
    async login() {
      logins++;
      return { status: 200, text: JSON.stringify({ ptvToken: jwt(logins) }) };
    },
  });
  const sent: Array<Record<string, string>> = [];
  /** The target: answers each attempt with the next status, recording the headers it got. */
  const target =
    (...statuses: number[]) =>
    async (headers: Record<string, string>): Promise<AttemptResult> => {
      sent.push(headers);
      return { status: statuses.shift() ?? 200, headers: {}, text: '', evidenceId: `E-${sent.length}` };
    };
  return { auth: tokenAuthenticator(tokens, redactor), tokens, redactor, sent, target, logins: () => logins };
}

describe('attemptWithAuth', () => {
  it('sends the managed token and registers it as a secret', async () => {
    const s = setup();
    const out = await attemptWithAuth(s.auth, 'token', true, s.target(200));
    expect(out.relogin).toBe(false);
    expect(s.sent[0]!.authorization).toBe(`Bearer ${jwt(1)}`);
    expect(s.redactor.redactString(jwt(1))).toBe('[REDACTED]');
  });

  it('a 401 asks for one re-login with a fresh token; a second 401 is the answer', async () => {
    const s = setup();
    const send = s.target(401, 200);
    expect((await attemptWithAuth(s.auth, 'token', true, send)).relogin).toBe(true);
    const again = await attemptWithAuth(s.auth, 'token', true, send);
    expect(again).toMatchObject({ relogin: false, res: { status: 200 } });
    expect(s.sent.map((h) => h.authorization)).toEqual([`Bearer ${jwt(1)}`, `Bearer ${jwt(2)}`]);
    const stuck = await attemptWithAuth(s.auth, 'token', false, s.target(401));
    expect(stuck).toMatchObject({ relogin: false, res: { status: 401 } });
    expect(s.logins()).toBe(2);
  });

  it('a literal bearer or no auth is never re-logged in', async () => {
    const s = setup();
    const literal = await attemptWithAuth(s.auth, { bearer: 'literal-value' }, true, s.target(401));
    expect(literal.relogin).toBe(false);
    expect(s.sent[0]).toEqual({ authorization: 'Bearer literal-value' });
    const none = await attemptWithAuth(s.auth, 'none', true, s.target(401));
    expect(none.relogin).toBe(false);
    expect(s.sent[1]).toEqual({});
    expect(s.logins()).toBe(0);
  });
});

describe('apiKeyAuthenticator, v12 writes', () => {
  const login = { header: 'authorization', scheme: 'Bearer', value: 'login' as const };

  it("sends the key under the map's header plus the login token; a 401 re-logs in once", async () => {
    const s = setup();
    const auth = apiKeyAuthenticator('key-123456', s.redactor, s.tokens);
    const mode = { v12Write: { keyHeader: 'X-Api-Key', token: login } };
    const send = s.target(401, 200);
    expect((await attemptWithAuth(auth, mode, true, send)).relogin).toBe(true);
    expect((await attemptWithAuth(auth, mode, true, send)).res.status).toBe(200);
    expect(s.sent).toEqual([
      { 'x-api-key': 'key-123456', authorization: `Bearer ${jwt(1)}` },
      { 'x-api-key': 'key-123456', authorization: `Bearer ${jwt(2)}` },
    ]);
    expect(s.redactor.redactString('key-123456')).toBe('[REDACTED]');
  });

  it('a literal token (PTV_V12_TOKEN) is sent and redacted, never refreshed; no token: the key alone', async () => {
    const s = setup();
    const auth = apiKeyAuthenticator('key-123456', s.redactor, s.tokens);
    const literal = {
      v12Write: { keyHeader: 'x-api-key', token: { ...login, value: { literal: 'tok-987654' } } },
    };
    expect((await attemptWithAuth(auth, literal, true, s.target(401))).relogin).toBe(false);
    expect(s.sent[0]).toEqual({ 'x-api-key': 'key-123456', authorization: 'Bearer tok-987654' });
    expect(s.redactor.redactString('tok-987654')).toBe('[REDACTED]');
    await attemptWithAuth(auth, { v12Write: { keyHeader: 'x-api-key' } }, true, s.target(200));
    expect(s.sent[1]).toEqual({ 'x-api-key': 'key-123456' });
    expect(s.logins()).toBe(0);
  });
});
