import type { RouteDef } from '../http/types.js';
import { KINDS } from '../kinds.js';
import { versionedReadRoutes, writeRoutes } from './entityRoutes.js';
import { getGuidPage } from './reads.js';
import { checkGuid } from '../http/query.js';
import { channelBase, objectBase } from '../../core/apiPaths.js';

const read = { objectType: 'ServiceChannel', label: 'Service channel' } as const;

/** /api/v11/ServiceChannel (in-api-v11 §2.3): five channel types, one read side. */
export const serviceChannelRoutes: RouteDef[] = [
  ...writeRoutes(channelBase('EChannel'), KINDS.echannel),
  ...writeRoutes(channelBase('Phone'), KINDS.phone),
  ...writeRoutes(channelBase('WebPage'), KINDS.webpage),
  ...writeRoutes(channelBase('PrintableForm'), KINDS.printableform),
  ...writeRoutes(channelBase('ServiceLocation'), KINDS.servicelocation),
  {
    method: 'GET',
    path: objectBase('ServiceChannel'),
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
