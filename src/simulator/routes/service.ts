import type { RouteDef } from '../http/types.js';
import { KINDS } from '../kinds.js';
import { postEntity, putEntity } from '../write/entityWrite.js';
import {
  getActive,
  getActivePage,
  getArchivedList,
  getGuidPage,
  getListByOrganization,
  getPublished,
} from './reads.js';

const read = { objectType: 'Service', label: 'Service' } as const;

/** /api/v11/Service (in-api-v11 §2.2). `attachProposedChannels` is accepted and has no effect [INF]. */
export const serviceRoutes: RouteDef[] = [
  {
    method: 'POST',
    path: '/api/v11/Service',
    auth: 'W',
    handle: (req, ctx) => postEntity(KINDS.service, req, ctx),
  },
  {
    method: 'PUT',
    path: '/api/v11/Service/sourceId/{sourceId}',
    auth: 'W',
    handle: (req, ctx) => putEntity(KINDS.service, { sourceId: req.params.sourceId! }, req, ctx),
  },
  {
    method: 'PUT',
    path: '/api/v11/Service/{id}',
    auth: 'W',
    handle: (req, ctx) => putEntity(KINDS.service, { id: req.params.id! }, req, ctx),
  },
  { method: 'GET', path: '/api/v11/Service', auth: 'A', handle: (req, ctx) => getGuidPage(read, req, ctx) },
  {
    method: 'GET',
    path: '/api/v11/Service/list/organization',
    auth: 'A',
    handle: (req, ctx) => getListByOrganization('Service', req, ctx),
  },
  {
    method: 'GET',
    path: '/api/v11/Service/archived/list',
    auth: 'A',
    handle: (req, ctx) => getArchivedList('Service', req, ctx),
  },
  {
    // Literal `active` outranks `{id}` in the router, so `/active?date=…` is not read as an id.
    method: 'GET',
    path: '/api/v11/Service/active',
    auth: 'R',
    handle: (req, ctx) => getActivePage(read, req, ctx),
  },
  {
    method: 'GET',
    path: '/api/v11/Service/active/{id}',
    auth: 'R',
    handle: (req, ctx) => getActive(read, req, ctx),
  },
  {
    method: 'GET',
    path: '/api/v11/Service/{id}',
    auth: 'A',
    handle: (req, ctx) => getPublished(read, req, ctx),
  },
];
