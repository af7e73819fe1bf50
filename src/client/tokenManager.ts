import { PtvrError } from '../core/errors.js';
import type { Redactor } from '../core/redactor.js';
import { parseJwt } from './parseJwt.js';
import type { TokenInfo } from './types.js';

/** Used when a token carries no `exp` (ptv-mcp does the same; in-api-v11.md / process §3.3). */
export const DEFAULT_TOKEN_LIFETIME_MS = 30 * 60_000;
/** Refresh this long before `exp`, so a request never leaves with a token about to lapse. */
export const REFRESH_MARGIN_MS = 60_000;

const CREDENTIAL_HINT =
  'Check PTV_USERNAME and PTV_PASSWORD (and, for production, PTV_API_USER_ORGANISATION) and that the account is an API user of the target environment.';

export interface LoginExchange {
  status: number;
  text: string;
}

/**
 * A login's token, to hand to another client of the same process (teardown reuses the preflight's
 * session instead of logging in again). The raw token: kept in memory only, and registered with the
 * redactor of the client that receives it like a token it obtained itself.
 */
export interface TokenSession {
  readonly token: string;
  /** The login's answer field the token came in (ptvToken on CTE, serviceToken in production). */
  readonly shape: TokenInfo['shape'];
}

export interface TokenManagerOptions {
  tokenUrl: string;
  authShape: 'cte' | 'prod';
  credentials: { username: string; password: string; apiUserOrganisation?: string };
  ptvOrganizationId?: string;
  redactor: Redactor;
  /**
   * Sends the login POST (through the client's transport, so it is recorded as evidence) and returns
   * the answer; throws PTVR_TARGET_UNREACHABLE on transport failure. `inspect` sees the raw response
   * text before it is recorded, so a token is registered with the redactor before anything is stored.
   */
  login(body: string, inspect: (text: string) => void): Promise<LoginExchange>;
  now?: () => number;
  onWarning?: (message: string) => void;
  /** A token another client obtained: used until it is due for refresh or refused (401), then a login. */
  session?: TokenSession;
}

export interface TokenManager {
  /** A valid token; logs in when there is none or it is within the refresh margin of `exp`. */
  bearer(): Promise<string>;
  info(): Promise<TokenInfo>;
  /**
   * Forget the token. With `stale` given, only forget it when it is still the current one, so ten
   * requests that all got a 401 with the same token cause one re-login, not ten.
   */
  invalidate(stale?: string): void;
  /** The current token (logs in if needed), for another client of this process (TokenSession). */
  session(): Promise<TokenSession>;
  /** The target answered a request made with this token other than 401: it works. */
  accepted(token: string): void;
  readonly loginCount: number;
}

interface Held {
  token: string;
  info: TokenInfo;
  refreshAt: number;
  /** A request with it was answered other than 401. */
  used: boolean;
}

/**
 * Fresh tokens the target may refuse (401 before any other answer) before the manager stops logging
 * in: two in a row means the account, not the token, is the problem, and a third login would only
 * add to a storm on the token endpoint.
 */
export const MAX_UNUSED_TOKENS = 2;
/** After a login that failed for a reason other than refusal (5xx after retries), wait this long. */
export const LOGIN_FAILURE_COOLDOWN_MS = 30_000;

/** Token-bearing response fields per shape (in-api-v11.md §1.2). */
const FIELD = { cte: 'ptvToken', prod: 'serviceToken' } as const;

