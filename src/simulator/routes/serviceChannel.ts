import type { RouteDef } from '../http/types.js';
import { KINDS } from '../kinds.js';
import { versionedReadRoutes, writeRoutes } from './entityRoutes.js';
import { getGuidPage } from './reads.js';
import { checkGuid, isResponse, parseListQuery } from '../http/query.js';
import { organizationIds } from './organizationIds.js';
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
    // C/V11ServiceChannelController.cs:100-114 → C/ServiceChannelBaseController.cs:94-117: `organizationId`,
    // `code` or `oid` (at most one, none required) narrow the page to those organisations' channels.
    handle: (req, ctx) => {
      const org = req.query.organizationid;
      if (org) {
        const bad = checkGuid(org, 'organizationId'); // [ValidateId("organizationId", false)]
        if (bad) return bad;
      }
      // The page and dates answer 400 before the organisation is looked up (:96-110).
      const q = parseListQuery(req.query);
      if (isResponse(q)) return q;
      const ids = organizationIds(req, ctx, { required: false, oid: true });
      if (isResponse(ids)) return ids;
      return getGuidPage(read, req, ctx, ids ? (r) => ids.includes(r.organizationId) : undefined);
    },
  },
  ...versionedReadRoutes(read),
];
