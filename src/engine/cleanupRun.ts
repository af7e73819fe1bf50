import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createPtvClient } from '../client/index.js';
import { requireCredentials } from '../config/credentials.js';
import type { Secrets } from '../config/types.js';
import { isProductionUrl } from '../config/targets.js';
import { PtvrError } from '../core/errors.js';
import { createRedactor } from '../core/redactor.js';
import { runFile } from '../suite/runFiles.js';
import { runClientOptions } from '../suite/runClientOptions.js';
import { archiveMaterial, hasOpenMaterial, openCount, type ArchiveOutcome } from './archiveMaterial.js';
import { MANIFEST, recordAppendedFiles } from '../report/manifest.js';
import { readRunInfo, type RunInfo } from './runInfo.js';
import { restartRunSimulator } from './restartRunSimulator.js';

/** The files `cleanup` appends to, beside the run's own (never written after the run). */
export function cleanupFiles(runDir: string): { evidence: string; ledger: string; intents: string } {
  return {
    evidence: join(runDir, 'cleanup-evidence.ndjson'),
    ledger: join(runDir, 'cleanup-ledger.ndjson'),
    intents: join(runDir, 'cleanup-intents.ndjson'),
  };
}

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
    const sim = await restartRunSimulator(info, secrets, {
      message:
        'used the embedded simulator, whose state ended with that process; nothing is left to archive.',
      hint: 'to clean up sim runs later, run with --sim-db <file> (cleanup then restarts a simulator on it)',
    });
    return { apiUrl: sim.apiUrl, tokenUrl: sim.tokenUrl, ...sim.credentials, close: () => sim.close() };
  }
  const { username, password } = requireCredentials(secrets, `Cleanup of ${info.runId}`);
  return { apiUrl: info.apiUrl, tokenUrl: info.tokenUrl, username, password, close: async () => {} };
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
  const prior = { ledger: [runFile(runDir, 'ledger')], intents: [runFile(runDir, 'intents')] };
  const own = cleanupFiles(runDir);
  const ledgers = [...prior.ledger, own.ledger];
  const intents = [...prior.intents, own.intents];
  const empty: ArchiveOutcome = {
    archived: [],
    failed: [],
    live: 0,
    orphans: { archived: 0, absent: 0, failed: 0 },
  };
  if (!hasOpenMaterial(ledgers, intents)) return { runId: info.runId, outcome: empty, remaining: 0 };
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
    // Cleanup's requests and archive events go to files of its own: the run's artefacts, covered by its
    // manifest, stay byte-for-byte what the run wrote.
    evidencePath: own.evidence,
    ledgerPath: own.ledger,
    redactor,
    ...(opts.onWarning && { onWarning: (m: string) => opts.onWarning?.(redactor.redactString(m)) }),
    // Ctrl-C stops in-flight archive requests and backoffs, not only the loop between them.
    ...(signal && { signal }),
  });
  try {
    const outcome = await archiveMaterial({
      client,
      ledgerPath: own.ledger,
      intentsPath: own.intents,
      priorLedgerPaths: prior.ledger,
      priorIntentsPaths: prior.intents,
      runId: info.runId,
      ...(signal && { signal }),
    });
    return { runId: info.runId, outcome, remaining: openCount(ledgers, intents) };
  } finally {
    await client.close().catch(() => undefined);
    await target.close().catch(() => undefined);
    // A finished run's manifest learns the files cleanup appended to (verify shows them).
    if (existsSync(join(runDir, MANIFEST))) {
      recordAppendedFiles(
        runDir,
        Object.values(own)
          .filter((f) => existsSync(f))
          .map((f) => basename(f)),
        'cleanup',
      );
    }
  }
}
