import type { RouteContext, RouteDef, SimRequest, SimResponse } from '../http/types.js';
import {
  errorMessage,
  modelState,
  ok,
  REQUEST_IS_NULL,
  serverError,
  SOURCE_ID_RE,
} from '../http/responses.js';
import { checkGuid } from '../http/query.js';
import { bindBody } from '../write/bindBody.js';
import { createLookup, isOwnOrganization } from '../store/lookup.js';
import { errorFindings } from '../rulesAdapter.js';
import { languagesOf, specOfRecord } from '../kinds.js';
import type { ConnectionRecord, EntityRecord } from '../store/simState.js';
import type { EntityKind } from '../../rules/types.js';
import type { Finding } from '../../core/finding.js';
import { toOut } from '../out/toOut.js';
import { API_V11, apiPaths } from '../../core/apiPaths.js';

type Item = {
  serviceId?: string;
  serviceChannelId?: string;
  serviceSourceId?: string;
  serviceChannelSourceId?: string;
  serviceChargeType?: string;
  description?: unknown[];
  serviceHours?: unknown[];
  contactDetails?: Record<string, unknown>;
  deleteServiceChargeType?: boolean;
  deleteAllDescriptions?: boolean;
  deleteAllServiceHours?: boolean;
};

const added = (c: string, s: string) =>
  `Relationship data for service channel(s) '${c}' and service '${s}' added or updated.`;
const ignored = (c: string, s: string) =>
  `Relationship data for service channel(s) '${c}' and service '${s}' ignored, because connection has no common language.`;

function rulesCheck(
  kind: EntityKind,
  body: unknown,
  req: SimRequest,
  ctx: RouteContext,
  extra: readonly Finding[] = [],
): SimResponse | undefined {
  const r = ctx.rules.validatePayload(body, {
    kind,
    op: kind.startsWith('connection-put') ? 'put' : 'post',
    profile: ctx.config.profile,
    lookup: createLookup(ctx.state, req.claims),
    now: ctx.now(),
  });
  const errors = errorFindings([...r.findings, ...extra]);
  return errors.length ? modelState(ctx.rules.toPtvErrorBody(errors)) : undefined;
}

function commonLanguage(service: EntityRecord, channel: EntityRecord): boolean {
  const s = languagesOf((service.published ?? service.latest).data, specOfRecord(service));
  const c = new Set(languagesOf((channel.published ?? channel.latest).data, specOfRecord(channel)));
  return s.some((l) => c.has(l));
}

const hasExtraInfo = (it: Item) =>
  (it.serviceHours?.length ?? 0) > 0 || (it.contactDetails !== undefined && it.contactDetails !== null);

/** Stores or updates one pair; additional info not sent is kept [3P LIPAS]. Never bumps `modified` of either side. */
function upsert(serviceId: string, channelId: string, it: Item, ctx: RouteContext): void {
  if (ctx.config.defects.has('drop-connection')) return;
  const now = ctx.now().toISOString();
  const old = ctx.state.connectionsOfService(serviceId).get(channelId);
  const c: ConnectionRecord = { ...(old ?? { serviceId, channelId, created: now }), modified: now };
  if (it.serviceChargeType) c.serviceChargeType = it.serviceChargeType;
  if (it.deleteServiceChargeType) delete c.serviceChargeType;
  if (it.description?.length) c.description = it.description;
  if (it.deleteAllDescriptions) c.description = [];
  if (it.serviceHours?.length) c.serviceHours = it.serviceHours;
  if (it.deleteAllServiceHours) c.serviceHours = [];
  if (it.contactDetails) c.contactDetails = it.contactDetails;
  ctx.state.setConnection(c);
}

/** One POST item → its message string (in-api-v11 §4.11); v12 `connection.create` reuses it. */
export function postItem(
  serviceId: string,
  channelId: string,
  it: Item,
  req: SimRequest,
  ctx: RouteContext,
): string {
  const service = ctx.state.get(serviceId);
  if (!service || service.objectType !== 'Service') return `Service with id '${serviceId}' not found!`;
  if (service.latest.status === 'Deleted')
    return `Publishing status for service '${service.id}' is Deleted. You cannot update service!`;
  const channel = ctx.state.get(channelId);
  if (!channel || channel.objectType !== 'ServiceChannel' || !channel.published)
    return `Service channel with id '${channelId}' not found!`;
  const shared = channel.published.data.isVisibleForAll === true;
  if (!shared && !isOwnOrganization(ctx.state, req.claims, channel.organizationId)) {
    return `Service channel '${channel.id}' is restricted only for defined organization. You do not have permission to update data!`;
  }
  if (hasExtraInfo(it) && (channel.channelType === 'WebPage' || channel.channelType === 'PrintableForm')) {
    return `ServiceHours and ContactDetails are only allowed for Service location channel, E-Channel or Phone channel! Service channel '${channel.id}' is of type '${channel.channelType}'.`;
  }
  if (!commonLanguage(service, channel)) return ignored(channel.id, service.id);
  upsert(service.id, channel.id, it, ctx);
  return added(channel.id, service.id);
}

