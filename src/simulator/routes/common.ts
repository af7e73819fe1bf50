import type { RouteDef } from '../http/types.js';
import { errorMessage, ok } from '../http/responses.js';
import { checkGuid, inWindow, isResponse, pageOf, parseListQuery } from '../http/query.js';
import { GUID_PAGE_SIZE } from './reads.js';
import { API_V11 } from '../../core/apiPaths.js';

/**
 * GET /api/v11/Common/EntitiesByOrganization/{id} (ptv-release-3_4 V11CommonController.cs:91-112): published
 * services and channels `{id, type, modified}` of a published organisation.
 */
export const commonRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: `${API_V11}/Common/EntitiesByOrganization/{organizationId}`,
    auth: 'A',
    handle: (req, ctx) => {
      const orgId = req.params.organizationId!;
      const bad = checkGuid(orgId, 'organizationId');
      if (bad) return bad;
      const q = parseListQuery(req.query);
      if (isResponse(q)) return q;
      // V11CommonController.cs:103-109: 404 unless the organisation has a published version.
      const guid = orgId.toLowerCase();
      const org = ctx.state.get(guid);
      if (org?.objectType !== 'Organization' || !org.published)
        return errorMessage(404, `Organization with id '${guid}' not found.`);
      const items = [...ctx.state.ownedBy(guid)]
        .filter((r) => (r.objectType === 'Service' || r.objectType === 'ServiceChannel') && r.published)
        .filter((r) => inWindow(r.published!.modified, q))
        .map((r) => ({
          id: r.id,
          type: r.objectType === 'Service' ? (r.published!.data.type ?? 'Service') : r.channelType,
          modified: r.published!.modified,
        }));
      return ok(pageOf(items, q.page, GUID_PAGE_SIZE));
    },
  },
];
