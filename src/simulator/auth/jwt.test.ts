import { describe, expect, it } from 'vitest';
import { signJwt, verifyJwt, type SimClaims } from './jwt.js';
import { readBearer } from './bearer.js';

const secret = Buffer.alloc(32, 7);
const claims: SimClaims = {
  email: 'a@b.fi',
  activeOrganizationId: 'org',
  roles: '{"ptv":"Api"}',
  exp: 2000,
  iat: 1000,
  id: 'u',
  firstName: 'A',
  lastName: 'B',
  iss: 'sim',
  sub: 'a@b.fi',
  jti: 'j1',
  expiresIn: 1000,
  loginStyle: 'ApiLogin',
};

describe('jwt', () => {
  it('round-trips and rejects a tampered or foreign signature', () => {
    const token = signJwt(claims, secret);
    expect(verifyJwt(token, secret)).toEqual(claims);
    expect(verifyJwt(token, Buffer.alloc(32, 8))).toBeUndefined();
    const [h, , s] = token.split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...claims, email: 'x@y.fi' })).toString('base64url')}.${s}`;
    expect(verifyJwt(forged, secret)).toBeUndefined();
    expect(verifyJwt('a.b', secret)).toBeUndefined();
  });
  it('readBearer: case-insensitive "bearer", expiry, revocation, role', () => {
    const token = signJwt(claims, secret);
    const never = () => false;
    expect(readBearer(`bEaReR  ${token}`, secret, 1500, never)).toMatchObject({ kind: 'ok', role: 'Pete' });
    expect(readBearer(undefined, secret, 1500, never)).toEqual({ kind: 'none' });
    expect(readBearer(`Bearer ${token}`, secret, 2000, never)).toEqual({
      kind: 'invalid',
      reason: 'expired',
    });
    expect(readBearer(`Bearer ${token}`, secret, 1500, (j) => j === 'j1')).toEqual({
      kind: 'invalid',
      reason: 'revoked',
    });
    expect(readBearer('Bearer junk', secret, 1500, never)).toEqual({ kind: 'invalid', reason: 'malformed' });
  });
  it('readBearer cache: a cached token still expires and can be revoked', () => {
    const token = signJwt(claims, secret);
    const cache = new Map();
    expect(readBearer(`Bearer ${token}`, secret, 1500, () => false, cache).kind).toBe('ok');
    expect(cache.size).toBe(1);
    expect(readBearer(`Bearer ${token}`, secret, 2001, () => false, cache)).toEqual({
      kind: 'invalid',
      reason: 'expired',
    });
    expect(readBearer(`Bearer ${token}`, secret, 1500, () => true, cache)).toEqual({
      kind: 'invalid',
      reason: 'revoked',
    });
  });
});
