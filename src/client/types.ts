/**
 * Public shape of the PTV client the suites and the run engine use. The implementation
 * (createPtvClient) lives beside this file; extend by adding optional members only.
 */
import type { ChannelType, ObjectType } from '../core/vocabulary.js';

/** DELETE and PATCH are v12-only (route maps: the inferred `connection.delete`); v11 has neither. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/** Which credentials a request carries. */
export type AuthMode =
  /** The managed token (login, refresh, one re-login on 401). Default for every request. */
  | 'token'
  /** No Authorization header (anonymous GET, negative auth checks). */
  | 'none'
  /** A literal bearer value (negative checks: malformed / expired token). Never logged. */
  | { bearer: string }
  /** v12: the configured `x-api-key` (PTV_API_KEY). Default for `api: 'v12'` requests. */
  | 'apiKey'
  /** v12: a literal `x-api-key` (negative checks: a wrong key). Never logged. */
  | { apiKey: string }
  /**
   * v12 writes, as the route map's `auth` says: the configured key under `keyHeader`, plus a token —
   * the managed v11 login token (`login`, one re-login on 401) or a literal one (PTV_V12_TOKEN).
   */
  | { v12Write: V12WriteAuth };

export interface V12WriteAuth {
  keyHeader: string;
  token?: { header: string; scheme: string; value: 'login' | { literal: string } };
}

/** Which PTV API origin a request goes to: the v11 API, or the v12 API-key gateway. */
export type ApiVersion = 'v11' | 'v12';

export interface PtvRequest {
  method: HttpMethod;
  /** Path below the API base: `/api/v11/…`, or for `api: 'v12'` `/api/v12/…` (or `/health/…`). */
  path: string;
  /** Origin: `v11` (default) or the v12 gateway (PtvClientOptions.v12ApiUrl), whose default auth is `apiKey`. */
  api?: ApiVersion;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  auth?: AuthMode;
  /** Case id for evidence and ledger lines. */
  caseId?: string;
  /**
   * For POST creates: how to find the entity after an ambiguous failure (reset, timeout, 5xx),
   * so the client looks it up instead of blindly re-POSTing and creating a duplicate.
   */
  recoverBy?: { objectType: ObjectType; sourceId: string; channelType?: ChannelType };
  /**
   * Set false for the first answer: no retry after a 5xx or a transport error. A 429 is still retried
   * with back-off (PTV did not process the request). Default true: 5xx and resets are retried too,
   * creates only after a sourceId lookup shows nothing was created.
   */
  retry?: boolean;
  /**
   * A 429 to this request was provoked on purpose (PIT-06 throttles its own route through the
   * simulator's control surface): retried with back-off as any 429, but not taken as the target wanting
   * fewer requests in flight, so it does not halve the adaptive limit every other request shares.
   */
  provoked429?: boolean;
}

export interface PtvResponse<T = unknown> {
  status: number;
  headers: Record<string, string>;
  /** Parsed JSON when the body is JSON, else the text. */
  body: T;
  text: string;
  /** How many HTTP attempts this logical request took. */
  attempts: number;
  /** Evidence ids of every attempt, in order. */
  evidenceIds: string[];
  durationMs: number;
  /** True when an ambiguous POST was resolved by a sourceId lookup rather than a 2xx. */
  recovered?: boolean;
}

export interface TokenInfo {
  shape: 'ptvToken' | 'serviceToken';
  /** Seconds from issue to expiry, read from the JWT `exp` (and `iat` where present). */
  lifetimeSeconds?: number;
  expiresAt: Date;
  /** `activeOrganizationId` claim, when the token carries one. */
  organizationId?: string;
  email?: string;
}
