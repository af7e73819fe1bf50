import type { ChannelType, ObjectType } from '../core/vocabulary.js';
import type { PtvRequest, PtvResponse } from './types.js';
import { apiPaths } from '../core/apiPaths.js';

export interface RecoverTarget {
  objectType: ObjectType;
  sourceId: string;
  channelType?: ChannelType;
}

type Get = (path: string, query?: PtvRequest['query']) => Promise<PtvResponse<unknown>>;

export interface LookupResult {
  entity: Record<string, unknown>;
  /** Evidence ids of the lookup reads (they belong to the recovered request's trail). */
  evidenceIds: string[];
}

const MAX_PAGES = 50;
const MAX_ACTIVE_PROBES = 100;
/** Window for the `date` filter of `/active` lists: the POST start minus a generous clock skew. */
const SKEW_MS = 10 * 60_000;

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

/** PTV's strict UTC `yyyy-MM-ddTHH:mm:ss` (in-api-v11.md §9). */
function ptvDate(d: Date): string {
  return d.toISOString().slice(0, 19);
}

/**
 * Find an entity this API user created, by its sourceId, after an ambiguous POST. PTV has no GET by
 * sourceId, and `sourceId` is only filled in authenticated reads of the same API user (§8), so every
 * lookup here goes through the managed token. Strategy per type:
 * - Service / ServiceChannel / ServiceCollection: the organisation's full lists
 *   (`/list/organization`, 100 per page), which hold published items; then, for drafts, the
 *   restricted `/active?date=` guid list since the POST started and `/active/{id}` per candidate.
 * - Organization: the parent's `subOrganizations`, each read by id. PTV has no `/Organization/active`,
 *   so a draft sub-organisation cannot be found [SRC §2.1]; the suites publish what they create.
 * Returns undefined when not found (the caller then re-POSTs: PTV refuses a duplicate sourceId for the
 * same API user, so even a miss here cannot create a second entity with that sourceId).
 */
export async function findBySourceId(
  get: Get,
  target: RecoverTarget,
  ctx: { organizationIds: string[]; since: Date },
): Promise<LookupResult | undefined> {
  const evidenceIds: string[] = [];
  const read = async (path: string, query?: PtvRequest['query']): Promise<unknown> => {
    const res = await get(path, query);
    evidenceIds.push(...res.evidenceIds);
    return res.status === 200 ? res.body : undefined;
  };
  const matches = (v: unknown): v is Record<string, unknown> => isObj(v) && v.sourceId === target.sourceId;
  const done = (entity: Record<string, unknown>): LookupResult => ({ entity, evidenceIds });

  const pagedList = async (path: string): Promise<Record<string, unknown> | undefined> => {
    for (const organizationId of ctx.organizationIds) {
      for (let page = 1; page <= MAX_PAGES; page++) {
        const body = await read(path, { organizationId, page });
        if (!isObj(body) || !Array.isArray(body.itemList)) break;
        const hit = body.itemList.find(matches);
        if (hit) return hit;
        if (typeof body.pageCount !== 'number' || page >= body.pageCount) break;
      }
    }
    return undefined;
  };

  const activeSince = async (
    listPath: string,
    itemPath: string,
  ): Promise<Record<string, unknown> | undefined> => {
    const ids: string[] = [];
    for (let page = 1; page <= MAX_PAGES && ids.length < MAX_ACTIVE_PROBES; page++) {
      const body = await read(listPath, { date: ptvDate(new Date(ctx.since.getTime() - SKEW_MS)), page });
      if (!isObj(body) || !Array.isArray(body.itemList)) break;
      for (const it of body.itemList) if (isObj(it) && str(it.id)) ids.push(it.id as string);
      if (typeof body.pageCount !== 'number' || page >= body.pageCount) break;
    }
    // Newest first: the lost create is most likely the last one.
    for (const id of ids.slice(-MAX_ACTIVE_PROBES).reverse()) {
      const item = await read(`${itemPath}/${encodeURIComponent(id)}`);
      if (matches(item)) return item;
    }
    return undefined;
  };

  switch (target.objectType) {
    case 'Service': {
      const hit =
        (await pagedList(apiPaths.service.listByOrganization)) ??
        (await activeSince(apiPaths.service.activeList, apiPaths.service.activeList));
      return hit ? done(hit) : undefined;
    }
    case 'ServiceChannel': {
      const hit =
        (await pagedList(apiPaths.channel.listByOrganization)) ??
        (await activeSince(apiPaths.channel.activeList, apiPaths.channel.activeList));
      return hit ? done(hit) : undefined;
    }
    case 'ServiceCollection': {
      const hit = await pagedList(apiPaths.serviceCollection.listByOrganization);
      return hit ? done(hit) : undefined;
    }
    case 'Organization': {
      for (const parent of ctx.organizationIds) {
        const org = await read(apiPaths.organization.get(parent));
        const subs = isObj(org) && Array.isArray(org.subOrganizations) ? org.subOrganizations : [];
        for (const s of [...subs].reverse()) {
          const id = isObj(s) ? str(s.id) : undefined;
          if (!id) continue;
          const sub = await read(apiPaths.organization.get(id));
          if (matches(sub)) return done(sub);
        }
      }
      return undefined;
    }
  }
}

/** Organisation ids worth searching for a POST body, most specific first. */
export function organizationIdsFor(objectType: ObjectType, body: unknown, fallback?: string): string[] {
  const b = isObj(body) ? body : {};
  const ids: Array<string | undefined> = [];
  if (objectType === 'Service') {
    ids.push(str(b.mainResponsibleOrganization));
    if (Array.isArray(b.otherResponsibleOrganizations))
      for (const o of b.otherResponsibleOrganizations) ids.push(str(o));
  } else if (objectType === 'Organization') {
    ids.push(str(b.parentOrganizationId));
  } else {
    ids.push(str(b.organizationId));
  }
  ids.push(fallback);
  return [...new Set(ids.filter((x): x is string => !!x))];
}
