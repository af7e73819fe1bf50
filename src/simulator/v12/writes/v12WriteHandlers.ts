/**
 * What the simulator's v12 writes do (v12-migration.md §4.7 "Inferred writes", §4.8): validate the
 * body with ptv-readiness's v12 schemas (400 ProblemDetails with `errors[]` naming the path), translate
 * it to the v11 body the existing store functions take and write the SAME state as the v11 API, so a
 * v12 write reads back through v11 and v12. Loaded on the first v12 write (v12WriteRoutes.ts), so a
 * simulator start never pays for Ajv and the v12 schemas. Everything here is [INF] until DVV
 * publishes the v12 write routes.
 */
import { KINDS, CHANNEL_KINDS, type KindSpec } from '../../kinds.js';
import type { RouteContext, SimRequest, SimResponse } from '../../http/types.js';
import type { SimClaims } from '../../auth/jwt.js';
import { PAHA_ROLE } from '../../auth/bearer.js';
import { postEntity, putEntity } from '../../write/entityWrite.js';
import { isOwnOrganization } from '../../store/lookup.js';
import type { EntityRecord } from '../../store/simState.js';
import { postItem } from '../../routes/connection.js';
import { badRequestV12, notFoundV12, problem } from '../problem.js';
import { serviceV12 } from '../out/serviceV12.js';
import { channelV12 } from '../out/channelV12.js';
import { organizationV12 } from '../out/organizationV12.js';
import { validateV12 } from '../../../rules/v12/validateV12.js';
import { isFailing } from '../../../core/finding.js';
import type { V12RequestSchema } from '../../../rules/v12/schemas.js';
import { routeBody, type V12Route } from '../../../v12/loadRouteMap.js';
import type { RouteKey, V12ChannelType } from '../../../v12/routeMapSchema.js';
import { channelToV11, organizationToV11, serviceToV11, type V11Write } from './toV11Body.js';

type Obj = Record<string, unknown>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** v12 channel type (route map spelling) → the simulator's v11 channel type. */
const V11_CHANNEL: Record<V12ChannelType, keyof typeof CHANNEL_KINDS> = {
  EService: 'EChannel',
  WebPage: 'WebPage',
  PrintableForm: 'PrintableForm',
  ServiceLocation: 'ServiceLocation',
  Telephone: 'Phone',
};

/**
 * Who writes when the map sends no simulator token (`none`, or a PTV_V12_TOKEN the simulator did not
 * issue): the main user, as if the gateway's key named its organisation [INF].
 */
function claimsOf(req: SimRequest, ctx: RouteContext): SimClaims {
  if (req.claims) return req.claims;
  const u = ctx.config.mainUser;
  const now = Math.floor(ctx.now().getTime() / 1000);
  return {
    email: u.username,
    activeOrganizationId: u.organizationIds[0]!,
    roles: JSON.stringify({ ptv: PAHA_ROLE[u.role] }),
    exp: now + 3600,
    iat: now,
    id: `user-${u.username}`,
    firstName: u.firstName,
    lastName: u.lastName,
    iss: ctx.origin,
    sub: u.username,
    jti: 'v12-api-key',
    expiresIn: 3600,
    loginStyle: 'ApiKey',
  };
}

/** The v12 response for a stored entity: what a v12 GET shows of its current version. */
function projection(rec: EntityRecord): Obj {
  const d = rec.latest.data;
  const at = rec.latest.modified;
  if (rec.objectType === 'Service') return serviceV12(rec, d, at);
  if (rec.objectType === 'ServiceChannel') return channelV12(rec, d, at);
  return organizationV12(rec, d, at);
}

/** A v11 store answer → the v12 one: 400 ModelState → ProblemDetails errors, 404 → not found, 5xx → problem. */
function fromV11(res: SimResponse, path: string): SimResponse {
  const json = (res.json ?? {}) as Obj;
  if (res.status === 400) {
    const errors = Object.entries(json).flatMap(([key, msgs]) =>
      (Array.isArray(msgs) ? msgs : [msgs]).map((m) => ({ path: `/${key}`, message: String(m) })),
    );
    return badRequestV12(path, errors);
  }
  if (res.status === 404) return notFoundV12(path, 'Unknown');
  const detail = typeof json.errorMessage === 'string' ? json.errorMessage : `status ${res.status}`;
  return problem(res.status >= 500 ? res.status : 500, 'Internal Server Error', detail, path);
}

/** Success per the route map: 200 with the full v12 object when the route allows it, else its first status [INF]. */
function success(route: V12Route, json: Obj | undefined, location?: string): SimResponse {
  const status = route.success.includes(200) ? 200 : route.success[0]!;
  return {
    status,
    ...(status !== 204 && json !== undefined && { json }),
    ...(location && { headers: { location } }),
  };
}

/** Empties the lists a v12 PUT replaced with nothing where v11 has no `deleteAll*` flag. */
function clearAfterPut(id: string, clear: readonly string[], ctx: RouteContext): void {
  const rec = ctx.state.get(id);
  if (!rec || clear.length === 0) return;
  const data = { ...rec.latest.data };
  for (const f of clear) data[f] = [];
  const version = { ...rec.latest, data };
  ctx.state.put({ ...rec, latest: version, ...(rec.published === rec.latest && { published: version }) });
}

/**
 * A v12 PUT that keeps a language's accessibility level keeps the WCAG level and statement v11 holds
 * for it (v12 cannot send them), instead of the stand-ins a v12 create stores.
 */
