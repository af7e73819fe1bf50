import type { RouteDef } from '../http/types.js';
import { KINDS } from '../kinds.js';
import { postEntity, putEntity } from '../write/entityWrite.js';
import { getPublished } from './reads.js';

/** /api/v11/Organization (in-api-v11 §2.1). There is no /Organization/active/{id}. */
export const organizationRoutes: RouteDef[] = [
  {
    method: 'POST',
    path: '/api/v11/Organization',
    auth: 'W',
    handle: (req, ctx) => postEntity(KINDS.organization, req, ctx),
  },
  {
    method: 'PUT',
    path: '/api/v11/Organization/sourceId/{sourceId}',
    auth: 'W',
    handle: (req, ctx) => putEntity(KINDS.organization, { sourceId: req.params.sourceId! }, req, ctx),
  },
  {
    method: 'PUT',
    path: '/api/v11/Organization/{id}',
    auth: 'W',
    handle: (req, ctx) => putEntity(KINDS.organization, { id: req.params.id! }, req, ctx),
  },
  {
    method: 'GET',
    path: '/api/v11/Organization/{id}',
    auth: 'A',
    handle: (req, ctx) => getPublished({ objectType: 'Organization', label: 'Organization' }, req, ctx),
  },
];
