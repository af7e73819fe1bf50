import type { AuthShape } from './types.js';

/** Known PTV environments (in-api-v11.md §1.1). The CTE token endpoint is api-login, not connect/token. */
export const knownTargets = Object.freeze({
  cte: Object.freeze({
    apiUrl: 'https://api.palvelutietovaranto.trn.suomi.fi',
    tokenUrl: 'https://palvelutietovaranto.trn.suomi.fi/api/auth/api-login',
    authShape: 'cte' as AuthShape,
  }),
  prod: Object.freeze({
    apiUrl: 'https://api.palvelutietovaranto.suomi.fi',
    tokenUrl: 'https://palveluhallinta.suomi.fi/api/auth/api-login',
    authShape: 'prod' as AuthShape,
  }),
});

const PROD_HOSTS = new Set(['api.palvelutietovaranto.suomi.fi', 'palveluhallinta.suomi.fi']);

/** True for the production API or token host (the engine's own check; the client has its guard too). */
export function isProductionUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return PROD_HOSTS.has(new URL(url).hostname.toLowerCase());
  } catch {
    return false;
  }
}
