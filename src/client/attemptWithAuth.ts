import type { Redactor } from '../core/redactor.js';
import type { AttemptResult } from './httpTransport.js';
import type { TokenManager } from './tokenManager.js';
import type { AuthMode, V12WriteAuth } from './types.js';

/**
 * How an origin's requests authenticate. The v11 API uses the managed login token; another origin
 * (v12 reads with an x-api-key, `observe`) brings its own implementation.
 */
export interface Authenticator {
  /** Headers for one attempt and the credential they carry (registered with the redactor). */
  headers(mode: AuthMode): Promise<{ headers: Record<string, string>; credential?: string }>;
  /** The target refused this credential (401): forget it. True when a fresh one is worth one retry. */
  refused(mode: AuthMode, credential: string | undefined): boolean;
  /** The target answered a request made with this credential: it works. */
  accepted(mode: AuthMode, credential: string | undefined): void;
}

/** The managed token (one login in flight, refresh, no login storm: tokenManager.ts), or a literal bearer. */
export function tokenAuthenticator(tokens: TokenManager, redactor: Redactor): Authenticator {
  return {
    async headers(mode) {
      const bearer =
        mode === 'token'
          ? await tokens.bearer()
          : typeof mode === 'object' && 'bearer' in mode
            ? mode.bearer
            : undefined;
      const none: Record<string, string> = {};
      // An api-key mode on the v11 origin carries nothing: v11 knows no x-api-key.
      if (bearer === undefined) return { headers: none };
      redactor.addSecret(bearer);
      return { headers: { authorization: `Bearer ${bearer}` }, credential: bearer };
    },
    refused(mode, credential) {
      if (mode !== 'token') return false;
      // A stale token only invalidates itself, so N parallel 401s cause one re-login.
      tokens.invalidate(credential);
      return true;
    },
    accepted(mode, credential) {
      if (mode === 'token' && credential !== undefined) tokens.accepted(credential);
    },
  };
}

/**
 * The v12 gateway's `x-api-key` (v12-migration.md §4.3): the configured key, a literal one for negative
 * checks, or none. A refused key is not worth a retry (there is no login to repeat).
 */
export function apiKeyAuthenticator(
  apiKey: string | undefined,
  redactor: Redactor,
  tokens?: TokenManager,
): Authenticator {
  return {
    async headers(mode) {
      if (typeof mode === 'object' && 'v12Write' in mode)
        return v12WriteHeaders(mode.v12Write, apiKey, redactor, tokens);
      const key =
        mode === 'apiKey' || mode === 'token'
          ? apiKey
          : typeof mode === 'object' && 'apiKey' in mode
            ? mode.apiKey
            : undefined;
      if (key === undefined) return { headers: {} };
      redactor.addSecret(key);
      return { headers: { 'x-api-key': key }, credential: key };
    },
    // Only a managed login token is worth a fresh one; a key or a literal token is what it is.
    refused(mode, credential) {
      if (!isLoginWrite(mode) || !tokens) return false;
      tokens.invalidate(credential);
      return true;
    },
    accepted(mode, credential) {
      if (isLoginWrite(mode) && credential !== undefined) tokens?.accepted(credential);
    },
  };
}

const isLoginWrite = (mode: AuthMode): boolean =>
  typeof mode === 'object' && 'v12Write' in mode && mode.v12Write.token?.value === 'login';

/** A v12 write's headers: the key, and the token the route map names (the credential is the token). */
async function v12WriteHeaders(
  auth: V12WriteAuth,
  apiKey: string | undefined,
  redactor: Redactor,
  tokens: TokenManager | undefined,
): Promise<{ headers: Record<string, string>; credential?: string }> {
  const headers: Record<string, string> = {};
  if (apiKey !== undefined) {
    redactor.addSecret(apiKey);
    headers[auth.keyHeader.toLowerCase()] = apiKey;
  }
  if (!auth.token) return { headers, ...(apiKey !== undefined && { credential: apiKey }) };
  const value = auth.token.value;
  const token = value === 'login' ? await tokens?.bearer() : value.literal;
  if (token === undefined) return { headers };
  redactor.addSecret(token);
  headers[auth.token.header.toLowerCase()] = auth.token.scheme ? `${auth.token.scheme} ${token}` : token;
  return { headers, credential: token };
}

export interface AuthedAttempt {
  res: AttemptResult;
  /** A 401 invalidated the credential: send once more with a fresh one. */
  relogin: boolean;
}

/**
 * One attempt with the current credential. A 401 (a revoked or day-old token, in-api-v11 §1.3) asks
 * for one re-login when `mayRelogin`; any other answer short of 429 / 5xx proves the credential works.
 */
export async function attemptWithAuth(
  authenticator: Authenticator,
  mode: AuthMode,
  mayRelogin: boolean,
  send: (authHeaders: Record<string, string>) => Promise<AttemptResult>,
): Promise<AuthedAttempt> {
  const { headers, credential } = await authenticator.headers(mode);
  const res = await send(headers);
  if (res.status === 401) {
    return { res, relogin: mayRelogin && authenticator.refused(mode, credential) };
  }
  if (res.status < 500 && res.status !== 429) authenticator.accepted(mode, credential);
  return { res, relogin: false };
}
