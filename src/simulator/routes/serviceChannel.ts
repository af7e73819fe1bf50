import type { RouteDef } from '../http/types.js';
import { KINDS, type KindSpec } from '../kinds.js';
import { postEntity, putEntity } from '../write/entityWrite.js';
import {
  getActive,
  getActivePage,
  getArchivedList,
  getGuidPage,
  getListByOrganization,
  getPublished,
} from './reads.js';
import { checkGuid } from '../http/query.js';

const read = { objectType: 'ServiceChannel', label: 'Service channel' } as const;

const writes = (segment: string, spec: KindSpec): RouteDef[] => [
  {
    method: 'POST',
    path: `/api/v11/ServiceChannel/${segment}`,
    auth: 'W',
    handle: (req, ctx) => postEntity(spec, req, ctx),
  },
  {
    method: 'PUT',
    path: `/api/v11/ServiceChannel/${segment}/sourceId/{sourceId}`,
    auth: 'W',
    handle: (req, ctx) => putEntity(spec, { sourceId: req.params.sourceId! }, req, ctx),
  },
  {
    method: 'PUT',
    path: `/api/v11/ServiceChannel/${segment}/{id}`,
    auth: 'W',
    handle: (req, ctx) => putEntity(spec, { id: req.params.id! }, req, ctx),
  },
];

/** /api/v11/ServiceChannel (in-api-v11 §2.3): five channel types, one read side. */
export const serviceChannelRoutes: RouteDef[] = [
  ...writes('EChannel', KINDS.echannel),
  ...writes('Phone', KINDS.phone),
  ...writes('WebPage', KINDS.webpage),
  ...writes('PrintableForm', KINDS.printableform),
  ...writes('ServiceLocation', KINDS.servicelocation),
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
  {
    method: 'GET',
    path: '/api/v11/ServiceChannel/list/organization',
    auth: 'A',
    handle: (req, ctx) => getListByOrganization('ServiceChannel', req, ctx),
  },
  {
    method: 'GET',
    path: '/api/v11/ServiceChannel/archived/list',
    auth: 'A',
    handle: (req, ctx) => getArchivedList('ServiceChannel', req, ctx),
  },
  {
    // Literal `active` outranks `{id}` in the router, so `/active?date=…` is not read as an id.
    method: 'GET',
    path: '/api/v11/ServiceChannel/active',
    auth: 'R',
    handle: (req, ctx) => getActivePage(read, req, ctx),
  },
  {
    method: 'GET',
    path: '/api/v11/ServiceChannel/active/{id}',
    auth: 'R',
    handle: (req, ctx) => getActive(read, req, ctx),
  },
  {
    method: 'GET',
    path: '/api/v11/ServiceChannel/{id}',
    auth: 'A',
    handle: (req, ctx) => getPublished(read, req, ctx),
  },
];
