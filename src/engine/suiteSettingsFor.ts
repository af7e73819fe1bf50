import type { ResolvedConfig } from '../config/types.js';
import type { SuiteSettings } from '../suite/types.js';
import type { StartedTarget } from './startTarget.js';
import type { V12RoutesInfo } from './v12WriteProfile.js';

/** What the workers get through provide('ptvr'): structured-clone safe, never a secret. */
export function suiteSettingsFor(
  config: ResolvedConfig,
  target: StartedTarget,
  runId: string,
  runDir: string,
  suites: readonly string[],
  v12Routes?: V12RoutesInfo,
): SuiteSettings {
  return {
    runId,
    runDir,
    targetName: target.name,
    apiUrl: target.apiUrl,
    tokenUrl: target.tokenUrl,
    authShape: target.authShape,
    ...(target.organizationId !== undefined && { organizationId: target.organizationId }),
    seed: config.seed,
    referenceDate: config.referenceDate,
    ruleProfile: config.ruleProfile,
    ...(target.controlUrl !== undefined && { controlUrl: target.controlUrl }),
    simulated: target.simulated,
    evidenceBodyLimit: config.evidenceBodyLimit,
    concurrency: config.concurrency,
    suites: [...suites],
    ...(target.v12ApiUrl !== undefined && { v12ApiUrl: target.v12ApiUrl }),
    ...(config.readApis.includes('v12') && {
      v12: { waitMs: config.v12.waitMs, pollMs: config.v12.pollMs, defer: config.v12.defer },
    }),
    ...(config.writeApi === 'v12' && { writeApi: 'v12' as const }),
    ...(v12Routes && { v12Routes }),
  };
}

/** Credentials reach the workers through their environment only (never provide()). */
export function workerEnv(t: StartedTarget): Record<string, string> {
  return {
    PTV_USERNAME: t.username,
    PTV_PASSWORD: t.password,
    ...(t.apiUserOrganisation !== undefined && { PTV_API_USER_ORGANISATION: t.apiUserOrganisation }),
    ...(t.apiKey !== undefined && { PTV_API_KEY: t.apiKey }),
  };
}
