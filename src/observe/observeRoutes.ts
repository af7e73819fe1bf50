import type { ChannelType, ObjectType } from '../core/vocabulary.js';
import type { DvvItem } from '../report/model.js';
import { CHANNEL_TYPES } from './observeRequirements.js';

/** The PTV API version observe classifies; other paths are "outside the API". */
export const API = '/api/v11';
export const LOGIN_PATH = /^\/api\/auth\/api-login\/?$/i;
export const CONNECTION_PATH =
  /^\/api\/v11\/connection(?:\/(source)|\/(serviceid|servicesourceid)\/([^/]+))?\/?$/i;
const ENTITY_PATH =
  /^\/api\/v11\/(organization|service|servicecollection|servicechannel\/(echannel|phone|webpage|printableform|servicelocation))(?:\/(sourceid)\/([^/]+)|\/([^/]+))?\/?$/i;

/** An entity write/read route, resolved from the path. */
export interface EntityRoute {
  objectType: ObjectType;
  channelType?: ChannelType;
  /** Demo-key prefix: org, service, collection, or the channel type. */
  prefix: string;
  base: string;
  item: DvvItem;
  by?: 'id' | 'sourceId';
  key?: string;
}

type EntityKind = Pick<EntityRoute, 'objectType' | 'prefix' | 'base' | 'item'>;

/** The non-channel entity routes by their lower-case path head (channels are one per type, below). */
const ENTITY_ROUTES: Record<string, EntityKind> = {
  organization: { objectType: 'Organization', prefix: 'org', base: `${API}/Organization`, item: 'T1' },
  service: { objectType: 'Service', prefix: 'service', base: `${API}/Service`, item: 'T2' },
  servicecollection: {
    objectType: 'ServiceCollection',
    prefix: 'collection',
    base: `${API}/ServiceCollection`,
    item: 'T2',
  },
};

/** A path segment decoded; a malformed escape is kept as sent rather than failing the exchange. */
export function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function entityRoute(path: string): EntityRoute | undefined {
  const m = ENTITY_PATH.exec(path);
  if (!m) return undefined;
  const by = m[3] ? ('sourceId' as const) : m[5] ? ('id' as const) : undefined;
  const key = by === 'sourceId' ? decodeSegment(m[4]!) : by === 'id' ? decodeSegment(m[5]!) : undefined;
  const common = { ...(by && { by }), ...(key !== undefined && { key }) };
  const kind = ENTITY_ROUTES[m[1]!.toLowerCase()];
  if (kind) return { ...kind, ...common };
  const t = CHANNEL_TYPES.find((c) => c.toLowerCase() === m[2]!.toLowerCase())!;
  const base = `${API}/ServiceChannel/${t}`;
  return { objectType: 'ServiceChannel', channelType: t, prefix: t, base, item: 'T3', ...common };
}

/** The connection route's template, and the service key its path names (serviceId / serviceSourceId). */
export function connectionRoute(m: RegExpExecArray): { route: string; serviceKey?: string } {
  const route = m[1]
    ? `${API}/Connection/Source`
    : m[2]
      ? m[2].toLowerCase() === 'serviceid'
        ? `${API}/Connection/serviceId/{serviceId}`
        : `${API}/Connection/serviceSourceId/{serviceSourceId}`
      : `${API}/Connection`;
  return m[3] ? { route, serviceKey: decodeSegment(m[3]) } : { route };
}
