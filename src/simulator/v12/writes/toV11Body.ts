/**
 * A v12 write request → the v11 IN body the simulator's existing store functions take (postEntity /
 * putEntity), so a v12 write lands in the same state as a v11 one and reads back through both APIs.
 * This is v12-migration.md §4.4 read from the v12 side, written apart from src/rules/v12/toV12Request
 * and src/neutral (two readings of one table catch a misreading). Every correspondence marked [INF]
 * there is [INF] here; see docs/simulator.md.
 *
 * v12 PUT is a full replace [INF]: for a PUT every list v12 carries is sent, and one that is empty in
 * the v12 body goes as its v11 `deleteAll*` flag, so the v11 merge clears it instead of keeping it.
 * What v12 cannot express (service hours, WCAG levels, SMS numbers …) stays as it was.
 */
import { serviceClasses, targetGroups } from '../../../rules/codeLists/finnishCodes.js';
import { DATA_LANGUAGES } from '../../../core/vocabulary.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** `languageVersions` in PTV's language order. */
function versions(body: Obj): [string, Obj][] {
  const lv = isObj(body.languageVersions) ? body.languageVersions : {};
  return DATA_LANGUAGES.filter((l) => isObj(lv[l])).map((l) => [l, lv[l] as Obj]);
}
/** `{fi: …}` → `[{value, language}]`. */
const items = (m: unknown): Obj[] =>
  isObj(m)
    ? DATA_LANGUAGES.filter((l) => typeof m[l] === 'string').map((l) => ({ value: m[l], language: l }))
    : [];

/** The v11 body, and the lists a v12 PUT empties that v11 has no `deleteAll*` flag for. */
export interface V11Write {
  body: Obj;
  /** Fields to empty in the stored version after the v11 PUT (full replace [INF]). */
  clear: string[];
}

/**
 * List fields and their v11 `deleteAll*` flag (null: v11 has none): an empty list on a PUT clears
 * through the flag, or after the write when there is no flag. A POST just leaves empty lists out.
 */
function withFlags(body: Obj, put: boolean, flags: Record<string, string | null>): V11Write {
  const clear: string[] = [];
  for (const [field, flag] of Object.entries(flags)) {
    const v = body[field];
    if (!(v === undefined || v === null || (Array.isArray(v) && v.length === 0))) continue;
    delete body[field];
    if (!put) continue;
    if (flag) body[flag] = true;
    else clear.push(field);
  }
  return { body, clear };
}

const AREA_TYPE: Record<string, string> = {
  WholeCountry: 'Nationwide',
  WholeCountryExceptAland: 'NationwideExceptAlandIslands',
  LimitedArea: 'LimitedType',
};

function areaOf(area: unknown): Obj {
  if (!isObj(area)) return {};
  const areaType = AREA_TYPE[String(area.areaType)] ?? area.areaType;
  if (areaType !== 'LimitedType') return { areaType };
  const areas = [
    { type: 'Municipality', areaCodes: strs(area.municipalities) },
    { type: 'Region', areaCodes: strs(area.regions) },
    { type: 'WellbeingServiceCounties', areaCodes: strs(area.wellbeingServicesCounties) },
  ].filter((a) => a.areaCodes.length > 0);
  return { areaType, areas };
}

const PHONE_CHARGE: Record<string, string> = {
  Charged: 'Chargeable',
  Free: 'FreeOfCharge',
  ExtraCharge: 'Other', // [INF]
};

function phoneOf(p: Obj, language: string, type?: string): Obj {
  const domestic = p.type === 'DomesticPhone';
  return {
    ...(type && { type }),
    ...(domestic ? {} : { prefixNumber: str(p.dialCode) }),
    number: str(p.number),
    isFinnishServiceNumber: domestic,
    serviceChargeType: PHONE_CHARGE[String(p.chargeType)] ?? 'Chargeable',
    ...(str(p.chargeDescription) && { chargeDescription: p.chargeDescription }),
    ...(str(p.additionalInformation) && { additionalInformation: p.additionalInformation }),
    language,
  };
}

function streetOf(s: Obj): Obj {
  const c = isObj(s.coordinates) ? s.coordinates : undefined;
  return {
    street: items(s.streetName),
    streetNumber: str(s.addressDetail),
    postalCode: str(s.postalCode),
    ...(items(s.additionalInformation).length && { additionalInformation: items(s.additionalInformation) }),
    ...(c && { latitude: String(c.northing), longitude: String(c.easting) }),
  };
}

