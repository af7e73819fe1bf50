import type { ChannelType, ObjectType } from '../../core/vocabulary.js';
import type { PublishingStatus } from '../../rules/types.js';
import type { KvRow, Persistence } from './persistence.js';

export type StoredData = Record<string, unknown>;

export interface EntityVersion {
  status: PublishingStatus;
  /** IN-shaped content after PUT merge semantics; OUT shapes are derived from it on read. */
  data: StoredData;
  modified: string;
}

/** One PTV root entity: the latest version plus a copy of the last published one (in-api-v11 §14.1). */
export interface EntityRecord {
  id: string;
  objectType: ObjectType;
  channelType?: ChannelType;
  /** Owning organisation: service → main responsible, channel → organizationId, organisation → itself. */
  organizationId: string;
  created: string;
  seq: number;
  latest: EntityVersion;
  published?: EntityVersion;
  archivedAt?: string;
  archivingType?: 'Manual' | 'Automatic';
  lockedBy?: string;
  /**
   * What the v12 side may show, oldest first (bounded): each published version, and the archive, with
   * the time it happened. A v12 read serves the newest entry older than the copy delay (§4.7).
   */
  publishedHistory?: V12Snapshot[];
}

/** One state the v11 → v12 copy can carry: a published version, or "archived" (no version). */
export interface V12Snapshot {
  at: string;
  version?: EntityVersion;
  archived?: true;
}

/** One state of a connection the v12 side can show: the connection, or null (removed). */
export interface ConnectionSnapshot {
  at: string;
  connection: ConnectionRecord | null;
}

const HISTORY_LIMIT = 10;

/** A service ↔ channel connection with its additional info (stored as sent, IN shape). */
export interface ConnectionRecord {
  serviceId: string;
  channelId: string;
  serviceChargeType?: string;
  description?: unknown[];
  serviceHours?: unknown[];
  contactDetails?: Record<string, unknown>;
  created: string;
  modified: string;
}

const NS = {
  entity: 'e',
  source: 's',
  connections: 'c',
  connectionHistory: 'h',
  revoked: 'r',
  meta: 'm',
} as const;

/**
 * The simulator's whole state, in memory, written through to `Persistence` when one is given.
 * Mutations mark rows dirty; `commit()` writes them in one transaction before the response is sent.
 */
export class SimState {
  /** Root id → entity, iterated in creation (`seq`) order. */
  readonly entities = new Map<string, EntityRecord>();
  /** `${user}|${objectType}|${sourceId}` → entity id; user lower-cased (PTV compares case-insensitively). */
  private readonly sources = new Map<string, string>();
  /** `${user}|${entityId}` → sourceId. */
  private readonly sourceOfEntity = new Map<string, string>();
  /** serviceId → channelId → connection. */
  readonly connections = new Map<string, Map<string, ConnectionRecord>>();
  /** channelId → serviceIds. */
  private readonly channelServices = new Map<string, Set<string>>();
  readonly revoked = new Set<string>();
  /** `${scope}|${org}|${lang}|${value}` → ids, for unique-name checks. */
  private readonly names = new Map<string, Set<string>>();
  /** Owning organisation (parent for organisations) → entity ids, in creation order. */
  private readonly byOrg = new Map<string, Set<string>>();
  private readonly dirty = new Map<string, KvRow>();
  private seq = 0;
  secret: Buffer | undefined;

  constructor(private readonly persistence?: Persistence) {
    if (persistence) this.load(persistence.loadAll());
  }

  private load(rows: KvRow[]): void {
    const entities: EntityRecord[] = [];
    for (const r of rows) {
      if (r.json === null) continue;
      const v = JSON.parse(r.json) as unknown;
      if (r.ns === NS.entity) entities.push(v as EntityRecord);
      else if (r.ns === NS.source) {
        const { user, objectType, sourceId, id } = v as {
          user: string;
          objectType: ObjectType;
          sourceId: string;
          id: string;
        };
        this.sources.set(`${user}|${objectType}|${sourceId}`, id);
        this.sourceOfEntity.set(`${user}|${id}`, sourceId);
      } else if (r.ns === NS.connections) {
        for (const c of v as ConnectionRecord[]) this.indexConnection(c);
      } else if (r.ns === NS.connectionHistory) {
        this.connectionHistory.set(r.key, v as ConnectionSnapshot[]);
      } else if (r.ns === NS.revoked) this.revoked.add(r.key);
      else if (r.ns === NS.meta && r.key === 'secret') this.secret = Buffer.from(v as string, 'base64');
      else if (r.ns === NS.meta && r.key === 'revokedBefore') this.revokedBefore = v as number;
      else if (r.ns === NS.meta && r.key === 'revokeEpoch') this.revokeEpoch = v as number;
    }
    // Map order = creation order, which list endpoints page by (PTV orders by Created, §9).
    entities.sort((a, b) => a.seq - b.seq);
    for (const e of entities) this.indexEntity(e);
  }

