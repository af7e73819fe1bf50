import { PtvrError } from '../core/errors.js';
import type { EnvLike } from './loadSecrets.js';
import type { UserConfig } from './types.js';

/** True when the URL carries a password in its userinfo (`scheme://user:password@host`). */
function hasUserinfoPassword(value: string): boolean {
  try {
    return new URL(value.trim()).password !== '';
  } catch {
    // Not a URL the client could use either; the schema reports that. Look at the raw shape only.
    return /^[a-z][a-z0-9+.-]*:\/\/[^/?#@\s]*:[^/?#@\s]*@/i.test(value.trim());
  }
}

/**
 * Refuses a password inside any URL ptv-readiness is given: `--api-url` / `--token-url`, the config
 * file's `apiUrl` / `tokenUrl`, and any `PTV_*` variable holding a URL. The message names where it
 * was, never the URL itself (it holds the secret).
 */
export function refuseSecretInUrl(
  flags: UserConfig,
  file: UserConfig,
  env: EnvLike,
  configFile?: string,
): void {
  const inFile = configFile ?? 'the config file';
  const candidates: [string, string | undefined][] = [
    ['--api-url', flags.apiUrl],
    ['--token-url', flags.tokenUrl],
    [`apiUrl in ${inFile}`, file.apiUrl],
    [`tokenUrl in ${inFile}`, file.tokenUrl],
    ['--v12-api-url', flags.v12?.apiUrl],
    [`v12.apiUrl in ${inFile}`, file.v12?.apiUrl],
    ...Object.entries(env)
      .filter(([k, v]) => k.startsWith('PTV_') && typeof v === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(v))
      .map(([k, v]): [string, string | undefined] => [k, v]),
  ];
  for (const [where, value] of candidates) {
    if (value === undefined || !hasUserinfoPassword(value)) continue;
    throw new PtvrError('PTVR_SECRET_ON_ARGV', `${where} contains a password (user:password@host).`, {
      hint: 'remove the user:password@ part; the API user comes from PTV_USERNAME / PTV_PASSWORD in the environment, a .env or --secrets-file',
      details: { where },
    });
  }
}
