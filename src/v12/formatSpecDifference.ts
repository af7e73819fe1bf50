import { DEFAULT_ROUTE_MAP_FILE, parseRouteMap } from './loadRouteMap.js';
import { readFileSync } from 'node:fs';
import type { SpecDifference } from './specFingerprint.js';

const list = (title: string, items: readonly string[]) =>
  items.length ? [`${title} (${items.length}):`, ...items.map((i) => `  ${i}`)] : [];

/** The human report of `v12-spec`: what changed, write operations first. */
export function formatSpecDifference(d: SpecDifference, source: string): string {
  const lines = [`v12-spec: ${source}`];
  lines.push(
    d.infoVersion.built === d.infoVersion.published
      ? `info.version ${d.infoVersion.published} (as built)`
      : `info.version ${d.infoVersion.published} (built against ${d.infoVersion.built})`,
  );
  lines.push(
    ...list(
      'NEW WRITE OPERATIONS — replace the inferred route map (--v12-routes)',
      d.writeOperationsAdded.map((o) => `${o.operation}${o.body ? `  takes ${o.body}` : ''}`),
    ),
    ...list('write operations removed', d.writeOperationsRemoved),
    ...list(
      'request schemas changed — ptv-readiness’s v12 schemas need the same change',
      d.requestSchemasChanged,
    ),
    ...list('request schemas removed', d.requestSchemasRemoved),
    ...list(
      'read operations added',
      d.operationsAdded.filter((o) => !d.writeOperationsAdded.includes(o)).map((o) => o.operation),
    ),
    ...list(
      'read operations removed',
      d.operationsRemoved.filter((o) => !d.writeOperationsRemoved.includes(o)),
    ),
    ...list('other schemas changed', d.otherSchemasChanged),
    ...list('schemas added', d.schemasAdded),
    ...list(
      'schemas removed (not request schemas)',
      d.schemasRemoved.filter((n) => !d.requestSchemasRemoved.includes(n)),
    ),
  );
  lines.push(
    d.changed
      ? 'CHANGED: write operations or request schemas differ from the spec ptv-readiness was built against'
      : 'unchanged: no write operation and no request schema differs from the spec ptv-readiness was built against',
  );
  return lines.join('\n') + '\n';
}

/**
 * A route-map skeleton for the new write operations, to edit into a `--v12-routes` file: each takes
 * the route key whose bundled body is the operation's request schema, else a key to rename.
 */
export function routeMapSkeleton(d: SpecDifference, specVersion: string): Record<string, unknown> {
  const bundled = parseRouteMap(readFileSync(DEFAULT_ROUTE_MAP_FILE, 'utf8'), DEFAULT_ROUTE_MAP_FILE);
  const keyOf = (body: string | undefined) =>
    Object.entries(bundled.routes).find(
      ([, r]) =>
        r &&
        body &&
        (r.body === body || (typeof r.body === 'object' && Object.values(r.body).includes(body))),
    )?.[0];
  const routes: Record<string, unknown> = {};
  for (const o of d.writeOperationsAdded) {
    const [method, path] = o.operation.split(' ');
    const key = keyOf(o.body) ?? `TODO ${o.operation}`;
    routes[routes[key] ? `${key} (${o.operation})` : key] = {
      method,
      path,
      ...(o.body ? { body: o.body } : {}),
      success: method === 'DELETE' ? [200, 204] : [200, 201],
    };
  }
  return {
    status: 'published',
    source: `v12 OpenAPI ${specVersion}: write operations found by ptv-readiness v12-spec; check each route before use`,
    auth: bundled.auth,
    routes,
  };
}
