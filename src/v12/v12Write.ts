/**
 * The v12 write client (v12-migration.md §4.8): one write by route key, through the route map, so a
 * published map replaces the inferred one without code changes. The request goes to the v12 origin
 * with the map's auth (x-api-key plus, per `auth.token.source`, the v11 login token, PTV_V12_TOKEN or
 * nothing); the client's production guard refuses it before any socket for a production host.
 * Creates are appended to the run's ledger as v11 creates are, so teardown and cleanup find them.
 */
import { PtvrError } from '../core/errors.js';
import type { ChannelType, ObjectType } from '../core/vocabulary.js';
import { parseProblemDetails, type ProblemDetails } from '../client/problemDetails.js';
import type { PtvClient } from '../client/ptvClient.js';
import type { PtvResponse, V12WriteAuth } from '../client/types.js';
import { routeBody, type LoadedRouteMap, type RouteMap, type V12Route } from './loadRouteMap.js';
import type { RouteKey, V12ChannelType } from './routeMapSchema.js';

export type V12RouteKey = RouteKey;

export interface V12WriteParams {
  /** The channel type (channel routes: the `{type}` segment and the request schema). */
  type?: V12ChannelType;
  contentId?: string;
  serviceContentId?: string;
  channelContentId?: string;
  /** Case id for evidence and the ledger line. */
  caseId?: string;
}

export interface V12WriteResult {
  key: V12RouteKey;
  status: number;
  /** The status is one of the route's `success` statuses. */
  ok: boolean;
  /** The id the route's `idFrom` names (creates), else the path's `contentId`. */
  id?: string;
  body: unknown;
  problem?: ProblemDetails;
  /** The route map is `inferred`: what this write proves holds only for the guessed route. */
  provisional: boolean;
  response: PtvResponse;
}

/** The route for a key; null when the map marks the operation as not expressible on v12. */
export function routeFor(map: RouteMap, key: V12RouteKey): V12Route | null {
  return map.routes[key] ?? null;
}

/** The v11 channel type each v12 channel type writes (the ledger and cleanup speak v11). */
export const V11_CHANNEL_TYPE: Readonly<Record<V12ChannelType, ChannelType>> = {
  EService: 'EChannel',
  WebPage: 'WebPage',
  PrintableForm: 'PrintableForm',
  ServiceLocation: 'ServiceLocation',
  Telephone: 'Phone',
};

/** What a create route makes, for the ledger; undefined for routes that create no entity. */
function createdObject(key: V12RouteKey): ObjectType | undefined {
  if (key === 'service.create' || key === 'service.createExternal') return 'Service';
  if (key === 'channel.create') return 'ServiceChannel';
  if (key === 'organization.createSub' || key === 'organization.createSubExternal') return 'Organization';
  return undefined;
}

function unavailable(key: V12RouteKey, why: string, hint: string): PtvrError {
  return new PtvrError('PTVR_V12_ROUTE_UNAVAILABLE', `v12 write ${key}: ${why}`, {
    hint,
    details: { key },
  });
}

/** The route's path with its placeholders filled (each value URL-encoded). */
export function routePath(map: RouteMap, key: V12RouteKey, route: V12Route, params: V12WriteParams): string {
  return route.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value =
      name === 'type'
        ? params.type && map.channelTypeSegments?.[params.type]
        : (params as Record<string, string | undefined>)[name];
    if (value === undefined || value === '')
      throw unavailable(key, `the path ${route.path} needs {${name}}`, 'pass it in the write parameters');
    return encodeURIComponent(value);
  });
}

/** The request's auth as the map says; PTV_V12_TOKEN is read when the write is sent. */
export function writeAuth(map: RouteMap, key: V12RouteKey, env = process.env): V12WriteAuth {
  const t = map.auth.token;
  const header = t.header ?? 'authorization';
  const scheme = t.scheme ?? 'Bearer';
  if (t.source === 'none') return { keyHeader: map.auth.apiKeyHeader };
  if (t.source === 'api-login')
    return { keyHeader: map.auth.apiKeyHeader, token: { header, scheme, value: 'login' } };
  const literal = env.PTV_V12_TOKEN;
  if (!literal)
    throw unavailable(
      key,
      'the route map takes the write token from PTV_V12_TOKEN, which is not set',
      'set PTV_V12_TOKEN in the environment (never on the command line)',
    );
  return { keyHeader: map.auth.apiKeyHeader, token: { header, scheme, value: { literal } } };
}

/** The first id `idFrom` finds: `body.<dotted path>` or `header.<name>` (a Location's last segment). */
function idOf(route: V12Route, res: PtvResponse): string | undefined {
  for (const from of route.idFrom ?? []) {
    if (from.startsWith('body.')) {
      let v: unknown = res.body;
      for (const k of from.slice(5).split('.'))
        v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
      if (typeof v === 'string' && v !== '') return v;
    } else if (from.startsWith('header.')) {
      const h = res.headers[from.slice(7).toLowerCase()];
      const last = h?.split('?')[0]?.replace(/\/+$/, '').split('/').pop();
      if (last) return decodeURIComponent(last);
    }
  }
  return undefined;
}

/**
 * Sends one v12 write by route key. Never throws on an HTTP status (`ok` says whether it is one of the
 * route's successes); throws PTVR_V12_ROUTE_UNAVAILABLE when the map has no route for the key (callers
 * check `routeFor` first and skip with the reason) or the route lacks a path id or its token.
 */
export async function v12Write(
  client: PtvClient,
  map: LoadedRouteMap,
  key: V12RouteKey,
  params: V12WriteParams,
  body?: unknown,
): Promise<V12WriteResult> {
  const route = routeFor(map.map, key);
  if (!route)
    throw unavailable(
      key,
      'the route map marks it as not expressible (null)',
      'the v12 spec publishes no such write; the case that needs it is skipped',
    );
  if (typeof route.body === 'object' && !params.type)
    throw unavailable(key, 'a channel route needs the channel type', 'pass params.type');
  const path = routePath(map.map, key, route, params);
  const auth = writeAuth(map.map, key);
  const response = await client.request({
    method: route.method,
    path,
    api: 'v12',
    auth: { v12Write: auth },
    ...(route.method !== 'DELETE' && { body }),
    ...(params.caseId !== undefined && { caseId: params.caseId }),
  });
  const ok = route.success.includes(response.status);
  const id = ok ? (idOf(route, response) ?? params.contentId) : undefined;
  const objectType = createdObject(key);
  if (ok && objectType && id) {
    // No sourceId: whether v12's externalId is v11's sourceId is unknown [INF]; cleanup goes by id.
    client.appendLedger?.({
      event: 'created',
      objectType,
      ...(objectType === 'ServiceChannel' && params.type && { channelType: V11_CHANNEL_TYPE[params.type] }),
      id,
      ...(params.caseId !== undefined && { caseId: params.caseId }),
    });
  }
  const problem = ok ? undefined : parseProblemDetails(response.body);
  return {
    key,
    status: response.status,
    ok,
    ...(id !== undefined && { id }),
    body: response.body,
    ...(problem && { problem }),
    provisional: map.map.status === 'inferred',
    response,
  };
}

/** The request schema a route takes (for a channel route, the type's). */
export const writeSchemaOf = (route: V12Route, type?: V12ChannelType): string | undefined =>
  routeBody(route, type);
