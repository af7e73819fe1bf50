/**
 * Services by classification: `GET /Service/serviceClass?uri=`, `/Service/targetGroup?uri=` and
 * `/Service/industrialClass?uri=` (ptv-release-3_4; C = src/PTV.Application.OpenApi/Controllers,
 * U = src/PTV.Database.DataAccess/Utils/OpenApi):
 * - filters: C/V11ServiceController.cs:455-466 ([ValidateServiceClass]: only a given `uri` is checked,
 *   after one more URL-decoding), :508-519 and :557-568 ([ValidateRegEx("uri", …)]: a missing `uri` is a
 *   400 too, ValidationBaseAttribute.cs's KeyNotFoundException branch);
 * - bodies: C/ServiceBaseController.cs:198-271: a blank `uri` is 400 `{"errorMessage": "Query string
 *   parameter uri is mandatory."}`, an unknown one 404; a service class also finds its parent class
 *   (PTV-3613);
 * - matching: U/ServicesByServiceClassPagingHandler.cs, ServicesByTargetGroupPagingHandler.cs,
 *   ServicesByIndustrialClassPagingHandler.cs: published services that carry the class or whose
 *   published general description does; guid page of 1000 with the date window; page ≤ 0 an empty page.
 */
import type { RouteContext, RouteDef, SimRequest, SimResponse } from '../http/types.js';
import { errorMessage, modelState, ok } from '../http/responses.js';
import { inWindow, isResponse, pageOf } from '../http/query.js';
import { objectBase } from '../../core/apiPaths.js';
import { full, PTV_REGEX } from '../../rules/patterns.js';
import { findServiceClass, targetGroups } from '../../rules/codeLists/finnishCodes.js';
import { displayName } from '../out/common.js';
import { generalDescriptionOf } from './generalDescription.js';
import { parseLenientQuery } from './lenientPage.js';
import { GUID_PAGE_SIZE, sortedEntities } from './reads.js';

type Field = 'serviceClasses' | 'targetGroups' | 'industrialClasses';

interface Lookup {
  path: string;
  field: Field;
  pattern: string;
  /** Whether a missing `uri` fails the route filter (ValidateRegEx) or reaches the controller (ValidateServiceClass). */
  filterRequiresUri: boolean;
  /** The 404 subject ("Service class with uri … not found."). */
  label: string;
  /** The URIs a known `uri` stands for (itself, and a service class's parent), or undefined when unknown. */
  resolve(uri: string): string[] | undefined;
}

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
};
const normalClass = (uri: string) => uri.replace('/ptvserclass/', '/ptvserclass2/');

const LOOKUPS: Lookup[] = [
  {
    path: 'serviceClass',
    field: 'serviceClasses',
    pattern: PTV_REGEX.serviceClass,
    filterRequiresUri: false,
    label: 'Service class',
    resolve(uri) {
      const found = findServiceClass(uri);
      if (!found) return undefined;
      const parent = found.code.includes('.')
        ? found.uri.replace(/\/code\/.*$/, `/code/${found.code.split('.')[0]}`)
        : undefined;
      return parent ? [found.uri, parent] : [found.uri];
    },
  },
  {
    path: 'targetGroup',
    field: 'targetGroups',
    pattern: PTV_REGEX.targetGroup,
    filterRequiresUri: true,
    label: 'Target group',
    resolve: (uri) => (targetGroups().some((g) => g.uri === uri) ? [uri] : undefined),
  },
  {
    // No industrial-class list is bundled (the write side checks the pattern only), so every well-formed
    // URI is known here and finds the services that carry it [INF].
    path: 'industrialClass',
    field: 'industrialClasses',
    pattern: PTV_REGEX.industrialClass,
    filterRequiresUri: true,
    label: 'Industrial class',
    resolve: (uri) => [uri],
  },
];

const uriMessage = (pattern: string) => [`The field uri must match the regular expression '${pattern}'.`];

function carries(list: unknown, uris: string[], field: Field): boolean {
  if (!Array.isArray(list)) return false;
  return list.some(
    (u) => typeof u === 'string' && uris.includes(field === 'serviceClasses' ? normalClass(u) : u),
  );
}

function handle(l: Lookup, req: SimRequest, ctx: RouteContext): SimResponse {
  const uri = req.query.uri;
  const re = new RegExp(full(l.pattern));
  if (uri === undefined && l.filterRequiresUri) return modelState({ uri: uriMessage(l.pattern) });
  // The filters check a given value (ValidateServiceClass decodes it once more first); an empty one passes.
  if (uri && !re.test(l.path === 'serviceClass' ? decode(uri) : uri))
    return modelState({ uri: uriMessage(l.pattern) });
  const q = parseLenientQuery(req);
  if (isResponse(q)) return q;
  if (!uri || !uri.trim()) return errorMessage(400, 'Query string parameter uri is mandatory.');
  const uris = l.resolve(decode(uri));
  if (!uris) return errorMessage(404, `${l.label} with uri '${uri}' not found.`);
  const items = sortedEntities(ctx, 'Service')
    .filter((r) => {
      const v = r.published;
      if (!v || !inWindow(v.modified, q)) return false;
      const gd = generalDescriptionOf(v.data.generalDescriptionId);
      const gdList = gd && l.field !== 'industrialClasses' ? gd[l.field] : undefined;
      return carries(v.data[l.field], uris, l.field) || carries(gdList, uris, l.field);
    })
    .map((r) => ({ id: r.id, name: displayName(r.published!.data.serviceNames) }));
  return ok(pageOf(items, q.page, GUID_PAGE_SIZE));
}

export const classificationLookupRoutes: RouteDef[] = LOOKUPS.map((l) => ({
  method: 'GET' as const,
  path: `${objectBase('Service')}/${l.path}`,
  auth: 'A' as const,
  handle: (req: SimRequest, ctx: RouteContext) => handle(l, req, ctx),
}));