/** `{foreignAddresses, postOfficeBoxAddresses, streetAddresses, otherAddresses}` → v11 addresses of `type`. */
function addressesOf(group: unknown, type: string, streetSubType: string): Obj[] {
  if (!isObj(group)) return [];
  return [
    ...arr(group.streetAddresses).map((s) => ({
      type,
      subType: streetSubType,
      country: 'FI',
      streetAddress: streetOf(s),
    })),
    ...arr(group.postOfficeBoxAddresses).map((p) => ({
      type,
      subType: 'PostOfficeBox',
      postOfficeBoxAddress: {
        postOfficeBox: items(p.postOfficeBox),
        postalCode: str(p.postalCode),
        ...(items(p.additionalInformation).length && {
          additionalInformation: items(p.additionalInformation),
        }),
      },
    })),
    ...arr(group.foreignAddresses).map((f) => ({
      type,
      subType: 'Abroad',
      country: str(f.countryCode),
      foreignAddress: items(f.address),
    })),
    ...arr(group.otherAddresses).map((o) => {
      const c = isObj(o.coordinates) ? o.coordinates : {};
      return {
        type,
        subType: 'Other',
        otherAddress: {
          postalCode: str(o.postalCode),
          latitude: String(c.northing),
          longitude: String(c.easting),
          ...(items(o.additionalInformation).length && {
            additionalInformation: items(o.additionalInformation),
          }),
        },
      };
    }),
  ];
}

// ---- services ---------------------------------------------------------------------------------

const SERVICE_TYPE: Record<string, string> = { PermitOrOtherObligation: 'PermitOrObligation' };
const DESCRIPTIONS: [string, string][] = [
  ['summary', 'Summary'],
  ['description', 'Description'],
  ['userInstructions', 'UserInstruction'],
  ['chargeTypeAdditionalInformation', 'ChargeTypeAdditionalInfo'],
  ['deadlineAdditionalInformation', 'DeadLine'],
  ['processingTimeAdditionalInformation', 'ProcessingTime'],
  ['validityTimeAdditionalInformation', 'ValidityTime'],
];

/** A bare code → the code list's URI (v11 stores URIs); an unknown code stays bare for v11 to judge. */
function uriOf(list: readonly { code: string; uri: string }[], code: string): string {
  return list.find((c) => c.code === code)?.uri ?? code;
}
const lifeEventUri = (code: string) =>
  code.includes('/') ? code : `http://uri.suomi.fi/codelist/ptv/ptvlifeevents/code/${code}`;

