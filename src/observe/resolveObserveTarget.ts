import { PtvrError } from '../core/errors.js';
import { isProductionUrl } from '../core/productionHost.js';
import { createSimulator, type Simulator } from '../simulator/index.js';
import type { ObserveOptions } from './observeOptions.js';

export interface ResolvedObserveTarget {
  name: 'sim' | 'cte' | 'custom';
  apiUrl: string;
  tokenUrl: string;
  authShape: 'cte' | 'prod';
  sim?: Simulator;
}

/** The target observe forwards to: a fresh embedded simulator, or the given URLs (never production). */
export async function resolveObserveTarget(o: ObserveOptions): Promise<ResolvedObserveTarget> {
  if (o.target === 'sim') {
    const sim = await createSimulator({
      ...o.sim,
      host: '127.0.0.1',
      port: 0,
      ...(o.ruleProfile && o.sim?.profile === undefined && { profile: o.ruleProfile }),
    });
    return { name: 'sim', apiUrl: sim.apiUrl, tokenUrl: sim.tokenUrl, authShape: 'cte', sim };
  }
  const t = o.target;
  // The readiness test is done in CTE: observe never sits in front of production PTV.
  for (const url of [t.apiUrl, t.tokenUrl]) {
    if (isProductionUrl(url)) {
      throw new PtvrError(
        'PTVR_PRODUCTION_WRITE_REFUSED',
        `observe refuses a production PTV host (${new URL(url).host})`,
        {
          hint: 'observe in front of the Customer Test Environment (--target cte) or the simulator (--target sim)',
        },
      );
    }
  }
  return {
    name: t.name ?? 'custom',
    apiUrl: t.apiUrl,
    tokenUrl: t.tokenUrl,
    authShape: t.authShape ?? 'cte',
  };
}

/** Where a proxied path goes: `/api/auth/...` to the token URL (query kept), the rest under the API base. */
export function forwardedUrl(target: ResolvedObserveTarget, path: string): string {
  return /^\/api\/auth\//i.test(path)
    ? target.tokenUrl + (path.includes('?') ? path.slice(path.indexOf('?')) : '')
    : target.apiUrl.replace(/\/+$/, '') + path;
}
