import type { ErrorObject } from 'ajv';
import { lazyValidator } from '../core/lazyValidator.js';
import { PtvrError } from '../core/errors.js';
import { configSchema } from './configSchema.js';
import type { UserConfig } from './types.js';

const compiled = lazyValidator<UserConfig>(configSchema, 'config');

function describeError(e: ErrorObject): string {
  const where = e.instancePath === '' ? '(root)' : e.instancePath;
  if (e.keyword === 'additionalProperties') {
    return `${where}: unknown key "${String(e.params.additionalProperty)}"`;
  }
  if (e.keyword === 'enum') {
    return `${where}: must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return `${where}: ${e.message ?? e.keyword}`;
}

/** Every violation of the config schema, one line each (empty when valid). */
export function configViolations(value: unknown): string[] {
  const validate = compiled();
  if (validate(value)) return [];
  return (validate.errors ?? []).map(describeError);
}

/** Throws PTVR_CONFIG_INVALID listing every violation. `source` names the file or "flags". */
export function assertUserConfig(value: unknown, source: string): asserts value is UserConfig {
  const problems = configViolations(value);
  if (problems.length === 0) return;
  throw new PtvrError(
    'PTVR_CONFIG_INVALID',
    `${source} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    { hint: 'fix the listed keys; see docs/configuration.md', details: { problems } },
  );
}
