/**
 * The `organizationId` / `code` / `oid` query parameters of the organisation-scoped V11 reads, resolved
 * as CheckAndGetOrganizationIds does (ptv-release-3_4
 * src/PTV.Application.OpenApi/Controllers/EntityWithOrganizationBaseController.cs:84-152).
 */
import type { RouteContext, SimRequest, SimResponse } from '../http/types.js';
import { errorMessage, modelState } from '../http/responses.js';
import { checkGuid } from '../http/query.js';
import { PTV_REGEX } from '../../rules/patterns.js';

/** ValidationConsts.cs:34, :39. */
const BUSINESS_CODE = PTV_REGEX.businessCode;
const OID = '^[A-Za-z0-9.-]*$';

export interface OrganizationIdsOptions {
  /** `oneParamRequired` (the `list/organization` reads): none of the three given is a 400. */
  required: boolean;
  /** Whether the route binds `oid` (ServiceCollection/organization does not). */
  oid: boolean;
}

/**
 * The published organisations the parameters name, `undefined` when none is given and none is
 * required, or the source's answer:
 * - none given (required) or more than one given: 400 keyed `organizationId`, or `code` when
 *   `organizationId` is absent (:87-99; ASP.NET binds an empty value as null);
 * - `organizationId` not a published organisation: 404 (:102-113); a malformed guid is answered 400
 *   under `organizationId` as the simulator's other reads do (the source lets the parse throw) [INF];
 * - `code` not matching the business-code pattern: 400 `code` (:117-122); no published organisation
 *   with it: 404 (:124-130; OrganizationService.cs:278-302 reads published versions only). Several
 *   organisations may share a code: all of them are returned;
 * - `oid` not matching the OID pattern: 400 `oid` (:136-140); no published organisation: 404 (:142-146).
 */
export function organizationIds(
  req: SimRequest,
  ctx: RouteContext,
  opts: OrganizationIdsOptions,
): string[] | undefined | SimResponse {
  const given = (k: string) => (req.query[k] ? req.query[k] : undefined);
  const id = given('organizationid');
  const code = given('code');
  const oid = opts.oid ? given('oid') : undefined;
  const count = [id, code, oid].filter((v) => v !== undefined).length;
  if (count === 0) {
    if (!opts.required) return undefined;
    return modelState({
      organizationId: [
        "One of the organization related parameters 'organizationId', 'code' or 'oid' has to be set.",
      ],
    });
  }
  if (count > 1)
    return modelState({
      [id === undefined ? 'code' : 'organizationId']: [
        "Only one of the organization related parameters 'organizationId', 'code' or 'oid' can be set at a time.",
      ],
    });
  if (id !== undefined) {
    const bad = checkGuid(id, 'organizationId');
    if (bad) return bad;
    const guid = id.toLowerCase();
    const rec = ctx.state.get(guid);
    if (rec?.objectType !== 'Organization' || !rec.published)
      return errorMessage(404, `Organization with id '${guid}' not found.`);
    return [guid];
  }
  const [field, value, pattern] =
    code !== undefined ? (['businessCode', code, BUSINESS_CODE] as const) : (['oid', oid!, OID] as const);
  const key = field === 'businessCode' ? 'code' : 'oid';
  if (!new RegExp(pattern).test(value))
    return modelState({ [key]: [`The field ${key} must match the regular expression '${pattern}'.`] });
  const ids: string[] = [];
  for (const rec of ctx.state.entities.values())
    if (rec.objectType === 'Organization' && rec.published?.data[field] === value) ids.push(rec.id);
  if (ids.length) return field === 'oid' ? ids.slice(0, 1) : ids;
  return errorMessage(
    404,
    field === 'oid'
      ? `Organization with oid '${value}' not found.`
      : `Organization with business code '${value}' not found.`,
  );
}