  private mark(ns: string, key: string, value: unknown): void {
    if (!this.persistence) return;
    this.dirty.set(`${ns}\u0000${key}`, {
      ns,
      key,
      json: value === undefined ? null : JSON.stringify(value),
    });
  }

  /** Makes every mutation since the last commit durable (no-op in memory mode). */
  commit(): void {
    if (!this.persistence || this.dirty.size === 0) return;
    const rows = [...this.dirty.values()];
    this.dirty.clear();
    this.persistence.commit(rows);
  }

  close(): void {
    this.persistence?.close();
  }

  setSecret(secret: Buffer): void {
    this.secret = secret;
    this.mark(NS.meta, 'secret', secret.toString('base64'));
  }

  nextSeq(): number {
    return ++this.seq;
  }

  // ---- entities -------------------------------------------------------------------------------

  get(id: string): EntityRecord | undefined {
    return this.entities.get(id.toLowerCase());
  }

  /** Stores (creates or replaces) an entity record. */
  put(rec: EntityRecord): void {
    const old = this.entities.get(rec.id);
    // In place: callers keep the record they put (the stored object is theirs, as before).
    rec.publishedHistory = v12HistoryOf(rec, old?.publishedHistory ?? rec.publishedHistory);
    if (old) {
      this.unindexNames(old);
      const oldKey = orgKeyOf(old);
      if (oldKey !== orgKeyOf(rec) && oldKey) this.byOrg.get(oldKey)?.delete(old.id);
    }
    this.indexEntity(rec);
    this.mark(NS.entity, rec.id, rec);
  }

  private indexEntity(rec: EntityRecord): void {
    this.entities.set(rec.id, rec);
    const orgKey = orgKeyOf(rec);
    if (orgKey) {
      let set = this.byOrg.get(orgKey);
      if (!set) this.byOrg.set(orgKey, (set = new Set()));
      set.add(rec.id);
    }
    if (rec.seq > this.seq) this.seq = rec.seq;
    for (const k of nameKeys(rec)) {
      let set = this.names.get(k);
      if (!set) this.names.set(k, (set = new Set()));
      set.add(rec.id);
    }
  }

  private unindexNames(rec: EntityRecord): void {
    for (const k of nameKeys(rec)) this.names.get(k)?.delete(rec.id);
  }

  /** Entities owned by an organisation (services, channels, collections) and its sub-organisations. */
  *ownedBy(organizationId: string): Iterable<EntityRecord> {
    const ids = this.byOrg.get(organizationId.toLowerCase());
    if (!ids) return;
    // Set order is creation order: ids are added when created and at load in `seq` order.
    for (const id of ids) yield this.entities.get(id)!;
  }

  nameTaken(
    scope: string,
    organizationId: string,
    language: string,
    value: string,
    excludeId?: string,
  ): boolean {
    const set = this.names.get(`${scope}|${organizationId.toLowerCase()}|${language}|${value}`);
    if (!set) return false;
    for (const id of set) if (id !== excludeId?.toLowerCase()) return true;
    return false;
  }

  // ---- sourceIds ------------------------------------------------------------------------------

  findBySource(user: string, objectType: ObjectType, sourceId: string): string | undefined {
    return this.sources.get(`${user.toLowerCase()}|${objectType}|${sourceId}`);
  }

  sourceIdOf(user: string | undefined, id: string): string | null {
    if (!user) return null;
    return this.sourceOfEntity.get(`${user.toLowerCase()}|${id}`) ?? null;
  }

  /** Maps sourceId → id for this API user and object type (replacing the entity's previous sourceId). */
  setSource(user: string, objectType: ObjectType, sourceId: string, id: string): void {
    const u = user.toLowerCase();
    const previous = this.sourceOfEntity.get(`${u}|${id}`);
    if (previous !== undefined && previous !== sourceId) {
      this.sources.delete(`${u}|${objectType}|${previous}`);
      this.mark(NS.source, `${u}|${objectType}|${previous}`, undefined);
    }
    this.sources.set(`${u}|${objectType}|${sourceId}`, id);
    this.sourceOfEntity.set(`${u}|${id}`, sourceId);
    this.mark(NS.source, `${u}|${objectType}|${sourceId}`, { user: u, objectType, sourceId, id });
  }

  /** Every sourceId mapping (for the control surface). */
  allSources(): { user: string; objectType: ObjectType; sourceId: string; id: string }[] {
    return [...this.sources.entries()].map(([k, id]) => {
      const [user, objectType, ...rest] = k.split('|');
      return { user: user!, objectType: objectType as ObjectType, sourceId: rest.join('|'), id };
    });
  }

  // ---- connections ----------------------------------------------------------------------------

  connectionsOfService(serviceId: string): Map<string, ConnectionRecord> {
    return this.connections.get(serviceId) ?? new Map();
  }

  servicesOfChannel(channelId: string): ConnectionRecord[] {
    const ids = this.channelServices.get(channelId);
    if (!ids) return [];
    const out: ConnectionRecord[] = [];
    for (const s of ids) {
      const c = this.connections.get(s)?.get(channelId);
      if (c) out.push(c);
    }
    return out;
  }

