import type { RouteDef } from '../http/types.js';
import { ok } from '../http/responses.js';
import { isResponse, pageOf, parseListQuery } from '../http/query.js';
import { areaCodes, municipalities, postalCodes } from '../../rules/codeLists/finnishCodes.js';
import { ISO_3166_1_ALPHA2, ISO_639_1 } from '../../rules/codeLists/isoLists.js';
import { API_V11, apiPaths } from '../../core/apiPaths.js';

/**
 * /api/v11/CodeList/* from the rules engine's code lists, so the simulator and `validate` agree on
 * what exists. Item shapes `{code, names[]}` follow PTV's code-list model loosely [INF].
 */
const names = (fi: string, sv?: string) => [
  { language: 'fi', value: fi },
  ...(sv ? [{ language: 'sv', value: sv }] : []),
];

const URL_AREA_TYPES: Record<string, string> = {
  Province: 'Region',
  BusinessRegions: 'BusinessSubRegion',
  HospitalRegions: 'HospitalDistrict',
};

export const codeListRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: apiPaths.codeList.municipalityCodes,
    auth: 'A',
    handle: () => ok([...municipalities()].map(([code, m]) => ({ code, names: names(m.nameFi, m.nameSv) }))),
  },
  {
    method: 'GET',
    path: apiPaths.codeList.postalCodes,
    auth: 'A',
    handle: (req) => {
      const q = parseListQuery(req.query);
      if (isResponse(q)) return q;
      const items = [...postalCodes()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, p]) => ({
          code,
          postOffice: names(p.nameFi, p.nameSv),
          municipality: { code: p.municipalityCode },
        }));
      return ok(pageOf(items, q.page, 1000));
    },
  },
  {
    method: 'GET',
    path: apiPaths.codeList.countryCodes,
    auth: 'A',
    handle: () => ok(ISO_3166_1_ALPHA2.map((code) => ({ code, names: [] }))),
  },
  {
    method: 'GET',
    path: apiPaths.codeList.languageCodes,
    auth: 'A',
    handle: () => ok(ISO_639_1.map((code) => ({ code, names: [] }))),
  },
  {
    method: 'GET',
    path: `${API_V11}/CodeList/GetAreaCodes/type/{type}`,
    auth: 'A',
    handle: (req) => {
      // URL area types use PTV's internal names; body names are accepted too.
      const type = URL_AREA_TYPES[req.params.type!] ?? req.params.type!;
      const codes = areaCodes(type);
      if (!codes) return { status: 400, json: { type: [`The value '${type}' is not valid.`] } };
      return ok([...codes].map((code) => ({ code, type, names: [] })));
    },
  },
];
