import { errorMessage, ok, serverError, ZERO_GUID } from '../http/responses.js';
import type { RouteContext, SimRequest, SimResponse } from '../http/types.js';
import { checkGuid, inWindow, isResponse, pageOf, parseListQuery } from '../http/query.js';
import type { ObjectType } from '../../core/vocabulary.js';
import type { EntityRecord } from '../store/simState.js';
import { toOut } from '../out/toOut.js';
import { displayName, namesKeyOf } from '../out/common.js';

/** Id/name lists use PTV's AppSettings:PageSize default; "with all data" lists a fixed 100 (§9). */
export const GUID_PAGE_SIZE = 1000;
export const FULL_PAGE_SIZE = 100;

export interface ReadSpec {
  objectType: ObjectType;
  /** "Service", "Service channel", "Organization": the GET 404 message subject. */
  label: string;
}

function notFound(spec: ReadSpec, id: string): SimResponse {
  return errorMessage(404, `${spec.label} with id '${id}' not found.`);
}

function byId(spec: ReadSpec, req: SimRequest, ctx: RouteContext): EntityRecord | SimResponse {
  const id = req.params.id!;
  const bad = checkGuid(id);
  if (bad) return bad;
  if (id === ZERO_GUID) return serverError(ctx.config.profile, "Value cannot be null. (Parameter 'id')");
  const rec = ctx.state.get(id);
  if (!rec || rec.objectType !== spec.objectType) return notFound(spec, id);
  return rec;
}

/** GET /X/{id}: the published version only. */
export function getPublished(spec: ReadSpec, req: SimRequest, ctx: RouteContext): SimResponse {
  const rec = byId(spec, req, ctx);
  if (isResponse(rec)) return rec;
  if (!rec.published) return notFound(spec, rec.id);
  return ok(toOut(rec, rec.published, ctx.state, req.claims?.email));
}

/** GET /X/active/{id}: the latest version incl. Draft/Modified; archived → 404 (§6.3). */
export function getActive(spec: ReadSpec, req: SimRequest, ctx: RouteContext): SimResponse {
  const rec = byId(spec, req, ctx);
  if (isResponse(rec)) return rec;
  if (rec.latest.status === 'Deleted') return notFound(spec, rec.id);
  return ok(toOut(rec, rec.latest, ctx.state, req.claims?.email));
}

const STATUSES = ['published', 'archived', 'withdrawn'];

/** GET /Service, /ServiceChannel: guid page filtered by status and modification window. */
export function getGuidPage(
  spec: ReadSpec,
  req: SimRequest,
  ctx: RouteContext,
  filter?: (r: EntityRecord) => boolean,
): SimResponse {
  const q = parseListQuery(req.query);
  if (isResponse(q)) return q;
  const status = (req.query.status ?? 'Published').toLowerCase();
  if (!STATUSES.includes(status)) return { status: 400, json: { status: ['The status is invalid.'] } };
  const items: { id: string; name: string | null }[] = [];
  for (const rec of sortedEntities(ctx, spec.objectType)) {
    if (filter && !filter(rec)) continue;
    let version;
    if (status === 'published') version = rec.published;
    else if (status === 'archived') version = rec.latest.status === 'Deleted' ? rec.latest : undefined;
    else version = rec.latest.status === 'Modified' && !rec.published ? rec.latest : undefined;
    if (!version) continue;
    if (!inWindow(version.modified, q) && !connectionInWindow(ctx, rec, q)) continue;
    items.push({ id: rec.id, name: displayName(version.data[namesKeyOf(rec)]) });
  }
  return ok(pageOf(items, q.page, GUID_PAGE_SIZE));
}

const ACTIVE_STATUSES = new Set(['Draft', 'Published', 'Modified']);

/**
 * GET /X/active (restricted): guid page of items whose latest version is Draft, Published or
 * Modified, filtered by the latest version's `modified` (in-api-v11 §2.2, §9). Archived items are
 * left out. Whether connection changes also match here is not documented; they do on the public
 * list, so the same rule is applied [INF].
 */
export function getActivePage(spec: ReadSpec, req: SimRequest, ctx: RouteContext): SimResponse {
  const q = parseListQuery(req.query);
  if (isResponse(q)) return q;
  const items: { id: string; name: string | null }[] = [];
  for (const rec of sortedEntities(ctx, spec.objectType)) {
    if (!ACTIVE_STATUSES.has(rec.latest.status)) continue;
    if (!inWindow(rec.latest.modified, q) && !connectionInWindow(ctx, rec, q)) continue;
    items.push({ id: rec.id, name: displayName(rec.latest.data[namesKeyOf(rec)]) });
  }
  return ok(pageOf(items, q.page, GUID_PAGE_SIZE));
}

/** Published services/channels whose connections changed in the window also match (§9). */
function connectionInWindow(
  ctx: RouteContext,
  rec: EntityRecord,
  q: { date?: number; dateBefore?: number },
): boolean {
  if (q.date === undefined && q.dateBefore === undefined) return false;
  if (!rec.published) return false;
  const conns =
    rec.objectType === 'Service'
      ? [...ctx.state.connectionsOfService(rec.id).values()]
      : rec.objectType === 'ServiceChannel'
        ? ctx.state.servicesOfChannel(rec.id)
        : [];
  return conns.some((c) => inWindow(c.modified, q));
}

/** Entities of one type in creation order (the state's map keeps `seq` order). */
export function sortedEntities(ctx: RouteContext, objectType: ObjectType): EntityRecord[] {
  const out: EntityRecord[] = [];
  for (const rec of ctx.state.entities.values()) if (rec.objectType === objectType) out.push(rec);
  return out;
}

