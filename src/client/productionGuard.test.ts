import { describe, expect, it } from 'vitest';
import { assertWriteAllowed, isProductionHost } from './productionGuard.js';

describe('isProductionHost', () => {
  it.each([
    ['https://api.palvelutietovaranto.suomi.fi', true],
    ['https://palvelutietovaranto.suomi.fi/api/auth/api-login', true],
    ['https://palveluhallinta.suomi.fi/api/auth/api-login', true],
    ['https://API.Palvelutietovaranto.SUOMI.fi.', true],
    ['http://suomi.fi', true],
    ['https://api.palvelutietovaranto.trn.suomi.fi', false],
    ['https://palvelutietovaranto.trn.suomi.fi/api/auth/api-login', false],
    ['http://127.0.0.1:8080', false],
    ['https://notsuomi.fi', false],
    ['https://suomi.fi.evil.example', false],
  ])('%s → %s', (url, expected) => {
    expect(isProductionHost(url)).toBe(expected);
  });
});

describe('assertWriteAllowed', () => {
  it('refuses every write method to production', () => {
    for (const m of ['POST', 'PUT', 'PATCH', 'DELETE', 'put']) {
      expect(() => assertWriteAllowed(m, 'https://api.palvelutietovaranto.suomi.fi/api/v11/Service')).toThrow(
        expect.objectContaining({ code: 'PTVR_PRODUCTION_WRITE_REFUSED' }),
      );
    }
  });
  it('allows reads, CTE writes and only the Palveluhallinta login POST', () => {
    expect(() =>
      assertWriteAllowed('GET', 'https://api.palvelutietovaranto.suomi.fi/api/v11/Service'),
    ).not.toThrow();
    expect(() =>
      assertWriteAllowed('POST', 'https://api.palvelutietovaranto.trn.suomi.fi/api/v11/Service'),
    ).not.toThrow();
    expect(() =>
      assertWriteAllowed('POST', 'https://palveluhallinta.suomi.fi/api/auth/api-login'),
    ).not.toThrow();
    expect(() => assertWriteAllowed('PUT', 'https://palveluhallinta.suomi.fi/api/auth/api-login')).toThrow();
    expect(() => assertWriteAllowed('POST', 'https://palveluhallinta.suomi.fi/api/other')).toThrow();
    expect(() =>
      assertWriteAllowed('POST', 'https://palvelutietovaranto.suomi.fi/api/auth/api-login'),
    ).toThrow();
  });
});
