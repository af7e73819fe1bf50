import type { RouteDef } from '../http/types.js';
import type { KindSpec } from '../kinds.js';
import { postEntity, putEntity } from '../write/entityWrite.js';
import { getActive, getActivePage, getArchivedList, getListByOrganization, getPublished } from './reads.js';
import { objectBase } from '../../core/apiPaths.js';

/** POST `base`, PUT `base/sourceId/{sourceId}` and PUT `base/{id}`: every writable PTV resource has these three. */
export function writeRoutes(base: string, spec: KindSpec): RouteDef[] {
  return [
    { method: 'POST', path: base, auth: 'W', handle: (req, ctx) => postEntity(spec, req, ctx) },
    {
      method: 'PUT',
      path: `${base}/sourceId/{sourceId}`,
      auth: 'W',
      handle: (req, ctx) => putEntity(spec, { sourceId: req.params.sourceId! }, req, ctx),
    },
    {
      method: 'PUT',
      path: `${base}/{id}`,
      auth: 'W',
      handle: (req, ctx) => putEntity(spec, { id: req.params.id! }, req, ctx),
    },
  ];
}

/**
 * The read side services and channels share (in-api-v11 §2.2, §2.3): full lists by organisation,
 * archived list, restricted /active list and item, and the published item.
 */
export function versionedReadRoutes(read: {
  objectType: 'Service' | 'ServiceChannel';
  label: string;
}): RouteDef[] {
  const base = objectBase(read.objectType);
  return [
    {
      method: 'GET',
      path: `${base}/list/organization`,
      auth: 'A',
      handle: (req, ctx) => getListByOrganization(read.objectType, req, ctx),
    },
    {
      method: 'GET',
      path: `${base}/archived/list`,
      auth: 'A',
      handle: (req, ctx) => getArchivedList(read.objectType, req, ctx),
    },
    // Literal `active` outranks `{id}` in the router, so `/active?date=…` is not read as an id.
    { method: 'GET', path: `${base}/active`, auth: 'R', handle: (req, ctx) => getActivePage(read, req, ctx) },
    {
      method: 'GET',
      path: `${base}/active/{id}`,
      auth: 'R',
      handle: (req, ctx) => getActive(read, req, ctx),
    },
    { method: 'GET', path: `${base}/{id}`, auth: 'A', handle: (req, ctx) => getPublished(read, req, ctx) },
  ];
}