/**
 * Resolves exactly one of `organizationId` / `code` / `oid` to the id of a published organisation,
 * as CheckAndGetOrganizationIds does (C/EntityWithOrganizationBaseController.cs:84-152, the check
 * lookups.ts's `ServiceCollection/organization` follows): 400 for none, several or a bad guid, 404 when
 * no published organisation matches. The `oid` 404 wording follows the code one [INF].
 */
export function organizationParam(req: SimRequest, ctx: RouteContext): string | SimResponse {
  const given = (['organizationid', 'code', 'oid'] as const).filter(
    (k) => req.query[k] !== undefined && req.query[k] !== '',
  );
  if (given.length > 1) {
    return {
      status: 400,
      json: {
        organizationId: [
          "Only one of the organization related parameters 'organizationId', 'code' or 'oid' can be set at a time.",
        ],
      },
    };
  }
  if (given.length === 0) {
    return {
      status: 400,
      json: {
        organizationId: [
          "One of the organization related parameters 'organizationId', 'code' or 'oid' has to be set.",
        ],
      },
    };
  }
  const key = given[0]!;
  const value = req.query[key]!;
  if (key === 'organizationid') {
    const bad = checkGuid(value, 'organizationId');
    if (bad) return bad;
    const guid = value.toLowerCase();
    const rec = ctx.state.get(guid);
    if (rec?.objectType !== 'Organization' || !rec.published)
      return errorMessage(404, `Organization with id '${guid}' not found.`);
    return guid;
  }
  const field = key === 'code' ? 'businessCode' : 'oid';
  for (const rec of ctx.state.entities.values()) {
    if (rec.objectType === 'Organization' && rec.published?.data[field] === value) return rec.id;
  }
  return errorMessage(
    404,
    `Organization with ${key === 'code' ? 'business code' : 'OID'} '${value}' not found.`,
  );
}

/**
 * GET /X/list/organization: full published objects of one organisation, 100 per page. The owner index
 * (SimState.ownedBy) gives the organisation's records; only the requested page is turned into OUT
 * objects, so reading a catalogue page by page stays linear in its size.
 */
export function getListByOrganization(
  objectType: ObjectType,
  req: SimRequest,
  ctx: RouteContext,
): SimResponse {
  const orgId = organizationParam(req, ctx);
  if (typeof orgId !== 'string') return orgId;
  const q = parseListQuery(req.query);
  if (isResponse(q)) return q;
  const records: EntityRecord[] = [];
  for (const r of ctx.state.ownedBy(orgId)) if (r.objectType === objectType && r.published) records.push(r);
  const page = pageOf(records, q.page, FULL_PAGE_SIZE);
  const slice = page.itemList as EntityRecord[] | null;
  return ok({
    ...page,
    itemList: slice && slice.map((r) => toOut(r, r.published!, ctx.state, req.claims?.email)),
  });
}

/** GET /X/archived/list (skip/take, bare array; §2.2). */
export function getArchivedList(objectType: ObjectType, req: SimRequest, ctx: RouteContext): SimResponse {
  const q = req.query;
  const errors: Record<string, string[]> = {};
  const type = q.archivingtype;
  if (!type) errors.archivingType = ['The ArchivingType field is required.'];
  else if (type !== 'Manual' && type !== 'Automatic')
    errors.archivingType = [`The value '${type}' is not valid for ArchivingType.`];
  if (!q.organizationid) errors.organizationId = ['The OrganizationId field is required.'];
  else if (checkGuid(q.organizationid)) errors.organizationId = [checkGuidMessage()];
  const take = q.take === undefined ? NaN : Number(q.take);
  if (q.take === undefined) errors.take = ['The Take field is required.'];
  else if (!Number.isInteger(take) || take < 0 || take > 100)
    errors.take = ['The field Take must be between 0 and 100.'];
  const skip = q.skip === undefined ? 0 : Number(q.skip);
  if (!Number.isInteger(skip) || skip < 0) errors.skip = ['The field Skip must be between 0 and 2147483647.'];
  const min = q.minarchivingdate ? Date.parse(q.minarchivingdate) : undefined;
  const max = q.maxarchivingdate ? Date.parse(q.maxarchivingdate) : undefined;
  if (Number.isNaN(min)) errors.minArchivingDate = [`The value '${q.minarchivingdate}' is not valid.`];
  if (Number.isNaN(max)) errors.maxArchivingDate = [`The value '${q.maxarchivingdate}' is not valid.`];
  if (Object.keys(errors).length) return { status: 400, json: errors };
  const orgId = q.organizationid!.toLowerCase();
  const items = sortedEntities(ctx, objectType)
    .filter(
      (r) =>
        r.latest.status === 'Deleted' &&
        r.archivingType === type &&
        r.organizationId === orgId &&
        r.archivedAt,
    )
    .filter(
      (r) =>
        (min === undefined || Date.parse(r.archivedAt!) >= min) &&
        (max === undefined || Date.parse(r.archivedAt!) <= max),
    )
    .slice(skip, skip + take)
    .map((r) => ({
      id: r.id,
      organizationId: r.organizationId,
      type: objectType === 'Service' ? (r.latest.data.type ?? null) : r.channelType,
      archivingDate: r.archivedAt,
      [objectType === 'Service' ? 'serviceNames' : 'names']: r.latest.data[namesKeyOf(r)] ?? [],
    }));
  return ok(items);
}

function checkGuidMessage(): string {
  return 'Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).';
}
