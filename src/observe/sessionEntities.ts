import type { ChannelType, ObjectType } from '../core/vocabulary.js';
import type { Classification, ConnectionPair } from './observeTypes.js';

export interface SessionEntity {
  objectType: ObjectType;
  channelType?: ChannelType;
  id?: string;
  sourceId?: string;
  /** Created by the integration in this session (new material), as opposed to found in PTV. */
  created: boolean;
  archived: boolean;
}

/** sourceIds are per object type in PTV (channels share one namespace). */
const sourceKey = (t: ObjectType, sourceId: string): string => `${t}:s:${sourceId}`;
const idKey = (id: string): string => `i:${id.toLowerCase()}`;

/**
 * What the integration created, archived and connected in this observe session, so the classifier
 * tells modification of new material from modification of old material.
 */
export class SessionEntities {
  private readonly byId = new Map<string, SessionEntity>();
  private readonly bySource = new Map<string, SessionEntity>();
  private readonly pairs = new Set<string>();

  findById(id: string): SessionEntity | undefined {
    return this.byId.get(idKey(id));
  }

  findBySourceId(objectType: ObjectType, sourceId: string): SessionEntity | undefined {
    return this.bySource.get(sourceKey(objectType, sourceId));
  }

  /** Id of a service / channel named by id or source id, when the session knows it. */
  resolve(objectType: ObjectType, id: string | undefined, sourceId: string | undefined): string | undefined {
    if (id) return id;
    return sourceId ? this.findBySourceId(objectType, sourceId)?.id : undefined;
  }

  isNew(objectType: ObjectType, id: string | undefined, sourceId: string | undefined): boolean {
    const e = id ? this.findById(id) : sourceId ? this.findBySourceId(objectType, sourceId) : undefined;
    return e?.created === true;
  }

  /** A stable key for a connection pair, by ids where known. */
  pairKey(p: ConnectionPair): string {
    const s = this.resolve('Service', p.serviceId, p.serviceSourceId) ?? `src:${p.serviceSourceId ?? '?'}`;
    const c =
      this.resolve('ServiceChannel', p.channelId, p.channelSourceId) ?? `src:${p.channelSourceId ?? '?'}`;
    return `${s.toLowerCase()}|${c.toLowerCase()}`;
  }

  hasPair(p: ConnectionPair): boolean {
    return this.pairs.has(this.pairKey(p));
  }

  /** Records what a successful exchange did; a failed one changes nothing. */
  apply(c: Classification): void {
    const e = c.entity;
    if (
      e &&
      (c.operation === 'create' ||
        c.operation === 'modify' ||
        c.operation === 'archive' ||
        c.operation === 'restore')
    ) {
      const known =
        (e.id ? this.findById(e.id) : undefined) ??
        (e.sourceId ? this.findBySourceId(e.objectType, e.sourceId) : undefined);
      const entity: SessionEntity = known ?? {
        objectType: e.objectType,
        ...(e.channelType && { channelType: e.channelType }),
        created: c.operation === 'create',
        archived: false,
      };
      if (e.id) entity.id = e.id;
      if (e.sourceId) entity.sourceId = e.sourceId;
      if (c.operation === 'archive') entity.archived = true;
      if (c.operation === 'restore') entity.archived = false;
      if (entity.id) this.byId.set(idKey(entity.id), entity);
      if (entity.sourceId) this.bySource.set(sourceKey(entity.objectType, entity.sourceId), entity);
    }
    for (const p of c.connections ?? []) this.pairs.add(this.pairKey(p));
  }
}
