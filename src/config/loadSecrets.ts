import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { PtvrError } from '../core/errors.js';
import { defaults } from './defaults.js';
import type { Secrets } from './types.js';

/** The environment variables ptv-readiness reads (secrets and the organisation id). */
export const ENV_KEYS = {
  username: 'PTV_USERNAME',
  password: 'PTV_PASSWORD',
  apiUserOrganisation: 'PTV_API_USER_ORGANISATION',
  organizationId: 'PTV_ORGANIZATION_ID',
  /** The v12 gateway's x-api-key (a secret, like the password). */
  apiKey: 'PTV_API_KEY',
  v12ApiUrl: 'PTV_V12_API_URL',
} as const;

export type EnvLike = Readonly<Record<string, string | undefined>>;

function readKeyValueFile(path: string): Record<string, string> {
  const text = readFileSync(path, 'utf8');
  // A secrets file may be JSON ({"PTV_USERNAME": "..."}) or dotenv (KEY=value) lines.
  if (text.trimStart().startsWith('{')) {
    try {
      const obj = JSON.parse(text) as Record<string, unknown>;
      return Object.fromEntries(
        Object.entries(obj).filter((e): e is [string, string] => typeof e[1] === 'string'),
      );
    } catch (err) {
      // Never echo the file's content: it holds secrets.
      throw new PtvrError('PTVR_CONFIG_INVALID', `${path} is not valid JSON`, {
        hint: 'use KEY=value lines or a JSON object of strings',
        cause: undefined,
        details: { reason: (err as Error).name },
      });
    }
  }
  return parseEnv(text) as Record<string, string>;
}

/**
 * The environment as ptv-readiness sees it: `--secrets-file` > process env > `.env` in cwd.
 * Only the PTV_* keys are taken from files.
 */
export function effectiveEnv(env: EnvLike, cwd: string, secretsFile?: string): EnvLike {
  const pick = (src: Record<string, string>): Record<string, string> =>
    Object.fromEntries(Object.entries(src).filter(([k]) => k.startsWith('PTV_')));
  const dotEnvPath = resolve(cwd, defaults.envFileName);
  const fromDotEnv = existsSync(dotEnvPath) ? pick(readKeyValueFile(dotEnvPath)) : {};
  let fromSecretsFile: Record<string, string> = {};
  if (secretsFile !== undefined) {
    const path = resolve(cwd, secretsFile);
    if (!existsSync(path)) {
      throw new PtvrError('PTVR_CONFIG_NOT_FOUND', `Secrets file not found: ${path}`, {
        hint: 'check the --secrets-file path',
      });
    }
    fromSecretsFile = pick(readKeyValueFile(path));
  }
  const fromEnv = Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => e[0].startsWith('PTV_') && e[1] !== ''),
  );
  return Object.freeze({ ...fromDotEnv, ...fromEnv, ...fromSecretsFile });
}

export function secretsFromEnv(env: EnvLike): Secrets {
  const get = (k: string): string | undefined => (env[k] === '' ? undefined : env[k]);
  const s: { -readonly [K in keyof Secrets]: Secrets[K] } = {};
  const username = get(ENV_KEYS.username);
  const password = get(ENV_KEYS.password);
  const org = get(ENV_KEYS.apiUserOrganisation);
  if (username !== undefined) s.username = username;
  if (password !== undefined) s.password = password;
  if (org !== undefined) s.apiUserOrganisation = org;
  const apiKey = get(ENV_KEYS.apiKey);
  if (apiKey !== undefined) s.apiKey = apiKey;
  return Object.freeze(s);
}
