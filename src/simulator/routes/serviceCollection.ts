import type { RouteDef } from '../http/types.js';
import { KINDS } from '../kinds.js';
import { writeRoutes } from './entityRoutes.js';
import { getPublished } from './reads.js';
import { objectBase } from '../../core/apiPaths.js';

/** /api/v11/ServiceCollection (in-api-v11 §2.5). */
export const serviceCollectionRoutes: RouteDef[] = [
  ...writeRoutes(objectBase('ServiceCollection'), KINDS.servicecollection),
  {
    method: 'GET',
    path: `${objectBase('ServiceCollection')}/{id}`,
    auth: 'A',
    handle: (req, ctx) =>
      getPublished({ objectType: 'ServiceCollection', label: 'ServiceCollection' }, req, ctx),
  },
];
