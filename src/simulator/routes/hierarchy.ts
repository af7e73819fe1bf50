/**
 * `GET /Organization/Hierarchy` and `/Organization/Hierarchy/{id}` (ptv-release-3_4
 * src/PTV.Application.OpenApi/Controllers/V11OrganizationController.cs:383-424).
 * - The page lists the published organisations without a published parent
 *   (src/PTV.Database.DataAccess/Utils/OpenApi/OrphanOrganizationsPagingHandler.cs:48-57), 1000 a page,
 *   with the date window; page < 0 is a 400 (:393-397).
 * - One organisation's tree is VmOpenApiOrganizationHierarchy `{id, organizationNames, parent,
 *   subOrganizations}`: the chain of published parents (OrganizationService.cs:577-611) and the published
 *   sub-organisations, recursively (:537-575), each with its published names
 *   (Translators/OpenApi/Organizations/OpenApiOrganizationHierarchyTranslator.cs). An organisation without
 *   a published version is 404 (:417-423).
 */
import type { RouteContext, RouteDef, SimRequest, SimResponse } from '../http/types.js';
import { errorMessage, ok } from '../http/responses.js';
import { checkGuid, inWindow, isResponse, pageOf, parseListQuery } from '../http/query.js';
import type { EntityRecord } from '../store/simState.js';
import { objectBase } from '../../core/apiPaths.js';
import { displayName } from '../out/common.js';
import { GUID_PAGE_SIZE, sortedEntities } from './reads.js';

/** Deeper than any real organisation tree; stops a parent cycle the store would otherwise follow forever. */
const MAX_DEPTH = 32;

const parentIdOf = (r: EntityRecord): string | undefined => {
  const p = r.published?.data.parentOrganizationId;
  return typeof p === 'string' && p ? p.toLowerCase() : undefined;
};

function publishedOrganization(ctx: RouteContext, id: string | undefined): EntityRecord | undefined {
  const rec = id ? ctx.state.get(id) : undefined;
  return rec?.objectType === 'Organization' && rec.published ? rec : undefined;
}

const namesOf = (r: EntityRecord) => {
  const names = r.published!.data.organizationNames;
  return Array.isArray(names) ? names : [];
};

/** VmOpenApiOrganizationParent: `{id, organizationNames, parent}`, null past the last published parent. */
function parentOf(ctx: RouteContext, r: EntityRecord, depth = 0): Record<string, unknown> | null {
  const parent = publishedOrganization(ctx, parentIdOf(r));
  if (!parent || depth >= MAX_DEPTH) return null;
  return { id: parent.id, organizationNames: namesOf(parent), parent: parentOf(ctx, parent, depth + 1) };
}

/**
 * VmOpenApiOrganizationSub items. An organisation without published children has no `Children` list, so
 * a sub-organisation's `subOrganizations` is null, while the top object's keeps its empty initialiser
 * (VmOpenApiOrganizationHierarchy.cs) [INF].
 */
function subsOf(ctx: RouteContext, r: EntityRecord, depth = 0): Record<string, unknown>[] | null {
  if (depth >= MAX_DEPTH) return null;
  const children = sortedEntities(ctx, 'Organization').filter((c) => c.published && parentIdOf(c) === r.id);
  if (children.length === 0) return null;
  return children.map((c) => ({
    id: c.id,
    organizationNames: namesOf(c),
    subOrganizations: subsOf(ctx, c, depth + 1),
  }));
}

function getTree(req: SimRequest, ctx: RouteContext): SimResponse {
  const id = req.params.id!;
  const bad = checkGuid(id); // [ValidateId("id")]
  if (bad) return bad;
  const rec = publishedOrganization(ctx, id.toLowerCase());
  if (!rec) return errorMessage(404, `Organization with id '${id}' not found.`);
  return ok({
    id: rec.id,
    organizationNames: namesOf(rec),
    parent: parentOf(ctx, rec),
    subOrganizations: subsOf(ctx, rec) ?? [],
  });
}

function getRoots(req: SimRequest, ctx: RouteContext): SimResponse {
  const q = parseListQuery(req.query);
  if (isResponse(q)) return q;
  const items = sortedEntities(ctx, 'Organization')
    .filter(
      (r) => r.published && inWindow(r.published.modified, q) && !publishedOrganization(ctx, parentIdOf(r)),
    )
    .map((r) => ({ id: r.id, name: displayName(r.published!.data.organizationNames) }));
  return ok(pageOf(items, q.page, GUID_PAGE_SIZE));
}

const base = `${objectBase('Organization')}/Hierarchy`;

export const hierarchyRoutes: RouteDef[] = [
  { method: 'GET', path: base, auth: 'A', handle: getRoots },
  { method: 'GET', path: `${base}/{id}`, auth: 'A', handle: getTree },
];
