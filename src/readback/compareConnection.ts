import type { Finding } from '../core/finding.js';
import type { ReadBackField } from '../report/model.js';
import * as c from './canon.js';
import type { ReadBackComparison } from './compareEntity.js';

type Obj = Record<string, unknown>;

/** The connection item for `otherId` in a service's `serviceChannels` or a channel's `services`. */
export function findConnectionItem(
  entity: unknown,
  side: 'service' | 'channel',
  otherId: string,
): Obj | undefined {
  const e = (entity ?? {}) as Obj;
  const list = c.items(side === 'service' ? e.serviceChannels : e.services);
  const key = side === 'service' ? 'serviceChannel' : 'service';
  return list.find((i) => (i[key] as Obj | undefined)?.id === otherId);
}

/** The ids connected to an entity as read back (`serviceChannels` is null when empty, §10). */
export function connectedIds(entity: unknown, side: 'service' | 'channel'): string[] {
  const e = (entity ?? {}) as Obj;
  const key = side === 'service' ? 'serviceChannel' : 'service';
  return c
    .items(side === 'service' ? e.serviceChannels : e.services)
    .map((i) => (i[key] as Obj | undefined)?.id)
    .filter((id): id is string => typeof id === 'string');
}

interface ConnectionSent {
  serviceChargeType?: unknown;
  description?: unknown;
  serviceHours?: unknown;
  contactDetails?: { emails?: unknown; phoneNumbers?: unknown; webPages?: unknown };
}

const FIELDS: [string, (s: ConnectionSent) => unknown, (r: Obj) => unknown, (v: unknown) => c.Canon][] = [
  ['serviceChargeType', (s) => s.serviceChargeType, (r) => r.serviceChargeType, c.scalar],
  ['description', (s) => s.description, (r) => r.description, c.localized()],
  ['serviceHours', (s) => s.serviceHours, (r) => r.serviceHours, c.serviceHours],
  [
    'contactDetails.emails',
    (s) => s.contactDetails?.emails,
    (r) => (r.contactDetails as Obj | null)?.emails,
    c.emails,
  ],
  [
    'contactDetails.phoneNumbers',
    (s) => s.contactDetails?.phoneNumbers,
    (r) => (r.contactDetails as Obj | null)?.phoneNumbers,
    c.phones('Phone'),
  ],
  [
    'contactDetails.webPages',
    (s) => s.contactDetails?.webPages,
    (r) => (r.contactDetails as Obj | null)?.webPages,
    c.urlsByLanguage,
  ],
];

/**
 * Compares the additional information sent for one connection with the item read back from the
 * service (`serviceChannels[]`) or the channel (`services[]`). A missing item is one finding.
 */
export function compareConnection(
  sent: ConnectionSent,
  item: Obj | undefined,
  label: string,
): ReadBackComparison {
  if (!item) {
    return {
      fields: [{ path: 'connection', sent: label, read: null, ok: false }],
      findings: [
        {
          path: 'ServiceChannels',
          message: `connection ${label} is not in the read-back`,
          rule: 'readback.mismatch',
          severity: 'error',
          expected: label,
          actual: null,
        },
      ],
    };
  }
  const fields: ReadBackField[] = [];
  const findings: Finding[] = [];
  for (const [path, getSent, getRead, canon] of FIELDS) {
    const s = getSent(sent);
    if (s === undefined) continue;
    const r = getRead(item);
    const ok = JSON.stringify(canon(s)) === JSON.stringify(canon(r));
    fields.push({ path, sent: s, read: r ?? null, ok });
    if (!ok) {
      findings.push({
        path: path
          .split('.')
          .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
          .join('.'),
        message: `connection ${label} ${path} differs from what was sent`,
        rule: 'readback.mismatch',
        severity: 'error',
        expected: s,
        actual: r ?? null,
      });
    }
  }
  return { fields, findings };
}
