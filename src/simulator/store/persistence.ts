import Database from 'better-sqlite3';
import { PtvrError } from '../../core/errors.js';

export interface KvRow {
  ns: string;
  key: string;
  /** JSON text; `null` deletes the row. */
  json: string | null;
}

/** Durable key/value rows; the simulator keeps its working state in memory and writes through. */
export interface Persistence {
  loadAll(): KvRow[];
  /** Applies all rows in one transaction; returns only after the commit is durable. */
  commit(rows: KvRow[]): void;
  close(): void;
}

/**
 * SQLite persistence. WAL + `synchronous = FULL`: every commit fsyncs the WAL before returning, so a
 * write the simulator answered 200 for survives kill -9 and power loss. (NORMAL would only be safe
 * against process crashes, not OS crashes; the cost of FULL is one fsync per write request.)
 */
export function openSqlitePersistence(file: string): Persistence {
  let db: Database.Database;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(
      'CREATE TABLE IF NOT EXISTS kv (ns TEXT NOT NULL, key TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (ns, key)) WITHOUT ROWID',
    );
  } catch (err) {
    throw new PtvrError('PTVR_DB', `cannot open simulator database ${file}: ${(err as Error).message}`, {
      hint: 'check the path is writable and not a database of another program',
      cause: err,
    });
  }
  const upsert = db.prepare(
    'INSERT INTO kv (ns, key, json) VALUES (?, ?, ?) ON CONFLICT(ns, key) DO UPDATE SET json = excluded.json',
  );
  const del = db.prepare('DELETE FROM kv WHERE ns = ? AND key = ?');
  const tx = db.transaction((rows: KvRow[]) => {
    for (const r of rows) {
      if (r.json === null) del.run(r.ns, r.key);
      else upsert.run(r.ns, r.key, r.json);
    }
  });
  return {
    loadAll: () => db.prepare('SELECT ns, key, json FROM kv').all() as KvRow[],
    commit: (rows) => {
      if (rows.length > 0) tx(rows);
    },
    close: () => db.close(),
  };
}
