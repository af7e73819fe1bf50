/**
 * V11 reads by area: `GET /{Service,ServiceChannel,Organization}/area/{area}/code/{code}` (guid page)
 * and `/list/area/{area}/code/{code}` (full objects, 100 a page). Sources (vrk-kpa/ptv-releases
 * `ptv-release-3_4`; C = src/PTV.Application.OpenApi/Controllers, U =
 * src/PTV.Database.DataAccess/Utils/OpenApi):
 * - routes and their filters: C/V11ServiceController.cs:337-349, :482-496;
 *   C/V11ServiceChannelController.cs:267-279, :493-507; C/V11OrganizationController.cs:324-338, :360-372;
 * - bodies: C/ServiceBaseController.cs:232-253, :315-336; C/ServiceChannelBaseController.cs:225-245,
 *   :296-316; C/OrganizationBaseController.cs:208-261;
 * - membership: U/PagingHandlerBase.cs:109-290; paging: U/EntitiesWithAllDataPagingHandler.cs:42-83 and
 *   U/EntityPagingHandlerBase.cs:105 (page ≤ 0 → an empty page, not a 400).
 */
import type { RouteContext, RouteDef, SimRequest, SimResponse } from '../http/types.js';
import { errorMessage, modelState, ok } from '../http/responses.js';
import { inWindow, isResponse, pageOf } from '../http/query.js';
import { parseLenientQuery } from './lenientPage.js';
import type { EntityRecord, StoredData } from '../store/simState.js';
import type { ObjectType } from '../../core/vocabulary.js';
import { objectBase } from '../../core/apiPaths.js';
import { msg } from '../../rules/messages.js';
import { areaCodes, municipalities } from '../../rules/codeLists/finnishCodes.js';
import { displayName, namesKeyOf } from '../out/common.js';
import { toOut } from '../out/toOut.js';
import { AREA_MUNICIPALITIES } from './areaMunicipalities.js';
import { wantsGeneralDescription, withGeneralDescription } from './generalDescriptionMerge.js';
import { FULL_PAGE_SIZE, GUID_PAGE_SIZE, sortedEntities } from './reads.js';

/** AreaTypeEnum (src/PTV.Domain.Model/Enums/AreaTypeEnum.cs) → the area type request bodies use. */
const AREA_ENUM: Readonly<Record<string, string>> = {
  Municipality: 'Municipality',
  Province: 'Region',
  BusinessRegions: 'BusinessSubRegion',
  HospitalRegions: 'HospitalDistrict',
};
const AREA_ENUM_NAMES = Object.keys(AREA_ENUM);
/** ValidationConsts.AreaCode (src/PTV.Framework/Attributes/ValidationConsts.cs:44). */
const AREA_CODE = '^[0-9]{1,6}$';
/** The Province code IsAreaInAland compares with (U/PagingHandlerBase.cs:292-300). */
const ALAND_PROVINCE = '20';

/** What one lookup asks: a municipality, or an area of a body area type. */
type AreaQuery = { kind: 'Municipality'; code: string } | { kind: 'Area'; type: string; code: string };

const members = (type: string, code: string): string[] => AREA_MUNICIPALITIES[type]?.[code]?.split(' ') ?? [];
const alandMunicipalities = new Set(members('Region', ALAND_PROVINCE));

/**
 * The path's area and code as the route filters and the controller check them: [ValidateEnum] (case-
 * sensitive, 400 `area` listing AreaTypeEnum's names; a number EnumDataTypeAttribute parses is let
 * through and then is no area type: 404), [ValidateRegEx] (400 `code`), then the municipality (valid
 * ones only: CodeService.cs:67-80) or the area (CodeService.cs:180-192) must exist: 404. An area exists
 * when PTV's area data lists it or the simulator's code list accepts it in a body [INF].
 */
function parseArea(req: SimRequest): AreaQuery | SimResponse {
  const area = req.params.area!;
  const code = req.params.code!;
  const numeric = /^\d+$/.test(area) && Number(area) < AREA_ENUM_NAMES.length;
  if (!AREA_ENUM[area] && !numeric) return modelState({ area: [msg.enum(AREA_ENUM_NAMES)] });
  if (!new RegExp(AREA_CODE).test(code))
    return modelState({ code: [`The field code must match the regular expression '${AREA_CODE}'.`] });
  if (area === 'Municipality') {
    if (!municipalities().has(code)) return errorMessage(404, `Municipality with code '${code}' not found.`);
    return { kind: 'Municipality', code };
  }
  const type = AREA_ENUM[area];
  if (!type || !(AREA_MUNICIPALITIES[type]?.[code] !== undefined || areaCodes(type)?.has(code)))
    return errorMessage(404, `Area ${area} with code '${code}' not found.`);
  return { kind: 'Area', type, code };
}

/** `{type, code}` of every area an entity's version is attached to (organisations: bare codes of `subAreaType`). */
function areasOf(data: StoredData): { type: string; code: string }[] {
  if (!Array.isArray(data.areas)) return [];
  const sub = typeof data.subAreaType === 'string' ? data.subAreaType : undefined;
  return (data.areas as unknown[]).flatMap((a) => {
    if (typeof a === 'string') return sub ? [{ type: sub, code: a }] : [];
    const { type, areaCodes: codes } = (a ?? {}) as { type?: string; areaCodes?: unknown };
    if (typeof type !== 'string' || !Array.isArray(codes)) return [];
    return codes.filter((c): c is string => typeof c === 'string').map((code) => ({ type, code }));
  });
}

