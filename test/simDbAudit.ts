/**
 * After a `run --sim-db <file>`: what the simulator really holds, compared with the run's ledger. The
 * simulator (like PTV) refuses a second create with a sourceId, so a duplicate shows as an entity the
 * ledger does not know (an ambiguous POST applied and never recovered), one without a sourceId, or a
 * sourceId the ledger gives two ids; any of them would stay live in PTV after teardown.
 */
import Database from 'better-sqlite3';
import { readLedger } from '../src/client/ledger.js';
import { resolveSimConfig } from '../src/simulator/config.js';

interface StoredEntity {
  id: string;
  objectType: string;
  latest: { status: string };
  archivedAt?: string;
}

export interface SimDbAudit {
  /** Entities in the simulator other than its seeded organisations. */
  created: number;
  /** `objectType:sourceId` the ledger records with more than one id. */
  duplicateSourceIds: string[];
  /** Entities created without a sourceId (nothing could tell a retry's copy from the first). */
  withoutSourceId: string[];
  /** Entities in the simulator the ledger does not list as created. */
  notInLedger: string[];
  /** Entities the run created that are not archived. */
  live: string[];
}

export function auditSimDb(dbPath: string, ledgerPath: string): SimDbAudit {
  const seeded = new Set(resolveSimConfig().organizations.map((o) => o.id.toLowerCase()));
  const db = new Database(dbPath, { readonly: true });
  const rows = (ns: string): unknown[] =>
    db
      .prepare('SELECT json FROM kv WHERE ns = ?')
      .all(ns)
      .map((r) => JSON.parse((r as { json: string }).json) as unknown);
  let entities: StoredEntity[];
  let sourced: Set<string>;
  try {
    entities = (rows('e') as StoredEntity[]).filter((e) => !seeded.has(e.id.toLowerCase()));
    sourced = new Set((rows('s') as { id: string }[]).map((s) => s.id.toLowerCase()));
  } finally {
    db.close();
  }
  const created = readLedger(ledgerPath).filter((e) => e.event === 'created');
  const ledgerIds = new Set(created.map((e) => e.id.toLowerCase()));
  const idsBySource = new Map<string, Set<string>>();
  for (const e of created) {
    if (e.sourceId === undefined) continue;
    const k = `${e.objectType}:${e.sourceId}`;
    idsBySource.set(k, (idsBySource.get(k) ?? new Set()).add(e.id.toLowerCase()));
  }
  return {
    created: entities.length,
    duplicateSourceIds: [...idsBySource].filter(([, ids]) => ids.size > 1).map(([k]) => k),
    withoutSourceId: entities.filter((e) => !sourced.has(e.id.toLowerCase())).map((e) => e.id),
    notInLedger: entities.filter((e) => !ledgerIds.has(e.id.toLowerCase())).map((e) => e.id),
    // PIT-05 leaves an archived item Modified on purpose (a UI save after the archive): archivedAt counts.
    live: entities.filter((e) => e.latest.status !== 'Deleted' && !e.archivedAt).map((e) => e.id),
  };
}
