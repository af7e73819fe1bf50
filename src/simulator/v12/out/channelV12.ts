import type { ChannelType } from '../../../core/vocabulary.js';
import type { EntityRecord, StoredData } from '../../store/simState.js';
import {
  arr,
  areaOf,
  contactAddressesOf,
  dialledOf,
  emailsOf,
  languageVersionsOf,
  localized,
  phoneOf,
  phonesOf,
  serviceHoursOf,
  streetAddressOf,
  textOf,
  webPagesOf,
  type Json,
} from './common.js';

/** v11 route names → v12 `serviceChannelType` [SPEC; 3P-LIVE]. */
export const V12_CHANNEL_TYPE: Record<ChannelType, string> = {
  EChannel: 'EService',
  Phone: 'TelephoneService',
  WebPage: 'WebPage',
  PrintableForm: 'PrintableForm',
  ServiceLocation: 'ServiceLocation',
};

const FORM_TYPE: Record<string, string> = { pdf: 'pdf', doc: 'doc', excel: 'excel', rtf: 'rtf', odt: 'odt' };

function accessibilityOf(d: StoredData, l: string): string {
  const a = arr(d.accessibilityClassification).find((x) => x.language === l);
  const level = a?.accessibilityClassificationLevel;
  return typeof level === 'string' ? level : 'Unknown';
}

const attachmentsOf = (d: StoredData, l: string): Json[] =>
  arr(d.attachments)
    .filter((a) => a.language === l)
    .map((a) => ({
      name: typeof a.name === 'string' ? a.name : typeof a.value === 'string' ? a.value : '',
      url: String(a.url ?? ''),
      additionalInformation: typeof a.description === 'string' ? a.description : null,
    }));

const phoneNumbersOf = (list: unknown, l: string): Json[] =>
  arr(list)
    .filter((p) => p.language === l)
    .map((p) =>
      p.type === 'Sms' ? dialledOf(p, 'Sms') : p.type === 'Fax' ? dialledOf(p, 'Fax') : phoneOf(p),
    );

function deliveryOf(d: StoredData): Json[] {
  return arr(d.deliveryAddresses).map((a) => {
    const recipient = localized(a.formReceiver);
    if (a.subType === 'Street' && a.streetAddress) {
      return { ...streetAddressOf(a.streetAddress as Json), recipient, deliveryAddressType: 'StreetAddress' };
    }
    if (a.subType === 'PostOfficeBox' && a.postOfficeBoxAddress) {
      const p = a.postOfficeBoxAddress as Json;
      return {
        postalCode: String(p.postalCode ?? ''),
        postOfficeBox: localized(p.postOfficeBox),
        additionalInformation: localized(p.additionalInformation),
        recipient,
        deliveryAddressType: 'PostOfficeBox',
      };
    }
    return {
      recipient,
      deliveryInformation: localized(a.deliveryAddressInText),
      deliveryAddressType: 'DeliveryInformation',
    };
  });
}

function locationOf(d: StoredData): Json {
  const loc = contactAddressesOf(d.addresses, ['Location', 'Visiting']);
  const other = arr(d.addresses)
    .filter(
      (a) => (a.type === 'Location' || a.type === 'Visiting') && a.subType === 'Other' && a.otherAddress,
    )
    .map((a) => {
      const o = a.otherAddress as Json;
      return {
        postalCode: typeof o.postalCode === 'string' ? o.postalCode : null,
        coordinates: [],
        additionalInformation: localized(o.additionalInformation),
      };
    });
  return {
    foreignAddresses: loc.foreignAddresses,
    otherAddresses: other,
    streetAddresses: (loc.streetAddresses as Json[]).map((s) => ({
      ...s,
      accessibilityRegisterServicePointId: null,
    })),
  };
}

