import type { EntityRecord, EntityVersion, SimState } from '../store/simState.js';
import { listOrNull, orNull, outMunicipality, outOrganizationAreas, refName } from './common.js';

/** `V10VmOpenApiOrganization` (in-api-v11 §10). */
export function organizationOut(
  rec: EntityRecord,
  v: EntityVersion,
  state: SimState,
  user: string | undefined,
): Record<string, unknown> {
  const d = v.data;
  let root = rec.id;
  for (let i = 0, p = d.parentOrganizationId; typeof p === 'string' && i < 32; i++) {
    root = p.toLowerCase();
    p = state.get(root)?.latest.data.parentOrganizationId;
  }
  const subOrganizations: unknown[] = [];
  const services: unknown[] = [];
  for (const e of state.ownedBy(rec.id)) {
    if (!e.published) continue;
    if (
      e.objectType === 'Organization' &&
      String(e.published.data.parentOrganizationId ?? '').toLowerCase() === rec.id
    ) {
      subOrganizations.push({ id: e.id, name: refName(state, e.id) });
    } else if (e.objectType === 'Service' && e.organizationId === rec.id) {
      services.push({
        service: { id: e.id, name: refName(state, e.id) },
        roleType: 'Responsible',
        provisionType: null,
        additionalInformation: [],
      });
    }
  }
  return {
    id: rec.id,
    sourceId: state.sourceIdOf(user, rec.id),
    oid: orNull(d.oid),
    parentOrganizationId: orNull(d.parentOrganizationId as string | undefined),
    organizationRootId: root,
    organizationType: orNull(d.organizationType),
    municipality: typeof d.municipality === 'string' ? outMunicipality(d.municipality) : null,
    businessCode: orNull(d.businessCode),
    businessName: orNull(d.businessName),
    organizationNames: listOrNull(d.organizationNames) ?? [],
    displayNameType: listOrNull(d.displayNameType) ?? [],
    areaType: orNull(d.areaType),
    areas: outOrganizationAreas(d),
    organizationDescriptions: listOrNull(d.organizationDescriptions) ?? [],
    emails: listOrNull(d.emails) ?? [],
    phoneNumbers: listOrNull(d.phoneNumbers) ?? [],
    webPages: listOrNull(d.webPages) ?? [],
    electronicInvoicings: listOrNull(d.electronicInvoicings) ?? [],
    addresses: listOrNull(d.addresses) ?? [],
    publishingStatus: v.status,
    services,
    modified: v.modified,
    subOrganizations,
  };
}
