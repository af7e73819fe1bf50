import type { RouteDef } from '../http/types.js';
import { KINDS } from '../kinds.js';
import { writeRoutes } from './entityRoutes.js';
import { getPublished } from './reads.js';

/** /api/v11/ServiceCollection (in-api-v11 §2.5). */
export const serviceCollectionRoutes: RouteDef[] = [
  ...writeRoutes('/api/v11/ServiceCollection', KINDS.servicecollection),
  {
    method: 'GET',
    path: '/api/v11/ServiceCollection/{id}',
    auth: 'A',
    handle: (req, ctx) =>
      getPublished({ objectType: 'ServiceCollection', label: 'ServiceCollection' }, req, ctx),
  },
];
