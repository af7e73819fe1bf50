import type { RouteDef } from '../http/types.js';
import { KINDS } from '../kinds.js';
import { writeRoutes } from './entityRoutes.js';
import { getPublished } from './reads.js';
import { objectBase } from '../../core/apiPaths.js';

/** /api/v11/Organization (in-api-v11 §2.1). There is no /Organization/active/{id}. */
export const organizationRoutes: RouteDef[] = [
  ...writeRoutes(objectBase('Organization'), KINDS.organization),
  {
    method: 'GET',
    path: `${objectBase('Organization')}/{id}`,
    auth: 'A',
    handle: (req, ctx) => getPublished({ objectType: 'Organization', label: 'Organization' }, req, ctx),
  },
];
