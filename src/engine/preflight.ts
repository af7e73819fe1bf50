import { createPtvClient, type PtvClient } from '../client/index.js';
import type { TokenInfo, TokenSession } from '../client/index.js';
import type { Redactor } from '../core/redactor.js';
import { runClientOptions } from '../suite/runClientOptions.js';
import type { StartedTarget } from './startTarget.js';
import { apiPaths } from '../core/apiPaths.js';

/**
 * Short connect timeout and one retry: an unreachable host must stop the run within seconds (the
 * budget is 20 s for the whole run), and a refused login must not be repeated (no login storm).
 */
export const PREFLIGHT_TIMEOUTS = { connectMs: 5_000, headersMs: 10_000, bodyMs: 10_000 };
export const PREFLIGHT_RETRY = { maxRetries: 1, minDelayMs: 500, maxDelayMs: 1_000 };

/** A public code list: any HTTP answer proves the API host is reachable. */
const API_PROBE = apiPaths.codeList.languageCodes;

/**
 * Before any suite runs: log in once and reach the API host once, so a wrong password or an
 * unreachable host stops the run with one coded error (PTVR_AUTH_FAILED / PTVR_TARGET_UNREACHABLE)
 * instead of a failed case per request. Both requests land in the run's evidence (redacted), caseId
 * `login` and `preflight`. Throws the PtvrError; returns the token facts on success.
 */
export async function preflight(o: {
  target: StartedTarget;
  runId: string;
  runDir: string;
  redactor: Redactor;
  signal?: AbortSignal;
  /** Gets the login, kept in memory for the run's teardown (one login fewer, gentler on PTV). */
  onSession?: (session: TokenSession) => void;
}): Promise<TokenInfo> {
  let client: PtvClient | undefined;
  try {
    client = createPtvClient({
      ...runClientOptions({ ...o.target, runId: o.runId, runDir: o.runDir }),
      redactor: o.redactor,
      timeouts: PREFLIGHT_TIMEOUTS,
      retry: PREFLIGHT_RETRY,
      ...(o.signal && { signal: o.signal }),
    });
    const token = await client.token();
    // The API host may differ from the token host (CTE, production): it must answer too.
    await client.get(API_PROBE, { auth: 'none', caseId: 'preflight' });
    o.onSession?.(await client.session());
    return token;
  } finally {
    await client?.close().catch(() => undefined);
  }
}