export function serviceToV11(b: Obj, put: boolean): V11Write {
  const names: Obj[] = [];
  const texts: Obj[] = [];
  const requirements: Obj[] = [];
  const keywords: Obj[] = [];
  const legislation: Obj[] = [];
  const vouchers: Obj[] = [];
  let vouchersInUse = false;
  for (const [l, v] of versions(b)) {
    names.push({ type: 'Name', value: v.name, language: l });
    if (str(v.alternativeName))
      names.push({ type: 'AlternativeName', value: v.alternativeName, language: l });
    for (const [key, type] of DESCRIPTIONS) if (str(v[key])) texts.push({ type, value: v[key], language: l });
    if (str(v.conditions)) requirements.push({ value: v.conditions, language: l }); // [INF]
    for (const k of strs(v.freelyAssignedKeywords)) keywords.push({ value: k, language: l });
    for (const link of arr(v.legislationLinks))
      legislation.push({
        names: [{ value: link.name, language: l }],
        webPages: [{ url: link.url, value: link.name, language: l }],
      });
    const voucher = isObj(v.voucher) ? v.voucher : {};
    if (voucher.voucherType === 'WithUrl') {
      vouchersInUse = true;
      for (const u of arr(voucher.urls))
        vouchers.push({
          value: u.name,
          url: u.url,
          ...(str(u.additionalInformation) && { additionalInformation: u.additionalInformation }),
          language: l,
        });
    } else if (voucher.voucherType === 'WithAdditionalInformation') {
      vouchersInUse = true;
      if (str(voucher.additionalInformation))
        vouchers.push({ additionalInformation: voucher.additionalInformation, language: l });
    }
  }
  const producers = isObj(b.producers) ? b.producers : {};
  const serviceProducers: Obj[] = [];
  for (const [key, provisionType] of [
    ['selfProducedProducers', 'SelfProducedServices'],
    ['procuredProducers', 'ProcuredServices'],
    ['otherProducers', 'Other'],
  ] as const) {
    const p = isObj(producers[key]) ? producers[key] : {};
    const organizations = strs(p.organizations);
    const others = arr(p.other);
    if (organizations.length) serviceProducers.push({ provisionType, organizations });
    for (const o of others) serviceProducers.push({ provisionType, additionalInformation: items(o.name) });
  }
  const chargeType =
    b.chargeType === 'Charged' ? 'Chargeable' : b.chargeType === 'Free' ? 'FreeOfCharge' : undefined;
  const body: Obj = {
    ...(str(b.externalId) && { sourceId: b.externalId }),
    type: SERVICE_TYPE[String(b.serviceType)] ?? b.serviceType,
    mainResponsibleOrganization: b.organizationContentId,
    otherResponsibleOrganizations: strs(b.otherResponsibleOrganizations),
    serviceProducers,
    fundingType: b.fundingType,
    ...(chargeType && { serviceChargeType: chargeType }),
    ...areaOf(b.area),
    languages: strs(b.serviceLanguages),
    serviceNames: names,
    serviceDescriptions: texts,
    requirements,
    keywords,
    legislation,
    serviceVouchersInUse: vouchersInUse,
    serviceVouchers: vouchers,
    serviceClasses: strs(b.serviceClasses).map((c) => uriOf(serviceClasses(), c)),
    targetGroups: strs(b.targetGroups).map((c) => uriOf(targetGroups(), c)),
    lifeEvents: strs(b.lifeEvents).map(lifeEventUri),
    ontologyTerms: strs(b.ontologyTerms),
    industrialClasses: strs(b.industrialClasses),
    ...(str(b.generalDescriptionContentId) && { generalDescriptionId: b.generalDescriptionContentId }),
    publishingStatus: 'Published',
  };
  if (put && chargeType === undefined) body.deleteServiceChargeType = true;
  if (put && !str(b.generalDescriptionContentId)) body.deleteGeneralDescriptionId = true;
  return withFlags(body, put, {
    lifeEvents: 'deleteAllLifeEvents',
    industrialClasses: 'deleteAllIndustrialClasses',
    legislation: 'deleteAllLaws',
    keywords: 'deleteAllKeywords',
    requirements: null,
    otherResponsibleOrganizations: null,
    serviceVouchers: null,
  });
}

// ---- channels ---------------------------------------------------------------------------------

/** The WCAG level v11 demands with each classification level (v12 carries the classification only). */
const WCAG: Record<string, string> = { FullyCompliant: 'LevelAA', PartiallyCompliant: 'LevelA' };

/**
 * v12 sends the classification level only; v11 demands a WCAG level and an accessibility statement
 * with it. The simulator stores the lowest WCAG level the classification allows and the channel's own
 * name and web address as the statement [INF], so the v11 side stays valid; v11 reads show them.
 */
function accessibilityOf(
  level: string,
  name: string | undefined,
  url: string | undefined,
  language: string,
): Obj {
  const statement =
    level === 'Unknown' || !url
      ? {}
      : { accessibilityStatementWebPageName: name, accessibilityStatementWebPage: url };
  return {
    accessibilityClassificationLevel: level,
    ...(WCAG[level] && { wcagLevel: WCAG[level] }),
    ...statement,
    language,
  };
}

const FORM_TYPE: Record<string, string> = { pdf: 'PDF', doc: 'DOC', excel: 'Excel', rtf: 'rtf', odt: 'odt' };

/** The v12 channel types as the route map names them (`Telephone`, not `TelephoneService`). */
export type V12ChannelTypeName = 'EService' | 'WebPage' | 'PrintableForm' | 'ServiceLocation' | 'Telephone';

