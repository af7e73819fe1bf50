import type { ReadBackKind } from '../readback/fieldMaps.js';
import { fromV11In } from './fromV11In.js';
import { fromV11Out } from './fromV11Out.js';
import { entityOfKind } from './neutralFromV11.js';

const asIs = { roleOf: (id: string) => id };

/** Area keys need `areaType` beside `areas`; the `areas` row alone still belongs to the area key. */
const AREA_FIELDS = new Set(['areaType', 'areas', 'subAreaType']);

/**
 * The neutral keys one v11 read-back field carries, from what was sent and what was read (IN name
 * `inName`, OUT name `outName`). `serviceDescriptions` gives `service.summary.fi`, `….description.sv` …;
 * `type` gives `service.type`. Sorted; empty when the field maps to no neutral key.
 */
export function keysOfV11Field(
  kind: ReadBackKind,
  inName: string,
  outName: string,
  sent: unknown,
  read: unknown,
): string[] {
  if (AREA_FIELDS.has(inName)) return [`${entityOfKind(kind)}.area`];
  const always = new Set(Object.keys(fromV11In(kind, {}, asIs)));
  const keys = new Set([
    ...Object.keys(fromV11In(kind, { [inName]: sent }, asIs)),
    ...Object.keys(fromV11Out(kind, { [outName]: read }, asIs)),
  ]);
  return [...keys].filter((k) => !always.has(k)).sort();
}
