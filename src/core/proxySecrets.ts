import { secretsInUrl } from './redactor.js';

/**
 * Credentials inside the proxy variables (`http://user:password@proxy:3128`): the run must redact them.
 * Its own module, without the dispatcher's undici: `run` needs it before the suite worker starts.
 */
export function proxySecrets(env: Readonly<Record<string, string | undefined>>): string[] {
  return ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy'].flatMap((k) => secretsInUrl(env[k]));
}