export function channelToV11(type: V12ChannelTypeName, b: Obj, put: boolean): V11Write {
  const lvs = versions(b);
  const names: Obj[] = [];
  const texts: Obj[] = [];
  const webPage: Obj[] = [];
  const supportEmails: Obj[] = [];
  const supportPhones: Obj[] = [];
  const accessibility: Obj[] = [];
  const attachments: Obj[] = [];
  for (const [l, v] of lvs) {
    names.push(
      type === 'ServiceLocation'
        ? { type: 'Name', value: v.name, language: l }
        : { value: v.name, language: l },
    );
    if (type === 'ServiceLocation' && str(v.alternativeName))
      names.push({ type: 'AlternativeName', value: v.alternativeName, language: l });
    for (const [key, t] of [
      ['summary', 'Summary'],
      ['description', 'Description'],
    ] as const)
      if (str(v[key])) texts.push({ type: t, value: v[key], language: l });
    const web = isObj(v.webAddress) ? str(v.webAddress.url) : undefined;
    if (web) webPage.push({ value: web, language: l });
    for (const e of arr(v.supportEmails)) supportEmails.push({ value: e.email, language: l });
    for (const p of arr(v.supportPhoneNumbers)) supportPhones.push(phoneOf(p, l));
    if (str(v.accessibilityClassificationLevel))
      accessibility.push(accessibilityOf(String(v.accessibilityClassificationLevel), str(v.name), web, l));
    for (const a of arr(v.attachmentLinks))
      attachments.push({
        name: a.name,
        url: a.url,
        ...(str(a.additionalInformation) && { description: a.additionalInformation }),
        language: l,
      });
  }
  const base: Obj = {
    organizationId: b.organizationContentId,
    isVisibleForAll: b.allowedConnectionType === 'AllOrganizations', // [INF]
    languages: strs(b.serviceLanguages),
    ...areaOf(b.area),
    serviceChannelNames: names,
    serviceChannelDescriptions: texts,
    publishingStatus: 'Published',
  };
  const flags: Record<string, string | null> = {};
  if (type === 'EService' || type === 'WebPage') {
    Object.assign(base, {
      webPage,
      accessibilityClassification: accessibility,
      supportEmails,
      supportPhones,
    });
    Object.assign(flags, {
      supportEmails: 'deleteAllSupportEmails',
      supportPhones: 'deleteAllSupportPhones',
    });
  }
  if (type === 'EService') {
    const sig = isObj(b.electronicSignature) ? b.electronicSignature : {};
    Object.assign(base, {
      requiresAuthentication: b.electronicIdentification === 'Required',
      requiresSignature: sig.type === 'Required',
      ...(sig.type === 'Required' && { signatureQuantity: String(sig.numberOfRequiredSignatures) }),
      attachments,
    });
    flags.attachments = 'deleteAllAttachments';
  } else if (type === 'PrintableForm') {
    const channelUrls: Obj[] = [];
    const formIdentifier: Obj[] = [];
    for (const [l, v] of lvs) {
      for (const f of arr(v.formFiles))
        channelUrls.push({ type: FORM_TYPE[String(f.type)] ?? f.type, value: f.url, language: l });
      if (str(v.formIdentifier)) formIdentifier.push({ value: v.formIdentifier, language: l });
    }
    Object.assign(base, {
      channelUrls,
      formIdentifier,
      supportEmails,
      supportPhones,
      attachments,
      deliveryAddresses: arr(b.deliveryAddresses).map(deliveryOf),
    });
    Object.assign(flags, {
      channelUrls: 'deleteAllChannelUrls',
      formIdentifier: 'deleteAllFormIdentifiers',
      supportEmails: 'deleteAllSupportEmails',
      supportPhones: 'deleteAllSupportPhones',
      attachments: 'deleteAllAttachments',
      deliveryAddresses: 'deleteAllDeliveryAddresses',
    });
  } else if (type === 'Telephone') {
    const phoneNumbers: Obj[] = [];
    for (const [l, v] of lvs) for (const p of arr(v.phoneNumbers)) phoneNumbers.push(phoneOf(p, l, 'Phone'));
    Object.assign(base, { phoneNumbers, webPage, supportEmails });
    Object.assign(flags, { supportEmails: null, webPage: 'deleteAllWebPages' });
  } else if (type === 'ServiceLocation') {
    const displayNameType: Obj[] = [];
    const phoneNumbers: Obj[] = [];
    const faxNumbers: Obj[] = [];
    const emails: Obj[] = [];
    const webPages: Obj[] = [];
    for (const [l, v] of lvs) {
      displayNameType.push({
        type: v.isAlternativeNamePrimary === true ? 'AlternativeName' : 'Name',
        language: l,
      });
      for (const p of arr(v.contactPhoneNumbers)) phoneNumbers.push(phoneOf(p, l));
      for (const p of arr(v.contactFaxNumbers)) faxNumbers.push(phoneOf(p, l));
      for (const e of arr(v.contactEmails)) emails.push({ value: e.email, language: l });
      for (const w of arr(v.contactWebPages)) webPages.push({ url: w.url, value: w.name, language: l });
    }
    Object.assign(base, {
      displayNameType,
      addresses: [
        ...addressesOf(b.location, 'Location', 'Single'),
        ...addressesOf(b.contactAddresses, 'Postal', 'Street'),
      ],
      phoneNumbers,
      faxNumbers,
      emails,
      webPages,
    });
    Object.assign(flags, {
      phoneNumbers: 'deleteAllPhoneNumbers',
      faxNumbers: 'deleteAllFaxNumbers',
      emails: 'deleteAllEmails',
      webPages: 'deleteAllWebPages',
    });
  }
  return withFlags(base, put, flags);
}

