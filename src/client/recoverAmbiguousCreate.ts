import { entityRefOf } from './ledger.js';
import { findBySourceId, organizationIdsFor, type RecoverTarget } from './findBySourceId.js';
import type { PtvRequest, PtvResponse } from './types.js';

export type { RecoverTarget } from './findBySourceId.js';

/** A 5xx that is PTV's definite refusal, not an ambiguous failure (duplicate sourceId in 3.4, §7.3). */
export function isDefiniteRefusal(text: string): boolean {
  return /already exists/i.test(text);
}

/**
 * The entity a creating POST names by sourceId: `recoverBy`, or an entity collection path with the
 * body's `sourceId`. Undefined for anything else. The same target keys the intent journal
 * (createIntents.ts) and the lookup after an ambiguous failure, so the two cannot disagree.
 */
export function createTargetOf(req: PtvRequest): RecoverTarget | undefined {
  if (req.method !== 'POST') return undefined;
  if (req.recoverBy) return req.recoverBy;
  const ref = entityRefOf(req.path);
  const sourceId = (req.body as { sourceId?: unknown } | null | undefined)?.sourceId;
  if (!ref || ref.id || ref.sourceId || typeof sourceId !== 'string' || !sourceId) return undefined;
  return { objectType: ref.objectType, sourceId, ...(ref.channelType && { channelType: ref.channelType }) };
}

export interface RecoverInput {
  target: RecoverTarget;
  /** The POST body: its organisation ids say where to look. */
  body: unknown;
  /** Fallback organisation for the lookup. */
  ptvOrganizationId?: string | undefined;
  /** When the POST started (drafts are found through `/active?date=` since then). */
  since: Date;
}

/**
 * After an ambiguous POST (reset, timeout, 5xx): was it applied? Looks the entity up by sourceId with
 * authenticated reads through `get` (so they are recorded as evidence too). Returns the entity, or
 * undefined when it is not there and a re-POST is safe (PTV refuses a duplicate sourceId anyway).
 */
export async function recoverAmbiguousCreate(
  get: (path: string, query?: PtvRequest['query']) => Promise<PtvResponse>,
  input: RecoverInput,
): Promise<Record<string, unknown> | undefined> {
  const found = await findBySourceId(get, input.target, {
    organizationIds: organizationIdsFor(input.target.objectType, input.body, input.ptvOrganizationId),
    since: input.since,
  });
  return found?.entity;
}
