/**
 * V11 read routes beyond the per-object basics: lists by guids, organisation lookups by business code
 * and OID, the organisations' guid page, channels by type, services by channel. Each route cites the
 * `ptv-release-3_4` source (vrk-kpa/ptv-releases) it follows; C = src/PTV.Application.OpenApi/Controllers.
 */
import type { RouteDef, RouteContext, SimRequest, SimResponse } from '../http/types.js';
import { errorMessage, GUID_MESSAGE, GUID_RE, modelState, ok, serverError } from '../http/responses.js';
import { checkGuid, inWindow, isResponse, pageOf, parseListQuery } from '../http/query.js';
import { getGuidPage, GUID_PAGE_SIZE, sortedEntities } from './reads.js';
import { toOut } from '../out/toOut.js';
import { displayName, namesKeyOf } from '../out/common.js';
import { objectBase } from '../../core/apiPaths.js';
import type { ObjectType } from '../../core/vocabulary.js';

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
 * ids are skipped, so none found is `200 []`: the source's 404 needs a null result, which only an empty
 * id list gives, and that is already a 400.
 */
function byIdList(objectType: ObjectType, req: SimRequest, ctx: RouteContext): SimResponse {
  const ids = parseGuids(req);
  if (isResponse(ids)) return ids;
  const out: Record<string, unknown>[] = [];
  for (const id of new Set(ids)) {
    const rec = ctx.state.get(id);
    if (rec?.objectType === objectType && rec.published)
      out.push(toOut(rec, rec.published, ctx.state, req.claims?.email));
  }
  return ok(out);
}

/** Published organisations whose `field` equals `value`. */
function publishedOrgs(ctx: RouteContext, field: 'businessCode' | 'oid', value: string) {
  return sortedEntities(ctx, 'Organization').filter((r) => r.published?.data[field] === value);
}

const CHANNEL_TYPES = ['EChannel', 'WebPage', 'PrintableForm', 'Phone', 'ServiceLocation'] as const;

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
  // C/V11OrganizationController.cs:269-280 → C/OrganizationBaseController.cs:166-178: an array, 404 when empty.
  {
    method: 'GET',
    path: `${org}/businesscode/{code}`,
    auth: 'A',
    handle: (req, ctx) => {
      const code = req.params.code!;
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
      const rec = publishedOrgs(ctx, 'oid', oid)[0];
      if (!rec) return errorMessage(404, `Organization with OID '${oid}' not found.`);
      return ok(toOut(rec, rec.published!, ctx.state, req.claims?.email));
    },
  },
  // C/V11ServiceChannelController.cs:386-398 → C/ServiceChannelBaseController.cs:256-260 and
  // src/PTV.Database.DataAccess/Services/ChannelService.cs:399-405: published channels of one type. `type.Parse<ServiceChannelTypeEnum>()`
  // throws on an unknown type, so that is a 500, not a 400.
  {
    method: 'GET',
    path: `${chan}/type/{type}`,
    auth: 'A',
    handle: (req, ctx) => {
      const given = req.params.type!;
      const type = CHANNEL_TYPES.find((t) => t.toLowerCase() === given.toLowerCase());
      if (!type) return serverError(ctx.config.profile, `Requested value '${given}' was not found.`);
      const q = parseListQuery(req.query);
      if (isResponse(q)) return q;
      const items = sortedEntities(ctx, 'ServiceChannel')
        .filter((r) => r.channelType === type && r.published && inWindow(r.published.modified, q))
        .map((r) => ({ id: r.id, name: displayName(r.published!.data[namesKeyOf(r)]) }));
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
];
