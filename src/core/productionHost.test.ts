import { describe, expect, it } from 'vitest';
import { isProductionUrl, normalisedHostOf, PRODUCTION_HOSTS } from './productionHost.js';

const API = 'api.palvelutietovaranto.suomi.fi';

/** URL forms of production and non-production hosts; true = production. */
const TABLE: [string, boolean][] = [
  // the reference's production hosts, plain
  [`https://${API}`, true],
  [`https://${API}/api/v11/Service`, true],
  ['https://api-gw.palvelutietovaranto.suomi.fi/api/v12/Service', true],
  ['https://palveluhallinta.suomi.fi/api/auth/api-login', true],
  ['https://palvelutietovaranto.suomi.fi/', true],
  ['https://suomi.fi', true],
  ['http://suomi.fi/', true],
  // case
  [`HTTPS://API.PALVELUTIETOVARANTO.SUOMI.FI/api/v11/Service`, true],
  ['https://Api.Palvelutietovaranto.Suomi.Fi', true],
  // trailing dots, any number
  [`https://${API}./x`, true],
  [`https://${API}../x`, true],
  [`https://${API}..../x`, true],
  ['https://suomi.fi.', true],
  ['https://suomi.fi../', true],
  // percent-encoding
  ['https://api%2epalvelutietovaranto%2esuomi%2efi/x', true],
  ['https://api%2Epalvelutietovaranto%2Esuomi%2Efi/x', true],
  ['https://suomi%2efi', true],
  [`https://${API}%2e%2e/x`, true],
  ['https://%61pi.palvelutietovaranto.suomi.fi/x', true],
  ['https://api%E3%80%82palvelutietovaranto.suomi.fi/x', true],
  // IDNA: full-width dots and letters
  ['https://api。palvelutietovaranto。suomi。fi/x', true],
  ['https://api．palvelutietovaranto．suomi．fi/x', true],
  ['https://api｡palvelutietovaranto｡suomi｡fi/x', true],
  ['https://suomi。fi。', true],
  ['https://ｓｕｏｍｉ.ｆｉ/', true],
  ['https://ＡＰＩ.palvelutietovaranto.suomi.fi/', true],
  // port, userinfo
  [`https://${API}:443/x`, true],
  [`https://${API}:8443/x`, true],
  [`http://${API}:80/x`, true],
  [`https://user@${API}/x`, true],
  [`https://user:pw@${API}./x`, true],
  // backslash is a slash for special schemes (what undici would connect to)
  [`https://${API}\\@evil.example/x`, true],
  ['https://evil.example\\@api.palvelutietovaranto.suomi.fi/x', false],
  // surrounding whitespace, unparsable forms (treated as production: never let them past a refusal)
  [`  https://${API}/x  `, true],
  [`https://${API}%00/x`, true],
  [API, true],
  ['https://', true],
  // CTE and its subdomains are test hosts, however written
  ['https://api.palvelutietovaranto.trn.suomi.fi/api/v11/Service', false],
  ['https://palvelutietovaranto.trn.suomi.fi/api/auth/api-login', false],
  ['https://api-gw.palvelutietovaranto.trn.suomi.fi/api/v12', false],
  ['https://API.PALVELUTIETOVARANTO.TRN.SUOMI.FI../x', false],
  ['https://api。palvelutietovaranto。trn。suomi。fi/x', false],
  ['https://trn.suomi.fi', false],
  // a test label deeper inside production is still production
  ['https://trn.suomi.fi.suomi.fi', true],
  ['https://api.palvelutietovaranto.trn.suomi.fi.suomi.fi', true],
  // lookalikes that are other domains
  ['https://notsuomi.fi', false],
  ['https://suomi.fi.evil.example', false],
  ['https://suomi.fi.evil.example./x', false],
  ['https://suomi-fi.example', false],
  ['https://api.palvelutietovaranto.suomi.fi.example.com', false],
  // loopback and IP literals
  ['http://127.0.0.1:8080', false],
  ['http://localhost:3000/api/v11', false],
  ['http://[::1]:8080/', false],
  ['http://[::ffff:127.0.0.1]/', false],
];

describe('isProductionUrl', () => {
  it('has a table of at least 40 URL forms', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
  });

  it.each(TABLE)('%s → %s', (url, expected) => {
    expect(isProductionUrl(url)).toBe(expected);
  });

  it('covers every production host named in the reference', () => {
    for (const host of PRODUCTION_HOSTS) expect(isProductionUrl(`https://${host}/`)).toBe(true);
  });

  it('treats no URL as not production', () => {
    expect(isProductionUrl(undefined)).toBe(false);
  });
});

describe('normalisedHostOf', () => {
  it.each([
    [`https://USER:pw@${API}..:8443/x?y#z`, API],
    ['https://api｡palvelutietovaranto．suomi。fi', API],
    ['http://[::1]:80/', '::1'],
    ['not a url', undefined],
  ])('%s → %s', (url, host) => {
    expect(normalisedHostOf(url)).toBe(host);
  });
});
