import { isObj } from './checks/context.js';
import type { EntityKind } from './types.js';

const hasAny = (o: Record<string, unknown>, keys: readonly string[]) => keys.some((k) => o[k] !== undefined);

/**
 * Infers the kind of a body from the fields only that kind has; undefined when ambiguous. A web-page
 * channel has no field of its own: a channel with `webPage` + `accessibilityClassification` and none
 * of the e-channel-only fields is taken to be a web-page channel.
 */
export function inferKind(body: unknown): EntityKind | undefined {
  if (Array.isArray(body)) {
    const objs = body.filter(isObj);
    if (objs.length === 0) return undefined;
    if (objs.every((o) => hasAny(o, ['serviceSourceId', 'serviceChannelSourceId'])))
      return 'connections-source';
    if (objs.every((o) => hasAny(o, ['serviceId', 'serviceChannelId']))) return 'connections';
    return undefined;
  }
  if (!isObj(body)) return undefined;
  if (hasAny(body, ['channelRelations', 'deleteAllChannelRelations'])) {
    const rel = Array.isArray(body.channelRelations) ? body.channelRelations.filter(isObj) : [];
    return rel.some((r) => r.serviceChannelSourceId !== undefined)
      ? 'connection-put-source'
      : 'connection-put';
  }
  if (
    hasAny(body, [
      'organizationNames',
      'organizationType',
      'organizationDescriptions',
      'electronicInvoicings',
    ])
  )
    return 'organization';
  if (
    hasAny(body, [
      'serviceNames',
      'serviceDescriptions',
      'fundingType',
      'serviceProducers',
      'mainResponsibleOrganization',
    ])
  )
    return 'service';
  if (hasAny(body, ['serviceCollectionNames', 'serviceCollectionDescriptions'])) return 'servicecollection';
  if (!hasAny(body, ['serviceChannelNames', 'serviceChannelDescriptions'])) {
    // Channel-specific lists alone still identify the type.
    if (!hasAny(body, ['channelUrls', 'accessibilityClassification', 'displayNameType'])) return undefined;
  }
  if (hasAny(body, ['channelUrls', 'formIdentifier', 'deliveryAddresses', 'deleteAllChannelUrls']))
    return 'printableform';
  if (hasAny(body, ['addresses', 'displayNameType', 'faxNumbers', 'webPages', 'deleteOid']))
    return 'servicelocation';
  if (hasAny(body, ['signatureQuantity', 'requiresSignature', 'requiresAuthentication', 'attachments']))
    return 'echannel';
  if (hasAny(body, ['accessibilityClassification'])) {
    return hasAny(body, ['serviceHours']) ? 'echannel' : 'webpage';
  }
  if (hasAny(body, ['phoneNumbers'])) return 'phone';
  return undefined;
}
