import * as c from './canon.js';
import type { Canon } from './canon.js';
import { CHANNEL_KIND_OF, CHANNEL_TYPES, isOneOf } from '../core/vocabulary.js';

/** Entity kinds with a GET read-back (connections are compared from either side, compareConnection.ts). */
export type ReadBackKind =
  'organization' | 'service' | 'echannel' | 'phone' | 'webpage' | 'printableform' | 'servicelocation';

/** One IN field and how to find and canonicalise it on the OUT side (in-api-v11.md §10). */
export interface FieldMap {
  /** OUT property the IN field comes back as. */
  out: string;
  /** Canonical form of the IN value. */
  in: (v: unknown) => Canon;
  /** Canonical form of the OUT value (defaults to `in`). */
  outCanon?: (v: unknown) => Canon;
}

type FieldMaps = Record<string, FieldMap>;

const same = (out: string, fn: (v: unknown) => Canon): FieldMap => ({ out, in: fn });

/** Fields every channel type shares. */
const channelCommon: FieldMaps = {
  organizationId: same('organizationId', c.scalar),
  serviceChannelNames: same('serviceChannelNames', c.localized('Name')),
  serviceChannelDescriptions: same('serviceChannelDescriptions', c.localized()),
  languages: same('languages', c.stringSet),
  areaType: same('areaType', c.scalar),
  areas: same('areas', c.areas),
  isVisibleForAll: same('isVisibleForAll', c.scalar),
  publishingStatus: same('publishingStatus', c.scalar),
  supportEmails: same('supportEmails', c.emails),
  supportPhones: same('supportPhones', c.phones(null)),
  serviceHours: same('serviceHours', c.serviceHours),
};

export const fieldMaps: Record<ReadBackKind, FieldMaps> = {
  organization: {
    parentOrganizationId: same('parentOrganizationId', c.scalar),
    organizationType: same('organizationType', c.scalar),
    businessCode: same('businessCode', c.scalar),
    organizationNames: same('organizationNames', c.localized()),
    displayNameType: same('displayNameType', c.nameTypes),
    areaType: same('areaType', c.scalar),
    areas: { out: 'areas', in: c.areaCodesOnly },
    organizationDescriptions: same('organizationDescriptions', c.localized()),
    emails: same('emails', c.emails),
    phoneNumbers: same('phoneNumbers', c.phones(null)),
    webPages: same('webPages', c.webPages),
    addresses: same('addresses', c.addresses),
    publishingStatus: same('publishingStatus', c.scalar),
  },
  service: {
    type: same('type', c.scalar),
    fundingType: same('fundingType', c.scalar),
    serviceNames: same('serviceNames', c.localized()),
    serviceChargeType: same('serviceChargeType', c.scalar),
    areaType: same('areaType', c.scalar),
    areas: same('areas', c.areas),
    serviceDescriptions: same('serviceDescriptions', c.localized()),
    languages: same('languages', c.stringSet),
    serviceClasses: same('serviceClasses', c.uris),
    ontologyTerms: same('ontologyTerms', c.uris),
    targetGroups: same('targetGroups', c.uris),
    lifeEvents: same('lifeEvents', c.uris),
    industrialClasses: same('industrialClasses', c.uris),
    keywords: same('keywords', c.languageItems),
    requirements: same('requirements', c.languageItems),
    mainResponsibleOrganization: {
      out: 'organizations',
      in: c.responsibleOrg('in'),
      outCanon: c.responsibleOrg('out'),
    },
    serviceProducers: { out: 'organizations', in: c.producers('in'), outCanon: c.producers('out') },
    publishingStatus: same('publishingStatus', c.scalar),
  },
  echannel: {
    ...channelCommon,
    webPage: { out: 'webPages', in: c.urlsByLanguage },
    requiresAuthentication: same('requiresAuthentication', c.scalar),
    requiresSignature: same('requiresSignature', c.scalar),
    signatureQuantity: same('signatureQuantity', c.scalar),
    accessibilityClassification: same('accessibilityClassification', c.accessibility),
  },
  phone: {
    ...channelCommon,
    phoneNumbers: same('phoneNumbers', c.typedPhones),
    webPage: { out: 'webPages', in: c.urlsByLanguage },
  },
  webpage: {
    ...channelCommon,
    webPage: { out: 'webPages', in: c.urlsByLanguage },
    accessibilityClassification: same('accessibilityClassification', c.accessibility),
  },
  printableform: {
    ...channelCommon,
    channelUrls: same('channelUrls', c.localized()),
    formIdentifier: same('formIdentifier', c.languageItems),
  },
  servicelocation: {
    ...channelCommon,
    serviceChannelNames: same('serviceChannelNames', c.localized()),
    displayNameType: same('displayNameType', c.nameTypes),
    addresses: same('addresses', c.addresses),
    // OUT has no faxNumbers: faxes come back inside phoneNumbers typed `Fax` (§10).
    phoneNumbers: { out: 'phoneNumbers', in: c.phones('Phone'), outCanon: c.phones('Phone') },
    faxNumbers: { out: 'phoneNumbers', in: c.phones('Fax'), outCanon: c.phones('Fax') },
    emails: same('emails', c.emails),
    webPages: same('webPages', c.webPages),
  },
};

/** The read-back kind for a channel's `serviceChannelType` / ledger channel type. */
export function kindOfChannelType(t: string): ReadBackKind {
  return isOneOf(CHANNEL_TYPES, t) ? CHANNEL_KIND_OF[t] : 'servicelocation';
}
