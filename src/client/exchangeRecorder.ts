import type { LedgerEntry } from '../core/ledgerEntry.js';
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
  /** Before the first attempt: a create that names a sourceId gets a durable `intent` line. */
  begin(req: PtvRequest): void;
  /** After the final answer (a synthetic 200 for a recovered create): ledger and `resolved` lines. */
  settled(req: PtvRequest, status: number, body: unknown): void;
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
  const journal = (event: 'intent' | 'resolved', req: PtvRequest): void => {
    const target = opts.intentsPath === undefined ? undefined : createTargetOf(req);
    if (!target || opts.intentsPath === undefined) return;
    appendIntent(opts.intentsPath, {
      event,
      ...target,
      ...(event === 'intent' && req.caseId !== undefined && { caseId: req.caseId }),
      runId: opts.runId,
      at: now().toISOString(),
    });
  };

  const writeLedger = (req: PtvRequest, status: number, body: unknown): void => {
    if (status !== 200 || (req.method !== 'POST' && req.method !== 'PUT')) return;
    const ref = entityRefOf(req.path);
    const out = body as { id?: unknown; sourceId?: unknown } | null;
    const id = typeof out?.id === 'string' ? out.id : ref?.id;
    if (!ref || !id) return;
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
    }
  };

  return {
    begin: (req) => journal('intent', req),
    settled(req, status, body) {
      writeLedger(req, status, body);
      if (status < 500) journal('resolved', req);
    },
  };
}
