import { isAbsolute, resolve } from 'node:path';
import { PtvrError } from '../core/errors.js';
import { defaults } from './defaults.js';
import { ENV_KEYS, secretsFromEnv, type EnvLike } from './loadSecrets.js';
import { isProductionUrl, knownTargets } from './targets.js';
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

/** Resolves flags, environment, config file and defaults once into one immutable ResolvedConfig. */
export function resolveConfig(inputs: ResolveInputs): ResolvedConfig {
  const { flags, env, file, cwd } = inputs;
  // First: every later error may print a value, and these would print a password.
  refuseSecretInUrl(flags, file, env, inputs.configFile);
  assertUserConfig(stripUndefined(flags), 'The command-line flags');
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
