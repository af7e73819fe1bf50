import { PtvrError } from '../core/errors.js';
import type { V12RequestSchema } from '../rules/v12/schemas.js';
import { validateV12 } from '../rules/v12/validateV12.js';
import { inferV12Kind, V12_KINDS, type V12Kind } from '../rules/v12/v12Kinds.js';
import { loadRouteMap, routeBody } from '../v12/loadRouteMap.js';
import { ROUTE_KEYS, type RouteKey, type V12ChannelType } from '../v12/routeMapSchema.js';
import type { InputEntity } from './parseJsonInput.js';
import type { Verdict } from './formatResults.js';

const CHANNEL_TYPE_OF: Partial<Record<V12Kind, V12ChannelType>> = {
  'eservice-channel': 'EService',
  'webpage-channel': 'WebPage',
  'printableform-channel': 'PrintableForm',
  'servicelocation-channel': 'ServiceLocation',
  'telephone-channel': 'Telephone',
};

/**
 * `--route <key>`: the request schema the route map (`--v12-routes`, else the bundled inferred one)
 * says that route takes, for this kind. PTVR_USAGE for a route v12 cannot express or that takes no body.
 */
function routeSchema(
  key: string,
  kind: V12Kind,
  routesFile: string | undefined,
  cwd: string,
): V12RequestSchema {
  if (!(ROUTE_KEYS as readonly string[]).includes(key)) {
    throw new PtvrError('PTVR_USAGE', `--route ${key} is not a route key`, {
      hint: `use one of: ${ROUTE_KEYS.join(', ')}`,
    });
  }
  const { map, file } = loadRouteMap(routesFile, cwd);
  const route = map.routes[key as RouteKey];
  if (!route) {
    throw new PtvrError('PTVR_USAGE', `route ${key} is null in ${file}: v12 cannot express it`, {
      hint: 'no v12 request exists for this operation (v12-migration.md §4.8)',
    });
  }
  const schema = routeBody(route, CHANNEL_TYPE_OF[kind]);
  if (!schema) {
    throw new PtvrError('PTVR_USAGE', `route ${key} takes no ${kind} body in ${file}`, {
      hint:
        typeof route.body === 'object'
          ? 'name a channel kind with --kind'
          : 'choose a route that takes a body',
    });
  }
  return schema as V12RequestSchema;
}

/**
 * `validate --api v12`: each entity against the v12 request schema its given or inferred kind, the
 * operation and `--external-id` select (or `--route` through the route map). An entity whose kind
 * cannot be inferred is exit 2.
 */
export function validateV12Entities(
  entities: readonly InputEntity[],
  opts: {
    kind?: V12Kind;
    op: 'post' | 'put';
    externalId?: boolean;
    route?: string;
    routesFile?: string;
    cwd?: string;
  },
): Verdict[] {
  return entities.map((e) => {
    const kind = opts.kind ?? inferV12Kind(e.body);
    if (!kind) {
      throw new PtvrError('PTVR_UNKNOWN_KIND', `${e.source}#${e.index}: cannot infer the v12 request kind`, {
        hint: `name it with --kind ${V12_KINDS.join('|')}`,
      });
    }
    const r = opts.route
      ? validateV12(e.body, {
          schema: routeSchema(opts.route, kind, opts.routesFile, opts.cwd ?? process.cwd()),
        })
      : validateV12(e.body, { kind, op: opts.op, externalId: opts.externalId });
    return {
      source: e.source,
      index: e.index,
      kind,
      inferred: !opts.kind,
      valid: r.valid,
      findings: r.findings,
      notChecked: [],
      schema: r.schema,
    };
  });
}
