import { randomUUID } from 'node:crypto';
import type { RouteDef, SimResponse } from '../http/types.js';
import { signJwt } from '../auth/jwt.js';
import { PAHA_ROLE } from '../auth/bearer.js';

const fail = (status: number, message: string): SimResponse => ({ status, json: { message } });

/**
 * `POST /api/auth/api-login` (in-api-v11 §1.2). CTE shape answers `{ptvToken}` and ignores
 * `apiUserOrganisation`; prod shape answers `{serviceToken}` and honours it (a Palveluhallinta id).
 */
export const authRoutes: RouteDef[] = [
  {
    method: 'POST',
    path: '/api/auth/api-login',
    auth: 'login',
    handle: (req, ctx) => {
      const b = req.body as { username?: unknown; password?: unknown; apiUserOrganisation?: unknown } | null;
      if (!b || typeof b !== 'object' || typeof b.username !== 'string' || typeof b.password !== 'string') {
        return fail(400, 'username and password are required');
      }
      const user = ctx.config.users.find(
        (u) => u.username.toLowerCase() === (b.username as string).toLowerCase(),
      );
      // PTV's own message, typo included ("credentails").
      if (!user || user.password !== b.password) return fail(401, 'credentails are wrong');
      let orgId = user.organizationIds[0]!;
      if (
        ctx.config.authShape === 'prod' &&
        typeof b.apiUserOrganisation === 'string' &&
        b.apiUserOrganisation
      ) {
        const wanted = b.apiUserOrganisation.toLowerCase();
        const match = user.organizationIds.find((id) => {
          const seed = ctx.config.organizations.find((o) => o.id === id);
          return (seed?.pahaId ?? `paha-${id}`).toLowerCase() === wanted;
        });
        if (!match) return fail(403, 'User is not linked to the given organisation');
        orgId = match;
      }
      const iat = Math.floor(ctx.now().getTime() / 1000);
      const ttl = ctx.config.tokenTtlSeconds;
      const token = signJwt(
        {
          email: user.username,
          activeOrganizationId: orgId,
          roles: JSON.stringify({ ptv: PAHA_ROLE[user.role] }),
          exp: iat + ttl,
          iat,
          id: `user-${user.username}`,
          firstName: user.firstName,
          lastName: user.lastName,
          iss: ctx.origin,
          sub: user.username,
          jti: randomUUID(),
          expiresIn: ttl,
          loginStyle: 'ApiLogin',
          rev: ctx.state.revokeEpoch,
        },
        ctx.state.secret!,
      );
      return {
        status: 200,
        json: ctx.config.authShape === 'prod' ? { serviceToken: token } : { ptvToken: token },
      };
    },
  },
];
