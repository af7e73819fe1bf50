import type { ChannelType, ObjectType } from './vocabulary.js';

// Re-exported for the suites, which name the channel type of what they create.
export type { ChannelType, ObjectType };

/** One line of ledger.ndjson: appended and fsynced on every create and every archive. */
export interface LedgerEntry {
  event: 'created' | 'archived' | 'restored';
  runId: string;
  objectType: ObjectType;
  channelType?: ChannelType;
  id: string;
  sourceId?: string;
  caseId?: string;
  at: string;
}
