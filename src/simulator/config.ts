import { randomBytes } from 'node:crypto';
import { DEFAULT_RULE_PROFILE } from '../core/vocabulary.js';
import type { RuleProfile } from '../rules/types.js';
import type { SimDefect, SimOrganizationSeed, SimRole, SimUserSeed, SimulatorOptions } from './options.js';
import { DEFAULT_API_KEY, DEFAULT_ORGANIZATION, DEFAULT_PASSWORD, DEFAULT_USERNAME } from './seed.js';

export interface ResolvedUser extends Required<Omit<SimUserSeed, 'role'>> {
  role: SimRole;
}

/** Every option filled in; only `resolveSimConfig` turns SimulatorOptions into this. */
export interface ResolvedSimConfig {
  host: string;
  port: number;
  profile: RuleProfile;
  authShape: 'cte' | 'prod';
  tokenTtlSeconds: number;
  users: ResolvedUser[];
  organizations: SimOrganizationSeed[];
  mainUser: ResolvedUser;
  dbPath: string | undefined;
  latency: { ms: number; jitterMs: number } | undefined;
  faults: { '5xx': number; '429': number; reset: number };
  revokeTokensAfter: number | undefined;
  seed: number;
  control: boolean;
  defects: ReadonlySet<SimDefect>;
  clock: () => Date;
  maxRequestsPerUser: number;
  maxAnonymousRequestsPerIp: number;
  maxRequestsTotal: number;
  /** Per-process secret unless the database already holds one. */
  fallbackSecret: Buffer;
  /** The accepted x-api-key; undefined = the v12 routes are open (`--no-v12-key`). */
  apiKey: string | undefined;
  /** The key to report (the configured one, even when the check is off). */
  advertisedApiKey: string;
  v12DelayMs: number;
}

export function resolveSimConfig(o: SimulatorOptions = {}): ResolvedSimConfig {
  const mainUser: ResolvedUser = {
    username: o.username ?? DEFAULT_USERNAME,
    password: o.password ?? DEFAULT_PASSWORD,
    organizationIds: [DEFAULT_ORGANIZATION.id],
    role: 'Pete',
    firstName: 'Api',
    lastName: 'Simulator',
  };
  const extraUsers: ResolvedUser[] = (o.users ?? []).map((u) => ({
    username: u.username,
    password: u.password,
    organizationIds: u.organizationIds,
    role: u.role ?? 'Pete',
    firstName: u.firstName ?? 'Api',
    lastName: u.lastName ?? 'User',
  }));
  return {
    host: o.host ?? '127.0.0.1',
    port: o.port ?? 0,
    profile: o.profile ?? DEFAULT_RULE_PROFILE,
    authShape: o.authShape ?? 'cte',
    tokenTtlSeconds: o.tokenTtlSeconds ?? 86_400,
    users: [mainUser, ...extraUsers],
    organizations: [DEFAULT_ORGANIZATION, ...(o.organizations ?? [])],
    mainUser,
    dbPath: o.dbPath,
    latency: o.latency ? { ms: o.latency.ms, jitterMs: o.latency.jitterMs ?? 0 } : undefined,
    faults: { '5xx': o.faults?.['5xx'] ?? 0, '429': o.faults?.['429'] ?? 0, reset: o.faults?.reset ?? 0 },
    revokeTokensAfter: o.revokeTokensAfter,
    seed: o.seed ?? 1,
    control: o.control ?? false,
    defects: new Set(o.defects ?? []),
    clock: o.clock ?? (() => new Date()),
    maxRequestsPerUser: o.maxRequestsPerUser ?? 64,
    maxAnonymousRequestsPerIp: o.maxAnonymousRequestsPerIp ?? 128,
    maxRequestsTotal: o.maxRequestsTotal ?? 1024,
    fallbackSecret: randomBytes(32),
    apiKey: o.v12Key === false ? undefined : (o.apiKey ?? DEFAULT_API_KEY),
    advertisedApiKey: o.apiKey ?? DEFAULT_API_KEY,
    v12DelayMs: o.v12DelayMs ?? 0,
  };
}
