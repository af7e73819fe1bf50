/**
 * Cases v12 cannot express are skipped with a fixed reason naming the route key (v12-migration.md
 * §4.8): the spec publishes no such operation [SPEC by absence], and the route map marks it `null`.
 */
import type { StepContext } from '#ptvr';
import { routeMap } from './routes.js';

/** Why each `null` route is not expressible; keys the bundled map does not list are null too. */
const REASONS: Record<string, string> = {
  archive: 'no v12 archive operation is published (request schemas have no status; no DELETE)',
  'connection.extraInfo': 'connection extra info has no v12 request schema',
  'service.updateByExternalId': 'no v12 update by externalId (sourceId) is published',
  'organization.updateByExternalId': 'no v12 update by externalId (sourceId) is published',
  'channel.updateByExternalId': 'no v12 update by externalId (sourceId) is published',
};

/** The fixed skip reason of a route key (exported for the e2e test and the docs). */
export function notExpressibleReason(key: string): string {
  return `not expressible in v12: ${REASONS[key] ?? 'no such v12 operation is published'} [SPEC by absence] — route ${key} is null`;
}

/**
 * Skips the case: with the fixed reason while the route map has no route for `key`; when a map does
 * give one, the case still skips, saying this version of ptv-readiness has no v12 case for it yet.
 */
export function skipNotExpressible(ctx: StepContext, key: string): never {
  const route = (routeMap(ctx).map.routes as Record<string, unknown>)[key];
  if (route) {
    return ctx.skip(
      `the route map gives ${key}, but this version of ptv-readiness has no v12 case for it yet`,
    );
  }
  return ctx.skip(notExpressibleReason(key));
}
