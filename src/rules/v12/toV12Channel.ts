/**
 * v11 channel IN body → the v12 channel request of its type (v12-migration.md §4.4 "Channels" read
 * backwards). No v12 channel request carries service hours, WCAG levels or accessibility statements,
 * SMS numbers or channel URLs of other types: each is one `v12.dropped` finding.
 */
import type { V12Kind } from './v12Kinds.js';
import {
  addressesOf,
  areaOf,
  arr,
  clean,
  Drops,
  isObj,
  langsOf,
  localized,
  ofLang,
  phoneOf,
  str,
  type Obj,
} from './toV12Common.js';
import type { V12Translation } from './toV12Request.js';

export type V12ChannelKind = Extract<V12Kind, `${string}-channel`>;

const BASE_FIELDS = [
  'sourceId',
  'organizationId',
  'serviceChannelNames',
  'serviceChannelDescriptions',
  'languages',
  'areaType',
  'areas',
  'isVisibleForAll',
];
const FIELDS: Record<V12ChannelKind, readonly string[]> = {
  'eservice-channel': [
    'webPage',
    'requiresAuthentication',
    'requiresSignature',
    'signatureQuantity',
    'accessibilityClassification',
    'supportEmails',
    'supportPhones',
    'attachments',
  ],
  'webpage-channel': ['webPage', 'accessibilityClassification', 'supportEmails', 'supportPhones'],
  'printableform-channel': [
    'channelUrls',
    'formIdentifier',
    'supportEmails',
    'supportPhones',
    'attachments',
    'deliveryAddresses',
  ],
  'servicelocation-channel': [
    'displayNameType',
    'addresses',
    'phoneNumbers',
    'faxNumbers',
    'emails',
    'webPages',
  ],
  'telephone-channel': ['webPage', 'phoneNumbers', 'supportEmails'],
};
const FORM_TYPE: Record<string, string> = { pdf: 'pdf', doc: 'doc', excel: 'excel', rtf: 'rtf', odt: 'odt' };

const emails = (list: unknown, l: string) => ofLang(list, l).map((e) => ({ email: str(e.value) ?? '' }));
const phones = (list: unknown, l: string) => ofLang(list, l).map((p) => phoneOf(p));
const attachments = (list: unknown, l: string) =>
  ofLang(list, l).map((a) => ({
    name: str(a.name) ?? str(a.value) ?? '',
    url: str(a.url) ?? '',
    additionalInformation: str(a.description) ?? null,
  }));

/** The value of a language's item, of `type` when given (names without a type count as `Name`). */
function textOf(list: unknown, l: string, type?: string): string | undefined {
  const item = ofLang(list, l).find((i) => (type === undefined ? true : (i.type ?? 'Name') === type));
  return str(item?.value);
}

