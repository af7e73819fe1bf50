/** PTV object types as PTV's sourceId namespace knows them. */
export type PtvObjectType = 'Organization' | 'Service' | 'ServiceChannel' | 'ServiceCollection';

/** Channel sub-types, needed to build the channel PUT path. */
export type ChannelType = 'EChannel' | 'Phone' | 'WebPage' | 'PrintableForm' | 'ServiceLocation';

/** One line of ledger.ndjson: appended and fsynced on every create and every archive. */
export interface LedgerEntry {
  event: 'created' | 'archived' | 'restored';
  runId: string;
  objectType: PtvObjectType;
  channelType?: ChannelType;
  id: string;
  sourceId?: string;
  caseId?: string;
  at: string;
}
