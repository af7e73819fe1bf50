import type { Dispatcher } from 'undici';
import { PtvrError } from '../core/errors.js';
import { isProductionUrl, normalisedHostOf, PRODUCTION_LOGIN_URL } from '../core/productionHost.js';

const PRODUCTION_LOGIN = new URL(PRODUCTION_LOGIN_URL);
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The production login POST (`https://palveluhallinta.suomi.fi/api/auth/api-login`) is allowed. */
function isProductionLogin(method: string, url: string): boolean {
  if (method !== 'POST') return false;
  try {
    const u = new URL(url);
    return (
      normalisedHostOf(url) === PRODUCTION_LOGIN.hostname &&
      u.pathname.replace(/\/+$/, '') === PRODUCTION_LOGIN.pathname
    );
  } catch {
    return false;
  }
}

/** Throws PTVR_PRODUCTION_WRITE_REFUSED for a write method to a production host; call before dispatch. */
export function assertWriteAllowed(method: string, url: string): void {
  const m = method.toUpperCase();
  if (!WRITE_METHODS.has(m) || !isProductionUrl(url) || isProductionLogin(m, url)) return;
  const host = normalisedHostOf(url) ?? '(unparsable URL)';
  throw new PtvrError(
    'PTVR_PRODUCTION_WRITE_REFUSED',
    `Refused ${m} ${host}: ptv-readiness never writes to production PTV.`,
    {
      hint: 'Run against the Customer Test Environment (api.palvelutietovaranto.trn.suomi.fi) or the simulator.',
      details: { method: m, host },
    },
  );
}

/**
 * undici interceptor form of the guard, composed innermost-last on the client's Agent so even a caller
 * that bypasses `request()` and dispatches directly cannot write to production: the error is raised
 * before the Agent opens a socket.
 */
export function productionGuardInterceptor(): Dispatcher.DispatcherComposeInterceptor {
  return (dispatch) => (opts, handler) => {
    const origin = typeof opts.origin === 'string' ? opts.origin : String(opts.origin ?? '');
    assertWriteAllowed(opts.method, new URL(opts.path, origin).toString());
    return dispatch(opts, handler);
  };
}
