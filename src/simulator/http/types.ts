import type { SimClaims } from '../auth/jwt.js';
import type { SimState } from '../store/simState.js';
import type { ResolvedSimConfig } from '../config.js';
import type { RulesApi } from '../rulesAdapter.js';

/** DELETE and PATCH serve only v12 write routes from a route map (v11 has neither). */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/**
 * Who may call a route (in-api-v11 §2): `W` bearer + write role, `R` bearer + role ("restricted"
 * read), `A` anonymous, `login` the token endpoint, `control` the test control surface.
 */
export type RouteAuth = 'W' | 'R' | 'A' | 'login' | 'control';

export interface SimRequest {
  method: HttpMethod;
  path: string;
  params: Record<string, string>;
  /** Query parameters with lower-cased names (ASP.NET binds them case-insensitively). */
  query: Record<string, string>;
  /** Parsed JSON body; `null` for an empty body (PTV binds that to null). */
  body: unknown;
  /** Set when the body was not valid JSON. */
  bodyError?: string;
  claims?: SimClaims;
  ip: string;
}

export interface SimResponse {
  status: number;
  /** JSON body; `undefined` = empty body. */
  json?: unknown;
  text?: string;
  headers?: Record<string, string>;
}

export interface RouteContext {
  state: SimState;
  config: ResolvedSimConfig;
  now: () => Date;
  rules: RulesApi;
  /** Requests the current URL's origin, for messages that name the host. */
  origin: string;
  /**
   * API requests still to answer 429 before any other handling (`POST /control/throttle`): any, or
   * only those with this method and path (matched without the query, case-insensitively).
   */
  throttle: { remaining: number; method?: string; path?: string };
  /**
   * While `on`, API requests that passed the in-flight cap wait in `waiting` until released
   * (`POST /control/hold`): tests fill the cap by instruction instead of by latency and timing.
   */
  hold: { on: boolean; waiting: Array<() => void> };
}

export interface RouteDef {
  method: HttpMethod;
  /** `/api/v11/Service/{id}`; matched case-insensitively, `{x}` is a parameter segment. */
  path: string;
  auth: RouteAuth;
  /** Synchronous, except routes whose code loads on first use (v12 writes). */
  handle: (req: SimRequest, ctx: RouteContext) => SimResponse | Promise<SimResponse>;
}
