import { isAbsolute, resolve } from 'node:path';
import { PtvrError } from '../core/errors.js';
import { parseDuration } from '../core/parseDuration.js';
import { READ_APIS, type ReadApi, type WriteApi } from '../core/vocabulary.js';
import { redactUrl } from '../core/redactor.js';
import { defaults } from './defaults.js';
import { ENV_KEYS, secretsFromEnv, type EnvLike } from './loadSecrets.js';
import { isProductionUrl, knownTargets, knownV12ApiUrls } from './targets.js';
import { refuseSecretInUrl } from './refuseSecretInUrl.js';
import { assertUserConfig } from './validateUserConfig.js';
import { parseDefects, parseFaults, parseLatency } from '../simulator/cliOptions.js';
import type { ResolvedConfig, ResolvedTarget, UserConfig } from './types.js';

export interface ResolveInputs {
  /** Values typed on the command line (already mapped to UserConfig keys; no yargs defaults). */
  flags: UserConfig;
  /** The effective environment (see effectiveEnv): process env, `.env`, `--secrets-file`. */
  env: EnvLike;
  file: UserConfig;
  configFile?: string;
  cwd: string;
}

/** First defined value: flags > env > file > defaults, written out per field. */
function takeFirst<T>(...values: (T | undefined)[]): T | undefined {
  for (const v of values) if (v !== undefined) return v;
  return undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function resolveTarget(flags: UserConfig, file: UserConfig): ResolvedTarget {
  const explicit = takeFirst(flags.target, file.target);
  const apiUrl = takeFirst(flags.apiUrl, file.apiUrl);
  const tokenUrl = takeFirst(flags.tokenUrl, file.tokenUrl);
  const authShape = takeFirst(flags.authShape, file.authShape);
  if ((apiUrl === undefined) !== (tokenUrl === undefined)) {
    throw new PtvrError('PTVR_USAGE', '--api-url and --token-url must be given together.', {
      hint: 'ptv-readiness simulate prints both URLs',
    });
  }
  if (apiUrl !== undefined && tokenUrl !== undefined) {
    // A custom URL on a production host is production, whatever it is called: connection checks only.
    const prod = isProductionUrl(apiUrl) || isProductionUrl(tokenUrl);
    const name = prod ? 'prod' : explicit === 'cte' || explicit === 'prod' ? explicit : 'custom';
    return Object.freeze({
      name,
      apiUrl,
      tokenUrl,
      authShape: authShape ?? (name === 'prod' ? 'prod' : 'cte'),
    });
  }
  const name = explicit ?? defaults.target;
  if (name === 'sim') return Object.freeze({ name, authShape: authShape ?? 'cte' });
  const known = knownTargets[name];
  return Object.freeze({
    name,
    apiUrl: known.apiUrl,
    tokenUrl: known.tokenUrl,
    authShape: authShape ?? known.authShape,
  });
}

/** Duration keys are parsed once here (flags and file share the syntax, core/parseDuration.ts). */
function duration(key: string, value: string | undefined): number | undefined {
  return value === undefined ? undefined : parseDuration(key, value);
}

/** `--v12-api-url` > PTV_V12_API_URL > file > the known target's gateway; a custom target must name one. */
function resolveV12ApiUrl(
  target: ResolvedTarget,
  flags: UserConfig,
  env: EnvLike,
  file: UserConfig,
  needed: boolean,
): string | undefined {
  const url = takeFirst(flags.v12?.apiUrl, env[ENV_KEYS.v12ApiUrl], file.v12?.apiUrl);
  if (url !== undefined) return url;
  if (target.name === 'cte' || target.name === 'prod') {
    // A custom URL on a production host resolves to prod: its gateway is production's too.
    return knownV12ApiUrls[target.name];
  }
  if (needed) {
    throw new PtvrError('PTVR_USAGE', 'A custom target (--api-url) reading v12 needs --v12-api-url.', {
      hint: 'pass --v12-api-url or set PTV_V12_API_URL (the v12 gateway of that environment)',
    });
  }
  return undefined;
}

/**
 * The read APIs (v12-migration.md §4.1): writing v11, v11 always reads back (DVV's evidence) and v12 is
 * the added pre-check; writing v12 reads v12 only, and asking for v11 reads alone is refused: whether
 * v12 writes show on v11 reads is unknown.
 */
function resolveReadApis(writeApi: WriteApi, read: readonly ReadApi[] | undefined): readonly ReadApi[] {
  if (writeApi === 'v11')
    return Object.freeze(READ_APIS.filter((a) => a === 'v11' || (read ?? []).includes(a)));
  if (read !== undefined && !read.includes('v12')) {
    throw new PtvrError(
      'PTVR_USAGE',
      '--write-api v12 reads back through v12; --read-api v11 cannot go with it.',
      {
        hint: 'drop --read-api (v12 writes imply --read-api v12), or use --api v12',
      },
    );
  }
  return Object.freeze(['v12' as const]);
}

/**
 * v12 writes go to the v12 gateway: refused before anything starts when that gateway is production
 * (the client's guard would refuse each request too; this says so up front, with no socket opened), and
 * `--v12-defer` belongs to the read-back of v11 writes, not to the v12 write profile.
 */
function refuseV12WriteConflicts(
  target: ResolvedTarget,
  flags: UserConfig,
  env: EnvLike,
  file: UserConfig,
): void {
  const url =
    takeFirst(flags.v12?.apiUrl, env[ENV_KEYS.v12ApiUrl], file.v12?.apiUrl) ??
    (target.name === 'prod' ? knownV12ApiUrls.prod : undefined);
  if (target.name === 'prod' || (url !== undefined && isProductionUrl(url))) {
    throw new PtvrError(
      'PTVR_PRODUCTION_WRITE_REFUSED',
      `--write-api v12 would write to the production v12 gateway${url ? ` (${redactUrl(url)})` : ''}.`,
      {
        hint: 'rehearse v12 writes on the simulator (--target sim) or on the CTE gateway; production is never written',
      },
    );
  }
  if (takeFirst(flags.v12?.defer, file.v12?.defer) === true) {
    throw new PtvrError(
      'PTVR_USAGE',
      '--v12-defer defers the v12 read-back of v11 writes; it cannot go with --write-api v12.',
      {
        hint: 'drop --v12-defer: the v12 write suites read back as they write',
      },
    );
  }
}

/** Resolves flags, environment, config file and defaults once into one immutable ResolvedConfig. */
export function resolveConfig(inputs: ResolveInputs): ResolvedConfig {
  const { flags, env, file, cwd } = inputs;
  // First: every later error may print a value, and these would print a password.
  refuseSecretInUrl(flags, file, env, inputs.configFile);
  assertUserConfig(stripUndefined(flags), 'The command-line input');
  const envOrg = env[ENV_KEYS.organizationId];
  if (envOrg !== undefined && !UUID.test(envOrg)) {
    throw new PtvrError('PTVR_CONFIG_INVALID', `${ENV_KEYS.organizationId} is not a UUID: "${envOrg}"`, {
      hint: 'use the PTV organisation id (a UUID) shown in the PTV UI',
    });
  }
  const out = takeFirst(flags.out, file.out) ?? defaults.out;
  const organizationId = takeFirst(flags.organizationId, envOrg, file.organizationId);
  const configFile = inputs.configFile;
  const simDb = takeFirst(flags.sim?.db, file.sim?.db);
  const latency = takeFirst(flags.sim?.latency, file.sim?.latency);
  const faults = takeFirst(flags.sim?.faults, file.sim?.faults);
  const target = resolveTarget(flags, file);
  const explicitRuleProfile = takeFirst(flags.ruleProfile, file.ruleProfile);
  const simProfile =
    takeFirst(flags.sim?.profile, file.sim?.profile, explicitRuleProfile) ?? defaults.ruleProfile;
  // On the simulator the suites judge by the behaviour the simulator was started with (else a ptv34
  // simulator fails every live2026 expectation); an explicit ruleProfile still wins, e.g. to prove the
  // suites catch a simulator that behaves differently from the rules.
  const ruleProfile = explicitRuleProfile ?? (target.name === 'sim' ? simProfile : defaults.ruleProfile);
  const sim = target.name === 'sim';
  const writeApi = takeFirst(flags.api?.write, file.api?.write) ?? 'v11';
  const readApis = resolveReadApis(writeApi, takeFirst(flags.api?.read, file.api?.read));
  if (writeApi === 'v12') refuseV12WriteConflicts(target, flags, env, file);
  const v12ApiUrl = sim ? undefined : resolveV12ApiUrl(target, flags, env, file, readApis.includes('v12'));
  const routes = takeFirst(flags.v12?.routes, file.v12?.routes);
  const resolved: ResolvedConfig = {
    target,
    ...(organizationId !== undefined ? { organizationId } : {}),
    organization: Object.freeze({ ...file.organization, ...stripUndefined(flags.organization ?? {}) }),
    tester: Object.freeze({ ...file.tester, ...stripUndefined(flags.tester ?? {}) }),
    suites: Object.freeze([...(takeFirst(flags.suites, file.suites) ?? [])]),
    seed: takeFirst(flags.seed, file.seed) ?? defaults.seed,
    referenceDate: takeFirst(flags.referenceDate, file.referenceDate) ?? defaults.referenceDate,
    ruleProfile,
    out: isAbsolute(out) ? out : resolve(cwd, out),
    keep: takeFirst(flags.keep, file.keep) ?? defaults.keep,
    concurrency: takeFirst(flags.concurrency, file.concurrency) ?? defaults.concurrency,
    evidenceBodyLimit:
      takeFirst(flags.evidenceBodyLimit, file.evidenceBodyLimit) ?? defaults.evidenceBodyLimit,
    formats: Object.freeze([...(takeFirst(flags.formats, file.formats) ?? defaults.formats)]),
    langs: Object.freeze([...(takeFirst(flags.langs, file.langs) ?? defaults.langs)]),
    sim: Object.freeze({
      profile: simProfile,
      // Same syntax as `ptv-readiness simulate` (one parser, the simulator's), parsed here once.
      ...(latency !== undefined && { latency: Object.freeze(parseLatency(latency)) }),
      ...(faults !== undefined && { faults: Object.freeze(parseFaults(faults)) }),
      defects: Object.freeze(parseDefects(takeFirst(flags.sim?.defects, file.sim?.defects) ?? [])),
      ...(simDb !== undefined ? { db: isAbsolute(simDb) ? simDb : resolve(cwd, simDb) } : {}),
      v12DelayMs: duration('sim.v12Delay', takeFirst(flags.sim?.v12Delay, file.sim?.v12Delay)) ?? 0,
    }),
    readApis,
    writeApi,
    v12: Object.freeze({
      ...(v12ApiUrl !== undefined && { apiUrl: v12ApiUrl }),
      waitMs: duration('v12.wait', takeFirst(flags.v12?.wait, file.v12?.wait)) ?? (sim ? 30_000 : 7_200_000),
      pollMs: duration('v12.poll', takeFirst(flags.v12?.poll, file.v12?.poll)) ?? (sim ? 250 : 300_000),
      defer: takeFirst(flags.v12?.defer, file.v12?.defer) ?? false,
      ...(routes !== undefined && { routes: isAbsolute(routes) ? routes : resolve(cwd, routes) }),
    }),
    secrets: secretsFromEnv(env),
    driver: Object.freeze({ ...file.driver, ...stripUndefined(flags.driver ?? {}) }),
    ...(configFile !== undefined ? { configFile } : {}),
  };
  return Object.freeze(resolved);
}

/** Drops undefined members recursively (flags not typed stay absent, so they never beat the file). */
function stripUndefined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    out[k] = v && typeof v === 'object' && !Array.isArray(v) ? stripUndefined(v as object) : v;
  }
  return out as T;
}
