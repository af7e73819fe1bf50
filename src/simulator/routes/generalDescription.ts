/**
 * /api/v11/GeneralDescription reads (in-api-v11 §2.6; C/V11GeneralDescriptionController.cs, C =
 * src/PTV.Application.OpenApi/Controllers in vrk-kpa/ptv-releases `ptv-release-3_4`). General
 * descriptions are written only by DVV's Eeva role, never by an integration, so the simulator serves a
 * small fixed set instead of a write API: enough for services to attach one and for the content
 * check's C4 overlap to be tested end to end. The OUT object carries the fields the content check and
 * a reader need (V11VmOpenApiGeneralDescription's names, descriptions, languages, type, status,
 * modified) and the service classes and target groups the service lookups follow (serviceClass,
 * targetGroup, serviceWithGD); legislation, requirements and the other lists are left out [INF].
 */
import type { RouteDef, SimRequest, SimResponse } from '../http/types.js';
import { errorMessage, GUID_MESSAGE, GUID_RE, modelState, ok } from '../http/responses.js';
import { checkGuid, inWindow, isResponse, pageOf, parseListQuery } from '../http/query.js';
import { API_V11 } from '../../core/apiPaths.js';
import { GUID_PAGE_SIZE } from './reads.js';
import { outClassifications } from '../out/common.js';
import { roleOf } from '../auth/bearer.js';

type Localized = { type?: string; language: string; value: string };

export interface SeededGeneralDescription {
  id: string;
  names: Localized[];
  descriptions: Localized[];
  type: 'Service' | 'PermitOrObligation';
  /** Also when it was added: the seeded set is never edited, so `newGdList` reads it as the creation time. */
  modified: string;
  serviceClasses: string[];
  targetGroups: string[];
}

const SERVICE_CLASS = 'http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/';
const TARGET_GROUP = 'http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/';

const tri = (type: string | undefined, fi: string, sv: string, en: string): Localized[] => [
  { ...(type && { type }), language: 'fi', value: fi },
  { ...(type && { type }), language: 'sv', value: sv },
  { ...(type && { type }), language: 'en', value: en },
];

/** The simulator's general descriptions (fixed ids, so a demo service can attach one). */
export const SEEDED_GENERAL_DESCRIPTIONS: readonly SeededGeneralDescription[] = [
  {
    id: '6a1b2c3d-0001-4e5f-8a9b-0c1d2e3f4a5b',
    type: 'Service',
    modified: '2026-01-15T08:00:00.000Z',
    serviceClasses: [`${SERVICE_CLASS}P4.3`],
    targetGroups: [`${TARGET_GROUP}KR1`, `${TARGET_GROUP}KR1.1`],
    names: tri('Name', 'Kotihoito', 'Hemvård', 'Home care'),
    descriptions: [
      ...tri(
        'Summary',
        'Kotihoito auttaa sinua asumaan kotona, kun tarvitset apua päivittäisissä toimissa.',
        'Hemvården hjälper dig att bo hemma när du behöver hjälp med dagliga sysslor.',
        'Home care helps you live at home when you need help with daily activities.',
      ),
      ...tri(
        'Description',
        'Kotihoito on kotisairaanhoitoa ja kotipalvelua, jota saat kotiisi, kun et selviydy arjesta omin voimin. ' +
          'Kotihoidon työntekijät auttavat esimerkiksi peseytymisessä, pukeutumisessa, ruokailussa ja lääkkeiden ottamisessa. ' +
          'Palvelun tarve arvioidaan yhdessä sinun ja läheistesi kanssa, ja sinulle tehdään hoito- ja palvelusuunnitelma. ' +
          'Kotihoidosta peritään asiakasmaksu, joka riippuu tuloistasi ja palvelun määrästä.',
        'Hemvård är hemsjukvård och hemservice som du får hem när du inte klarar vardagen på egen hand. ' +
          'Hemvårdens personal hjälper till exempel med tvätt, påklädning, måltider och medicinering. ' +
          'Behovet av service bedöms tillsammans med dig och dina närstående, och du får en vård- och serviceplan. ' +
          'För hemvården tas en klientavgift ut som beror på dina inkomster och mängden service.',
        'Home care is home nursing and home help that you receive at home when you cannot manage everyday life on your own. ' +
          'Home care staff help you for example with washing, dressing, meals and taking medicines. ' +
          'Your need for the service is assessed together with you and your family, and a care and service plan is drawn up for you. ' +
          'A client fee is charged for home care, depending on your income and the amount of service.',
      ),
    ],
  },
  {
    id: '6a1b2c3d-0002-4e5f-8a9b-0c1d2e3f4a5b',
    type: 'PermitOrObligation',
    modified: '2026-02-01T08:00:00.000Z',
    serviceClasses: [`${SERVICE_CLASS}P2.1`],
    targetGroups: [`${TARGET_GROUP}KR1`, `${TARGET_GROUP}KR2`],
    names: tri('Name', 'Rakennuslupa', 'Bygglov', 'Building permit'),
    descriptions: [
      ...tri(
        'Summary',
        'Rakennuslupa tarvitaan uuden rakennuksen rakentamiseen ja laajentamiseen.',
        'Bygglov behövs för att bygga en ny byggnad eller bygga ut en byggnad.',
        'A building permit is needed to build a new building or to extend one.',
      ),
      ...tri(
        'Description',
        'Rakennuslupaa haetaan kunnan rakennusvalvonnasta ennen rakentamisen aloittamista. ' +
          'Hakemukseen liitetään pääpiirustukset, selvitys rakennuspaikan hallinnasta ja naapurien kuuleminen. ' +
          'Lupa on voimassa määräajan, jonka kuluessa rakentaminen on aloitettava.',
        'Bygglov söks hos kommunens byggnadstillsyn innan byggandet påbörjas. ' +
          'Till ansökan bifogas huvudritningar, en utredning om besittningen av byggplatsen och hörande av grannar. ' +
          'Lovet gäller en viss tid, inom vilken byggandet ska påbörjas.',
        'A building permit is applied for from the municipal building control before construction starts. ' +
          'The application includes the main drawings, a statement on who holds the building site and the hearing of neighbours. ' +
          'The permit is valid for a fixed period within which construction must start.',
      ),
    ],
  },
];

