import type { RouteDef } from '../http/types.js';
import { KINDS } from '../kinds.js';
import { versionedReadRoutes, writeRoutes } from './entityRoutes.js';
import { getGuidPage } from './reads.js';
import { checkGuid } from '../http/query.js';

const read = { objectType: 'ServiceChannel', label: 'Service channel' } as const;

/** /api/v11/ServiceChannel (in-api-v11 §2.3): five channel types, one read side. */
export const serviceChannelRoutes: RouteDef[] = [
  ...writeRoutes('/api/v11/ServiceChannel/EChannel', KINDS.echannel),
  ...writeRoutes('/api/v11/ServiceChannel/Phone', KINDS.phone),
  ...writeRoutes('/api/v11/ServiceChannel/WebPage', KINDS.webpage),
  ...writeRoutes('/api/v11/ServiceChannel/PrintableForm', KINDS.printableform),
  ...writeRoutes('/api/v11/ServiceChannel/ServiceLocation', KINDS.servicelocation),
  {
    method: 'GET',
    path: '/api/v11/ServiceChannel',
    auth: 'A',
    handle: (req, ctx) => {
      const org = req.query.organizationid;
      if (org !== undefined) {
        const bad = checkGuid(org, 'organizationId');
        if (bad) return bad;
      }
      return getGuidPage(read, req, ctx, org ? (r) => r.organizationId === org.toLowerCase() : undefined);
    },
  },
  ...versionedReadRoutes(read),
];
