import type { LedgerEntry } from '../core/ledgerEntry.js';
import { syncFile } from '../core/syncFile.js';
import { appendIntent } from './createIntents.js';
import { createLedgerWriter, entityRefOf } from './ledger.js';
import { createTargetOf } from './recoverAmbiguousCreate.js';
import type { PtvRequest } from './types.js';

export interface ExchangeRecorderOptions {
  runId: string;
  /** Append ledger lines here when set. */
  ledgerPath?: string | undefined;
  /** Append the create intent journal (intents.ndjson) here when set. */
  intentsPath?: string | undefined;
  now?: () => Date;
}

export interface ExchangeRecorder {
  /**
   * Before the first attempt: a create that names a sourceId gets an `intent` line; resolves once it is
   * fsynced (at once for any other request).
   */
  begin(req: PtvRequest): Promise<void>;
  /**
   * After the final answer (a synthetic 200 for a recovered create): ledger and `resolved` lines, written
   * at once; resolves once a ledger line it wrote is fsynced (at once when it wrote none).
   */
  settled(req: PtvRequest, status: number, body: unknown): Promise<void>;
}

/**
 * What the client writes about a logical request besides the per-attempt evidence (which the
 * transport records through evidenceRecorder.ts): the ledger of created / archived / restored
 * entities and the intent journal that closes a create's crash window. A transport error leaves an
 * intent open, and so does a 5xx (PTV may have committed): cleanup archives it by sourceId.
 */
export function createExchangeRecorder(opts: ExchangeRecorderOptions): ExchangeRecorder {
  const now = opts.now ?? (() => new Date());
  const ledger = createLedgerWriter({
    ...(opts.ledgerPath !== undefined && { path: opts.ledgerPath }),
    runId: opts.runId,
    now,
  });
  /** True when it wrote a line. */
  const journal = (event: 'intent' | 'resolved', req: PtvRequest): boolean => {
    const target = opts.intentsPath === undefined ? undefined : createTargetOf(req);
    if (!target || opts.intentsPath === undefined) return false;
    appendIntent(opts.intentsPath, {
      event,
      ...target,
      ...(event === 'intent' && req.caseId !== undefined && { caseId: req.caseId }),
      runId: opts.runId,
      at: now().toISOString(),
    });
    return true;
  };

  /** True when it wrote a line. */
  const writeLedger = (req: PtvRequest, status: number, body: unknown): boolean => {
    if (status !== 200 || (req.method !== 'POST' && req.method !== 'PUT')) return false;
    const ref = entityRefOf(req.path);
    const out = body as { id?: unknown; sourceId?: unknown } | null;
    const id = typeof out?.id === 'string' ? out.id : ref?.id;
    if (!ref || !id) return false;
    const sent = req.body as { sourceId?: unknown; publishingStatus?: unknown } | null | undefined;
    const sourceId =
      typeof out?.sourceId === 'string'
        ? out.sourceId
        : typeof sent?.sourceId === 'string'
          ? sent.sourceId
          : ref.sourceId;
    const base: Omit<LedgerEntry, 'runId' | 'at' | 'event'> = {
      objectType: ref.objectType,
      ...(ref.channelType && { channelType: ref.channelType }),
      id,
      ...(sourceId && { sourceId }),
      ...(req.caseId !== undefined && { caseId: req.caseId }),
    };
    const sentStatus = typeof sent?.publishingStatus === 'string' ? sent.publishingStatus.toLowerCase() : '';
    if (req.method === 'POST' && !ref.id && !ref.sourceId) ledger.append({ event: 'created', ...base });
    else if (req.method === 'PUT' && sentStatus === 'deleted') ledger.append({ event: 'archived', ...base });
    else if (req.method === 'PUT' && sentStatus === 'published' && ledger.isArchived(ref.objectType, id)) {
      ledger.append({ event: 'restored', ...base });
    } else return false;
    return true;
  };

  // Only a request that wrote a line waits for an fsync (a GET never waits for another case's create).
  return {
    begin: (req) =>
      journal('intent', req) && opts.intentsPath !== undefined
        ? syncFile(opts.intentsPath)
        : Promise.resolve(),
    settled(req, status, body) {
      const wrote = writeLedger(req, status, body);
      if (status < 500) journal('resolved', req);
      return wrote ? ledger.synced() : Promise.resolve();
    },
  };
}
