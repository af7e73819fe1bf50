import { outServiceHours } from './serviceHoursOut.js';
import type { EntityRecord, EntityVersion, SimState } from '../store/simState.js';
import {
  hasPublishedVersion,
  listOrNull,
  orNull,
  outAreas,
  outConnection,
  outPhones,
  outWebPagesFromItems,
} from './common.js';

/**
 * The bare channel object of its type (`V11VmOpenApi<Type>Channel`), as `GET /ServiceChannel/{id}`
 * returns it: no wrapper, discriminated by `serviceChannelType` (in-api-v11 §2.3, §10).
 */
export function channelOut(
  rec: EntityRecord,
  v: EntityVersion,
  state: SimState,
  user: string | undefined,
): Record<string, unknown> {
  const d = v.data;
  const type = rec.channelType!;
  // Only connections to published services (ChannelService.cs:1408-1412 on ptv-release-3_4).
  const conns = state.servicesOfChannel(rec.id).filter((c) => hasPublishedVersion(state, c.serviceId));
  // Phone/e-channel/web page names are language items; OUT always carries `type: "Name"`.
  const names = ((listOrNull(d.serviceChannelNames) ?? []) as Record<string, unknown>[]).map((n) => ({
    type: 'Name',
    ...n,
  }));
  const base: Record<string, unknown> = {
    id: rec.id,
    sourceId: state.sourceIdOf(user, rec.id),
    serviceChannelType: type,
    organizationId: rec.organizationId,
    serviceChannelNames: names,
    serviceChannelDescriptions: listOrNull(d.serviceChannelDescriptions) ?? [],
    areaType: orNull(d.areaType),
    areas: outAreas(d),
    languages: listOrNull(d.languages) ?? [],
    serviceHours: outServiceHours(d.serviceHours),
    isVisibleForAll: d.isVisibleForAll === true,
    services: conns.length ? conns.map((c) => outConnection(state, c, 'service')) : null,
    serviceCollections: [],
    publishingStatus: v.status,
    modified: v.modified,
    responsibleSoteOrganization: null,
    ontologyTerms: [],
  };
  switch (type) {
    case 'EChannel':
      return {
        ...base,
        signatureQuantity:
          d.signatureQuantity === undefined || d.signatureQuantity === null
            ? null
            : Number(d.signatureQuantity),
        requiresSignature: d.requiresSignature === true,
        requiresAuthentication: d.requiresAuthentication === true,
        attachments: listOrNull(d.attachments) ?? [],
        supportPhones: listOrNull(d.supportPhones) ?? [],
        supportEmails: listOrNull(d.supportEmails) ?? [],
        webPages: outWebPagesFromItems(d.webPage),
        accessibilityClassification: listOrNull(d.accessibilityClassification) ?? [],
      };
    case 'Phone':
      return {
        ...base,
        phoneNumbers: listOrNull(d.phoneNumbers) ?? [],
        supportEmails: listOrNull(d.supportEmails) ?? [],
        webPages: outWebPagesFromItems(d.webPage),
      };
    case 'WebPage':
      return {
        ...base,
        supportPhones: listOrNull(d.supportPhones) ?? [],
        supportEmails: listOrNull(d.supportEmails) ?? [],
        webPages: outWebPagesFromItems(d.webPage),
        accessibilityClassification: listOrNull(d.accessibilityClassification) ?? [],
      };
    case 'PrintableForm':
      return {
        ...base,
        formIdentifier: listOrNull(d.formIdentifier) ?? [],
        deliveryAddresses: ((listOrNull(d.deliveryAddresses) ?? []) as Record<string, unknown>[]).map(
          ({ formReceiver, ...rest }) => ({
            ...rest,
            receiver: formReceiver ?? null,
          }),
        ),
        channelUrls: listOrNull(d.channelUrls) ?? [],
        supportPhones: listOrNull(d.supportPhones) ?? [],
        supportEmails: listOrNull(d.supportEmails) ?? [],
        attachments: listOrNull(d.attachments) ?? [],
        webPages: [],
      };
    case 'ServiceLocation':
      return {
        ...base,
        oid: orNull(d.oid),
        displayNameType: listOrNull(d.displayNameType) ?? [],
        phoneNumbers: outPhones(d.phoneNumbers, d.faxNumbers),
        emails: listOrNull(d.emails) ?? [],
        webPages: listOrNull(d.webPages) ?? [],
        addresses: listOrNull(d.addresses) ?? [],
      };
  }
}
