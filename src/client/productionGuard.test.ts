import { describe, expect, it } from 'vitest';
import { assertWriteAllowed } from './productionGuard.js';

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

describe('assertWriteAllowed on disguised production hosts', () => {
  it.each([
    'https://api.palvelutietovaranto.suomi.fi../api/v11/Service',
    'https://api.palvelutietovaranto.suomi.fi.../api/v11/Service',
    'https://api%2epalvelutietovaranto%2esuomi%2efi/api/v11/Service',
    'https://api。palvelutietovaranto。suomi。fi/api/v11/Service',
    'https://api-gw.palvelutietovaranto.suomi.fi/api/v12/Service',
    'https://user@API.palvelutietovaranto.suomi.fi:443/api/v11/Service',
  ])('refuses PUT %s', (url) => {
    expect(() => assertWriteAllowed('PUT', url)).toThrow(
      expect.objectContaining({ code: 'PTVR_PRODUCTION_WRITE_REFUSED' }),
    );
  });

  it('allows the production login only on its normalised host and path', () => {
    expect(() =>
      assertWriteAllowed('POST', 'https://PALVELUHALLINTA.suomi.fi../api/auth/api-login'),
    ).not.toThrow();
    expect(() => assertWriteAllowed('POST', 'https://palveluhallinta.suomi.fi../api/v11/Service')).toThrow();
  });
});
