/**
 * V11 read routes beyond the per-object basics: lists by guids, organisation lookups by business code
 * and OID, the organisations' and collections' guid pages, channels by type and organisation, services
 * by type and by channel. Each route cites the `ptv-release-3_4` source (vrk-kpa/ptv-releases) it
 * follows; C = src/PTV.Application.OpenApi/Controllers.
 */
import type { RouteDef, RouteContext, SimRequest, SimResponse } from '../http/types.js';
import { errorMessage, GUID_MESSAGE, GUID_RE, modelState, ok } from '../http/responses.js';
import { checkGuid, inWindow, isResponse, pageOf, parseListQuery, type ListQuery } from '../http/query.js';
import type { EntityRecord } from '../store/simState.js';
import { msg } from '../../rules/messages.js';
import { SERVICE_TYPES } from '../../rules/enums.js';
import { PTV_REGEX } from '../../rules/patterns.js';
import { getGuidPage, GUID_PAGE_SIZE, sortedEntities } from './reads.js';
import { organizationIds } from './organizationIds.js';
import { generalDescriptionOf } from './generalDescription.js';
import { toOut } from '../out/toOut.js';
import { displayName, namesKeyOf } from '../out/common.js';
import { objectBase } from '../../core/apiPaths.js';
import type { ChannelType, ObjectType } from '../../core/vocabulary.js';

/** `guids` split on commas and trimmed; the first bad one answers 400 under `guids` (ParseToGuidWithExeption). */
function parseGuids(req: SimRequest): string[] | SimResponse {
  const raw = req.query.guids;
  if (raw === undefined || raw === '') return modelState({ guids: ['Property guids is required.'] });
  const ids = raw.split(',').map((s) => s.trim());
  if (ids.some((id) => !GUID_RE.test(id))) return modelState({ guids: [GUID_MESSAGE] });
  return ids.map((id) => id.toLowerCase());
}

/**
 * GET /X/list?guids=: the published versions of the ids given, as a bare array. Unknown or unpublished
 * ids are skipped, so in 3.4 none found is `200 []`: the source's 404 needs a null result, which only an
 * empty id list gives, and that is already a 400. Live 2026 answers services none found with
 * 404 "Services not found." (in-api-v11 §2.2, §9 [LIVE ptv-mcp, 2026-09]), the profile `live2026` too.
 */
export function byIdList(objectType: ObjectType, req: SimRequest, ctx: RouteContext): SimResponse {
  const ids = parseGuids(req);
  if (isResponse(ids)) return ids;
  const out: Record<string, unknown>[] = [];
  for (const id of new Set(ids)) {
    const rec = ctx.state.get(id);
    if (rec?.objectType === objectType && rec.published)
      out.push(toOut(rec, rec.published, ctx.state, req.claims?.email));
  }
  if (out.length === 0 && objectType === 'Service' && ctx.config.profile === 'live2026')
    return errorMessage(404, 'Services not found.');
  return ok(out);
}

/** Published organisations whose `field` equals `value`. */
function publishedOrgs(ctx: RouteContext, field: 'businessCode' | 'oid', value: string) {
  return sortedEntities(ctx, 'Organization').filter((r) => r.published?.data[field] === value);
}

/** ServiceCollectionsByOrganizationPagingHandler's page size (its `pageSize = 100`). */
const COLLECTION_PAGE_SIZE = 100;

/** ServiceChannelTypeEnum's names in its declaration order, which the 400 message lists (vocabulary's differs). */
const CHANNEL_TYPE_ENUM: readonly ChannelType[] = [
  'EChannel',
  'WebPage',
  'PrintableForm',
  'Phone',
  'ServiceLocation',
];

/**
 * A channel type path segment as ValidEnumAttribute checks it (EnumDataTypeAttribute, case-sensitive):
 * 400 under `type` listing ServiceChannelTypeEnum's names (src/PTV.Domain.Model/Enums/ServiceChannelTypeEnum.cs).
 */
function channelType(given: string): ChannelType | SimResponse {
  const type = CHANNEL_TYPE_ENUM.find((t) => t === given);
  return type ?? modelState({ type: [msg.enum(CHANNEL_TYPE_ENUM)] });
}

/** `{id, name}` items of the published entities of a type in the date window that pass `keep`. */
function publishedItems(
  ctx: RouteContext,
  objectType: ObjectType,
  q: ListQuery,
  keep: (r: EntityRecord) => boolean,
): { id: string; name: string | null }[] {
  return sortedEntities(ctx, objectType)
    .filter((r) => r.published && inWindow(r.published.modified, q) && keep(r))
    .map((r) => ({ id: r.id, name: displayName(r.published!.data[namesKeyOf(r)]) }));
}

/** GetGuidPageByOrganizationIdAndType (ServiceChannelBaseController.cs:271-284). */
function channelsOfOrganization(req: SimRequest, ctx: RouteContext, type?: ChannelType): SimResponse {
  const orgId = req.params.organizationId!;
  const bad = checkGuid(orgId, 'organizationId');
  if (bad) return bad;
  const q = parseListQuery(req.query);
  if (isResponse(q)) return q;
  const guid = orgId.toLowerCase();
  const organization = ctx.state.get(guid);
  if (organization?.objectType !== 'Organization' || !organization.published)
    return errorMessage(404, `Organization with id '${guid}' not found.`);
  const items = publishedItems(
    ctx,
    'ServiceChannel',
    q,
    (r) => r.organizationId === guid && (!type || r.channelType === type),
  );
  return ok(pageOf(items, q.page, GUID_PAGE_SIZE));
}

