import type { EntityRecord, EntityVersion, SimState } from '../store/simState.js';
import {
  hasPublishedVersion,
  listOrNull,
  orNull,
  outAreas,
  outClassifications,
  outConnection,
  refName,
} from './common.js';

import { withGeneralDescription } from '../routes/generalDescriptionMerge.js';

type Producer = { provisionType?: string; organizations?: string[]; additionalInformation?: unknown[] };

/** `V11VmOpenApiService`: responsible orgs and producers folded into `organizations[]`. */
export function serviceOut(
  rec: EntityRecord,
  v: EntityVersion,
  state: SimState,
  user: string | undefined,
): Record<string, unknown> {
  const d = v.data;
  const organizations: unknown[] = [];
  const org = (id: string) => ({ id, name: refName(state, id) });
  if (typeof d.mainResponsibleOrganization === 'string') {
    organizations.push({
      organization: org(d.mainResponsibleOrganization),
      roleType: 'Responsible',
      provisionType: null,
      additionalInformation: [],
    });
  }
  for (const id of (listOrNull(d.otherResponsibleOrganizations) ?? []) as string[]) {
    organizations.push({
      organization: org(id),
      roleType: 'OtherResponsible',
      provisionType: null,
      additionalInformation: [],
    });
  }
  for (const p of (listOrNull(d.serviceProducers) ?? []) as Producer[]) {
    const ids = p.organizations?.length ? p.organizations : [null];
    for (const id of ids) {
      organizations.push({
        organization: id ? org(id) : null,
        roleType: 'Producer',
        provisionType: p.provisionType ?? null,
        additionalInformation: p.additionalInformation ?? [],
      });
    }
  }
  // Only connections to published channels (ServiceService.cs:1211-1245 on ptv-release-3_4): a
  // connection to an archived or draft channel is kept but not shown.
  const conns = [...state.connectionsOfService(rec.id).values()].filter((c) =>
    hasPublishedVersion(state, c.channelId),
  );
  // Every service read shows its general description's type and classifications (ServiceService.cs:792).
  return withGeneralDescription(
    {
      id: rec.id,
      sourceId: state.sourceIdOf(user, rec.id),
      generalDescriptionId: orNull(d.generalDescriptionId as string | undefined),
      type: orNull(d.type),
      subType: null,
      fundingType: orNull(d.fundingType),
      serviceNames: listOrNull(d.serviceNames) ?? [],
      serviceChargeType: orNull(d.serviceChargeType),
      areaType: orNull(d.areaType),
      areas: outAreas(d),
      serviceDescriptions: listOrNull(d.serviceDescriptions) ?? [],
      languages: listOrNull(d.languages) ?? [],
      serviceClasses: outClassifications(d.serviceClasses),
      ontologyTerms: outClassifications(d.ontologyTerms),
      targetGroups: outClassifications(d.targetGroups),
      lifeEvents: outClassifications(d.lifeEvents),
      industrialClasses: outClassifications(d.industrialClasses),
      legislation: listOrNull(d.legislation) ?? [],
      keywords: listOrNull(d.keywords) ?? [],
      requirements: listOrNull(d.requirements) ?? [],
      // null, not [], when the service has no connections [LIVE ptv-mcp, 2026-09].
      serviceChannels: conns.length ? conns.map((c) => outConnection(state, c, 'serviceChannel')) : null,
      organizations,
      serviceVouchersInUse: d.serviceVouchersInUse === true,
      serviceVouchers: listOrNull(d.serviceVouchers) ?? [],
      serviceCollections: [],
      publishingStatus: v.status,
      modified: v.modified,
      responsibleSoteOrganization: null,
    },
    false,
  );
}
