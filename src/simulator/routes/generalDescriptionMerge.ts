/**
 * A service OUT object merged with its general description, as ServiceService.FillWithGeneralDescriptionData
 * does (ptv-release-3_4 src/PTV.Database.DataAccess/Services/ServiceService.cs:1667-1820). Every service
 * read gets the partial merge (:792 calls it with `fillWithAllGdData` false: out/serviceOut.ts); the
 * serviceWithGD reads get the full one (routes/serviceWithGd.ts). A service without a general
 * description (or naming one the simulator does not hold) reads as the plain service.
 */
import type { SimRequest } from '../http/types.js';
import { outClassifications } from '../out/common.js';
import { generalDescriptionOf } from './generalDescription.js';

export type Out = Record<string, unknown>;
type Finto = { uri?: unknown };

/** `a ∪ b` by URI, `a`'s items first (FintoItemComparer, :1822-1833). */
function unionByUri(a: unknown, b: unknown): unknown[] {
  const first = Array.isArray(a) ? (a as Finto[]) : [];
  const second = Array.isArray(b) ? (b as Finto[]) : [];
  const seen = new Set(first.map((i) => i.uri));
  return [...first, ...second.filter((i) => !seen.has(i.uri))];
}

/**
 * The service OUT object with its general description's data:
 * - always: `type` when the service has none; target groups when the service has none, else the
 *   description's ones added; service classes and ontology terms unioned (:1708-1741);
 * - `all` (SFIPTV-786): also `subType` = the description's type, its non-empty descriptions appended
 *   with a `GD_` type prefix, life events and industrial classes unioned (:1705-1784).
 * The simulator's general descriptions carry no charge type, ontology terms, requirements or
 * legislation, so those steps change nothing here.
 */
export function withGeneralDescription(service: Out, all: boolean): Out {
  const gd = generalDescriptionOf(service.generalDescriptionId);
  if (!gd) return service;
  const gdTargetGroups = outClassifications(gd.targetGroups);
  const own = Array.isArray(service.targetGroups) ? service.targetGroups : [];
  const out: Out = {
    ...service,
    type: service.type || gd.type,
    targetGroups: own.length ? unionByUri(own, gdTargetGroups) : gdTargetGroups,
    serviceClasses: unionByUri(outClassifications(gd.serviceClasses), service.serviceClasses),
  };
  if (!all) return out;
  const descriptions = Array.isArray(service.serviceDescriptions) ? service.serviceDescriptions : [];
  return {
    ...out,
    subType: 'Municipality', // the seeded descriptions' generalDescriptionType (generalDescription.ts)
    serviceDescriptions: [
      ...descriptions,
      ...gd.descriptions
        .filter((d) => d.value)
        .map((d) => ({ ...d, type: d.type?.startsWith('GD_') ? d.type : `GD_${d.type}` })),
    ],
  };
}

/** `serviceWithGD` as ASP.NET binds a bool query parameter: `true` in any case [INF]. */
export const wantsGeneralDescription = (req: SimRequest): boolean =>
  req.query.servicewithgd?.toLowerCase() === 'true';
