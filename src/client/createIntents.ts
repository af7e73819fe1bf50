import { hasStringKeys, readNdjson } from '../core/readNdjson.js';
import { appendLineDurable } from '../core/appendLineDurable.js';
import { markWritten } from '../core/syncFile.js';
import type { LedgerEntry } from '../core/ledgerEntry.js';
import { sourceIdPath } from '../core/apiPaths.js';
import type { ChannelType, ObjectType } from '../core/vocabulary.js';

/**
 * intents.ndjson closes the crash window of a create: the line `intent` is written and fsynced before a
 * POST that carries a sourceId (the client awaits `syncFile`, a group commit shared by concurrent
 * creates), `resolved` once PTV answered definitively. A kill -9 between PTV's commit
 * and the ledger's `created` line leaves an unresolved intent, which cleanup archives by sourceId.
 * The client writes both lines (exchangeRecorder.ts); the target is `createTargetOf` (recoverAmbiguousCreate.ts).
 */
export interface CreateIntent {
  event: 'intent' | 'resolved';
  runId: string;
  objectType: ObjectType;
  channelType?: ChannelType;
  sourceId: string;
  caseId?: string;
  at: string;
  /** On `resolved` from cleanup: archived by sourceId, absent (404), or refused (PTV rejects the sourceId). */
  resolution?: 'archived' | 'absent' | 'refused';
}

export type IntentTarget = Pick<CreateIntent, 'objectType' | 'channelType' | 'sourceId'>;

/**
 * One write() now (the line survives kill -9). Only the `intent` line must also survive an OS crash:
 * it is marked for the next group fsync, which the writer awaits with `syncFile(path)` before its POST.
 * A lost `resolved` line costs one extra PUT in cleanup.
 */
export function appendIntent(path: string, intent: CreateIntent): void {
  appendLineDurable(path, intent, { fsync: false });
  if (intent.event === 'intent') markWritten(path);
}

export function readIntents(path: string): CreateIntent[] {
  return readNdjson(path, hasStringKeys<CreateIntent>('sourceId', 'objectType'));
}

const keyOf = (e: { objectType: string; sourceId?: string }): string => `${e.objectType}:${e.sourceId ?? ''}`;

/** Intents neither resolved nor known to the ledger (by object type and sourceId). */
export function unresolvedIntents(
  intents: readonly CreateIntent[],
  ledger: readonly LedgerEntry[],
): CreateIntent[] {
  const done = new Set(intents.filter((i) => i.event === 'resolved').map(keyOf));
  for (const e of ledger) if (e.sourceId !== undefined) done.add(keyOf(e));
  const open = new Map<string, CreateIntent>();
  for (const i of intents) if (i.event === 'intent' && !done.has(keyOf(i))) open.set(keyOf(i), i);
  return [...open.values()];
}

/** PUT path addressing an entity by sourceId (same API user, v11 §8). */
export const sourceIdPathFor: (i: IntentTarget) => string = sourceIdPath;
