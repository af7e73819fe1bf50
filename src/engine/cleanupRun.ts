import { existsSync } from 'node:fs';
import { createPtvClient, liveEntities, readLedger } from '../client/index.js';
import type { Secrets } from '../config/types.js';
import { isProductionUrl } from '../config/targets.js';
import { PtvrError } from '../core/errors.js';
import { createRedactor } from '../core/redactor.js';
import { createSimulator } from '../simulator/index.js';
import { runFile } from '../suite/runFiles.js';
import { runClientOptions } from '../suite/runClientOptions.js';
import { archiveMaterial, hasOpenMaterial, type ArchiveOutcome } from './archiveMaterial.js';
import { readIntents, unresolvedIntents } from '../suite/createIntents.js';
import { readRunInfo, type RunInfo } from './runInfo.js';

export interface CleanupResult {
  runId: string;
  outcome: ArchiveOutcome;
  /** Still live after this cleanup (0 = clean). */
  remaining: number;
}

/** Where to send the archive requests: the recorded URLs, or a simulator restarted on the run's db. */
async function reachTarget(
  info: RunInfo,
  secrets: Secrets,
): Promise<{
  apiUrl: string;
  tokenUrl: string;
  username: string;
  password: string;
  close(): Promise<void>;
}> {
  if (info.target === 'sim') {
    if (!info.simDb || !existsSync(info.simDb)) {
      throw new PtvrError(
        'PTVR_TARGET_UNREACHABLE',
        `Run ${info.runId} used the embedded simulator, whose state ended with that process; nothing is left to archive.`,
        {
          hint: 'to clean up sim runs later, run with --sim-db <file> (cleanup then restarts a simulator on it)',
        },
      );
    }
    const sim = await createSimulator({
      host: '127.0.0.1',
      port: 0,
      dbPath: info.simDb,
      authShape: info.authShape,
      ...(secrets.username !== undefined && { username: secrets.username }),
      ...(secrets.password !== undefined && { password: secrets.password }),
    });
    return { apiUrl: sim.apiUrl, tokenUrl: sim.tokenUrl, ...sim.credentials, close: () => sim.close() };
  }
  if (secrets.username === undefined || secrets.password === undefined) {
    throw new PtvrError(
      'PTVR_SECRET_MISSING',
      `Cleanup of ${info.runId} needs PTV_USERNAME and PTV_PASSWORD.`,
      {
        hint: 'set them in the environment, a .env file, or pass --secrets-file <path>',
      },
    );
  }
  return {
    apiUrl: info.apiUrl,
    tokenUrl: info.tokenUrl,
    username: secrets.username,
    password: secrets.password,
    close: async () => {},
  };
}

/**
 * `ptv-readiness cleanup <run-dir>`: archive everything the ledger shows created and not archived.
 * Idempotent; tolerates a torn last ledger line (kill -9); refuses production outright.
 */
export async function cleanupRun(
  runDir: string,
  secrets: Secrets,
  signal?: AbortSignal,
  opts: { onWarning?: (message: string) => void } = {},
): Promise<CleanupResult> {
  const info = readRunInfo(runDir);
  if (info.target === 'prod' || isProductionUrl(info.apiUrl) || isProductionUrl(info.tokenUrl)) {
    throw new PtvrError(
      'PTVR_PRODUCTION_WRITE_REFUSED',
      `Run ${info.runId} targeted production; cleanup never writes to production.`,
      {
        hint: 'production runs make connection checks only and create nothing; archive by hand in the PTV UI if needed',
      },
    );
  }
  const ledgerPath = runFile(runDir, 'ledger');
  const intentsPath = runFile(runDir, 'intents');
  const empty: ArchiveOutcome = {
    archived: [],
    failed: [],
    live: 0,
    orphans: { archived: 0, absent: 0, failed: 0 },
  };
  if (!hasOpenMaterial(ledgerPath, intentsPath)) return { runId: info.runId, outcome: empty, remaining: 0 };
  const target = await reachTarget(info, secrets);
  const redactor = createRedactor([target.username, target.password, secrets.apiUserOrganisation]);
  const client = createPtvClient({
    ...runClientOptions({
      ...target,
      authShape: info.authShape,
      apiUserOrganisation: secrets.apiUserOrganisation,
      organizationId: info.organizationId,
      runId: info.runId,
      runDir,
    }),
    redactor,
    ...(opts.onWarning && { onWarning: (m: string) => opts.onWarning?.(redactor.redactString(m)) }),
    // Ctrl-C stops in-flight archive requests and backoffs, not only the loop between them.
    ...(signal && { signal }),
  });
  try {
    const outcome = await archiveMaterial({
      client,
      ledgerPath,
      intentsPath,
      runId: info.runId,
      ...(signal && { signal }),
    });
    const ledger = readLedger(ledgerPath);
    const remaining =
      liveEntities(ledger).length + unresolvedIntents(readIntents(intentsPath), ledger).length;
    return { runId: info.runId, outcome, remaining };
  } finally {
    await client.close().catch(() => undefined);
    await target.close().catch(() => undefined);
  }
}