const base = `${API_V11}/GeneralDescription`;

function toOut(gd: SeededGeneralDescription): Record<string, unknown> {
  return {
    id: gd.id,
    names: gd.names,
    descriptions: gd.descriptions,
    languages: ['fi', 'sv', 'en'],
    type: gd.type,
    generalDescriptionType: 'Municipality',
    serviceClasses: outClassifications(gd.serviceClasses),
    targetGroups: outClassifications(gd.targetGroups),
    publishingStatus: 'Published',
    modified: gd.modified,
  };
}

const byId = new Map(SEEDED_GENERAL_DESCRIPTIONS.map((g) => [g.id, g]));

/** A seeded general description by id (any case), for the reads that follow a service's general description. */
export const generalDescriptionOf = (id: unknown): SeededGeneralDescription | undefined =>
  typeof id === 'string' ? byId.get(id.toLowerCase()) : undefined;

/** The OUT object of a seeded general description (what GET /GeneralDescription/{id} answers). */
export const generalDescriptionOut = (gd: SeededGeneralDescription): Record<string, unknown> => toOut(gd);

/** GET /GeneralDescription/{id}: 400 bad guid, 404 unknown (GeneralDescriptionBaseController's NotFound). */
function getOne(req: SimRequest): SimResponse {
  const id = req.params.id!;
  const bad = checkGuid(id);
  if (bad) return bad;
  const gd = byId.get(id.toLowerCase());
  if (!gd) return errorMessage(404, `General description with id '${id}' not found.`);
  return ok(toOut(gd));
}

/** GET /GeneralDescription/list?guids=: the known ones as a bare array (like the other `list` reads). */
function getList(req: SimRequest): SimResponse {
  const raw = req.query.guids;
  if (raw === undefined || raw === '') return modelState({ guids: ['Property guids is required.'] });
  const ids = raw.split(',').map((s) => s.trim());
  if (ids.some((id) => !GUID_RE.test(id))) return modelState({ guids: [GUID_MESSAGE] });
  return ok(
    [...new Set(ids.map((i) => i.toLowerCase()))].flatMap((i) => {
      const gd = byId.get(i);
      return gd ? [toOut(gd)] : [];
    }),
  );
}

/**
 * General-description writes (C/V11GeneralDescriptionController.cs:180-182, :211-213) carry
 * `[ClaimRoleRequirement(UserRoleEnum.Eeva)]`: every other role gets the filter's bare 403
 * (src/PTV.Domain.Logic/CustomAuthorizedFilter.cs:55-85). The simulator does not store general
 * descriptions, so an Eeva user's write is answered 405 as an unrouted method [INF].
 */
const gdWrite = (req: SimRequest): SimResponse =>
  req.claims && roleOf(req.claims) === 'Eeva' ? { status: 405 } : { status: 403 };

export const generalDescriptionRoutes: RouteDef[] = [
  { method: 'POST', path: base, auth: 'W', handle: gdWrite },
  { method: 'PUT', path: `${base}/{id}`, auth: 'W', handle: gdWrite },
  // V11GeneralDescriptionController.Get(date, dateBefore, page): guid page of published GDs.
  {
    method: 'GET',
    path: base,
    auth: 'A',
    handle: (req) => {
      const q = parseListQuery(req.query);
      if (isResponse(q)) return q;
      const items = SEEDED_GENERAL_DESCRIPTIONS.filter((g) => inWindow(g.modified, q)).map((g) => ({
        id: g.id,
        name: g.names.find((n) => n.language === 'fi')?.value ?? null,
      }));
      return ok(pageOf(items, q.page, GUID_PAGE_SIZE));
    },
  },
  { method: 'GET', path: `${base}/list`, auth: 'A', handle: (req) => getList(req) },
  // C/V11GeneralDescriptionController.cs:153-162 → GeneralDescriptionService.cs:296-300 and
  // src/PTV.Database.DataAccess/Utils/OpenApi/NewGdsPagingHandler.cs:46-59: a guid page of the published
  // general descriptions added in the last month (by the simulator's clock); no date parameters, no
  // 400 for a negative page (the paging handler answers an empty page for page ≤ 0).
  {
    method: 'GET',
    path: `${base}/newGdList`,
    auth: 'A',
    handle: (req, ctx) => {
      const raw = req.query.page ?? '1';
      if (!/^-?\d+$/.test(raw)) return modelState({ page: [`The value '${raw}' is not valid.`] });
      const page = Number(raw);
      const since = new Date(ctx.now().getTime());
      since.setUTCMonth(since.getUTCMonth() - 1);
      const items = SEEDED_GENERAL_DESCRIPTIONS.filter((g) => Date.parse(g.modified) >= since.getTime()).map(
        (g) => ({ id: g.id, name: g.names.find((n) => n.language === 'fi')?.value ?? null }),
      );
      return ok(pageOf(items, page, GUID_PAGE_SIZE));
    },
  },
  { method: 'GET', path: `${base}/{id}`, auth: 'A', handle: (req) => getOne(req) },
];
