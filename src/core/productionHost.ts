/**
 * The one production-host check, used by config resolution, the engine (cleanup) and the client's
 * write guard. Hosts are compared after the same normalisation everywhere, done by the WHATWG URL
 * parser undici itself uses (so the host we judge is the host a request would go to): case, IDNA /
 * UTS #46 mapping (full-width letters, the dots U+3002 / U+FF0E / U+FF61), percent-encoding, port,
 * userinfo and IPv6 brackets; then any number of trailing dots is dropped (`suomi.fi..` is `suomi.fi`).
 */

/**
 * Production hosts named in the reference (in-api-v11.md §1.1, v12.md): the v11 API, the v12 API
 * gateway and the Palveluhallinta login. Listed for documentation and tests: the rule below is wider.
 */
export const PRODUCTION_HOSTS: readonly string[] = Object.freeze([
  'api.palvelutietovaranto.suomi.fi',
  'api-gw.palvelutietovaranto.suomi.fi',
  'palveluhallinta.suomi.fi',
]);

/**
 * The one production POST ptv-readiness may send: the Palveluhallinta API-user login (in-api-v11.md
 * §1.1). The production target's token URL and the client's write guard both read it from here.
 */
export const PRODUCTION_LOGIN_URL = 'https://palveluhallinta.suomi.fi/api/auth/api-login';

/** The Customer Test Environment's domain; everything under it is a test host. */
const TEST_DOMAIN = 'trn.suomi.fi';
const PTV_DOMAIN = 'suomi.fi';

/** The host a URL names, normalised; undefined when the URL does not parse. */
export function normalisedHostOf(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url.trim()).hostname;
  } catch {
    return undefined;
  }
  if (host.startsWith('[') && host.endsWith(']')) host = host.slice(1, -1);
  return host.replace(/\.+$/, '');
}

/**
 * True for PTV production: `suomi.fi` and every host under it except `trn.suomi.fi` and its
 * subdomains (CTE). Deliberately wide (covers the hosts in PRODUCTION_HOSTS and any future one): a
 * false positive costs a refused test write, a false negative puts test data in the national catalogue.
 * A URL that does not parse counts as production, so a malformed URL never slips past a refusal.
 */
export function isProductionUrl(url: string | undefined): boolean {
  if (url === undefined || url === '') return false;
  const host = normalisedHostOf(url);
  if (host === undefined) return true;
  if (host === TEST_DOMAIN || host.endsWith(`.${TEST_DOMAIN}`)) return false;
  return host === PTV_DOMAIN || host.endsWith(`.${PTV_DOMAIN}`);
}
