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

// One production-host check for config, engine and client (src/core/productionHost.ts).
export { isProductionUrl } from '../core/productionHost.js';
