/**
 * The page query of the reads whose controller has no `page < 0` check: the paging handlers answer a page
 * number ≤ 0 with an empty page (ptv-release-3_4 src/PTV.Database.DataAccess/Utils/OpenApi/
 * EntityPagingHandlerBase.cs:105, EntitiesWithAllDataPagingHandler.cs:62), not a 400.
 */
import type { SimRequest, SimResponse } from '../http/types.js';
import { isResponse, parseListQuery, type ListQuery } from '../http/query.js';

/** `page` (absent = 1; a non-number is the binder's 400), `date` and `dateBefore` with their 400s. */
export function parseLenientQuery(req: SimRequest): ListQuery | SimResponse {
  const raw = req.query.page;
  const q = parseListQuery({ ...req.query, page: raw?.replace(/^-/, '') ?? '1' });
  if (isResponse(q)) return q;
  return raw?.startsWith('-') ? { ...q, page: -q.page } : q;
}
