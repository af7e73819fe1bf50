/**
 * The run engine's side of the v12 write profile (`run --write-api v12`, v12-migration.md §4.8): the
 * route map the suites write through, the suites directory they come from, and what the report
 * records about both. The route map is loaded before the run directory exists, so a bad
 * `--v12-routes` is a usage-time error, not a half-written run.
 */
import { join } from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { loadRouteMap, type LoadedRouteMap } from '../v12/loadRouteMap.js';

/** What the workers, run.json and the report carry about the route map (never its contents). */
export interface V12RoutesInfo {
  file: string;
  status: 'inferred' | 'published';
  source: string;
  sha256: string;
}

/** The route map of a `--write-api v12` run (`--v12-routes`, else the bundled one); undefined for v11. */
export function loadRunRouteMap(config: ResolvedConfig): LoadedRouteMap | undefined {
  if (config.writeApi !== 'v12') return undefined;
  return loadRouteMap(config.v12.routes);
}

export function routesInfo(loaded: LoadedRouteMap): V12RoutesInfo {
  return {
    file: loaded.file,
    status: loaded.map.status,
    source: loaded.map.source,
    sha256: loaded.sha256,
  };
}

/** The v12 write profile's suites live in `suites/v12/`, with the v11 catalogue's file names and ids. */
export function suitesDirFor(suitesDir: string, config: ResolvedConfig): string {
  return config.writeApi === 'v12' ? join(suitesDir, 'v12') : suitesDir;
}