/**
 * Whether an entity's published data lies in the queried area (U/PagingHandlerBase.cs:109-290):
 * - municipality: one of its municipality areas, or one of its other areas holds the municipality; an
 *   organisation of type Municipality matches on its own `municipality` instead of its municipality
 *   areas (PTV-3423; :140-142 as written, where `&&` binds tighter than `||`);
 * - other area: one of its areas is that area;
 * - `includeWholeCountry`: also `areaType` Nationwide, and NationwideExceptAlandIslands unless the
 *   municipality or area lies in Åland (Province 20 in PTV's area data).
 */
function inArea(objectType: ObjectType, data: StoredData, q: AreaQuery, wholeCountry: boolean): boolean {
  const areas = areasOf(data);
  const inRegion = (m: string) =>
    areas.some((a) => a.type !== 'Municipality' && members(a.type, a.code).includes(m));
  const nationwide = (aland: boolean) =>
    wholeCountry &&
    (data.areaType === 'Nationwide' || (!aland && data.areaType === 'NationwideExceptAlandIslands'));
  if (q.kind === 'Area') {
    const aland = members(q.type, q.code).some((m) => alandMunicipalities.has(m));
    return nationwide(aland) || areas.some((a) => a.type === q.type && a.code === q.code);
  }
  const m = q.code;
  const aland = alandMunicipalities.has(m);
  const inMunicipalityAreas = areas.some((a) => a.type === 'Municipality' && a.code === m);
  if (objectType !== 'Organization') return nationwide(aland) || inMunicipalityAreas || inRegion(m);
  const municipalityOrg = data.organizationType === 'Municipality';
  if (municipalityOrg && data.municipality === m) return true;
  if (wholeCountry) return !municipalityOrg && (nationwide(aland) || inMunicipalityAreas || inRegion(m));
  return (!municipalityOrg && inMunicipalityAreas) || inRegion(m);
}

/** `includeWholeCountry` as ASP.NET binds a bool: `true`/`false` in any case, anything else false [INF]. */
const wholeCountryOf = (req: SimRequest) => req.query.includewholecountry?.toLowerCase() === 'true';

function matching(ctx: RouteContext, objectType: ObjectType, q: AreaQuery, wholeCountry: boolean) {
  return sortedEntities(ctx, objectType).filter(
    (r) => r.published && inArea(objectType, r.published.data, q, wholeCountry),
  );
}

/** Guid page of the published entities in the area, in the date window (V3GuidPagingHandler; organisations' items carry `parentOrganizationId`). */
function guidPage(objectType: ObjectType, req: SimRequest, ctx: RouteContext): SimResponse {
  const q = parseArea(req);
  if (isResponse(q)) return q;
  const lq = parseLenientQuery(req);
  if (isResponse(lq)) return lq;
  const items = matching(ctx, objectType, q, wholeCountryOf(req))
    .filter((r) => inWindow(r.published!.modified, lq))
    .map((r: EntityRecord) => {
      const data = r.published!.data;
      const item = { id: r.id, name: displayName(data[namesKeyOf(r)]) };
      if (objectType !== 'Organization') return item;
      const parent = data.parentOrganizationId;
      return { ...item, parentOrganizationId: typeof parent === 'string' ? parent.toLowerCase() : null };
    });
  return ok(pageOf(items, lq.page, GUID_PAGE_SIZE));
}

/** 100 full published objects a page (EntitiesWithAllDataPagingHandler); no date filter; services take `serviceWithGD`. */
function fullPage(objectType: ObjectType, req: SimRequest, ctx: RouteContext): SimResponse {
  const q = parseArea(req);
  if (isResponse(q)) return q;
  // No date parameters here: only `page` is read (the dates' 400s do not apply to these routes).
  const lq = parseLenientQuery({ ...req, query: { page: req.query.page! } });
  if (isResponse(lq)) return lq;
  const result = pageOf(matching(ctx, objectType, q, wholeCountryOf(req)), lq.page, FULL_PAGE_SIZE);
  return ok({
    ...result,
    itemList:
      result.itemList &&
      result.itemList.map((r) => {
        const out = toOut(r, r.published!, ctx.state, req.claims?.email);
        return objectType === 'Service' && wantsGeneralDescription(req)
          ? withGeneralDescription(out, true)
          : out;
      }),
  });
}

export const areaLookupRoutes: RouteDef[] = (['Service', 'ServiceChannel', 'Organization'] as const).flatMap(
  (objectType) => [
    {
      method: 'GET' as const,
      path: `${objectBase(objectType)}/area/{area}/code/{code}`,
      auth: 'A' as const,
      handle: (req: SimRequest, ctx: RouteContext) => guidPage(objectType, req, ctx),
    },
    {
      method: 'GET' as const,
      path: `${objectBase(objectType)}/list/area/{area}/code/{code}`,
      auth: 'A' as const,
      handle: (req: SimRequest, ctx: RouteContext) => fullPage(objectType, req, ctx),
    },
  ],
);
