import type { ResolvedSimConfig } from '../config.js';
import type { SimResponse } from './types.js';
import { UNAUTHORIZED_HEADERS } from '../auth/bearer.js';

/**
 * The 401 for a missing or invalid bearer. PTV sends no body; the `echo-password` / `echo-token`
 * defects make it leak the API user's password / the last token issued into an error message (a
 * debug-mode server), so the harness's leak scan can be shown to catch what the report echoes.
 */
export function unauthorized(config: ResolvedSimConfig, lastToken: string | undefined): SimResponse {
  const leaks: string[] = [];
  if (config.defects.has('echo-password')) leaks.push(`password ${config.mainUser.password}`);
  if (config.defects.has('echo-token') && lastToken !== undefined) leaks.push(`token ${lastToken}`);
  if (leaks.length === 0) return { status: 401, headers: UNAUTHORIZED_HEADERS };
  return {
    status: 401,
    headers: UNAUTHORIZED_HEADERS,
    json: { errorMessage: `Authorization has been denied for this request (debug: ${leaks.join(', ')})` },
  };
}
