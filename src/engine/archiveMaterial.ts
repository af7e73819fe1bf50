import { appendLineDurable } from '../core/appendLineDurable.js';
import type { LedgerEntry } from '../core/ledgerEntry.js';
import type { ObjectType } from '../core/vocabulary.js';
import { archivePathFor, liveEntities, readLedger, type PtvClient } from '../client/index.js';
import {
  appendIntent,
  readIntents,
  sourceIdPathFor,
  unresolvedIntents,
  type CreateIntent,
} from '../client/createIntents.js';
import { PTV_REGEX } from '../rules/patterns.js';
import { mapBounded } from '../core/mapBounded.js';

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
const ORDER: Record<ObjectType, number> = {
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
  /** Where this call appends ledger lines (and reads them, after `priorLedgerPaths`). */
  ledgerPath: string;
  /** Where this call appends resolved intents; when given, unresolved creates are archived by sourceId too. */
  intentsPath?: string;
  /**
   * Earlier records read but never written: `cleanup` keeps the run's own (manifest-covered) ledger and
   * intents unchanged and appends to files of its own.
   */
  priorLedgerPaths?: readonly string[];
  priorIntentsPaths?: readonly string[];
  runId: string;
  signal?: AbortSignal;
  now?: () => Date;
  /** Archive requests in flight within one tier (the children, then the organisations). Default 1. */
  concurrency?: number;
}): Promise<ArchiveOutcome> {
  const now = opts.now ?? (() => new Date());
  const ledgers = [...(opts.priorLedgerPaths ?? []), opts.ledgerPath];
  const live = liveEntities(readLedgers(ledgers)).sort(
    (a, b) => ORDER[a.objectType] - ORDER[b.objectType] || b.at.localeCompare(a.at),
  );
  const outcome: ArchiveOutcome = {
    archived: [],
    failed: [],
    live: live.length,
    orphans: { archived: 0, absent: 0, failed: 0 },
  };
  type One = { archived: LedgerEntry } | { failed: ArchiveOutcome['failed'][number] } | undefined;
  const archiveOne = async (entry: LedgerEntry): Promise<One> => {
    if (opts.signal?.aborted) return undefined;
    try {
      const res = await opts.client.put(
        archivePathFor(entry),
        { publishingStatus: 'Deleted' },
        {
          caseId: 'TEARDOWN',
        },
      );
      if (res.status >= 200 && res.status < 300) return { archived: entry };
      if (res.status === 404) {
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
        return { archived: entry };
      }
      return { failed: { entry, status: res.status, message: res.text.slice(0, 300) } };
    } catch (err) {
      return { failed: { entry, message: (err as Error).message } };
    }
  };
  // Children before parents (archiveTiers); within a tier the entities are independent, so they go up
  // to `concurrency` at once. The outcome lists them in ledger order whatever order they finish in.
  for (const tier of archiveTiers(live)) {
    for (const r of await mapBounded(tier, opts.concurrency ?? 1, archiveOne)) {
      if (r && 'archived' in r) outcome.archived.push(r.archived);
      else if (r) outcome.failed.push(r.failed);
    }
  }
  if (opts.intentsPath) {
    const intents = [...(opts.priorIntentsPaths ?? []), opts.intentsPath];
    await archiveOrphans(opts.client, opts.intentsPath, intents, ledgers, outcome, now, opts.signal);
  }
  return outcome;
}

/**
 * The archiving rounds of entities sorted by ORDER: every child (collection, service, channel) in one
 * round, then the organisations, which may own them. Services and channels are siblings, not parent and
 * child: a round each cost one more wave of round trips at the end of every run (issue #14).
 */
export function archiveTiers(sorted: readonly LedgerEntry[]): LedgerEntry[][] {
  const children = sorted.filter((e) => e.objectType !== 'Organization');
  const organizations = sorted.filter((e) => e.objectType === 'Organization');
  return [children, organizations].filter((t) => t.length > 0);
}

/**
 * Creates whose POST was in flight when the run died: PTV may have committed them without the ledger
 * knowing. Archiving by sourceId (same API user) either archives them (200) or finds nothing (404).
 */
async function archiveOrphans(
  client: PtvClient,
  intentsPath: string,
  intentsPaths: readonly string[],
  ledgerPaths: readonly string[],
  outcome: ArchiveOutcome,
  now: () => Date,
  signal: AbortSignal | undefined,
): Promise<void> {
  const open = unresolvedIntents(readIntentFiles(intentsPaths), readLedgers(ledgerPaths)).sort(
    (a, b) => ORDER[a.objectType] - ORDER[b.objectType],
  );
  for (const intent of open) {
    if (signal?.aborted) break;
    const resolve = (resolution: NonNullable<CreateIntent['resolution']>): void => {
      const { runId, objectType, channelType, sourceId } = intent;
      appendIntent(intentsPath, {
        event: 'resolved',
        runId,
        objectType,
        ...(channelType && { channelType }),
        sourceId,
        at: now().toISOString(),
        resolution,
      });
    };
    // A sourceId PTV refuses (a T5 negative case's `invalid value_with space!`) can never have created
    // anything: PTV answers 400 to the create and to every lookup by it. Nothing to ask PTV.
    if (!SOURCE_ID.test(intent.sourceId)) {
      outcome.orphans.absent += 1;
      resolve('refused');
      continue;
    }
    try {
      const res = await client.put(
        sourceIdPathFor(intent),
        { publishingStatus: 'Deleted' },
        { caseId: 'TEARDOWN' },
      );
      if (res.status >= 200 && res.status < 300) {
        outcome.orphans.archived += 1;
        resolve('archived');
      } else if (res.status === 404) {
        outcome.orphans.absent += 1;
        resolve('absent');
      } else if (res.status === 400 && refusesSourceId(res.text)) {
        outcome.orphans.absent += 1;
        resolve('refused');
      } else {
        outcome.orphans.failed += 1;
      }
    } catch {
      outcome.orphans.failed += 1;
    }
  }
}

/** PTV's sourceId format (in-api-v11.md §13); a create with any other sourceId is refused. */
const SOURCE_ID = new RegExp(PTV_REGEX.sourceId);

/**
 * A 400 whose ModelState names only the sourceId: PTV refuses the sourceId itself, so no create with
 * it succeeded. Any other 400 (the entity exists but refuses the change) stays a failure to retry.
 */
function refusesSourceId(text: string): boolean {
  try {
    const keys = Object.keys(JSON.parse(text) as object);
    return keys.length > 0 && keys.every((k) => k.toLowerCase() === 'sourceid');
  } catch {
    return false;
  }
}

/** True when a cleanup has anything to do: live ledger entities or unresolved creates. */
export function hasOpenMaterial(ledgerPaths: readonly string[], intentsPaths: readonly string[]): boolean {
  return openCount(ledgerPaths, intentsPaths) > 0;
}

/** Live ledger entities plus unresolved creates, over all the given files. */
export function openCount(ledgerPaths: readonly string[], intentsPaths: readonly string[]): number {
  const ledger = readLedgers(ledgerPaths);
  return liveEntities(ledger).length + unresolvedIntents(readIntentFiles(intentsPaths), ledger).length;
}

/** Several ledger files read as one, in order (a missing file reads as empty). */
export function readLedgers(paths: readonly string[]): LedgerEntry[] {
  return paths.flatMap((p) => readLedger(p));
}

function readIntentFiles(paths: readonly string[]): CreateIntent[] {
  return paths.flatMap((p) => readIntents(p));
}
