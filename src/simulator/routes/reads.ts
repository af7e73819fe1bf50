import { errorMessage, ok, serverError, ZERO_GUID } from '../http/responses.js';
import type { RouteContext, SimRequest, SimResponse } from '../http/types.js';
import { checkGuid, inWindow, isResponse, pageOf, parseListQuery } from '../http/query.js';
import type { ObjectType } from '../../core/vocabulary.js';
import type { EntityRecord } from '../store/simState.js';
import { toOut } from '../out/toOut.js';
import { displayName, namesKeyOf } from '../out/common.js';
import { organizationIds } from './organizationIds.js';
import { wantsGeneralDescription, withGeneralDescription } from './generalDescriptionMerge.js';

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
 * GET /X/list/organization: full published objects of the organisations `organizationId` / `code` /
 * `oid` name (organizationIds.ts), 100 per page (services with `serviceWithGD=true` merged with their
 * general description: generalDescriptionMerge.ts), the page checked first (ServiceBaseController.cs:140-161,
 * ServiceChannelBaseController.cs:193-214). The owner index (SimState.ownedBy) gives the records; only
 * the requested page is turned into OUT objects, so reading a catalogue page by page stays linear.
 */
export function getListByOrganization(
  objectType: ObjectType,
  req: SimRequest,
  ctx: RouteContext,
): SimResponse {
  const q = parseListQuery(req.query);
  if (isResponse(q)) return q;
  const orgIds = organizationIds(req, ctx, { required: true, oid: true });
  if (isResponse(orgIds)) return orgIds;
  const records: EntityRecord[] = [];
  for (const orgId of orgIds!)
    for (const r of ctx.state.ownedBy(orgId)) if (r.objectType === objectType && r.published) records.push(r);
  // Several organisations share a business code: PTV orders the union by creation.
  if (orgIds!.length > 1) records.sort((a, b) => a.seq - b.seq);
  const page = pageOf(records, q.page, FULL_PAGE_SIZE);
  const slice = page.itemList as EntityRecord[] | null;
  return ok({
    ...page,
    itemList:
      slice &&
      slice.map((r) => {
        const out = toOut(r, r.published!, ctx.state, req.claims?.email);
        return objectType === 'Service' && wantsGeneralDescription(req)
          ? withGeneralDescription(out, true)
          : out;
      }),
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
