/**
 * The simulator's v12 write routes, generated from the loaded route map (v12-migration.md §4.7,
 * §4.8): one RouteDef per mapped path and method (one per channel type where the path has `{type}`).
 * A map with other paths, methods or statuses needs no code change; `null` routes are not served.
 * Only the table is built at start-up: the handlers, with Ajv and the v12 schemas, load on the first
 * v12 write (v12WriteHandlers.ts), so a simulator that is never written to through v12 starts as fast
 * as before.
 */
import type { RouteDef } from '../../http/types.js';
import type { RouteMap, V12Route } from '../../../v12/loadRouteMap.js';
import { V12_CHANNEL_TYPES, type RouteKey, type V12ChannelType } from '../../../v12/routeMapSchema.js';
import type { dispatchV12Write, WriteEntry } from './v12WriteHandlers.js';

let handlers: Promise<{ dispatchV12Write: typeof dispatchV12Write }> | undefined;

export function v12WriteRoutes(map: RouteMap): RouteDef[] {
  // The login token the map asks for is the simulator's bearer check (`W`); otherwise the key alone.
  const auth: RouteDef['auth'] = map.auth.token.source === 'api-login' ? 'W' : 'A';
  const byPath = new Map<string, { method: RouteDef['method']; path: string; entries: WriteEntry[] }>();
  for (const [key, route] of Object.entries(map.routes) as [RouteKey, V12Route | null][]) {
    if (!route) continue;
    const perType = route.path.includes('{type}') || typeof route.body === 'object';
    const types: (V12ChannelType | undefined)[] = perType ? [...V12_CHANNEL_TYPES] : [undefined];
    for (const type of types) {
      const segment = type && map.channelTypeSegments?.[type];
      const path = segment ? route.path.replace('{type}', segment) : route.path;
      const id = `${route.method} ${path.toLowerCase()}`;
      const entry = byPath.get(id) ?? { method: route.method, path, entries: [] };
      entry.entries.push({ key, route, ...(type && { type }) });
      byPath.set(id, entry);
    }
  }
  return [...byPath.values()].map(({ method, path, entries }) => ({
    method,
    path,
    auth,
    handle: async (req, ctx) => {
      handlers ??= import('./v12WriteHandlers.js');
      return (await handlers).dispatchV12Write(entries, req, ctx);
    },
  }));
}
