/**
 * CONN — connection and access (DVV's connection/security items: firewall openings, access rights,
 * token handling; process-and-quality.md §1.3): the token in the target's shape, its lifetime, an
 * authenticated write, refusals without or with a bad token, and both hosts reachable.
 */
import { randomUUID } from 'node:crypto';
import { describe } from 'vitest';
import { aWebPageChannel } from '../fixtures/index.js';
import { flow, step } from '#ptvr';
import { fixtureContextOf, organizationIdOf } from './support/context.js';
import { createChannel } from './support/create.js';
import { check, ptvMessagesOf } from './support/http.js';
import { paths } from './support/paths.js';
import { readBack } from './support/readBack.js';
import { checkTokenLifetime, checkTokenShape } from './support/tokenChecks.js';

// The checks are independent of each other, so they run side by side (one round trip for the refusals,
// not one each): only the write needs the token CONN-01 checks, and a refused write no longer hides
// whether a request without a token is refused or the API host answers (issue #14).
flow('CONN token', { alongside: true }, () => {
  step(
    { id: 'CONN-01', dvv: 'CONN', title: "obtain a token in the target's shape (token host reachable)" },
    checkTokenShape,
  );

  step(
    { id: 'CONN-02', dvv: 'CONN', title: 'read the token lifetime from the token and report it' },
    checkTokenLifetime,
  );
});

flow('CONN write', { alongside: true }, () => {
  step(
    {
      id: 'CONN-03',
      dvv: 'CONN',
      title: 'an authenticated write is permitted and reads back',
      needs: ['CONN-01'],
    },
    async (ctx) => {
      const body = aWebPageChannel(await fixtureContextOf(ctx));
      const id = await createChannel(ctx, 'WebPage', body);
      await readBack(ctx, { kind: 'channel', channelType: 'WebPage' }, id, body);
    },
  );
});

// The refusals use a restricted read (`/Service/active/{id}` needs a bearer, §2.2): it proves the API
// checks the token without writing anything, so the same cases are safe against production.
const restricted = paths.service.active(randomUUID());

// Not a flow: its three cases run side by side, none blocks another.
describe('CONN refusals and reach', { concurrent: true }, () => {
  step({ id: 'CONN-04', dvv: 'CONN', title: 'a request without a token is refused (401)' }, async (ctx) => {
    const res = await ctx.client.get(restricted, { auth: 'none' });
    ctx.record.ptvMessages(...ptvMessagesOf(res));
    check(ctx, res.status === 401, {
      path: 'Authorization',
      rule: 'conn.unauthenticatedRefused',
      message: `a restricted request without a token answered ${res.status}`,
      expected: 401,
      actual: res.status,
    });
  });

  step(
    { id: 'CONN-05', dvv: 'CONN', title: 'a request with a forged token is refused (401)' },
    async (ctx) => {
      // Well-formed JWT, wrong signature: a malformed bearer would hit PTV's 500 quirk instead (§1.3).
      const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwdHZyIn0.c2lnbmF0dXJl';
      const res = await ctx.client.get(restricted, { auth: { bearer: forged } });
      ctx.record.ptvMessages(...ptvMessagesOf(res));
      check(ctx, res.status === 401, {
        path: 'Authorization',
        rule: 'conn.badTokenRefused',
        message: `a restricted request with a forged token answered ${res.status}`,
        expected: 401,
        actual: res.status,
      });
    },
  );

  step({ id: 'CONN-06', dvv: 'CONN', title: 'the API host answers an anonymous read' }, async (ctx) => {
    const orgId = await organizationIdOf(ctx);
    const res = await ctx.client.get(paths.organization.get(orgId), { auth: 'none' });
    check(ctx, res.status === 200, {
      path: 'apiUrl',
      rule: 'conn.apiReachable',
      message: `GET /Organization/{id} anonymously answered ${res.status}`,
      expected: 200,
      actual: res.status,
    });
  });
});
