import type { SimClaims } from './jwt.js';
import { verifyJwt } from './jwt.js';
import type { SimRole } from '../options.js';

export type BearerResult =
  | { kind: 'none' }
  | { kind: 'invalid'; reason: 'malformed' | 'expired' | 'revoked' }
  | { kind: 'ok'; claims: SimClaims; role: SimRole };

/** PAHA role names in the token's `roles` claim ↔ PTV's internal roles [INF: mapping simplified]. */
export const PAHA_ROLE: Record<SimRole, string> = { Eeva: 'Vrkadmin', Pete: 'Api', Shirley: 'User' };

export function roleOf(claims: SimClaims): SimRole | undefined {
  try {
    const r = (JSON.parse(claims.roles) as { ptv?: string }).ptv;
    return (Object.keys(PAHA_ROLE) as SimRole[]).find((k) => PAHA_ROLE[k] === r);
  } catch {
    return undefined;
  }
}

/**
 * Reads `Authorization`. PTV strips the word "bearer" case-insensitively and removes spaces
 * (in-api-v11 §1.3).
 */
export function readBearer(
  header: string | undefined,
  secret: Buffer,
  nowSeconds: number,
  isRevoked: (jti: string, iat: number, claims: SimClaims) => boolean,
  cache?: Map<string, { claims: SimClaims; role: SimRole }>,
): BearerResult {
  if (!header || header.trim() === '') return { kind: 'none' };
  const token = header.replace(/^\s*bearer/i, '').replace(/\s+/g, '');
  if (!token) return { kind: 'invalid', reason: 'malformed' };
  // Signature and claims are cached per token; expiry and revocation are checked on every request.
  let hit = cache?.get(token);
  if (!hit) {
    const claims = verifyJwt(token, secret);
    if (!claims) return { kind: 'invalid', reason: 'malformed' };
    const role = roleOf(claims);
    if (!role || !claims.activeOrganizationId || claims.exp <= 0)
      return { kind: 'invalid', reason: 'malformed' };
    hit = { claims, role };
    if (cache) {
      if (cache.size >= 10_000) cache.clear();
      cache.set(token, hit);
    }
  }
  const { claims, role } = hit;
  if (claims.exp <= nowSeconds) return { kind: 'invalid', reason: 'expired' };
  if (isRevoked(claims.jti, claims.iat, claims)) return { kind: 'invalid', reason: 'revoked' };
  return { kind: 'ok', claims, role };
}

export const UNAUTHORIZED_HEADERS = {
  'www-authenticate': 'Bearer error="invalid_token", error_description="The access token is not valid."',
};
