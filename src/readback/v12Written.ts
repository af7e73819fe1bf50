import type { LedgerEntry } from '../core/ledgerEntry.js';
import type { EvidenceEntry } from '../core/evidenceEntry.js';
import { runRoles } from '../diff/runRoles.js';
import type { MaterialEntry, ReportModel } from '../report/model.js';
import { kindOfChannelType, type ReadBackKind } from './fieldMaps.js';

export type WrittenKind = 'organization' | 'service' | 'channel';

/** One entity a run wrote, as the V12 read-back (v12-migration.md §4.5) reads it back. */
export interface Written {
  id: string;
  kind: WrittenKind;
  v11Kind: ReadBackKind;
  /** Its neutral role (`SRV-01:service`, `CON-01:echannel.1`): the same rule `diff` uses (runRoles). */
  role: string;
  /** The case that created it. */
  caseId?: string;
  sourceId?: string;
  /** Archived by its last ledger event. */
  archived: boolean;
  /**
   * When the harness received the answer to its last write (create, PUT by id or sourceId, archive,
   * restore), ms since the epoch: the observed v12 delay is measured from here (§6 item 3).
   */
  lastWrite: number;
}

/** A write that changes an entity's own state: PUT to an entity by id or sourceId (not /Connection). */
const ENTITY_PUT =
  /\/api\/v11\/(?:Service|ServiceChannel(?:\/[A-Za-z]+)?|Organization)\/(?:sourceId\/)?([^/?]+)$/;

/**
 * The harness's receipt time of the last successful entity PUT, keyed by the id or sourceId in its
 * URL (lower case). Creates and archives are in the ledger; PUTs only here.
 */
export function lastPutReceipts(
  evidence: Iterable<Pick<EvidenceEntry, 'method' | 'url' | 'status' | 'startedAt' | 'durationMs'>>,
): Map<string, number> {
  const last = new Map<string, number>();
  for (const e of evidence) {
    if (e.method !== 'PUT' || e.status === undefined || e.status < 200 || e.status >= 300) continue;
    const path = e.url.replace(/^[a-z]+:\/\/[^/]+/i, '').split('?')[0]!;
    const m = ENTITY_PUT.exec(path);
    if (!m) continue;
    const key = decodeURIComponent(m[1]!).toLowerCase();
    const at = Date.parse(e.startedAt) + e.durationMs;
    if (Number.isFinite(at) && at > (last.get(key) ?? 0)) last.set(key, at);
  }
  return last;
}

const kindOf = (e: Pick<LedgerEntry, 'objectType'>): WrittenKind =>
  e.objectType === 'Organization' ? 'organization' : e.objectType === 'Service' ? 'service' : 'channel';

/**
 * Everything a run wrote, in ledger order of creation, with roles and last-write times. Service
 * collections are not read through v12 and are left out.
 */
export function writtenOf(
  ledger: readonly LedgerEntry[],
  opts: { organizationId?: string; puts?: Map<string, number> } = {},
): Written[] {
  const byId = new Map<string, Written>();
  const material: MaterialEntry[] = [];
  for (const e of ledger) {
    if (e.objectType === 'ServiceCollection') continue;
    const key = e.id.toLowerCase();
    const at = Date.parse(e.at);
    const prev = byId.get(key);
    if (!prev) {
      const kind = kindOf(e);
      byId.set(key, {
        id: e.id,
        kind,
        v11Kind: kind === 'channel' ? kindOfChannelType(e.channelType ?? 'ServiceLocation') : kind,
        role: e.id,
        ...(e.caseId !== undefined && { caseId: e.caseId }),
        ...(e.sourceId !== undefined && { sourceId: e.sourceId }),
        archived: e.event === 'archived',
        lastWrite: at,
      });
      material.push({
        objectType: e.objectType,
        ...(e.channelType !== undefined && { channelType: e.channelType }),
        id: e.id,
        ...(e.sourceId !== undefined && { sourceId: e.sourceId }),
        ...(e.caseId !== undefined && { caseId: e.caseId }),
        finalState: 'live',
      });
      continue;
    }
    prev.archived = e.event === 'archived';
    if (Number.isFinite(at)) prev.lastWrite = Math.max(prev.lastWrite, at);
  }
  // runRoles reads only the organisation id and the material of a model.
  const roles = runRoles({
    organization: { ptvOrganizationId: opts.organizationId },
    material,
  } as unknown as ReportModel);
  const written = [...byId.values()];
  for (const w of written) {
    w.role = roles.roleOf(w.id);
    const put = Math.max(
      opts.puts?.get(w.id.toLowerCase()) ?? 0,
      (w.sourceId && opts.puts?.get(w.sourceId.toLowerCase())) || 0,
    );
    w.lastWrite = Math.max(w.lastWrite, put);
  }
  return written;
}

/**
 * The run-time V12 case ids (§4.5, docs/suites.md "V12 case ids"):
 * - a live entity: `V12-<creating case>` when that case created exactly one entity, else `V12-<role>`
 *   (`V12-SRV-01`, `V12-CH-EC-01`, `V12-FMT-080`; `V12-CON-01:service`, `V12-FMT-399:channel`), and
 *   `V12-<role>` too when `V12-<creating case>` is one of the suite's own ids (`V12-CONN-03:channel`);
 * - an archived entity: `V12-ARC-nn`, numbered in ledger order of creation.
 * Deterministic for a given selection of suites, since the ledger order is.
 */
/** Ids the V12 suite gives its fixed and numbered cases: a role case never takes one of them. */
const RESERVED = /^V12-(?:CONN-\d+|00|CON-\d+|ARC-\d+|ROLE)$/;

export function v12CaseIds(written: readonly Written[]): Map<string, string> {
  const perCase = new Map<string, number>();
  for (const w of written) if (w.caseId) perCase.set(w.caseId, (perCase.get(w.caseId) ?? 0) + 1);
  const ids = new Map<string, string>();
  let arc = 0;
  for (const w of written) {
    if (w.archived) ids.set(w.id, `V12-ARC-${String(++arc).padStart(2, '0')}`);
    else if (w.caseId && perCase.get(w.caseId) === 1 && !RESERVED.test(`V12-${w.caseId}`))
      ids.set(w.id, `V12-${w.caseId}`);
    else ids.set(w.id, `V12-${w.role}`);
  }
  return ids;
}

/** `V12-CON-nn` for the nth connection pair (services in ledger order, then their channels). */
export const v12ConnectionCaseId = (n: number): string => `V12-CON-${String(n).padStart(2, '0')}`;