/** Stored v11 channel → `ChannelResponse` [SPEC] of its type. */
export function channelV12(rec: EntityRecord, d: StoredData, publishedAt: string): Json {
  const type = rec.channelType ?? 'EChannel';
  const languageVersions: Record<string, Json> = {};
  for (const l of languageVersionsOf(d.serviceChannelNames)) {
    const base = {
      name: textOf(d.serviceChannelNames, l, 'Name') ?? '',
      summary: textOf(d.serviceChannelDescriptions, l, 'Summary'),
      description: textOf(d.serviceChannelDescriptions, l, 'Description'),
    };
    const webAddress = { url: textOf(d.webPage, l), name: null };
    let lv: Json;
    if (type === 'EChannel') {
      lv = {
        ...base,
        accessibilityClassificationLevel: accessibilityOf(d, l),
        webAddress,
        attachmentLinks: attachmentsOf(d, l),
        supportEmails: emailsOf(d.supportEmails, l),
        supportPhoneNumbers: phonesOf(d.supportPhones, l),
      };
    } else if (type === 'Phone') {
      lv = {
        ...base,
        webAddress,
        supportEmails: emailsOf(d.supportEmails, l),
        phoneNumbers: phoneNumbersOf(d.phoneNumbers, l),
      };
    } else if (type === 'WebPage') {
      lv = {
        ...base,
        accessibilityClassificationLevel: accessibilityOf(d, l),
        webAddress,
        supportEmails: emailsOf(d.supportEmails, l),
        supportPhoneNumbers: phonesOf(d.supportPhones, l),
      };
    } else if (type === 'PrintableForm') {
      lv = {
        ...base,
        attachmentLinks: attachmentsOf(d, l),
        supportEmails: emailsOf(d.supportEmails, l),
        supportPhoneNumbers: phonesOf(d.supportPhones, l),
        formIdentifier: textOf(d.formIdentifier, l),
        formFiles: arr(d.channelUrls)
          .filter((u) => u.language === l)
          .map((u) => ({
            name: '',
            url: String(u.value ?? ''),
            type: FORM_TYPE[String(u.type).toLowerCase()] ?? 'pdf',
          })),
      };
    } else {
      const display = arr(d.displayNameType).find((x) => x.language === l);
      lv = {
        ...base,
        alternativeName: textOf(d.serviceChannelNames, l, 'AlternativeName'),
        isAlternativeNamePrimary: display?.type === 'AlternativeName',
        contactEmails: emailsOf(d.emails, l),
        contactFaxNumbers: arr(d.faxNumbers)
          .filter((p) => p.language === l)
          .map((p) => dialledOf(p, 'Fax')),
        contactWebPages: webPagesOf(d.webPages, l),
        contactPhoneNumbers: phonesOf(d.phoneNumbers, l),
      };
    }
    languageVersions[l] = lv;
  }
  const common = {
    contentId: rec.id,
    organizationContentId: String(d.organizationId ?? rec.organizationId),
    allowedConnectionType: d.isVisibleForAll === true ? 'AllOrganizations' : 'OwnOrganizations',
    serviceLanguages: Array.isArray(d.languages) ? d.languages : [],
    area: areaOf(d),
    publishedAt,
    serviceChannelType: V12_CHANNEL_TYPE[type],
    languageVersions,
  };
  if (type === 'EChannel') {
    return {
      ...common,
      electronicSignature:
        d.requiresSignature === true
          ? { type: 'Required', numberOfRequiredSignatures: Number(d.signatureQuantity) || 1 }
          : { type: 'NotRequired' },
      electronicIdentification: d.requiresAuthentication === true ? 'Required' : 'NotRequired',
      serviceHours: serviceHoursOf(d.serviceHours),
    };
  }
  if (type === 'Phone') return { ...common, serviceHours: serviceHoursOf(d.serviceHours) };
  if (type === 'PrintableForm') return { ...common, deliveryAddresses: deliveryOf(d) };
  if (type === 'ServiceLocation') {
    return {
      ...common,
      location: locationOf(d),
      contactAddresses: contactAddressesOf(d.addresses, ['Postal']),
      serviceHours: serviceHoursOf(d.serviceHours),
    };
  }
  return common;
}
