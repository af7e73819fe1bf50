import type { RouteDef } from '../http/types.js';
import { KINDS } from '../kinds.js';
import { postEntity, putEntity } from '../write/entityWrite.js';
import { getPublished } from './reads.js';

/** /api/v11/ServiceCollection (in-api-v11 §2.5). */
export const serviceCollectionRoutes: RouteDef[] = [
  {
    method: 'POST',
    path: '/api/v11/ServiceCollection',
    auth: 'W',
    handle: (req, ctx) => postEntity(KINDS.servicecollection, req, ctx),
  },
  {
    method: 'PUT',
    path: '/api/v11/ServiceCollection/sourceId/{sourceId}',
    auth: 'W',
    handle: (req, ctx) => putEntity(KINDS.servicecollection, { sourceId: req.params.sourceId! }, req, ctx),
  },
  {
    method: 'PUT',
    path: '/api/v11/ServiceCollection/{id}',
    auth: 'W',
    handle: (req, ctx) => putEntity(KINDS.servicecollection, { id: req.params.id! }, req, ctx),
  },
  {
    method: 'GET',
    path: '/api/v11/ServiceCollection/{id}',
    auth: 'A',
    handle: (req, ctx) =>
      getPublished({ objectType: 'ServiceCollection', label: 'ServiceCollection' }, req, ctx),
  },
];