export function channelToV12(kind: V12ChannelKind, v11: Obj): V12Translation {
  const d = new Drops();
  // Service hours get their own reason below.
  d.unknownKeys(v11, new Set([...BASE_FIELDS, ...FIELDS[kind], 'serviceHours', 'openingHours']), 'channel');
  if (v11.sourceId !== undefined)
    d.drop('/sourceId', 'the v12 channel requests have no externalId [SPEC by absence]', v11.sourceId);
  for (const k of ['serviceHours', 'openingHours'])
    if (v11[k] !== undefined)
      d.drop(`/${k}`, 'v12 channel requests have no service hours [SPEC by absence]', v11[k]);
  arr(v11.accessibilityClassification).forEach((a, i) => {
    for (const k of ['wcagLevel', 'accessibilityStatementWebPageName', 'accessibilityStatementWebPage'])
      if (a[k] !== undefined)
        d.drop(`/accessibilityClassification/${i}/${k}`, 'v12 requests carry the level only', a[k]);
  });

  const names = v11.serviceChannelNames;
  const texts = v11.serviceChannelDescriptions;
  const languageVersions: Record<string, Obj> = {};
  for (const l of langsOf(names)) {
    const name = textOf(names, l, 'Name');
    const base: Obj = {
      name,
      summary: textOf(texts, l, 'Summary'),
      description: textOf(texts, l, 'Description'),
    };
    const url = textOf(v11.webPage, l);
    const level = (): unknown => {
      const a = ofLang(v11.accessibilityClassification, l)[0];
      if (a) return a.accessibilityClassificationLevel;
      d.defaulted(
        `/languageVersions/${l}/accessibilityClassificationLevel`,
        'an accessibility level',
        'Unknown',
      );
      return 'Unknown';
    };
    // v11 has no web-address name: the channel's name stands in [INF].
    const webAddress = { url, name };
    if (kind === 'eservice-channel')
      languageVersions[l] = {
        ...base,
        accessibilityClassificationLevel: level(),
        webAddress,
        attachmentLinks: attachments(v11.attachments, l),
        supportEmails: emails(v11.supportEmails, l),
        supportPhoneNumbers: phones(v11.supportPhones, l),
      };
    else if (kind === 'webpage-channel')
      languageVersions[l] = {
        ...base,
        accessibilityClassificationLevel: level(),
        webAddress,
        supportEmails: emails(v11.supportEmails, l),
        supportPhoneNumbers: phones(v11.supportPhones, l),
      };
    else if (kind === 'printableform-channel')
      languageVersions[l] = {
        ...base,
        attachmentLinks: attachments(v11.attachments, l),
        supportEmails: emails(v11.supportEmails, l),
        supportPhoneNumbers: phones(v11.supportPhones, l),
        formIdentifier: textOf(v11.formIdentifier, l) ?? null,
        // v11 has no file name: the channel's name stands in [INF].
        formFiles: ofLang(v11.channelUrls, l).map((u) => ({
          name,
          url: str(u.value),
          type: FORM_TYPE[String(u.type).toLowerCase()] ?? u.type,
        })),
      };
    else if (kind === 'servicelocation-channel') {
      const display = ofLang(v11.displayNameType, l)[0];
      languageVersions[l] = {
        ...base,
        alternativeName: textOf(names, l, 'AlternativeName') ?? null,
        isAlternativeNamePrimary: display?.type === 'AlternativeName', // [INF]
        contactWebPages: ofLang(v11.webPages, l).map((w) => ({
          name: str(w.value) ?? name,
          url: str(w.url),
        })),
        contactFaxNumbers: ofLang(v11.faxNumbers, l).map((p) => phoneOf(p, 'Fax')),
        contactEmails: emails(v11.emails, l),
        contactPhoneNumbers: phones(v11.phoneNumbers, l),
      };
    } else {
      languageVersions[l] = {
        ...base,
        webAddress: url === undefined ? { url: null, name: null } : webAddress,
        supportEmails: emails(v11.supportEmails, l),
        phoneNumbers: ofLang(v11.phoneNumbers, l)
          .filter((p) => p.type === undefined || p.type === 'Phone')
          .map((p) => phoneOf(p)),
      };
    }
  }
  if (kind === 'telephone-channel')
    arr(v11.phoneNumbers).forEach((p, i) => {
      if (p.type !== undefined && p.type !== 'Phone')
        d.drop(
          `/phoneNumbers/${i}`,
          `a v12 telephone channel takes phone numbers only, not ${String(p.type)}`,
          p,
        );
    });
  arr(v11.channelUrls).forEach((u, i) => {
    if (!FORM_TYPE[String(u.type).toLowerCase()])
      d.drop(`/channelUrls/${i}`, `no v12 form file type for '${String(u.type)}'`, u);
  });

  let area = areaOf(v11, d);
  if (!area) {
    area = { areaType: 'WholeCountry' };
    d.defaulted('/area', 'an area', area);
  }
  const body: Obj = {
    organizationContentId: v11.organizationId,
    allowedConnectionType: v11.isVisibleForAll === true ? 'AllOrganizations' : 'OwnOrganizations', // [INF]
    serviceLanguages: v11.languages,
    area,
    languageVersions,
  };
  if (kind === 'eservice-channel') {
    body.electronicSignature =
      v11.requiresSignature === true
        ? { type: 'Required', numberOfRequiredSignatures: Number(v11.signatureQuantity) || 1 }
        : { type: 'NotRequired' };
    body.electronicIdentification = v11.requiresAuthentication === true ? 'Required' : 'NotRequired';
  } else if (kind === 'printableform-channel') {
    body.deliveryAddresses = arr(v11.deliveryAddresses).map((a, i) => deliveryOf(a, i, d));
  } else if (kind === 'servicelocation-channel') {
    arr(v11.addresses).forEach((a, i) => {
      if (!['Location', 'Visiting', 'Postal'].includes(String(a.type)))
        d.drop(`/addresses/${i}`, `no v12 address of type '${String(a.type)}'`, a);
    });
    body.location = addressesOf(v11.addresses, ['Location', 'Visiting'], d, {
      other: true,
      postOfficeBox: false,
    });
    body.contactAddresses = addressesOf(v11.addresses, ['Postal'], d);
  }
  return { kind, body: clean(body), dropped: d.list };
}

/** v11 delivery address (`Street`/`PostOfficeBox`/`NoAddress`, `formReceiver`) → v12 [INF]. */
function deliveryOf(a: Obj, i: number, d: Drops): Obj {
  const recipient = localized(a.formReceiver);
  if (a.subType === 'Street' && isObj(a.streetAddress)) {
    const s = addressesOf([{ type: 'X', subType: 'Street', streetAddress: a.streetAddress }], ['X'], d);
    return { ...(s.streetAddresses as Obj[])[0], recipient, deliveryAddressType: 'StreetAddress' };
  }
  if (a.subType === 'PostOfficeBox' && isObj(a.postOfficeBoxAddress)) {
    const p = a.postOfficeBoxAddress;
    return {
      postalCode: String(p.postalCode ?? ''),
      postOfficeBox: localized(p.postOfficeBox),
      additionalInformation: localized(p.additionalInformation),
      recipient,
      deliveryAddressType: 'PostOfficeBox',
    };
  }
  if (a.subType !== 'NoAddress')
    d.drop(`/deliveryAddresses/${i}`, `no v12 delivery address of sub-type '${String(a.subType)}'`, a);
  return {
    recipient,
    deliveryInformation: localized(a.deliveryAddressInText),
    deliveryAddressType: 'DeliveryInformation',
  };
}
