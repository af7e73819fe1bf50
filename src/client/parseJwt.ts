/** Claims ptv-readiness reads from a PAHA / simulator JWT (in-api-v11.md §1.3). */
export interface JwtClaims {
  exp?: number;
  iat?: number;
  email?: string;
  activeOrganizationId?: string;
  [claim: string]: unknown;
}

/**
 * Decode a JWT payload without verifying it: the client only needs `exp` to schedule a refresh and
 * `email` / `activeOrganizationId` for the report. Returns undefined for anything that is not a JWT
 * (an opaque token is legal; the caller then assumes a default lifetime).
 */
export function parseJwt(token: string): JwtClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    const json = Buffer.from(parts[1], 'base64url').toString('utf8');
    const claims: unknown = JSON.parse(json);
    if (!claims || typeof claims !== 'object' || Array.isArray(claims)) return undefined;
    return claims as JwtClaims;
  } catch {
    return undefined;
  }
}