const svc = objectBase('Service');
const chan = objectBase('ServiceChannel');
const org = objectBase('Organization');

export const lookupRoutes: RouteDef[] = [
  // C/V11ServiceController.cs:209-219 → C/ServiceBaseController.cs:149-176
  { method: 'GET', path: `${svc}/list`, auth: 'A', handle: (req, ctx) => byIdList('Service', req, ctx) },
  // C/V11ServiceChannelController.cs:166-176 → C/ServiceChannelBaseController.cs:146-170
  {
    method: 'GET',
    path: `${chan}/list`,
    auth: 'A',
    handle: (req, ctx) => byIdList('ServiceChannel', req, ctx),
  },
  // C/V11OrganizationController.cs:173-183 → C/OrganizationBaseController.cs:113-140
  {
    method: 'GET',
    path: `${org}/list`,
    auth: 'A',
    handle: (req, ctx) => byIdList('Organization', req, ctx),
  },
  // C/V11OrganizationController.cs:98-125: guid page, `status` Published|Archived|Withdrawn, page < 0 → 400.
  {
    method: 'GET',
    path: org,
    auth: 'A',
    handle: (req, ctx) => getGuidPage({ objectType: 'Organization', label: 'Organization' }, req, ctx),
  },
  // C/V11OrganizationController.cs:269-280 → C/OrganizationBaseController.cs:166-178: an array, 404 when empty;
  // [ValidateRegEx("code", ValidationConsts.BusinessCode)] answers a malformed code 400 first (the
  // controller's own remarks, :262-266, give the message).
  {
    method: 'GET',
    path: `${org}/businesscode/{code}`,
    auth: 'A',
    handle: (req, ctx) => {
      const code = req.params.code!;
      if (!new RegExp(PTV_REGEX.businessCode).test(code))
        return modelState({
          code: [`The field code must match the regular expression '${PTV_REGEX.businessCode}'.`],
        });
      const found = publishedOrgs(ctx, 'businessCode', code);
      if (found.length === 0) return errorMessage(404, `Organizations with code '${code}' not found.`);
      return ok(found.map((r) => toOut(r, r.published!, ctx.state, req.claims?.email)));
    },
  },
  // C/V11OrganizationController.cs:299-310 → C/OrganizationBaseController.cs:186-196: one object.
  {
    method: 'GET',
    path: `${org}/oid/{oid}`,
    auth: 'A',
    handle: (req, ctx) => {
      const oid = req.params.oid!;
      // [ValidateRegEx("oid", ValidationConsts.Oid)] (V11OrganizationController.cs:301, ValidationConsts.cs:39)
      // answers 400 before the lookup (ValidationBaseAttribute.cs:96-98).
      if (!new RegExp(PTV_REGEX.locationOid).test(oid))
        return modelState({
          oid: [`The field oid must match the regular expression '${PTV_REGEX.locationOid}'.`],
        });
      const rec = publishedOrgs(ctx, 'oid', oid)[0];
      if (!rec) return errorMessage(404, `Organization with OID '${oid}' not found.`);
      return ok(toOut(rec, rec.published!, ctx.state, req.claims?.email));
    },
  },
  // C/V11ServiceChannelController.cs:386-398 → C/ServiceChannelBaseController.cs:256-260 and
  // src/PTV.Database.DataAccess/Services/ChannelService.cs:399-405: published channels of one type.
  // [ValidateServiceChannelType] (Attributes/ValidateServiceChannelTypeAttribute.cs) answers 400 first.
  {
    method: 'GET',
    path: `${chan}/type/{type}`,
    auth: 'A',
    handle: (req, ctx) => {
      const type = channelType(req.params.type!);
      if (isResponse(type)) return type;
      const q = parseListQuery(req.query);
      if (isResponse(q)) return q;
      return ok(
        pageOf(
          publishedItems(ctx, 'ServiceChannel', q, (r) => r.channelType === type),
          q.page,
          GUID_PAGE_SIZE,
        ),
      );
    },
  },
  // C/V11ServiceChannelController.cs:421-433 → C/ServiceChannelBaseController.cs:271-284 and
  // ChannelService.cs:434-443: 400 bad guid, 404 unless the organisation is published, else its
  // published channels.
  {
    method: 'GET',
    path: `${chan}/organization/{organizationId}`,
    auth: 'A',
    handle: (req, ctx) => channelsOfOrganization(req, ctx),
  },
  // C/V11ServiceChannelController.cs:456-469: the same with a channel type ([ValidateServiceChannelType]).
  {
    method: 'GET',
    path: `${chan}/organization/{organizationId}/type/{type}`,
    auth: 'A',
    handle: (req, ctx) => {
      const type = channelType(req.params.type!);
      if (isResponse(type)) return type;
      return channelsOfOrganization(req, ctx, type);
    },
  },
  // C/V11ServiceController.cs:533-545 → C/ServiceBaseController.cs:383-396: [ValidateServiceType]
  // (Attributes/ValidateServiceTypeAttribute.cs, ValidOpenApiEnumAttribute.cs) answers 400 on an
  // unknown type; else a guid page of published services of the type or attached to a general
  // description of the type (src/PTV.Database.DataAccess/Utils/OpenApi/ServicesByTypePagingHandler.cs:53-81).
  {
    method: 'GET',
    path: `${svc}/type/{type}`,
    auth: 'A',
    handle: (req, ctx) => {
      const type = req.params.type!;
      if (!(SERVICE_TYPES as readonly string[]).includes(type))
        return modelState({ type: [msg.enum(SERVICE_TYPES)] });
      const q = parseListQuery(req.query);
      if (isResponse(q)) return q;
      return ok(
        pageOf(
          publishedItems(
            ctx,
            'Service',
            q,
            (r) =>
              r.published!.data.type === type ||
              generalDescriptionOf(r.published!.data.generalDescriptionId)?.type === type,
          ),
          q.page,
          GUID_PAGE_SIZE,
        ),
      );
    },
  },
  // C/V11ServiceCollectionController.cs:102-113 → C/ServiceCollectionBaseController.cs:95-98 and
  // ServiceCollectionService.cs:107-112: guid page of published (or, `archived=true`, archived) collections.
  {
    method: 'GET',
    path: objectBase('ServiceCollection'),
    auth: 'A',
    handle: (req, ctx) => {
      const q = parseListQuery(req.query);
      if (isResponse(q)) return q;
      const archived = req.query.archived?.toLowerCase() === 'true';
      const items = sortedEntities(ctx, 'ServiceCollection')
        .map((r) => ({
          r,
          v: archived ? (r.latest.status === 'Deleted' ? r.latest : undefined) : r.published,
        }))
        .filter(({ v }) => v && inWindow(v.modified, q))
        .map(({ r, v }) => ({ id: r.id, name: displayName(v!.data[namesKeyOf(r)]) }));
      return ok(pageOf(items, q.page, GUID_PAGE_SIZE));
    },
  },
  // C/V11ServiceController.cs:430-443 → C/ServiceBaseController.cs:262-273: 400 on a bad guid
  // ([ValidateId]), 404 for an unknown channel, else a guid page of the published services connected
  // to it. The window is read on the service's modification [INF].
  {
    method: 'GET',
    path: `${svc}/serviceChannel/{serviceChannelId}`,
    auth: 'A',
    handle: (req, ctx) => {
      const id = req.params.serviceChannelId!;
      const bad = checkGuid(id, 'serviceChannelId');
      if (bad) return bad;
      const q = parseListQuery(req.query);
      if (isResponse(q)) return q;
      const channel = ctx.state.get(id);
      if (channel?.objectType !== 'ServiceChannel')
        return errorMessage(404, `Service channel with id '${id}' not found.`);
      const items = ctx.state
        .servicesOfChannel(channel.id)
        .map((c) => ctx.state.get(c.serviceId))
        .filter((s) => s?.published && inWindow(s.published.modified, q))
        .map((s) => ({ id: s!.id, name: displayName(s!.published!.data[namesKeyOf(s!)]) }));
      return ok(pageOf(items, q.page, GUID_PAGE_SIZE));
    },
  },
  // C/V11ServiceCollectionController.cs:161-171 → C/ServiceCollectionBaseController.cs:130-151 and
  // src/PTV.Database.DataAccess/Utils/OpenApi/ServiceCollectionsByOrganizationPagingHandler.cs: published
  // collections of the organisations, 100 a page, as V10VmOpenApiServiceCollectionItem (no sourceId, no
  // status), members only when published. Members' ownerReferenceId/orderNumber are left out [INF].
  {
    method: 'GET',
    path: `${objectBase('ServiceCollection')}/organization`,
    auth: 'A',
    handle: (req, ctx) => {
      const q = parseListQuery(req.query);
      if (isResponse(q)) return q;
      // ServiceCollection's route binds no `oid` (V11ServiceCollectionController.cs:161-171).
      const ids = organizationIds(req, ctx, { required: true, oid: false });
      if (isResponse(ids)) return ids;
      const published = (m: { id: string }) => Boolean(ctx.state.get(m.id)?.published);
      const items = sortedEntities(ctx, 'ServiceCollection')
        .filter((r) => r.published && ids!.includes(r.organizationId))
        .map((r) => {
          const out = toOut(r, r.published!, ctx.state, undefined) as Record<string, unknown> & {
            services: { id: string }[];
            serviceChannels: { id: string }[];
          };
          return {
            id: out.id,
            serviceCollectionNames: out.serviceCollectionNames,
            serviceCollectionDescriptions: out.serviceCollectionDescriptions,
            services: out.services.filter(published),
            serviceChannels: out.serviceChannels.filter(published),
          };
        });
      return ok(pageOf(items, q.page, COLLECTION_PAGE_SIZE));
    },
  },
];
