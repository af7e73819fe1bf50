import { isProductionUrl, PRODUCTION_LOGIN_URL } from '../core/productionHost.js';
import type { AuthShape, ResolvedTarget } from './types.js';

/** Known PTV environments (in-api-v11.md §1.1). The CTE token endpoint is api-login, not connect/token. */
export const knownTargets = Object.freeze({
  cte: Object.freeze({
    apiUrl: 'https://api.palvelutietovaranto.trn.suomi.fi',
    tokenUrl: 'https://palvelutietovaranto.trn.suomi.fi/api/auth/api-login',
    authShape: 'cte' as AuthShape,
  }),
  prod: Object.freeze({
    apiUrl: 'https://api.palvelutietovaranto.suomi.fi',
    tokenUrl: PRODUCTION_LOGIN_URL,
    authShape: 'prod' as AuthShape,
  }),
});

/**
 * The v12 API gateways (x-api-key; v12-migration.md §4.2): CTE [SPEC servers, 3P ptv-mcp], and
 * production [3P], reads only — isProductionUrl covers it, so the client refuses writes there.
 */
export const knownV12ApiUrls = Object.freeze({
  cte: 'https://api-gw.palvelutietovaranto.trn.suomi.fi',
  prod: 'https://api-gw.palvelutietovaranto.suomi.fi',
});

// One production-host check for config, engine and client (src/core/productionHost.ts).
export { isProductionUrl };

/** The URLs a target was configured with: none for the simulator, whose URLs exist once it runs. */
export function configuredUrls(t: ResolvedTarget): { apiUrl?: string; tokenUrl?: string } {
  return t.name === 'sim' ? {} : { apiUrl: t.apiUrl, tokenUrl: t.tokenUrl };
}
