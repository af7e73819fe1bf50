/**
 * The 11 v12 reference-data lists [SPEC], built from the bundled code lists the rules engine uses, so
 * the simulator, `validate` and the V12 checks agree on what exists. Life events, ontology terms and
 * industrial classes have no bundled list: they hold only what the simulator's services use [INF].
 */
import type { RouteContext, RouteDef, SimRequest } from '../http/types.js';
import { ok } from '../http/responses.js';
import {
  areaCodes,
  municipalities,
  postalCodes,
  serviceClasses,
  targetGroups,
} from '../../rules/codeLists/finnishCodes.js';
import { ISO_3166_1_ALPHA2, ISO_639_1 } from '../../rules/codeLists/isoLists.js';
import { badRequestV12 } from './problem.js';
import { codeOf, strs, type Json } from './out/common.js';
import { listParam, pageEnvelope, paging } from './paging.js';

type Item = Json & { code?: string; uri?: string; isValid: boolean; name: Record<string, string> };

const names = (n: Record<string, string> | undefined): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const l of ['fi', 'sv', 'en', 'se', 'smn', 'sms']) if (typeof n?.[l] === 'string') out[l] = n[l];
  return out;
};

/** Parent of a dotted classification code (`P27.1` → `P27`), as a URI in the same scheme. */
const parentUri = (uri: string, code: string): string | null => {
  const i = code.lastIndexOf('.');
  return i < 0 ? null : uri.slice(0, uri.length - code.length) + code.slice(0, i);
};

/** Every value of a classification field over the stored services (the lists without a bundled source). */
function seen(ctx: RouteContext, field: string): string[] {
  const out = new Set<string>();
  for (const rec of ctx.state.entities.values()) {
    if (rec.objectType !== 'Service') continue;
    for (const v of strs(rec.latest.data[field])) out.add(v);
  }
  return [...out].sort();
}

const LISTS: { path: string; build: (ctx: RouteContext) => Item[] }[] = [
  {
    path: 'service-classes',
    build: () =>
      serviceClasses().map((c) => ({
        code: c.code,
        uri: c.uri,
        parentUri: parentUri(c.uri, c.code),
        isValid: true,
        name: names(c.names),
      })),
  },
  {
    path: 'target-groups',
    build: () =>
      targetGroups().map((g) => ({
        code: g.code,
        uri: g.uri,
        parentUri: parentUri(g.uri, g.code),
        isValid: true,
        name: names(g.names),
      })),
  },
  {
    path: 'life-events',
    build: (ctx) =>
      seen(ctx, 'lifeEvents').map((uri) => ({
        code: codeOf(uri),
        uri,
        parentUri: null,
        isValid: true,
        name: {},
      })),
  },
  {
    path: 'industrial-classes',
    build: (ctx) =>
      seen(ctx, 'industrialClasses').map((uri) => ({
        code: uri.replace(/^.*\D(\d+)$/, '$1'),
        uri,
        parentUri: null,
        isValid: true,
        name: {},
      })),
  },
  {
    path: 'ontology-terms',
    build: (ctx) =>
      seen(ctx, 'ontologyTerms').map((uri) => ({ uri, type: null, parentUris: [], isValid: true, name: {} })),
  },
  { path: 'language-codes', build: () => ISO_639_1.map((code) => ({ code, isValid: true, name: {} })) },
  {
    path: 'country-codes',
    build: () => ISO_3166_1_ALPHA2.map((code) => ({ code, isValid: true, name: {} })),
  },
  {
    path: 'municipality-codes',
    build: () =>
      [...municipalities()].map(([code, m]) => ({
        code,
        isValid: true,
        name: names({ fi: m.nameFi, sv: m.nameSv }),
      })),
  },
  {
    path: 'region-codes',
    build: () =>
      [...(areaCodes('Region') ?? [])].map((code) => ({ code, isValid: true, name: {}, municipalities: [] })),
  },
  {
    path: 'wellbeing-services-county-codes',
    build: () =>
      [...(areaCodes('WellbeingServiceCounties') ?? [])].map((code) => ({
        code,
        isValid: true,
        name: {},
        municipalities: [],
      })),
  },
  {
    path: 'postal-codes',
    build: () =>
      [...postalCodes()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, p]) => ({ code, isValid: true, name: names({ fi: p.nameFi, sv: p.nameSv }) })),
  },
];

function filterItems(req: SimRequest, items: Item[]): Item[] | ReturnType<typeof badRequestV12> {
  const codes = listParam(req, 'codes');
  const uris = listParam(req, 'uris');
  // At most 20 codes per call [SPEC maxItems].
  if ((codes?.length ?? 0) > 20)
    return badRequestV12(req.path, [{ path: '/codes', message: 'must have at most 20 items' }]);
  if ((uris?.length ?? 0) > 20)
    return badRequestV12(req.path, [{ path: '/uris', message: 'must have at most 20 items' }]);
  const isValid = req.query.isvalid;
  const name = req.query.name?.toLowerCase();
  return items.filter(
    (i) =>
      (!codes || (i.code !== undefined && codes.includes(i.code))) &&
      (!uris || (i.uri !== undefined && uris.includes(i.uri))) &&
      (isValid === undefined || String(i.isValid) === isValid.toLowerCase()) &&
      (!name || Object.values(i.name).some((n) => n.toLowerCase().includes(name))),
  );
}

export const referenceRoutes: RouteDef[] = LISTS.map(({ path, build }) => ({
  method: 'GET',
  path: `/api/v12/${path}`,
  auth: 'A',
  handle(req, ctx) {
    const p = paging(req);
    if ('status' in p) return p;
    const items = filterItems(req, build(ctx));
    return Array.isArray(items) ? ok(pageEnvelope(items, p)) : items;
  },
}));
