import type { Finding } from '../core/finding.js';
import { compareConnection } from '../readback/compareConnection.js';
import { compareEntity, type ReadBackComparison } from '../readback/compareEntity.js';
import { fieldMaps, type ReadBackKind } from '../readback/fieldMaps.js';
import type { ReadBackField } from '../report/model.js';
import type { DrivenKind } from './drivenTypes.js';
import { FIELD_LABELS } from './material.js';

type Obj = Record<string, unknown>;

/** The read-back kind of a driven kind (`channel/phone` → `phone`). */
export function readBackKindOf(kind: Exclude<DrivenKind, 'connection'>): ReadBackKind {
  return (kind.startsWith('channel/') ? kind.slice('channel/'.length) : kind) as ReadBackKind;
}

/** `phones[].chargeDescription` → `phones`: notMapped entries are honoured per top-level field. */
const topOf = (field: string): string => field.split(/[.[]/)[0]!;

function notMappedFinding(material: string, ptv: string): Finding {
  return {
    path: material,
    message: `${material} (${ptv}) is not mapped by the integration (capabilities.notMapped): not compared`,
    rule: 'driven.notMapped',
    severity: 'info',
  };
}

const byType = (v: unknown, type: string): unknown =>
  Array.isArray(v) ? v.filter((x: { type?: unknown }) => x?.type === type) : v;

/**
 * What PTV holds against the v11 IN body the material was projected from, field by field, labelled
 * with the material's field names. Fields the adapter declares not mapped are an info finding each.
 */
export function compareDriven(
  kind: Exclude<DrivenKind, 'connection'>,
  ptvBody: Obj,
  read: unknown,
  notMapped: readonly string[] = [],
): ReadBackComparison {
  const rk = readBackKindOf(kind);
  const readObj = (read && typeof read === 'object' ? read : {}) as Obj;
  const skip = new Set(notMapped.map(topOf));
  const fields: ReadBackField[] = [];
  const findings: Finding[] = [];
  for (const label of FIELD_LABELS[kind]) {
    const sent = ptvBody[label.ptv];
    const map = fieldMaps[rk][label.ptv];
    if (sent === undefined || !map) continue;
    const ptvName = label.itemType ? `${label.ptv}/${label.itemType}` : label.ptv;
    if (skip.has(label.material) || skip.has(label.material.replace(/^refs\./, ''))) {
      findings.push(notMappedFinding(label.material, ptvName));
      continue;
    }
    const sentPart = label.itemType ? byType(sent, label.itemType) : sent;
    if (Array.isArray(sentPart) && sentPart.length === 0) continue;
    const readPart = label.itemType ? { [map.out]: byType(readObj[map.out], label.itemType) } : readObj;
    const r = compareEntity(rk, { [label.ptv]: sentPart }, readPart);
    for (const f of r.fields) fields.push({ ...f, path: `${label.material} (${ptvName})` });
    for (const f of r.findings)
      findings.push({ ...f, path: label.material, message: `${label.material}: ${f.message}` });
  }
  return { fields, findings };
}

const CONNECTION_LABELS: Record<string, string> = {
  serviceChargeType: 'chargeType',
  description: 'descriptions',
  serviceHours: 'hours',
  'contactDetails.emails': 'emails',
  'contactDetails.phoneNumbers': 'phones',
  'contactDetails.webPages': 'webPages',
};

/** A connection's additional information against the item read from the service's `serviceChannels`. */
export function compareDrivenConnection(
  ptvBody: Obj,
  item: Obj | undefined,
  label: string,
  notMapped: readonly string[] = [],
): ReadBackComparison {
  const skip = new Set(notMapped.map(topOf));
  const sent: Obj = { ...ptvBody };
  const findings: Finding[] = [];
  for (const [ptv, material] of Object.entries(CONNECTION_LABELS)) {
    if (!skip.has(material)) continue;
    if (ptv.startsWith('contactDetails.')) {
      const cd = { ...((sent.contactDetails as Obj | undefined) ?? {}) };
      if (cd[ptv.slice(15)] === undefined) continue;
      delete cd[ptv.slice(15)];
      sent.contactDetails = cd;
    } else if (sent[ptv] === undefined) continue;
    else delete sent[ptv];
    findings.push(notMappedFinding(material, ptv));
  }
  const r = compareConnection(sent, item, label);
  return {
    fields: r.fields.map((f) => ({ ...f, path: `${CONNECTION_LABELS[f.path] ?? f.path} (${f.path})` })),
    findings: [
      ...r.findings.map((f) => {
        const key = Object.keys(CONNECTION_LABELS).find((k) => k.toLowerCase() === f.path.toLowerCase());
        return key ? { ...f, path: CONNECTION_LABELS[key]! } : f;
      }),
      ...findings,
    ],
  };
}
