import { appendLineDurable } from '../core/appendLineDurable.js';
import type { LedgerEntry, PtvObjectType } from '../core/ledgerEntry.js';
import { archivePathFor, liveEntities, readLedger, type PtvClient } from '../client/index.js';
import { appendIntent, readIntents, sourceIdPathFor, unresolvedIntents } from '../suite/createIntents.js';

export interface ArchiveOutcome {
  /** Entities archived now (or found already gone: 404). */
  archived: LedgerEntry[];
  failed: { entry: LedgerEntry; status?: number; message: string }[];
  /** Live before this call. */
  live: number;
  /** Creates cut off by a crash (intent without a ledger line), archived by sourceId. */
  orphans: { archived: number; absent: number; failed: number };
}

/** Children before parents: a sub-organisation may still own the services and channels. */
const ORDER: Record<PtvObjectType, number> = {
  ServiceCollection: 0,
  Service: 1,
  ServiceChannel: 2,
  Organization: 3,
};

/**
 * Archives every entity the ledger shows created and not archived (PUT publishingStatus Deleted by root
 * id). Idempotent: a second call finds nothing live. Used by the run teardown and by `cleanup`.
 */
export async function archiveMaterial(opts: {
  client: PtvClient;
  ledgerPath: string;
  /** intents.ndjson; when given, unresolved creates are archived by sourceId too. */
  intentsPath?: string;
  runId: string;
  signal?: AbortSignal;
  now?: () => Date;
}): Promise<ArchiveOutcome> {
  const now = opts.now ?? (() => new Date());
  const live = liveEntities(readLedger(opts.ledgerPath)).sort(
    (a, b) => ORDER[a.objectType] - ORDER[b.objectType] || b.at.localeCompare(a.at),
  );
  const outcome: ArchiveOutcome = {
    archived: [],
    failed: [],
    live: live.length,
    orphans: { archived: 0, absent: 0, failed: 0 },
  };
  for (const entry of live) {
    if (opts.signal?.aborted) break;
    try {
      const res = await opts.client.put(
        archivePathFor(entry),
        { publishingStatus: 'Deleted' },
        {
          caseId: 'TEARDOWN',
        },
      );
      if (res.status >= 200 && res.status < 300) {
        outcome.archived.push(entry);
      } else if (res.status === 404) {
        // Already archived (PTV answers 404 for archived items, v11 §6.3) or never existed: done either
        // way; record it so the next cleanup does not try again.
        appendLineDurable(opts.ledgerPath, {
          event: 'archived',
          runId: opts.runId,
          objectType: entry.objectType,
          ...(entry.channelType && { channelType: entry.channelType }),
          id: entry.id,
          caseId: 'TEARDOWN',
          at: now().toISOString(),
        } satisfies LedgerEntry);
        outcome.archived.push(entry);
      } else {
        outcome.failed.push({ entry, status: res.status, message: res.text.slice(0, 300) });
      }
    } catch (err) {
      outcome.failed.push({ entry, message: (err as Error).message });
    }
  }
  if (opts.intentsPath)
    await archiveOrphans(opts.client, opts.intentsPath, opts.ledgerPath, outcome, now, opts.signal);
  return outcome;
}

/**
 * Creates whose POST was in flight when the run died: PTV may have committed them without the ledger
 * knowing. Archiving by sourceId (same API user) either archives them (200) or finds nothing (404).
 */
async function archiveOrphans(
  client: PtvClient,
  intentsPath: string,
  ledgerPath: string,
  outcome: ArchiveOutcome,
  now: () => Date,
  signal: AbortSignal | undefined,
): Promise<void> {
  const open = unresolvedIntents(readIntents(intentsPath), readLedger(ledgerPath)).sort(
    (a, b) => ORDER[a.objectType] - ORDER[b.objectType],
  );
  for (const intent of open) {
    if (signal?.aborted) break;
    try {
      const res = await client.put(
        sourceIdPathFor(intent),
        { publishingStatus: 'Deleted' },
        { caseId: 'TEARDOWN' },
      );
      if (res.status >= 200 && res.status < 300) outcome.orphans.archived += 1;
      else if (res.status === 404) outcome.orphans.absent += 1;
      else {
        outcome.orphans.failed += 1;
        continue;
      }
      const { runId, objectType, channelType, sourceId } = intent;
      appendIntent(intentsPath, {
        event: 'resolved',
        runId,
        objectType,
        ...(channelType && { channelType }),
        sourceId,
        at: now().toISOString(),
      });
    } catch {
      outcome.orphans.failed += 1;
    }
  }
}

/** True when a cleanup has anything to do: live ledger entities or unresolved creates. */
export function hasOpenMaterial(ledgerPath: string, intentsPath: string): boolean {
  const ledger = readLedger(ledgerPath);
  return liveEntities(ledger).length > 0 || unresolvedIntents(readIntents(intentsPath), ledger).length > 0;
}
