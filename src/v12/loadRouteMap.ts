import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ErrorObject } from 'ajv';
import { PtvrError } from '../core/errors.js';
import { DEFAULT_ROUTE_MAP_FILE } from './defaultRouteMap.js';
import { createAjv12 } from '../rules/v12/createAjv12.js';
import { V12_REQUEST_SCHEMAS } from '../rules/v12/schemas.js';
import { ROUTE_MAP_SCHEMA, V12_CHANNEL_TYPES, type RouteKey, type V12ChannelType } from './routeMapSchema.js';

export interface V12Route {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  /** A request schema name, or one per channel type. */
  body?: string | Record<V12ChannelType, string>;
  success: number[];
  idFrom?: string[];
}

export interface RouteMap {
  status: 'inferred' | 'published';
  source: string;
  auth: {
    apiKeyHeader: string;
    token: { source: 'api-login' | 'env:PTV_V12_TOKEN' | 'none'; header?: string; scheme?: string };
  };
  channelTypeSegments?: Record<V12ChannelType, string>;
  routes: Record<RouteKey, V12Route | null>;
}

export interface LoadedRouteMap {
  map: RouteMap;
  /** The file it came from (the bundled default when none was named). */
  file: string;
  /** SHA-256 of the file's bytes, for the report. */
  sha256: string;
}

export { DEFAULT_ROUTE_MAP_FILE };

/** Placeholders a route path may use; each is filled from the entity the case works on. */
const PLACEHOLDERS = new Set(['contentId', 'type', 'serviceContentId', 'channelContentId']);

function invalid(file: string, problems: string[]): PtvrError {
  return new PtvrError('PTVR_ROUTE_MAP_INVALID', `${file}: ${problems.join('; ')}`, {
    hint: 'fix the route map (see src/v12/v12-routes.default.json and docs/v12-writes.md), or drop --v12-routes to use the bundled one',
    details: { file, problems },
  });
}

const describeError = (e: ErrorObject) =>
  `${e.instancePath || '/'} ${e.message ?? e.keyword}${e.keyword === 'additionalProperties' ? ` '${String((e.params as { additionalProperty: string }).additionalProperty)}'` : ''}${e.keyword === 'required' ? '' : ''}`;

/** What JSON Schema cannot say: body names exist, bodies match methods, placeholders are known. */
function semanticProblems(map: RouteMap): string[] {
  const known = new Set<string>(V12_REQUEST_SCHEMAS);
  const out: string[] = [];
  for (const [key, r] of Object.entries(map.routes)) {
    if (!r) continue;
    const names = typeof r.body === 'string' ? [r.body] : r.body ? Object.values(r.body) : [];
    for (const n of names) {
      if (!known.has(n)) out.push(`/routes/${key}/body names '${n}', which is not a v12 request schema`);
    }
    if (r.method === 'DELETE' && r.body !== undefined)
      out.push(`/routes/${key}: a DELETE route takes no body`);
    if (r.method !== 'DELETE' && r.body === undefined)
      out.push(`/routes/${key}: a ${r.method} route needs a body`);
    for (const m of r.path.matchAll(/\{([^}]*)\}/g)) {
      if (!PLACEHOLDERS.has(m[1]!)) out.push(`/routes/${key}/path uses unknown placeholder {${m[1]}}`);
    }
    if (r.path.includes('{type}') && !map.channelTypeSegments) {
      out.push(`/routes/${key}/path uses {type} but the map has no channelTypeSegments`);
    }
    if (typeof r.body === 'object' && !key.startsWith('channel.')) {
      out.push(`/routes/${key}/body: only channel routes name one body per channel type`);
    }
  }
  return out;
}

/** Parses and checks a route map's text; PTVR_ROUTE_MAP_INVALID with every problem found. */
export function parseRouteMap(text: string, file: string): RouteMap {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw invalid(file, [`not valid JSON (${(err as Error).message})`]);
  }
  const validate = createAjv12().compile(ROUTE_MAP_SCHEMA);
  if (!validate(value)) {
    // oneOf summaries repeat what the branch errors say.
    const problems = (validate.errors ?? []).filter((e) => e.keyword !== 'oneOf').map(describeError);
    throw invalid(file, [...new Set(problems)]);
  }
  const map = value as RouteMap;
  const problems = semanticProblems(map);
  if (problems.length) throw invalid(file, problems);
  return map;
}

/**
 * The route map `--v12-routes <file>` names, else the bundled default. Replacing the file is all it
 * takes to follow DVV's published routes: the suites call routes by key.
 */
export function loadRouteMap(file?: string, cwd = process.cwd()): LoadedRouteMap {
  const path = file ? resolve(cwd, file) : DEFAULT_ROUTE_MAP_FILE;
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new PtvrError(
      'PTVR_CONFIG_NOT_FOUND',
      `${path}: the v12 route map cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
      {
        hint: 'check the --v12-routes path',
        cause: err,
      },
    );
  }
  const map = parseRouteMap(bytes.toString('utf8'), path);
  return { map, file: path, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The request schema a route takes for a channel type (channel routes) or at all. */
export function routeBody(route: V12Route, channelType?: V12ChannelType): string | undefined {
  if (typeof route.body === 'string' || route.body === undefined) return route.body;
  return channelType ? route.body[channelType] : undefined;
}

export { V12_CHANNEL_TYPES };
