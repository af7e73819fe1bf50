/**
 * One observable PTV behaviour, written from PTV's 3.4 source or the reference notes (never from the
 * simulator), that the fidelity runner replays against the simulator. Strings may hold `{{name}}` /
 * `{{name.path}}` placeholders: `org`, `otherOrg`, `u` (unique per behaviour and profile), `tomorrow`,
 * `nextWeek`, `yesterday`, and whatever earlier setup steps saved.
 */
import type { RuleProfile } from '../../src/rules/types.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Whose credentials a request carries. */
export type AuthMode =
  | 'default' // the seeded API user (role Pete) of the main organisation
  | 'none'
  | 'garbage' // a bearer that is not a token
  | 'revoked' // a token the control surface has revoked (stands for "stale" 401s)
  | 'expired' // a fresh token used 25 h later (CTE tokens last about 24 h)
  | 'lowercase' // `authorization: bearer <token>`
  | 'other' // an API user (Pete) of another organisation
  | 'shirley'; // a basic user of the main organisation

export interface RequestSpec {
  method: Method;
  /** Under /api/v11 unless it starts with /api/ or /control/ or is a root path like /Ping. */
  path: string;
  body?: unknown;
  /** Sent verbatim instead of JSON.stringify(body). */
  rawBody?: string;
  /** Default application/json when a body is sent; null sends no content-type. */
  contentType?: string | null;
  auth?: AuthMode;
}

export interface SetupStep extends RequestSpec {
  /** Save the response JSON under this name for later placeholders. */
  save?: string;
  /** The status the step must answer (default 200); otherwise the behaviour is reported as a setup failure. */
  status?: number;
}

/** A read after the request: fields compared by path (`a.b[0].c`, `list[language=fi,type=Name].value`). */
export interface ReadBack {
  path: string;
  auth?: AuthMode;
  status?: number;
  fields?: Record<string, unknown>;
  includes?: string[];
  excludes?: string[];
}

export interface Expectation {
  status: number;
  /** The exact set of top-level keys of the error body (ModelState keys, or `errorMessage`). */
  errorKeys?: string[];
  /** Keys that must (not) be present. */
  errorKeysInclude?: string[];
  errorKeysExclude?: string[];
  /** Verbatim or a distinctive substring of the response text (JSON escapes undone). */
  message?: string;
  /** Response fields compared by path, like ReadBack.fields. */
  fields?: Record<string, unknown>;
  /** Substrings of the response text that must (not) appear. */
  includes?: string[];
  excludes?: string[];
  /** Response header name → substring of its value. */
  headers?: Record<string, string>;
  readBack?: ReadBack | ReadBack[];
}

export interface Behaviour {
  id: string;
  title: string;
  /** Only in this rule profile; absent = both. */
  profile?: RuleProfile;
  setup?: SetupStep[];
  request: RequestSpec;
  expect: Expectation;
  /** `path:line` @ptv-release-3_4, `in-api-v11.md §x`, `live 2026`; `[INF]` marks an inference. */
  source: string;
  /** The simulator is known to differ here: why, and who fixes it. Still counted as disagreeing. */
  knownDivergence?: string;
}
