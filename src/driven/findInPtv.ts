import { findBySourceId } from '../client/findBySourceId.js';
import type { PtvRequest, PtvResponse } from '../client/types.js';
import { apiPaths } from '../core/apiPaths.js';
import type { DrivenKind } from './drivenTypes.js';

type Obj = Record<string, unknown>;
export type Get = (path: string, query?: PtvRequest['query']) => Promise<PtvResponse<unknown>>;

const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const MAX_PAGES = 50;

/** What one look-up read, for the step's evidence. */
export interface Found {
  entity?: Obj;
  /** `GET /api/v11/Service/{id}` etc.: the read the comparison used. */
  endpoint: string;
  evidenceIds: string[];
}

export type EntityKind = Exclude<DrivenKind, 'connection'>;

export function getPathOf(kind: EntityKind, id: string): string {
  if (kind === 'organization') return apiPaths.organization.get(id);
  if (kind === 'service') return apiPaths.service.get(id);
  return apiPaths.channel.get(id);
}

const endpointOf = (kind: EntityKind): string =>
  kind === 'organization'
    ? 'GET /api/v11/Organization/{id}'
    : kind === 'service'
      ? 'GET /api/v11/Service/{id}'
      : 'GET /api/v11/ServiceChannel/{id}';

/** True when any of the entity's names (any language) contains the tag. */
function namedWith(e: unknown, tag: string): boolean {
  if (!isObj(e)) return false;
  const names = [e.organizationNames, e.serviceNames, e.serviceChannelNames].find(Array.isArray) as
    Obj[] | undefined;
  return (names ?? []).some((n) => typeof n?.value === 'string' && n.value.includes(tag));
}

/** Reads through `get`, keeping every evidence id; the body only on 200. */
function reader(get: Get, evidenceIds: string[]) {
  return async (path: string, query?: PtvRequest['query']): Promise<unknown> => {
    const res = await get(path, query);
    evidenceIds.push(...res.evidenceIds);
    return res.status === 200 ? res.body : undefined;
  };
}

/** The entity by PTV id (a 404 or an archived answer is returned as such: `entity` holds the body). */
export async function readById(get: Get, kind: EntityKind, id: string): Promise<Found & { status: number }> {
  const res = await get(getPathOf(kind, id));
  return {
    ...(res.status === 200 && isObj(res.body) && { entity: res.body }),
    status: res.status,
    endpoint: endpointOf(kind),
    evidenceIds: res.evidenceIds,
  };
}

/**
 * Finds a scenario entity in PTV: by the sourceId the adapter reported (the organisation's lists,
 * authenticated as the same API user: findBySourceId), else by the record's name tag (which holds
 * the run marker) in the organisation's published lists, or among the parent's sub-organisations.
 */
export async function findEntity(
  get: Get,
  kind: EntityKind,
  by: { sourceId?: string; tag: string; organizationId: string },
): Promise<Found> {
  const evidenceIds: string[] = [];
  const endpoint = endpointOf(kind);
  if (by.sourceId) {
    const objectType =
      kind === 'organization' ? 'Organization' : kind === 'service' ? 'Service' : 'ServiceChannel';
    const hit = await findBySourceId(
      get,
      { objectType, sourceId: by.sourceId },
      { organizationIds: [by.organizationId], since: new Date(Date.now() - 24 * 3600_000) },
    );
    if (hit) return { entity: hit.entity, endpoint, evidenceIds: hit.evidenceIds };
    return { endpoint, evidenceIds };
  }
  const read = reader(get, evidenceIds);
  if (kind === 'organization') {
    const org = await read(apiPaths.organization.get(by.organizationId));
    const subs = isObj(org) && Array.isArray(org.subOrganizations) ? org.subOrganizations : [];
    for (const s of [...subs].reverse()) {
      const id = isObj(s) && typeof s.id === 'string' ? s.id : undefined;
      if (!id) continue;
      // The list item carries one name; read the full entity only when it may be ours.
      if (typeof s.name === 'string' && !s.name.includes(by.tag)) continue;
      const sub = await read(apiPaths.organization.get(id));
      if (namedWith(sub, by.tag)) return { entity: sub as Obj, endpoint, evidenceIds };
    }
    return { endpoint, evidenceIds };
  }
  const path = kind === 'service' ? apiPaths.service.listByOrganization : apiPaths.channel.listByOrganization;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const body = await read(path, { organizationId: by.organizationId, page });
    if (!isObj(body) || !Array.isArray(body.itemList)) break;
    const hit = body.itemList.find((e) => namedWith(e, by.tag));
    if (isObj(hit)) return { entity: hit, endpoint, evidenceIds };
    if (typeof body.pageCount !== 'number' || page >= body.pageCount) break;
  }
  return { endpoint, evidenceIds };
}

/** True when PTV no longer shows the entity as live: archived (Deleted) or gone. */
export function isArchived(status: number, entity: Obj | undefined): boolean {
  if (status === 404) return true;
  const s = entity?.publishingStatus;
  return s === 'Deleted' || s === 'Archived' || s === 'Removed' || s === 'OldPublished';
}
