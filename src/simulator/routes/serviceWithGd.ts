/**
 * The reads that answer services merged with all of their general description's data
 * (generalDescriptionMerge.ts): `GET /Service/serviceWithGD/{id}` and `/serviceWithGD/list?guids=`
 * (ptv-release-3_4 src/PTV.Application.OpenApi/Controllers/V11ServiceController.cs:180-190, :269-279:
 * GetById / GetByIdListBase with `fillWithAllGdData`), and `serviceWithGD=true` on `list/organization`
 * and `list/area` (:309-313, :345-349).
 */
import type { RouteContext, RouteDef, SimRequest, SimResponse } from '../http/types.js';
import { objectBase } from '../../core/apiPaths.js';
import { withGeneralDescription, type Out } from './generalDescriptionMerge.js';
import { getPublished } from './reads.js';
import { byIdList } from './lookups.js';

/** A 200 answer's service object(s) with the full merge; other answers unchanged. */
export function mergeAnswer(res: SimResponse): SimResponse {
  if (res.status !== 200) return res;
  const merge = (s: unknown) => withGeneralDescription(s as Out, true);
  return { ...res, json: Array.isArray(res.json) ? res.json.map(merge) : merge(res.json) };
}

const read = { objectType: 'Service', label: 'Service' } as const;

export const serviceWithGdRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: `${objectBase('Service')}/serviceWithGD/list`,
    auth: 'A',
    handle: (req: SimRequest, ctx: RouteContext) => mergeAnswer(byIdList('Service', req, ctx)),
  },
  {
    method: 'GET',
    path: `${objectBase('Service')}/serviceWithGD/{id}`,
    auth: 'A',
    handle: (req: SimRequest, ctx: RouteContext) => mergeAnswer(getPublished(read, req, ctx)),
  },
];