function deliveryOf(a: Obj): Obj {
  const formReceiver = items(a.recipient);
  const receiver = formReceiver.length ? { formReceiver } : {};
  if (a.deliveryAddressType === 'StreetAddress')
    return { subType: 'Street', streetAddress: streetOf(a), ...receiver };
  if (a.deliveryAddressType === 'PostOfficeBox')
    return {
      subType: 'PostOfficeBox',
      postOfficeBoxAddress: {
        postOfficeBox: items(a.postOfficeBox),
        postalCode: str(a.postalCode),
        ...(items(a.additionalInformation).length && {
          additionalInformation: items(a.additionalInformation),
        }),
      },
      ...receiver,
    };
  return { subType: 'NoAddress', deliveryAddressInText: items(a.deliveryInformation), ...receiver };
}

// ---- organisations ----------------------------------------------------------------------------

export function organizationToV11(b: Obj, put: boolean): V11Write {
  const names: Obj[] = [];
  const texts: Obj[] = [];
  const displayNameType: Obj[] = [];
  const emails: Obj[] = [];
  const phoneNumbers: Obj[] = [];
  const webPages: Obj[] = [];
  for (const [l, v] of versions(b)) {
    names.push({ type: 'Name', value: v.name, language: l });
    if (str(v.alternativeName))
      names.push({ type: 'AlternativeName', value: v.alternativeName, language: l });
    displayNameType.push({
      type: v.isAlternativeNamePrimary === true ? 'AlternativeName' : 'Name',
      language: l,
    });
    if (str(v.summary)) texts.push({ type: 'Summary', value: v.summary, language: l });
    if (str(v.description)) texts.push({ type: 'Description', value: v.description, language: l });
    for (const e of arr(v.contactEmails))
      emails.push({
        value: e.email,
        ...(str(e.additionalInformation) && { description: e.additionalInformation }),
        language: l,
      });
    for (const p of arr(v.contactPhoneNumbers)) phoneNumbers.push(phoneOf(p, l));
    for (const w of arr(v.contactWebPages)) webPages.push({ url: w.url, value: w.name, language: l });
  }
  const area = isObj(b.area) ? b.area : {};
  const municipality = b.organizationType === 'Municipality' ? strs(area.municipalities)[0] : undefined;
  let areaFields: Obj = {};
  if (b.organizationType !== 'Municipality') {
    const a = areaOf(area);
    if (a.areaType === 'LimitedType') {
      const list = (a.areas as { type: string; areaCodes: string[] }[])[0];
      areaFields = {
        areaType: 'LimitedType',
        subAreaType: list?.type ?? 'Municipality',
        areas: list?.areaCodes ?? [],
      };
    } else areaFields = a;
  }
  const body: Obj = {
    ...(str(b.externalId) && { sourceId: b.externalId }),
    ...(str(b.parentOrganizationContentId) && { parentOrganizationId: b.parentOrganizationContentId }),
    organizationType: b.organizationType,
    businessCode: b.businessId,
    ...(municipality && { municipality }),
    ...areaFields,
    organizationNames: names,
    displayNameType,
    organizationDescriptions: texts,
    emails,
    phoneNumbers,
    webPages,
    addresses: [
      ...addressesOf(b.location, 'Visiting', 'Street'),
      ...addressesOf(b.contactAddresses, 'Postal', 'Street'),
    ],
    electronicInvoicings: arr(b.eInvoiceAddresses).map((e) => ({
      electronicInvoicingAddress: e.address,
      ...(str(e.intermediatorCode) && { operatorCode: e.intermediatorCode }),
      ...(items(e.additionalInformation).length && { additionalInformation: items(e.additionalInformation) }),
    })),
    ...(str(b.oid) && { oid: b.oid }),
    publishingStatus: 'Published',
  };
  if (put && !str(b.oid)) body.deleteOid = true;
  return withFlags(body, put, {
    emails: 'deleteAllEmails',
    phoneNumbers: 'deleteAllPhones',
    webPages: 'deleteAllWebPages',
    addresses: 'deleteAllAddresses',
    electronicInvoicings: 'deleteAllElectronicInvoicings',
  });
}
