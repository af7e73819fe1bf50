import type { EntityRecord, StoredData } from '../../store/simState.js';
import {
  arr,
  areaOf,
  contactAddressesOf,
  languageVersionsOf,
  phonesOf,
  textOf,
  webPagesOf,
  type Json,
} from './common.js';

/** Stored v11 organisation → `OrganizationResponse` [SPEC] (discriminated by organizationType). */
export function organizationV12(
  rec: EntityRecord,
  d: StoredData,
  publishedAt: string,
  migratedAt?: string,
): Json {
  const type = String(d.organizationType ?? 'Organization');
  const languageVersions: Record<string, Json> = {};
  for (const l of languageVersionsOf(d.organizationNames)) {
    const display = arr(d.displayNameType).find((x) => x.language === l);
    languageVersions[l] = {
      name: textOf(d.organizationNames, l, 'Name') ?? '',
      alternativeName: textOf(d.organizationNames, l, 'AlternativeName'),
      isAlternativeNamePrimary: display?.type === 'AlternativeName',
      description: textOf(d.organizationDescriptions, l, 'Description'),
      summary: textOf(d.organizationDescriptions, l, 'Summary'),
      contactEmails: arr(d.emails)
        .filter((e) => e.language === l)
        .map((e) => ({
          email: String(e.value ?? ''),
          additionalInformation: typeof e.description === 'string' ? e.description : null,
        })),
      contactWebPages: webPagesOf(d.webPages, l),
      contactPhoneNumbers: phonesOf(d.phoneNumbers, l),
    };
  }
  // A municipality's area is its one municipality [SPEC: LimitedArea, exactly one]; regional ones a LimitedArea.
  const municipality = typeof d.municipality === 'string' ? d.municipality : undefined;
  let area: Json = areaOf(d) ?? { areaType: 'WholeCountry' };
  if (type === 'Municipality') area = { areaType: 'LimitedArea', municipalities: [municipality ?? '091'] };
  else if (type === 'RegionalOrganization' && area.areaType !== 'LimitedArea') {
    area = { areaType: 'LimitedArea', municipalities: [], regions: [], wellbeingServicesCounties: [] };
  }
  const location = contactAddressesOf(d.addresses, ['Visiting']);
  return {
    ...(migratedAt !== undefined && { migratedAt }),
    contentId: rec.id,
    parentOrganizationContentId: typeof d.parentOrganizationId === 'string' ? d.parentOrganizationId : null,
    languageVersions,
    businessId: typeof d.businessCode === 'string' ? d.businessCode : '',
    oid: typeof d.oid === 'string' ? d.oid : null,
    eInvoiceAddresses: arr(d.electronicInvoicings).map((e) => ({
      address: String(e.electronicInvoicingAddress ?? ''),
      intermediatorCode: typeof e.operatorCode === 'string' ? e.operatorCode : null,
      additionalInformation: {},
    })),
    publishedAt,
    contactAddresses: contactAddressesOf(d.addresses, ['Postal']),
    location: {
      foreignAddresses: location.foreignAddresses,
      otherAddresses: [],
      streetAddresses: location.streetAddresses,
    },
    organizationType: type,
    area,
  };
}
