/**
 * The bundled route map's location and a read of it without the schema check: the file ships with
 * the package and `loadRouteMap.test.ts` validates it, so the simulator can serve its routes without
 * loading Ajv and the v12 schemas at start-up (every `run` starts one). Any other map goes through
 * `loadRouteMap`, which checks everything.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../core/toolVersion.js';
import type { RouteMap } from './loadRouteMap.js';

/** The bundled route map: every route inferred (v12-migration.md §4.8). */
export const DEFAULT_ROUTE_MAP_FILE = join(packageRoot(), 'src', 'v12', 'v12-routes.default.json');

let cached: RouteMap | undefined;

/** The bundled route map, parsed once per process (trusted: see the module comment). */
export function readDefaultRouteMap(): RouteMap {
  cached ??= JSON.parse(readFileSync(DEFAULT_ROUTE_MAP_FILE, 'utf8')) as RouteMap;
  return cached;
}