function postConnections(bySource: boolean, req: SimRequest, ctx: RouteContext): SimResponse {
  if (!Array.isArray(req.body)) return REQUEST_IS_NULL;
  const kind = bySource ? 'connections-source' : 'connections';
  const body = bindBody(kind, 'post', req.body, ctx).stored;
  const invalid = rulesCheck(kind, body, req, ctx);
  if (invalid) return invalid;
  const user = req.claims!.email;
  const messages = (body as Item[]).map((it) => {
    if (!bySource)
      return postItem(
        String(it.serviceId).toLowerCase(),
        String(it.serviceChannelId).toLowerCase(),
        it,
        req,
        ctx,
      );
    const s = ctx.state.findBySource(user, 'Service', String(it.serviceSourceId));
    if (!s) return `Service with id '${it.serviceSourceId}' not found!`;
    const c = ctx.state.findBySource(user, 'ServiceChannel', String(it.serviceChannelSourceId));
    if (!c) return `ServiceChannel with id '${it.serviceChannelSourceId}' not found!`;
    return postItem(s, c, it, req, ctx);
  });
  return ok(messages);
}

/**
 * PUT /Connection/serviceId/{id}: replaces the service's connections with `channelRelations`; an
 * empty list alone changes nothing, `deleteAllChannelRelations: true` clears.
 */
function putConnections(
  service: EntityRecord,
  items: (Item & { channelId: string })[],
  deleteAll: boolean,
  req: SimRequest,
  ctx: RouteContext,
): SimResponse {
  // Duplicate channels in the list are refused by the rules engine (connectionPutRules).
  const missing: string[] = [];
  const notLocation: string[] = [];
  const channels = new Map<string, EntityRecord>();
  for (const it of items) {
    const ch = ctx.state.get(it.channelId);
    const usable =
      ch?.objectType === 'ServiceChannel' &&
      ch.published &&
      (ch.published.data.isVisibleForAll === true ||
        isOwnOrganization(ctx.state, req.claims, ch.organizationId));
    if (!ch || !usable) {
      missing.push(it.channelId);
      continue;
    }
    channels.set(it.channelId, ch);
    // PUT (3.4) is stricter than POST: extra info only for service locations.
    if (hasExtraInfo(it) && ch.channelType !== 'ServiceLocation') notLocation.push(ch.id);
  }
  const errors: string[] = [];
  if (missing.length) errors.push(`Some of the channels were not found: '${missing.join(', ')}'`);
  if (notLocation.length) {
    errors.push(
      `ServiceHours and ContactDetails are only allowed for Service location channel! Following service channels are not service location channels '${notLocation.join(', ')}'.`,
    );
  }
  if (errors.length) return modelState({ ChannelRelations: errors });
  if (items.length > 0 || deleteAll) {
    const keep = new Set(items.map((i) => i.channelId));
    for (const channelId of [...ctx.state.connectionsOfService(service.id).keys()]) {
      if (!keep.has(channelId) && !ctx.config.defects.has('drop-connection'))
        ctx.state.removeConnection(service.id, channelId);
    }
    for (const it of items) {
      const ch = channels.get(it.channelId)!;
      if (commonLanguage(service, ch)) upsert(service.id, ch.id, it, ctx); // no common language: dropped silently
    }
  }
  return ok(toOut(service, service.latest, ctx.state, req.claims!.email));
}

/**
 * A Draft passes the status check (ServiceAndChannelBaseController.cs:313-317) but ServiceIdListValidator
 * (DataValidators/ServiceIdListValidator.cs:62-65) looks for a published version only
 * (ServiceService.CheckServices, Database.DataAccess/Services/ServiceService.cs:689-703, ptv-release-3_4):
 * a service that was never published is refused with the channel validator's errors (data-validator pass).
 */
function draftOnly(service: EntityRecord): Finding[] {
  if (service.published) return [];
  const message = `Some of the services were not found: '${service.id}'`;
  return [{ path: 'serviceId', message, rule: 'publishedReferences', severity: 'error' }];
}

function serviceForPut(
  service: EntityRecord | undefined,
  notFound: SimResponse,
  req: SimRequest,
  ctx: RouteContext,
): EntityRecord | SimResponse {
  if (!service || service.objectType !== 'Service') return notFound;
  if (service.latest.status !== 'Published' && service.latest.status !== 'Draft') return notFound;
  if (service.lockedBy) return errorMessage(404, `Service is locked by '${service.lockedBy}'.`);
  if (!isOwnOrganization(ctx.state, req.claims, service.organizationId))
    return errorMessage(404, 'User has no rights to update this entity!');
  return service;
}

type PutBody = { deleteAllChannelRelations?: boolean; channelRelations?: Item[] };