function keepAccessibilityDetail(body: Obj, stored: Obj | undefined): void {
  const sent = body.accessibilityClassification;
  const old = stored?.accessibilityClassification;
  if (!Array.isArray(sent) || !Array.isArray(old)) return;
  body.accessibilityClassification = (sent as Obj[]).map(
    (a) =>
      (old as Obj[]).find(
        (o) =>
          o.language === a.language &&
          o.accessibilityClassificationLevel === a.accessibilityClassificationLevel,
      ) ?? a,
  );
}

type Writer = (req: SimRequest, ctx: RouteContext, body: Obj) => SimResponse;

/** Writes an entity through the v11 store: POST (create) or PUT by the path's contentId. */
function entityWriter(
  route: V12Route,
  spec: KindSpec,
  translate: (body: Obj, put: boolean) => V11Write,
  readPath: (id: string) => string,
): Writer {
  const put = route.method !== 'POST';
  return (req, ctx, body) => {
    const claims = claimsOf(req, ctx);
    const v11 = translate(body, put);
    const id = req.params.contentId;
    if (put && (id === undefined || !UUID.test(id)))
      return badRequestV12(req.path, [
        { path: '/contentId', message: 'The value is not a valid content id.' },
      ]);
    if (put) keepAccessibilityDetail(v11.body, ctx.state.get(id!.toLowerCase())?.latest.data);
    const v11Req: SimRequest = { ...req, body: v11.body, claims };
    // The v12 schema judged the body; v11's limits and rules are not v12's (§4.9 rule 6: warnings).
    const judged = { rules: 'judged' as const };
    const res = put
      ? putEntity(spec, { id: id!.toLowerCase() }, v11Req, ctx, judged)
      : postEntity(spec, v11Req, ctx, judged);
    if (res.status !== 200) return fromV11(res, req.path);
    const written = String((res.json as Obj).id);
    if (put) clearAfterPut(written, v11.clear, ctx);
    const rec = ctx.state.get(written)!;
    return success(route, projection(rec), put ? undefined : readPath(written));
  };
}

/** `POST` a service–channel pair through the v11 connection logic (ownership, languages, status). */
const connect =
  (route: V12Route): Writer =>
  (req, ctx, body) => {
    const claims = claimsOf(req, ctx);
    const s = String(body.serviceContentId).toLowerCase();
    const c = String(body.channelContentId).toLowerCase();
    const message = postItem(s, c, {}, { ...req, claims }, ctx);
    if (/added or updated\.$/.test(message))
      return success(route, { serviceContentId: s, channelContentId: c });
    if (/not found!$/.test(message)) return notFoundV12(req.path, 'Unknown');
    return badRequestV12(req.path, [{ path: '', message }]);
  };

/** `DELETE` one pair: only the service's own organisation may (as the v11 connection PUT). */
const disconnect =
  (route: V12Route): Writer =>
  (req, ctx) => {
    const claims = claimsOf(req, ctx);
    const s = String(req.params.serviceContentId).toLowerCase();
    const c = String(req.params.channelContentId).toLowerCase();
    const service = ctx.state.get(s);
    if (!service || !ctx.state.connectionsOfService(s).has(c)) return notFoundV12(req.path, 'Unknown');
    if (!isOwnOrganization(ctx.state, claims, service.organizationId))
      return problem(403, 'Forbidden', 'User has no rights to update this entity!', req.path);
    ctx.state.removeConnection(s, c);
    return success(route, undefined);
  };

/** The writer a route key stands for; undefined for keys the simulator has no v12 semantics for. */
function writerFor(key: RouteKey, route: V12Route, type?: V12ChannelType): Writer | undefined {
  switch (key) {
    case 'service.create':
    case 'service.createExternal':
    case 'service.update':
      return entityWriter(route, KINDS.service, serviceToV11, (id) => `/api/v12/service/${id}`);
    case 'channel.create':
    case 'channel.update':
      return entityWriter(
        route,
        CHANNEL_KINDS[V11_CHANNEL[type!]],
        (b, put) => channelToV11(type!, b, put),
        (id) => `/api/v12/service-channel/${id}`,
      );
    case 'organization.createSub':
    case 'organization.createSubExternal':
    case 'organization.update':
      return entityWriter(
        route,
        KINDS.organization,
        organizationToV11,
        (id) => `/api/v12/organization/${id}`,
      );
    case 'connection.create':
      return connect(route);
    case 'connection.delete':
      return disconnect(route);
    default:
      return undefined;
  }
}

/** One mapped write a request path may stand for (several share a path: POST service ± externalId). */
export interface WriteEntry {
  key: RouteKey;
  route: V12Route;
  type?: V12ChannelType;
}

const schemaOf = (e: WriteEntry) => routeBody(e.route, e.type) as V12RequestSchema | undefined;

/**
 * Answers one v12 write: the first entry whose request schema accepts the body (or the only one)
 * validates it — any error is a 400 with one `errors[]` entry per finding — and then writes.
 */
export function dispatchV12Write(
  entries: readonly WriteEntry[],
  req: SimRequest,
  ctx: RouteContext,
): SimResponse {
  const entry =
    entries.length === 1
      ? entries[0]!
      : (entries.find((e) => {
          const schema = schemaOf(e);
          return !schema || !isFailing(validateV12(req.body, { schema }).findings);
        }) ?? entries[0]!);
  const write = writerFor(entry.key, entry.route, entry.type);
  if (!write)
    return problem(501, 'Not Implemented', `The simulator has no v12 semantics for ${entry.key}.`, req.path);
  const schema = schemaOf(entry);
  if (!schema) return write(req, ctx, {});
  const v = validateV12(req.body, { schema });
  if (isFailing(v.findings)) {
    const errors = v.findings
      .filter((f) => f.severity === 'error')
      .map((f) => ({ path: f.path, message: f.message }));
    return badRequestV12(req.path, errors);
  }
  return write(req, ctx, req.body as Obj);
}
