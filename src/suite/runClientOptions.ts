import type { PtvClientOptions } from '../client/index.js';
import { runFile } from './runFiles.js';

export interface RunClientTarget {
  apiUrl: string;
  tokenUrl: string;
  authShape: 'cte' | 'prod';
  username: string;
  password: string;
  apiUserOrganisation?: string | undefined;
  organizationId?: string | undefined;
  /** The v12 gateway, when the run reads v12 (and its x-api-key, a secret like the password). */
  v12ApiUrl?: string | undefined;
  apiKey?: string | undefined;
  runId: string;
  runDir: string;
}

/**
 * What every client of one run shares — target, credentials and the run's evidence and ledger files —
 * so the worker client, teardown and cleanup cannot drift apart. Callers add redactor, signal, warnings.
 */
export function runClientOptions(t: RunClientTarget): PtvClientOptions {
  return {
    apiUrl: t.apiUrl,
    tokenUrl: t.tokenUrl,
    authShape: t.authShape,
    credentials: {
      username: t.username,
      password: t.password,
      ...(t.apiUserOrganisation !== undefined && { apiUserOrganisation: t.apiUserOrganisation }),
    },
    ...(t.organizationId !== undefined && { ptvOrganizationId: t.organizationId }),
    ...(t.v12ApiUrl !== undefined && { v12ApiUrl: t.v12ApiUrl }),
    ...(t.apiKey !== undefined && { apiKey: t.apiKey }),
    runId: t.runId,
    evidencePath: runFile(t.runDir, 'evidence'),
    ledgerPath: runFile(t.runDir, 'ledger'),
  };
}
