import type { OverrideHandler, RecordedCall } from './http/overrides.js';
import type { RuleProfile } from '../rules/types.js';
import { NORMALISATIONS, type NormalisationName } from '../rules/normalisations.js';

/** Deliberate defects for harness self-tests: each makes the simulator lie in one specific way. */
export type SimDefect =
  | 'archive-ignored'
  | 'truncate-long-names'
  | 'drop-connection'
  | 'ignore-field-change'
  | 'echo-password'
  | 'echo-token'
  /** Hostile server: every string value of every API response gets 1 MB of hostile padding. */
  | 'pad-strings'
  /** One of PTV's silent normalisations (rules/normalisations.ts) is not applied: stored as sent. */
  | `no-normalise-${NormalisationName}`
  /** v12 reads always serve the first published snapshot: the copy never catches up. */
  | 'v12-never-propagate'
  /** The v12 projection cuts `languageVersions.sv.summary` to 20 characters. */
  | 'v12-truncate-sv-summary';

export const SIM_DEFECTS: readonly SimDefect[] = [
  'archive-ignored',
  'truncate-long-names',
  'drop-connection',
  'ignore-field-change',
  'echo-password',
  'echo-token',
  'pad-strings',
  ...NORMALISATIONS.map((n) => `no-normalise-${n.name}` as const),
  'v12-never-propagate',
  'v12-truncate-sv-summary',
];

/**
 * PTV role of an API account. `Pete` (organisation main user / API user) writes for its own
 * organisations, `Eeva` (DVV admin) may also create main organisations, `Shirley` (basic user) is
 * refused on every write (403). The names are PTV's internal ones (in-api-v11 §1.4).
 */
export type SimRole = 'Eeva' | 'Pete' | 'Shirley';

export interface SimUserSeed {
  username: string;
  password: string;
  /** PTV organisation ids the user is linked to; the first is the active one by default. */
  organizationIds: string[];
  role?: SimRole;
  firstName?: string;
  lastName?: string;
}

export interface SimOrganizationSeed {
  id: string;
  /** Palveluhallinta id used as `apiUserOrganisation` with `authShape: 'prod'`; defaults to `paha-<id>`. */
  pahaId?: string;
  parentOrganizationId?: string;
  organizationType?: string;
  businessCode?: string;
  municipality?: string;
  /** Names per language; the organisation is published in these languages. */
  names: Record<string, string>;
  sourceId?: string;
}

export interface SimulatorOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (a free port). */
  port?: number;
  profile?: RuleProfile;
  authShape?: 'cte' | 'prod';
  tokenTtlSeconds?: number;
  /** Added to (not replacing) the default API user. */
  users?: SimUserSeed[];
  /** Added to the default main organisation. */
  organizations?: SimOrganizationSeed[];
  /** Override the default API user's name / password. */
  username?: string;
  password?: string;
  /** SQLite file for durable state; in-memory when absent. */
  dbPath?: string;
  latency?: { ms: number; jitterMs?: number };
  faults?: { '5xx'?: number; '429'?: number; reset?: number };
  /** Each token stops working (401) after this many API requests. */
  revokeTokensAfter?: number;
  seed?: number;
  control?: boolean;
  defects?: SimDefect[];
  clock?: () => Date;
  /** Concurrency caps (PTV defaults 64 per user, 128 anonymous per IP, 1,024 in total). */
  maxRequestsPerUser?: number;
  maxAnonymousRequestsPerIp?: number;
  maxRequestsTotal?: number;
  /** Keep every request in `calls` (tests only: memory grows with the requests). Default false. */
  recordCalls?: boolean;
  /** The x-api-key every /api/v12/ route needs (default `simulator-api-key`). */
  apiKey?: string;
  /** false: /api/v12/ answers without a key (`simulate --no-v12-key`). Default true. */
  v12Key?: boolean;
  /** Simulated v11 → v12 copy delay: a v12 read serves the newest snapshot published this long ago. */
  v12DelayMs?: number;
  /** The v12 route map whose write routes the simulator serves (`--v12-routes`); default the bundled inferred one. */
  v12Routes?: string;
}

export interface Simulator {
  /** http://127.0.0.1:PORT (origin). */
  url: string;
  /** Same origin; API paths start with /api/v11. */
  apiUrl: string;
  /** `${url}/api/auth/api-login`. */
  tokenUrl: string;
  /** `${url}/control` when `control` is on. */
  controlUrl?: string;
  /** The seeded main organisation's id. */
  organizationId: string;
  credentials: { username: string; password: string };
  /** The v12 API base (the same origin: paths start with /api/v12). */
  v12ApiUrl: string;
  /** The accepted x-api-key. */
  apiKey: string;
  /**
   * Per-test overrides (http/overrides.ts), in-process only: prepends handlers, newest first;
   * `override(method, path, resolver, { once })` builds one.
   */
  use(...handlers: OverrideHandler[]): void;
  /** Drops every override and the recorded calls. */
  reset(): void;
  /** Requests received (headers and body redacted); throws unless started with `recordCalls: true`. */
  readonly calls: readonly RecordedCall[];
  close(): Promise<void>;
}
