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

// One production-host check for config, engine and client (src/core/productionHost.ts).
export { isProductionUrl };

/** The URLs a target was configured with: none for the simulator, whose URLs exist once it runs. */
export function configuredUrls(t: ResolvedTarget): { apiUrl?: string; tokenUrl?: string } {
  return t.name === 'sim' ? {} : { apiUrl: t.apiUrl, tokenUrl: t.tokenUrl };
}
