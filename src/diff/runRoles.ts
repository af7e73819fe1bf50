import type { ReportModel } from '../report/model.js';
import { ORG_ROLE, roleFor, type RoleOf } from '../neutral/keys.js';
import { kindOfChannelType, type ReadBackKind } from '../readback/fieldMaps.js';

export interface RunRoles {
  roleOf: RoleOf;
  /** The read-back kind of a role's entity (material says what it is). */
  kindOf(id: string): ReadBackKind | undefined;
}

/**
 * GUIDs → roles for one run (§4.4): each material entry becomes `<creating case>:<entity>`, the
 * configured organisation `ORG`. Unknown ids stay as they are (they then compare only when equal).
 */
export function runRoles(model: ReportModel): RunRoles {
  const roles = new Map<string, string>();
  const kinds = new Map<string, ReadBackKind>();
  const org = model.organization.ptvOrganizationId;
  if (org) {
    roles.set(org, ORG_ROLE);
    kinds.set(org, 'organization');
  }
  const entityOf = (kind: ReadBackKind) => (kind === 'service' || kind === 'organization' ? kind : 'channel');
  const kindOfEntry = (m: ReportModel['material'][number]): ReadBackKind =>
    m.objectType === 'Service'
      ? 'service'
      : m.objectType === 'Organization'
        ? 'organization'
        : kindOfChannelType(m.channelType ?? '');
  // `<case>:<entity>` when the case created one such entity; else the sourceId's tail tells them apart
  // (`CON-01:echannel.1`, `ARC-01:org.2`), which is as stable across runs as the fixtures.
  const perCase = new Map<string, number>();
  for (const m of model.material) {
    const k = `${m.caseId ?? ''}:${entityOf(kindOfEntry(m))}`;
    perCase.set(k, (perCase.get(k) ?? 0) + 1);
  }
  const seq = new Map<string, number>();
  for (const m of model.material) {
    const kind = kindOfEntry(m);
    kinds.set(m.id, kind);
    if (roles.has(m.id)) continue;
    const base = roleFor(m.caseId ?? 'UNKNOWN', entityOf(kind));
    if (m.caseId && perCase.get(base) === 1) {
      roles.set(m.id, base);
      continue;
    }
    const tail = /-([a-z]+)-[A-Z0-9]+\.(\d+)$/.exec(m.sourceId ?? '');
    const n = (seq.get(base) ?? 0) + 1;
    seq.set(base, n);
    roles.set(m.id, tail ? `${m.caseId ?? 'UNKNOWN'}:${tail[1]}.${tail[2]}` : `${base}#${n}`);
  }
  return { roleOf: (id) => roles.get(id) ?? id, kindOf: (id) => kinds.get(id) };
}
