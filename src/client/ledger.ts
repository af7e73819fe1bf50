import { hasStringKeys, readNdjson } from '../core/readNdjson.js';
import { appendLineDurable } from '../core/appendLineDurable.js';
import { createNdjsonTail } from '../core/ndjsonTail.js';
import { markWritten, syncFile } from '../core/syncFile.js';
import type { LedgerEntry } from '../core/ledgerEntry.js';
import { entityPath } from '../core/apiPaths.js';
import { CHANNEL_TYPES, type ChannelType, type ObjectType } from '../core/vocabulary.js';

/** What an entity endpoint path names: `/api/v11/ServiceChannel/Phone/sourceId/x` etc. */
export interface EntityRef {
  objectType: ObjectType;
  channelType?: ChannelType;
  /** Root id from a by-id path. */
  id?: string;
  /** sourceId from a by-sourceId path. */
  sourceId?: string;
}

/**
 * Parse a v11 write path into the entity it addresses. Returns undefined for non-entity endpoints
 * (`/Connection`, code lists, ...), which never produce ledger lines.
 */
export function entityRefOf(path: string): EntityRef | undefined {
  const clean = path.split('?')[0] ?? '';
  const m = /^\/api\/v11\/(.+?)\/?$/i.exec(clean);
  if (!m?.[1]) return undefined;
  const seg = m[1].split('/').map((s) => decodeURIComponent(s));
  const head = seg[0]?.toLowerCase();
  let objectType: ObjectType;
  let channelType: ChannelType | undefined;
  let rest: string[];
  if (head === 'organization') [objectType, rest] = ['Organization', seg.slice(1)];
  else if (head === 'service') [objectType, rest] = ['Service', seg.slice(1)];
  else if (head === 'servicecollection') [objectType, rest] = ['ServiceCollection', seg.slice(1)];
  else if (head === 'servicechannel') {
    channelType = CHANNEL_TYPES.find((t) => t.toLowerCase() === seg[1]?.toLowerCase());
    if (!channelType) return undefined;
    [objectType, rest] = ['ServiceChannel', seg.slice(2)];
  } else return undefined;
  const ref: EntityRef = { objectType, ...(channelType && { channelType }) };
  if (rest.length === 0) return ref;
  if (rest.length === 1 && rest[0]) return { ...ref, id: rest[0] };
  if (rest.length === 2 && rest[0]?.toLowerCase() === 'sourceid' && rest[1])
    return { ...ref, sourceId: rest[1] };
  return undefined;
}

/** The PUT path that archives a ledger entity (by root id, which survives sourceId renames). */
export const archivePathFor = entityPath;

/**
 * Read ledger.ndjson. A torn last line (kill -9 mid-write) and blank lines are skipped; a corrupt line
 * in the middle is skipped too, since cleanup should archive what it can rather than refuse.
 */
export function readLedger(path: string): LedgerEntry[] {
  return readNdjson(path, hasStringKeys<LedgerEntry>('id', 'event', 'objectType'));
}

const keyOf = (e: LedgerEntry): string => `${e.objectType}:${e.id.toLowerCase()}`;

/** Entities created and not archived; the last event per entity wins (`restored` makes it live again). */
export function liveEntities(entries: readonly LedgerEntry[]): LedgerEntry[] {
  const created = new Map<string, LedgerEntry>();
  const last = new Map<string, LedgerEntry['event']>();
  for (const e of entries) {
    const k = keyOf(e);
    if (e.event === 'created' && !created.has(k)) created.set(k, e);
    last.set(k, e.event);
  }
  return [...created.entries()].filter(([k]) => last.get(k) !== 'archived').map(([, e]) => e);
}

export interface LedgerWriter {
  /** Writes the line now (one write(): survives kill -9); `synced()` resolves once it is fsynced. */
  append(entry: Omit<LedgerEntry, 'runId' | 'at'>): LedgerEntry;
  /** Every line appended so far is on disk (a group fsync shared with concurrent writers, syncFile.ts). */
  synced(): Promise<void>;
  /** True when this ledger (any writer of the file) last saw the entity archived. */
  isArchived(objectType: ObjectType, id: string): boolean;
}

export function createLedgerWriter(opts: { path?: string; runId: string; now?: () => Date }): LedgerWriter {
  const now = opts.now ?? (() => new Date());
  const seen = new Map<string, LedgerEntry['event']>();
  /** The file's last event per entity, read as it grows (any writer's lines). */
  const inFile = new Map<string, LedgerEntry['event']>();
  const tail = opts.path
    ? createNdjsonTail(opts.path, hasStringKeys<LedgerEntry>('id', 'event', 'objectType'), () =>
        inFile.clear(),
      )
    : undefined;
  return {
    append(partial) {
      const entry: LedgerEntry = { ...partial, runId: opts.runId, at: now().toISOString() };
      // Cleanup after kill -9 depends on every create being here: written before the caller continues,
      // fsynced before its request returns (the client awaits `synced()`).
      if (opts.path) {
        appendLineDurable(opts.path, entry, { fsync: false });
        markWritten(opts.path);
      }
      seen.set(keyOf(entry), entry.event);
      return entry;
    },
    synced: () => (opts.path ? syncFile(opts.path) : Promise.resolve()),
    isArchived(objectType, id) {
      const key = `${objectType}:${id.toLowerCase()}`;
      // Another worker may have archived it: the shared file is the truth when there is one.
      if (tail) {
        tail.read((e) => void inFile.set(keyOf(e), e.event));
        const last = inFile.get(key);
        if (last !== undefined) return last === 'archived';
      }
      return seen.get(key) === 'archived';
    },
  };
}
