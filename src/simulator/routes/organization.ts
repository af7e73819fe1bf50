import type { RouteDef } from '../http/types.js';
import { KINDS } from '../kinds.js';
import { writeRoutes } from './entityRoutes.js';
import { getPublished } from './reads.js';

/** /api/v11/Organization (in-api-v11 §2.1). There is no /Organization/active/{id}. */
export const organizationRoutes: RouteDef[] = [
  ...writeRoutes('/api/v11/Organization', KINDS.organization),
  {
    method: 'GET',
    path: '/api/v11/Organization/{id}',
    auth: 'A',
    handle: (req, ctx) => getPublished({ objectType: 'Organization', label: 'Organization' }, req, ctx),
  },
];