  /**
   * `${serviceId}|${channelId}` → the states the v12 side may show, oldest first; persisted like the
   * entities' history, so a simulator restarted on its db (`readback`, `cleanup`) keeps the copy delay.
   */
  readonly connectionHistory = new Map<string, ConnectionSnapshot[]>();

  private snapshotConnection(
    serviceId: string,
    channelId: string,
    connection: ConnectionRecord | null,
  ): void {
    const key = `${serviceId}|${channelId}`;
    const list = this.connectionHistory.get(key) ?? [];
    list.push({ at: connection?.modified ?? new Date().toISOString(), connection });
    const kept = list.slice(-HISTORY_LIMIT);
    this.connectionHistory.set(key, kept);
    this.mark(NS.connectionHistory, key, kept);
  }

  setConnection(c: ConnectionRecord): void {
    this.indexConnection(c);
    this.markConnections(c.serviceId);
    this.snapshotConnection(c.serviceId, c.channelId, { ...c });
  }

  removeConnection(serviceId: string, channelId: string): void {
    if (this.connections.get(serviceId)?.has(channelId)) this.snapshotConnection(serviceId, channelId, null);
    this.connections.get(serviceId)?.delete(channelId);
    this.channelServices.get(channelId)?.delete(serviceId);
    this.markConnections(serviceId);
  }

  private indexConnection(c: ConnectionRecord): void {
    let m = this.connections.get(c.serviceId);
    if (!m) this.connections.set(c.serviceId, (m = new Map()));
    m.set(c.channelId, c);
    let s = this.channelServices.get(c.channelId);
    if (!s) this.channelServices.set(c.channelId, (s = new Set()));
    s.add(c.serviceId);
  }

  private markConnections(serviceId: string): void {
    const list = [...(this.connections.get(serviceId)?.values() ?? [])];
    this.mark(NS.connections, serviceId, list.length ? list : undefined);
  }

  // ---- tokens ---------------------------------------------------------------------------------

  /**
   * Revocation epoch: bumped by "revoke all"; a token carries the epoch it was issued in (`rev`), so a
   * token issued after the revoke, even in the same second, stays valid.
   */
  revokeEpoch = 0;
  /** Legacy (tokens without `rev`, from databases of older builds): iat before this second = revoked. */
  revokedBefore = 0;

  /** Revokes every token issued so far; returns the new epoch (the `rev` of tokens issued from now on). */
  revokeAll(): number {
    this.revokeEpoch++;
    this.mark(NS.meta, 'revokeEpoch', this.revokeEpoch);
    return this.revokeEpoch;
  }

  isRevoked(jti: string, iat: number, rev: number | undefined): boolean {
    if (this.revoked.has(jti)) return true;
    if (rev === undefined) return this.revokeEpoch > 0 || iat < this.revokedBefore;
    return rev < this.revokeEpoch;
  }

  revoke(jti: string): void {
    this.revoked.add(jti);
    this.mark(NS.revoked, jti, true);
  }
}

/**
 * The record's v12 history carried over and, when what v12 may show changed (a new published
 * version, an archive), one more entry. Bounded to the last HISTORY_LIMIT entries.
 */
function v12HistoryOf(rec: EntityRecord, history: V12Snapshot[] | undefined): V12Snapshot[] {
  const list = history ?? [];
  const last = list[list.length - 1];
  const archived = rec.archivedAt !== undefined || rec.latest.status === 'Deleted';
  let next: V12Snapshot | undefined;
  if (archived) {
    if (!last?.archived) next = { at: rec.archivedAt ?? rec.latest.modified, archived: true };
  } else if (rec.published && (last?.archived || last?.version?.modified !== rec.published.modified)) {
    next = { at: rec.published.modified, version: rec.published };
  }
  return next ? [...list, next].slice(-HISTORY_LIMIT) : list;
}

/** The organisation an entity hangs under: its owner, or for an organisation its parent. */
function orgKeyOf(rec: EntityRecord): string | undefined {
  if (rec.objectType !== 'Organization') return rec.organizationId;
  const parent = rec.latest.data.parentOrganizationId;
  return typeof parent === 'string' ? parent.toLowerCase() : undefined;
}

/** Name-index keys of an entity's latest version (archived entities hold no names). */
function nameKeys(rec: EntityRecord): string[] {
  if (rec.latest.status === 'Deleted') return [];
  const scope =
    rec.objectType === 'Service'
      ? 'service'
      : rec.objectType === 'ServiceChannel'
        ? rec.channelType
        : undefined;
  if (!scope) return [];
  const list =
    rec.objectType === 'Service' ? rec.latest.data.serviceNames : rec.latest.data.serviceChannelNames;
  if (!Array.isArray(list)) return [];
  const keys: string[] = [];
  for (const item of list as { type?: string; language?: string; value?: string }[]) {
    if (item.type !== undefined && item.type !== 'Name') continue;
    if (typeof item.language !== 'string' || typeof item.value !== 'string') continue;
    keys.push(`${scope}|${rec.organizationId}|${item.language}|${item.value}`);
  }
  return keys;
}
