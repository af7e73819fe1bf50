import { describe, expect, it } from 'vitest';
import { parseJwt } from './parseJwt.js';

const jwt = (payload: unknown): string =>
  `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.sig`;

describe('parseJwt', () => {
  it('reads exp, iat, email and activeOrganizationId', () => {
    expect(parseJwt(jwt({ exp: 200, iat: 100, email: 'a@b.fi', activeOrganizationId: 'o' }))).toEqual({
      exp: 200,
      iat: 100,
      email: 'a@b.fi',
      activeOrganizationId: 'o',
    });
  });
  it('returns undefined for opaque tokens and broken payloads', () => {
    expect(parseJwt('opaque-token')).toBeUndefined();
    expect(parseJwt('a.!!!.c')).toBeUndefined();
    expect(parseJwt(jwt([1, 2]))).toBeUndefined();
  });
});