export function createTokenManager(opts: TokenManagerOptions): TokenManager {
  const now = opts.now ?? Date.now;
  const { credentials, redactor } = opts;
  redactor.addSecret(credentials.password);
  redactor.addSecret(credentials.username);
  let held: Held | undefined;
  let inflight: Promise<Held> | undefined;
  let loginCount = 0;
  /** A refusal (4xx, or a 2xx without a token) is final for the life of the manager: no re-login loop. */
  let refused: PtvrError | undefined;
  let failure: { error: unknown; until: number } | undefined;
  let unusedStreak = 0;

  const warn = (m: string): void => opts.onWarning?.(m);
  const apiOrg = credentials.apiUserOrganisation;
  if (apiOrg && opts.authShape === 'cte') {
    warn(
      'apiUserOrganisation is set but the CTE login ignores it: test tokens are bound to one organisation.',
    );
  }
  if (
    apiOrg &&
    opts.ptvOrganizationId &&
    apiOrg.trim().toLowerCase() === opts.ptvOrganizationId.trim().toLowerCase()
  ) {
    warn(
      'apiUserOrganisation equals the PTV organisation id. In production they differ: apiUserOrganisation is the ' +
        'Palveluhallinta (persistent) organisation id, not the PTV id used in payloads.',
    );
  }

  const body = (): string => {
    const b: Record<string, string> = { username: credentials.username, password: credentials.password };
    if (opts.authShape === 'prod' && apiOrg) b.apiUserOrganisation = apiOrg;
    return JSON.stringify(b);
  };

  const registerTokens = (text: string): void => {
    try {
      const v = JSON.parse(text) as Record<string, unknown>;
      for (const k of ['ptvToken', 'serviceToken', 'access_token', 'token']) {
        if (typeof v[k] === 'string') redactor.addSecret(v[k]);
      }
    } catch {
      // not JSON: nothing to register
    }
  };

  const login = async (): Promise<Held> => {
    loginCount++;
    const res = await opts.login(body(), registerTokens);
    if (res.status < 200 || res.status > 299) {
      const final = res.status >= 400 && res.status <= 499 && res.status !== 429;
      let msg = '';
      try {
        const m = (JSON.parse(res.text) as { message?: unknown }).message;
        if (typeof m === 'string') msg = `: ${redactor.redactString(m)}`;
      } catch {
        // keep the status alone
      }
      const err = new PtvrError(
        'PTVR_AUTH_FAILED',
        `Login to ${opts.tokenUrl} answered HTTP ${res.status}${msg}.`,
        {
          hint:
            res.status === 404 || res.status === 405
              ? 'The token URL looks wrong: PTV logins are POST <host>/api/auth/api-login.'
              : CREDENTIAL_HINT,
          details: { status: res.status },
        },
      );
      if (final) refused = err;
      throw err;
    }
    let parsed: Record<string, unknown> = {};
    try {
      parsed = JSON.parse(res.text) as Record<string, unknown>;
    } catch {
      // handled as unknown shape below
    }
    const expected = FIELD[opts.authShape];
    const other = expected === 'ptvToken' ? 'serviceToken' : 'ptvToken';
    const field =
      typeof parsed[expected] === 'string' ? expected : typeof parsed[other] === 'string' ? other : undefined;
    const token = field ? (parsed[field] as string) : undefined;
    if (!field || !token) {
      // Asking again gets the same answer: final, like a refusal.
      throw (refused = new PtvrError('PTVR_AUTH_FAILED', `Login answered 2xx without a ${expected} field.`, {
        hint: `Check that the token URL and auth shape match the target (CTE answers ptvToken, production serviceToken). Fields seen: ${Object.keys(parsed).join(', ') || 'none'}.`,
      }));
    }
    if (field !== expected) {
      warn(
        `The login answered ${field}, not ${expected}: is the auth shape '${opts.authShape}' right for this target?`,
      );
    }
    return hold(token, field as TokenInfo['shape']);
  };

  /** The token as held: its claims read, its refresh time set (a login's or a session's). */
  const hold = (token: string, shape: TokenInfo['shape']): Held => {
    redactor.addSecret(token);
    const claims = parseJwt(token);
    const t = now();
    const expiresMs = typeof claims?.exp === 'number' ? claims.exp * 1000 : t + DEFAULT_TOKEN_LIFETIME_MS;
    const lifetimeMs = typeof claims?.iat === 'number' ? expiresMs - claims.iat * 1000 : expiresMs - t;
    // [INF] For very short-lived tokens (simulator tests) a fixed 60 s margin would mean a login per
    // request; use at most half the lifetime.
    const margin = Math.min(REFRESH_MARGIN_MS, Math.max(0, lifetimeMs / 2));
    const info: TokenInfo = {
      shape,
      expiresAt: new Date(expiresMs),
      ...(claims?.exp !== undefined && { lifetimeSeconds: Math.round(lifetimeMs / 1000) }),
      ...(typeof claims?.activeOrganizationId === 'string' && {
        organizationId: claims.activeOrganizationId,
      }),
      ...(typeof claims?.email === 'string' && { email: claims.email }),
    };
    return { token, info, refreshAt: expiresMs - margin, used: false };
  };

  const current = async (): Promise<Held> => {
    if (held && now() < held.refreshAt) return held;
    if (refused) throw refused;
    if (failure && now() < failure.until) throw failure.error;
    if (unusedStreak >= MAX_UNUSED_TOKENS) {
      throw (refused = new PtvrError(
        'PTVR_AUTH_FAILED',
        `The target refused (401) the last ${unusedStreak} tokens its own login issued, before any request succeeded with them.`,
        {
          hint: `Not logging in again (no login storm). ${CREDENTIAL_HINT}`,
        },
      ));
    }
    // One login in flight, shared by every concurrent caller.
    inflight ??= login().then(
      (h) => {
        held = h;
        inflight = undefined;
        failure = undefined;
        return h;
      },
      (err: unknown) => {
        inflight = undefined;
        if (err !== refused) failure = { error: err, until: now() + LOGIN_FAILURE_COOLDOWN_MS };
        throw err;
      },
    );
    return inflight;
  };

  // A session handed over is held like a fresh login's token (a 401 on it leads to one login).
  if (opts.session) held = hold(opts.session.token, opts.session.shape);

  return {
    bearer: async () => (await current()).token,
    session: async () => {
      const h = await current();
      return { token: h.token, shape: h.info.shape };
    },
    info: async () => ({ ...(await current()).info }),
    invalidate(stale) {
      if (stale !== undefined && held?.token !== stale) return;
      if (held && !held.used && stale !== undefined) unusedStreak++;
      held = undefined;
    },
    accepted(token) {
      if (held?.token === token && !held.used) {
        held.used = true;
        unusedStreak = 0;
      }
    },
    get loginCount() {
      return loginCount;
    },
  };
}
