import type { ChannelType, ObjectType } from '../core/vocabulary.js';
import type { EntityKind } from '../rules/types.js';

/** What differs between the writable entity types: rules kind, sourceId namespace, message labels. */
export interface KindSpec {
  kind: EntityKind;
  objectType: ObjectType;
  channelType?: ChannelType;
  /** "Service", "Organization", "Phone channel", … as used in PTV's 404 messages. */
  label: string;
  /** Message for another organisation's entity (in-api-v11 §1.4). */
  noRights: string;
  namesKey: string;
  descriptionsKey: string;
  /** Localized lists whose languages form the entity's language set (§3.4). */
  requiredLists: string[];
  /** Field that names the owning organisation in the body. */
  orgField?: string;
}

const SERVICE_NO_RIGHTS = 'User has no rights to update this entity!';
const CHANNEL_NO_RIGHTS = 'User has no rights to update or create this entity!';

const channel = (kind: EntityKind, channelType: ChannelType, label: string, extra: string[]): KindSpec => ({
  kind,
  objectType: 'ServiceChannel',
  channelType,
  label: `${label} channel`,
  noRights: CHANNEL_NO_RIGHTS,
  namesKey: 'serviceChannelNames',
  descriptionsKey: 'serviceChannelDescriptions',
  requiredLists: ['serviceChannelNames', 'serviceChannelDescriptions', ...extra],
  orgField: 'organizationId',
});

export const KINDS = {
  organization: {
    kind: 'organization',
    objectType: 'Organization',
    label: 'Organization',
    noRights: SERVICE_NO_RIGHTS,
    namesKey: 'organizationNames',
    descriptionsKey: 'organizationDescriptions',
    requiredLists: ['organizationNames', 'organizationDescriptions'],
  },
  service: {
    kind: 'service',
    objectType: 'Service',
    label: 'Service',
    noRights: SERVICE_NO_RIGHTS,
    namesKey: 'serviceNames',
    descriptionsKey: 'serviceDescriptions',
    requiredLists: ['serviceNames', 'serviceDescriptions'],
    orgField: 'mainResponsibleOrganization',
  },
  servicecollection: {
    kind: 'servicecollection',
    objectType: 'ServiceCollection',
    label: 'ServiceCollection',
    noRights: SERVICE_NO_RIGHTS,
    namesKey: 'serviceCollectionNames',
    descriptionsKey: 'serviceCollectionDescriptions',
    requiredLists: ['serviceCollectionNames', 'serviceCollectionDescriptions'],
    orgField: 'organizationId',
  },
  echannel: channel('echannel', 'EChannel', 'Electronic', ['webPage', 'accessibilityClassification']),
  phone: channel('phone', 'Phone', 'Phone', ['phoneNumbers']),
  webpage: channel('webpage', 'WebPage', 'Web page', ['webPage', 'accessibilityClassification']),
  printableform: channel('printableform', 'PrintableForm', 'Printable form', ['channelUrls']),
  servicelocation: channel('servicelocation', 'ServiceLocation', 'Service location', ['addresses']),
} satisfies Record<string, KindSpec>;

export const CHANNEL_KINDS: Record<ChannelType, KindSpec> = {
  EChannel: KINDS.echannel,
  Phone: KINDS.phone,
  WebPage: KINDS.webpage,
  PrintableForm: KINDS.printableform,
  ServiceLocation: KINDS.servicelocation,
};

export function specOfRecord(rec: { objectType: ObjectType; channelType?: ChannelType }): KindSpec {
  if (rec.objectType === 'ServiceChannel') return CHANNEL_KINDS[rec.channelType!];
  if (rec.objectType === 'Service') return KINDS.service;
  if (rec.objectType === 'Organization') return KINDS.organization;
  return KINDS.servicecollection;
}

/** Languages that appear in an entity's required localized lists. */
export function languagesOf(data: Record<string, unknown>, spec: KindSpec): string[] {
  const langs = new Set<string>();
  for (const key of spec.requiredLists) {
    const list = data[key];
    if (!Array.isArray(list)) continue;
    for (const item of list as { language?: unknown }[]) {
      if (item && typeof item.language === 'string') langs.add(item.language);
    }
  }
  return [...langs];
}
