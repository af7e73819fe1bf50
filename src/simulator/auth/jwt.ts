import { createHmac, timingSafeEqual } from 'node:crypto';

/** Claims PTV reads from a Palveluhallinta token (in-api-v11 §1.3), plus `jti` for revocation. */
export interface SimClaims {
  email: string;
  activeOrganizationId: string;
  /** JSON text, as PAHA sends it: `{"ptv":"Api"}`. */
  roles: string;
  exp: number;
  iat: number;
  id: string;
  firstName: string;
  lastName: string;
  iss: string;
  sub: string;
  jti: string;
  expiresIn: number;
  loginStyle: string;
  apiUserOrganization?: string;
  /** Simulator-private: the revocation epoch the token was issued in (see `SimState.revokeEpoch`). */
  rev?: number;
}

const b64url = (buf: Buffer | string): string => Buffer.from(buf).toString('base64url');
const HEADER = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

export function signJwt(claims: SimClaims, secret: Buffer): string {
  const body = `${HEADER}.${b64url(JSON.stringify(claims))}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

/** The claims of a well-formed token with a valid signature, or undefined. Expiry is checked by the caller. */
export function verifyJwt(token: string, secret: Buffer): SimClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [h, p, s] = parts as [string, string, string];
  const expected = createHmac('sha256', secret).update(`${h}.${p}`).digest();
  const given = Buffer.from(s, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as SimClaims;
    if (typeof claims.email !== 'string' || typeof claims.exp !== 'number') return undefined;
    return claims;
  } catch {
    return undefined;
  }
}