export const connectionRoutes: RouteDef[] = [
  {
    method: 'POST',
    path: apiPaths.connection.post,
    auth: 'W',
    handle: (req, ctx) => postConnections(false, req, ctx),
  },
  {
    method: 'POST',
    path: apiPaths.connection.postBySource,
    auth: 'W',
    handle: (req, ctx) => postConnections(true, req, ctx),
  },
  {
    method: 'PUT',
    path: `${API_V11}/Connection/serviceId/{serviceId}`,
    auth: 'W',
    handle: (req, ctx) => {
      if (!req.body || typeof req.body !== 'object') return REQUEST_IS_NULL;
      const body = bindBody('connection-put', 'put', req.body, ctx).stored as PutBody;
      const id = req.params.serviceId!;
      const bad = checkGuid(id, 'serviceId');
      if (bad) return bad;
      const service = serviceForPut(
        ctx.state.get(id),
        errorMessage(404, `Service with id '${id}' not found.`),
        req,
        ctx,
      );
      if (!('objectType' in service)) return service;
      const invalid = rulesCheck('connection-put', body, req, ctx, draftOnly(service));
      if (invalid) return invalid;
      const items = (body.channelRelations ?? []).map((it) => ({
        ...it,
        channelId: String(it.serviceChannelId).toLowerCase(),
      }));
      return putConnections(service, items, body.deleteAllChannelRelations === true, req, ctx);
    },
  },
  {
    method: 'PUT',
    path: `${API_V11}/Connection/serviceSourceId/{serviceSourceId}`,
    auth: 'W',
    handle: (req, ctx) => {
      if (!req.body || typeof req.body !== 'object') return REQUEST_IS_NULL;
      const body = bindBody('connection-put-source', 'put', req.body, ctx).stored as PutBody;
      const sid = req.params.serviceSourceId!;
      if (!SOURCE_ID_RE.test(sid))
        return modelState({
          serviceSourceId: [
            "The field serviceSourceId must match the regular expression '^[A-Za-z0-9-.]*$'.",
          ],
        });
      // PutServiceConnectionsBySource judges the body before it looks the service up
      // (ServiceAndChannelBaseController.cs:209-236 @ ptv-release-3_4).
      const invalid = rulesCheck('connection-put-source', body, req, ctx);
      if (invalid) return invalid;
      const user = req.claims!.email;
      const sId = ctx.state.findBySource(user, 'Service', sid);
      // GetPTVId throws ExternalSourceNotFoundException (ServiceBase.cs:382-397), which the exception
      // filter answers 404 with its message (OpenApiExceptionFilterAttribute.cs:76-80).
      const rec = sId ? ctx.state.get(sId) : undefined;
      if (!rec || rec.objectType !== 'Service')
        return errorMessage(404, `Service with id '${sid}' not found!`);
      // Only the latest version's status is checked (ServiceAndChannelService.cs:322-333), and there is no
      // published-only ServiceIdListValidator on this path (unlike PUT by serviceId, `draftOnly`): a service
      // that exists only as a Draft is connected and its latest version answered (:196). Another status is
      // a plain exception: 500.
      const status = rec.latest.status;
      if (status !== 'Published' && status !== 'Draft')
        return serverError(
          ctx.config.profile,
          `Publishing status for service '${sid}' is ${status}. You cannot update service!`,
        );
      const service = serviceForPut(rec, errorMessage(404, `Service with id '${sid}' not found!`), req, ctx);
      if (!('objectType' in service)) return service;
      const problems: string[] = [];
      const items: (Item & { channelId: string })[] = [];
      for (const it of body.channelRelations ?? []) {
        const c = ctx.state.findBySource(user, 'ServiceChannel', String(it.serviceChannelSourceId));
        if (!c) problems.push(`ServiceChannel with id '${it.serviceChannelSourceId}' not found!`);
        else items.push({ ...it, channelId: c });
      }
      // Each channel's lookup error is collected and thrown as one exception, joined by ", "
      // (ServiceAndChannelService.cs:335-380) → 500 with the joined messages.
      if (problems.length) return serverError(ctx.config.profile, problems.join(', '));
      return putConnections(service, items, body.deleteAllChannelRelations === true, req, ctx);
    },
  },
  // The ASTI routes need the ASTIWrite access right (`[AccessRightRequirement(AccessRightEnum.ASTIWrite)]`,
  // src/PTV.Application.OpenApi/Controllers/V11ConnectionController.cs:216-282 on ptv-release-3_4), which
  // ClaimRequirementFilter answers with a bare 403 (`new ForbidResult()`, src/PTV.Domain.Logic/CustomAuthorizedFilter.cs:55-85)
  // before the action runs. No simulator user holds ASTIWrite: ASTI is DVV's own register integration.
  ...[
    'serviceId/{serviceId}',
    'serviceSourceId/{serviceSourceId}',
    'serviceChannelId/{serviceChannelId}',
  ].map((tail): RouteDef => ({
    method: 'PUT',
    path: `${API_V11}/Connection/ASTI/${tail}`,
    auth: 'W',
    handle: () => ({ status: 403 }),
  })),
];
