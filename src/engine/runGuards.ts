import type { ResolvedConfig, SuiteId } from '../config/types.js';
import { requireCredentials as requireTargetCredentials } from '../config/credentials.js';
import { PtvrError } from '../core/errors.js';
import type { Redactor } from '../core/redactor.js';
import type { StartedTarget } from './startTarget.js';

/** A missing credential is a configuration error: refuse before a run directory exists. */
export function requireCredentials(config: ResolvedConfig): void {
  if (config.target.name === 'sim') return;
  requireTargetCredentials(config.secrets, `The ${config.target.name} target`);
  if (config.readApis.includes('v12') && config.secrets.apiKey === undefined) {
    throw new PtvrError(
      'PTVR_SECRET_MISSING',
      `Reading v12 on the ${config.target.name} target needs PTV_API_KEY.`,
      {
        hint: "set PTV_API_KEY (DVV's v12 API key for this environment) in the environment, a .env or --secrets-file",
      },
    );
  }
}

/**
 * Every value the redactor knows (the clients add the credentials and tokens they used), except the
 * simulator's built-in defaults: those are public values (its default password "simulator" would
 * otherwise "leak" through every "simulatorProfile" key).
 */
export function secretsToScan(redactor: Redactor, target: StartedTarget | undefined): string[] {
  const publicValues = new Set<string>();
  const publicOnes = [
    ...(target?.usesDefaultCredentials ? [target.username, target.password] : []),
    // The simulator's built-in x-api-key is printed by `simulate`: public too.
    ...(target?.usesDefaultApiKey && target.apiKey !== undefined ? [target.apiKey] : []),
  ];
  for (const v of publicOnes) {
    for (const form of [v, JSON.stringify(v).slice(1, -1), encodeURIComponent(v)]) publicValues.add(form);
  }
  return redactor.secrets().filter((s) => !publicValues.has(s));
}

export function selectSuites(config: ResolvedConfig): readonly SuiteId[] {
  if (config.target.name !== 'prod') return config.suites;
  // Production: connection checks only; the client refuses writes anyway, this says so up front.
  const others = config.suites.filter((s) => s !== 'conn');
  if (others.length > 0) {
    throw new PtvrError(
      'PTVR_USAGE',
      `The prod target runs only the conn suite (asked for ${others.join(',')}).`,
      {
        hint: 'run write suites against cte; use --target prod --suites conn',
      },
    );
  }
  return ['conn'];
}
