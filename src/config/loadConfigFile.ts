import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PtvrError } from '../core/errors.js';
import { defaults } from './defaults.js';
import { assertUserConfig } from './validateUserConfig.js';
import type { UserConfig } from './types.js';

export interface LoadedConfigFile {
  path?: string;
  config: UserConfig;
}

/**
 * Reads and validates the config file. An explicitly named file must exist; the default
 * `ptv-readiness.config.json` in cwd is optional.
 */
export function loadConfigFile(cwd: string, explicitPath?: string): LoadedConfigFile {
  const path = resolve(cwd, explicitPath ?? defaults.configFileName);
  if (!existsSync(path)) {
    if (explicitPath) {
      throw new PtvrError('PTVR_CONFIG_NOT_FOUND', `Config file not found: ${path}`, {
        hint: 'check the --config path',
      });
    }
    return { config: {} };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new PtvrError('PTVR_CONFIG_INVALID', `${path} is not valid JSON: ${(err as Error).message}`, {
      hint: 'fix the JSON syntax',
      cause: err,
    });
  }
  assertUserConfig(parsed, path);
  return { path, config: parsed };
}
