import type { ChannelType } from '../core/ledgerEntry.js';
import type { DvvItem } from '../report/model.js';
import type { DemoKey } from './observeTypes.js';

/** One thing a DVV item needs to see: any of `anyOf` demonstrates it. */
export interface Requirement {
  item: DvvItem;
  id: string;
  label: string;
  anyOf: DemoKey[];
  channelType?: ChannelType;
  /** Shown on the board and in the report, but not needed for READY. */
  optional?: boolean;
}

export const CHANNEL_TYPES: readonly ChannelType[] = [
  'EChannel',
  'Phone',
  'WebPage',
  'PrintableForm',
  'ServiceLocation',
];

/** DVV's items CONN, T1–T6: the ones READY needs (PIT is ours and is not observed). */
export const OBSERVED_ITEMS: readonly DvvItem[] = ['CONN', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6'];

const modify = (prefix: string): DemoKey[] => [`${prefix}-modify-id`, `${prefix}-modify-sourceId`];

/**
 * What each DVV item needs from the integration's traffic (issue #11). "modify" counts only for
 * material the integration created in this session: DVV asks for material not previously in CTE.
 */
export const REQUIREMENTS: readonly Requirement[] = [
  { item: 'CONN', id: 'CONN.login', label: 'login (api-login answered a token)', anyOf: ['login'] },
  { item: 'CONN', id: 'CONN.token', label: 'token used on the API', anyOf: ['token-use'] },
  { item: 'T1', id: 'T1.create', label: 'sub-organisation created', anyOf: ['org-create'] },
  { item: 'T1', id: 'T1.modify', label: 'new sub-organisation modified', anyOf: modify('org') },
  { item: 'T2', id: 'T2.create', label: 'service created', anyOf: ['service-create'] },
  { item: 'T2', id: 'T2.modify', label: 'new service modified', anyOf: modify('service') },
  ...CHANNEL_TYPES.flatMap((t): Requirement[] => [
    {
      item: 'T3',
      id: `T3.${t}.create`,
      label: `${t} channel created`,
      anyOf: [`${t}-create`],
      channelType: t,
    },
    {
      item: 'T3',
      id: `T3.${t}.modify`,
      label: `new ${t} channel modified`,
      anyOf: modify(t),
      channelType: t,
    },
  ]),
  { item: 'T4', id: 'T4.add', label: 'connection added', anyOf: ['connection-add'] },
  {
    item: 'T4',
    id: 'T4.info',
    label: 'connection with additional information',
    anyOf: ['connection-info'],
  },
  { item: 'T4', id: 'T4.modify', label: 'connection modified', anyOf: ['connection-modify'] },
  { item: 'T5', id: 'T5.writes', label: 'writes judged (rules, answer, read-back)', anyOf: ['write-judged'] },
  { item: 'T6', id: 'T6.archive', label: 'material archived', anyOf: ['archive-id', 'archive-sourceId'] },
  {
    item: 'T6',
    id: 'T6.restore',
    label: 'archived material restored',
    anyOf: ['restore-id', 'restore-sourceId'],
    optional: true,
  },
];
