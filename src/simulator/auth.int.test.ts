import { afterEach, describe, expect, it } from 'vitest';
import { aService } from '../../fixtures/index.js';
import { fixtureFor, startSim, type TestSim } from '../../test/support/sim.js';
import { DEFAULT_ORGANIZATION } from './seed.js';

const decode = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;

let t: TestSim | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('api-login', () => {
  it('CTE shape: ptvToken with PTV claims, apiUserOrganisation ignored', async () => {
    t = await startSim();
    const r = await t.login(undefined, undefined, { apiUserOrganisation: 'whatever' });
    expect(r.status).toBe(200);
    const body = r.json as Record<string, string>;
    expect(Object.keys(body)).toEqual(['ptvToken']);
    const claims = decode(body.ptvToken!);
    expect(claims).toMatchObject({
      email: 'api@simulator.test',
      activeOrganizationId: DEFAULT_ORGANIZATION.id,
    });
    expect(JSON.parse(claims.roles as string)).toEqual({ ptv: 'Api' });
    expect((claims.exp as number) - (claims.iat as number)).toBe(86400);
    expect(
      decode(body.ptvToken!).alg ??
        JSON.parse(Buffer.from(body.ptvToken!.split('.')[0]!, 'base64url').toString()).alg,
    ).toBe('HS256');
  });

  it('prod shape: serviceToken, apiUserOrganisation selects the organisation', async () => {
    const second = {
      id: '11111111-2222-4333-8444-555555555555',
      pahaId: 'paha-second',
      names: { fi: 'Toinen organisaatio' },
      organizationType: 'Organization',
    };
    t = await startSim({
      authShape: 'prod',
      organizations: [second],
      users: [
        {
          username: 'multi@simulator.test',
          password: 'pw-multi',
          organizationIds: [DEFAULT_ORGANIZATION.id, second.id],
        },
      ],
    });
    const plain = await t.login('multi@simulator.test', 'pw-multi');
    expect(decode((plain.json as { serviceToken: string }).serviceToken).activeOrganizationId).toBe(
      DEFAULT_ORGANIZATION.id,
    );
    const chosen = await t.login('multi@simulator.test', 'pw-multi', { apiUserOrganisation: 'paha-second' });
    expect(chosen.status).toBe(200);
    expect(decode((chosen.json as { serviceToken: string }).serviceToken).activeOrganizationId).toBe(
      second.id,
    );
    const wrong = await t.login('multi@simulator.test', 'pw-multi', { apiUserOrganisation: 'not-linked' });
    expect(wrong.status).toBe(403);
    expect(wrong.json).toHaveProperty('message');
  });

  it('wrong credentials: 4xx with a JSON message', async () => {
    t = await startSim();
    const r = await t.login('api@simulator.test', 'nope');
    expect(r.status).toBe(401);
    expect(r.json).toEqual({ message: 'credentails are wrong' });
    expect((await t.call('POST', '/api/auth/api-login', {}, null)).status).toBe(400);
  });

  it('username/password override', async () => {
    t = await startSim({ username: 'me@org.test', password: 'secret-x' });
    expect(t.sim.credentials).toEqual({ username: 'me@org.test', password: 'secret-x' });
    expect((await t.login('me@org.test', 'secret-x')).status).toBe(200);
    expect((await t.login('api@simulator.test', 'simulator')).status).toBe(401);
  });
});

describe('bearer checks', () => {
  const org = DEFAULT_ORGANIZATION.id;
  it('missing / malformed bearer on a write → 401 invalid_token', async () => {
    t = await startSim();
    for (const token of [null, 'garbage', `${t.token}x`]) {
      const r = await t.call('POST', '/api/v11/Service', aService(fixtureFor(org, 'A')), token);
      expect(r.status).toBe(401);
      expect(r.headers['www-authenticate']).toContain('Bearer error="invalid_token"');
    }
    // "bearer" is matched case-insensitively.
    const ok = await t.call('GET', `/api/v11/Organization/${org}`, undefined, null);
    expect(ok.status).toBe(200);
  });

  it('expired token → 401; restricted read needs a token', async () => {
    let now = Date.parse('2026-11-26T10:00:00Z');
    t = await startSim({ tokenTtlSeconds: 60, clock: () => new Date(now) });
    const id = (
      (await t.call('POST', '/api/v11/Service', aService(fixtureFor(org, 'Exp')))).json as { id: string }
    ).id;
    expect((await t.call('GET', `/api/v11/Service/active/${id}`)).status).toBe(200);
    expect((await t.call('GET', `/api/v11/Service/active/${id}`, undefined, null)).status).toBe(401);
    now += 61_000;
    const r = await t.call('GET', `/api/v11/Service/active/${id}`);
    expect(r.status).toBe(401);
    expect(r.headers['www-authenticate']).toContain('invalid_token');
  });

  it('revoked token (control) → 401, new login works', async () => {
    t = await startSim();
    expect((await t.call('POST', '/control/revoke', { token: t.token }, null)).status).toBe(200);
    expect((await t.call('POST', '/api/v11/Service', aService(fixtureFor(org, 'R')))).status).toBe(401);
    const fresh = ((await t.login()).json as { ptvToken: string }).ptvToken;
    expect((await t.call('POST', '/api/v11/Service', aService(fixtureFor(org, 'R')), fresh)).status).toBe(
      200,
    );
  });

  it('--revoke-tokens-after n: the n+1th request with a token is 401', async () => {
    t = await startSim({ revokeTokensAfter: 2 });
    const path = `/api/v11/Service/active/${'6f0c1c36-1111-4222-8333-444455556666'}`;
    expect((await t.call('GET', path)).status).toBe(404);
    expect((await t.call('GET', path)).status).toBe(404);
    expect((await t.call('GET', path)).status).toBe(401);
    expect((await t.call('GET', path)).status).toBe(401);
  });

  it('user without write rights → 403 with empty body', async () => {
    t = await startSim({
      users: [{ username: 'viewer@simulator.test', password: 'v', organizationIds: [org], role: 'Shirley' }],
    });
    const tok = ((await t.login('viewer@simulator.test', 'v')).json as { ptvToken: string }).ptvToken;
    const r = await t.call('POST', '/api/v11/Service', aService(fixtureFor(org, 'V')), tok);
    expect(r.status).toBe(403);
    expect(r.text).toBe('');
  });

  it('malformed bearer on an anonymous GET → 500 (live2026), ignored (ptv34)', async () => {
    t = await startSim();
    const r = await t.call('GET', `/api/v11/Organization/${org}`, undefined, 'not-a-jwt');
    expect(r.status).toBe(500);
    expect((r.json as { errorMessage: string }).errorMessage).toMatch(
      /^An unexpected error occurred\. Trace id: /,
    );
    await t.close();
    t = await startSim({ profile: 'ptv34' });
    expect((await t.call('GET', `/api/v11/Organization/${org}`, undefined, 'not-a-jwt')).status).toBe(200);
  });
});
