import type { RouteDef } from '../http/types.js';
import { KINDS } from '../kinds.js';
import { versionedReadRoutes, writeRoutes } from './entityRoutes.js';
import { getGuidPage } from './reads.js';
import { objectBase } from '../../core/apiPaths.js';

const read = { objectType: 'Service', label: 'Service' } as const;

/** /api/v11/Service (in-api-v11 §2.2). `attachProposedChannels` is accepted and has no effect [INF]. */
export const serviceRoutes: RouteDef[] = [
  ...writeRoutes(objectBase('Service'), KINDS.service),
  {
    method: 'GET',
    path: objectBase('Service'),
    auth: 'A',
    handle: (req, ctx) => getGuidPage(read, req, ctx),
  },
  ...versionedReadRoutes(read),
];
