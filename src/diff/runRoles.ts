import type { ReportModel } from '../report/model.js';
import { ORG_ROLE, roleFor, type RoleOf } from '../neutral/keys.js';
import { kindOfChannelType, type ReadBackKind } from '../readback/fieldMaps.js';

export interface RunRoles {
  roleOf: RoleOf;
  /** The read-back kind of a role's entity (material says what it is). */
  kindOf(id: string): ReadBackKind | undefined;
}

/** What names an entity's role: a material entry of report.json, or a `created` line of ledger.ndjson. */
export interface RoleEntry {
  id: string;
  objectType: string;
  channelType?: string;
  caseId?: string;
  sourceId?: string;
}

/**
 * GUIDs → roles for one run (§4.4), from its entities in creation order: each becomes
 * `<creating case>:<entity>`, the configured organisation `ORG`. Unknown ids stay as they are (they
 * then compare only when equal). The V12 read-back names its keys with the same function, so a
 * run's v12 and v11 states name one entity alike.
 */
export function rolesOf(entries: readonly RoleEntry[], organizationId?: string): RunRoles {
  const roles = new Map<string, string>();
  const kinds = new Map<string, ReadBackKind>();
  const org = organizationId?.toLowerCase();
  if (org) {
    roles.set(org, ORG_ROLE);
    kinds.set(org, 'organization');
  }
  const entityOf = (kind: ReadBackKind) => (kind === 'service' || kind === 'organization' ? kind : 'channel');
  const kindOfEntry = (m: RoleEntry): ReadBackKind =>
    m.objectType === 'Service'
      ? 'service'
      : m.objectType === 'Organization'
        ? 'organization'
        : kindOfChannelType(m.channelType ?? '');
  // `<case>:<entity>` when the case created one such entity; else the sourceId's tail tells them apart
  // (`CON-01:echannel.1`, `ARC-01:org.2`), which is as stable across runs as the fixtures.
  const perCase = new Map<string, number>();
  for (const m of entries) {
    const k = `${m.caseId ?? ''}:${entityOf(kindOfEntry(m))}`;
    perCase.set(k, (perCase.get(k) ?? 0) + 1);
  }
  const seq = new Map<string, number>();
  for (const m of entries) {
    const id = m.id.toLowerCase();
    const kind = kindOfEntry(m);
    kinds.set(id, kind);
    if (roles.has(id)) continue;
    const base = roleFor(m.caseId ?? 'UNKNOWN', entityOf(kind));
    if (m.caseId && perCase.get(base) === 1) {
      roles.set(id, base);
      continue;
    }
    const tail = /-([a-z]+)-[A-Z0-9]+\.(\d+)$/.exec(m.sourceId ?? '');
    const n = (seq.get(base) ?? 0) + 1;
    seq.set(base, n);
    roles.set(id, tail ? `${m.caseId ?? 'UNKNOWN'}:${tail[1]}.${tail[2]}` : `${base}#${n}`);
  }
  return {
    roleOf: (id) => roles.get(id.toLowerCase()) ?? id,
    kindOf: (id) => kinds.get(id.toLowerCase()),
  };
}

/** The roles of a run from its report.json (material + configured organisation). */
export function runRoles(model: ReportModel): RunRoles {
  return rolesOf(model.material, model.organization.ptvOrganizationId);
}
