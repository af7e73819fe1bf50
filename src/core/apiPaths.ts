/**
 * PTV v11 API paths (in-api-v11.md §2), spelled once for the client, the suites, read-back, content,
 * cleanup and the simulator's routes. Every path is below the API base URL. Ids and sourceIds are
 * percent-encoded here, so a caller never builds a path from raw input.
 */
import type { ChannelType, ObjectType } from './vocabulary.js';

export const API_V11 = '/api/v11';

const enc = encodeURIComponent;

/** Base of an object type's paths: `/api/v11/Service`, `/api/v11/ServiceChannel`, … */
export const objectBase = (objectType: ObjectType): string => `${API_V11}/${objectType}`;

/** Base of a channel type's write paths: `/api/v11/ServiceChannel/Phone`. */
export const channelBase = (channelType: ChannelType): string => `${API_V11}/ServiceChannel/${channelType}`;

export const apiPaths = {
  organization: {
    post: `${API_V11}/Organization`,
    get: (id: string) => `${API_V11}/Organization/${enc(id)}`,
    put: (id: string) => `${API_V11}/Organization/${enc(id)}`,
    putBySource: (sid: string) => `${API_V11}/Organization/sourceId/${enc(sid)}`,
  },
  service: {
    post: `${API_V11}/Service`,
    get: (id: string) => `${API_V11}/Service/${enc(id)}`,
    active: (id: string) => `${API_V11}/Service/active/${enc(id)}`,
    put: (id: string) => `${API_V11}/Service/${enc(id)}`,
    putBySource: (sid: string) => `${API_V11}/Service/sourceId/${enc(sid)}`,
    list: `${API_V11}/Service`,
    activeList: `${API_V11}/Service/active`,
    listByOrganization: `${API_V11}/Service/list/organization`,
    archivedList: `${API_V11}/Service/archived/list`,
  },
  channel: {
    post: (t: ChannelType) => channelBase(t),
    get: (id: string) => `${API_V11}/ServiceChannel/${enc(id)}`,
    active: (id: string) => `${API_V11}/ServiceChannel/active/${enc(id)}`,
    put: (t: ChannelType, id: string) => `${channelBase(t)}/${enc(id)}`,
    putBySource: (t: ChannelType, sid: string) => `${channelBase(t)}/sourceId/${enc(sid)}`,
    list: `${API_V11}/ServiceChannel`,
    activeList: `${API_V11}/ServiceChannel/active`,
    listByOrganization: `${API_V11}/ServiceChannel/list/organization`,
    archivedList: `${API_V11}/ServiceChannel/archived/list`,
  },
  serviceCollection: {
    post: `${API_V11}/ServiceCollection`,
    get: (id: string) => `${API_V11}/ServiceCollection/${enc(id)}`,
    put: (id: string) => `${API_V11}/ServiceCollection/${enc(id)}`,
    putBySource: (sid: string) => `${API_V11}/ServiceCollection/sourceId/${enc(sid)}`,
    listByOrganization: `${API_V11}/ServiceCollection/organization`,
  },
  connection: {
    post: `${API_V11}/Connection`,
    postBySource: `${API_V11}/Connection/Source`,
    putByService: (id: string) => `${API_V11}/Connection/serviceId/${enc(id)}`,
    putByServiceSource: (sid: string) => `${API_V11}/Connection/serviceSourceId/${enc(sid)}`,
  },
  generalDescription: {
    get: (id: string) => `${API_V11}/GeneralDescription/${enc(id)}`,
  },
  common: {
    entitiesByOrganization: (id: string) => `${API_V11}/Common/EntitiesByOrganization/${enc(id)}`,
  },
  codeList: {
    municipalityCodes: `${API_V11}/CodeList/GetMunicipalityCodes`,
    postalCodes: `${API_V11}/CodeList/GetPostalCodes`,
    countryCodes: `${API_V11}/CodeList/GetCountryCodes`,
    languageCodes: `${API_V11}/CodeList/GetLanguageCodes`,
    areaCodes: (type: string) => `${API_V11}/CodeList/GetAreaCodes/type/${enc(type)}`,
  },
} as const;

/** The object an entity path addresses: its type, and its channel type for a channel. */
export interface EntityTarget {
  objectType: ObjectType;
  channelType?: ChannelType;
}

/** Write base of an entity: the channel type's for a channel (PUT by id needs it), else the object's. */
function entityBase(t: EntityTarget, what: string): string {
  if (t.objectType !== 'ServiceChannel') return objectBase(t.objectType);
  if (!t.channelType) throw new Error(`${what}: a channel needs its channelType`);
  return channelBase(t.channelType);
}

/** PUT path addressing an entity by its root id (which survives sourceId renames). */
export function entityPath(t: EntityTarget & { id: string }): string {
  return `${entityBase(t, `entityPath ${t.id}`)}/${enc(t.id)}`;
}

/** PUT path addressing an entity by sourceId (same API user, in-api-v11.md §8). */
export function sourceIdPath(t: EntityTarget & { sourceId: string }): string {
  return `${entityBase(t, `sourceIdPath ${t.sourceId}`)}/sourceId/${enc(t.sourceId)}`;
}

/** True for a path below the v11 API (the simulator's faults and the client's ledger only touch those). */
export function isApiPath(path: string): boolean {
  return path.toLowerCase().startsWith(`${API_V11.toLowerCase()}/`);
}
