/**
 * ptv-readiness's own JSON Schemas (2020-12) for every PTV v12 write request body, written from the
 * v12 beta spec (info.version 0.1.0, `components.schemas`, see v12-migration.md §4.9). Definitions
 * carry the spec's schema names, quirks included (`PostSubOrganizationExternalIdReques`,
 * `CompanySubMainOrganizationExternalIdRequest`), so `schemas.spec.test.ts` can compare them one by
 * one with the spec and a spec update shows up as a failing test. Rendered-text limits, which the
 * spec states only in prose, are the `renderedMaxLength` keyword.
 */
import {
  array,
  CODE,
  markdown,
  nullable,
  object,
  oneOfValues,
  pattern,
  perLanguage,
  ref,
  text,
  union,
  url,
  uuid,
  type Schema,
} from './schemaBuilders.js';

/** Service languages the spec accepts (ISO 639 codes plus `sgn-fi`, `rom`, `prs`, …), spec order. */
const SERVICE_LANGUAGES = [
  'se', 'smn', 'sms', 'hi', 'ug', 'he', 'sgn-fi', 'no', 'lv', 'da', 'sw', 'cs', 'pl', 'de', 'ms',
  'ln', 'sr', 'is', 'sh', 'sk', 'fr', 'bs', 'el', 'am', 'hr', 'uz', 'es', 'ko', 'ta', 'hu', 'ky',
  'rn', 'kk', 'kg', 'fa', 'et', 'so', 'th', 'bn', 'km', 'tk', 'wo', 'ne', 'ro', 'sq', 'it', 'lo',
  'az', 'rom', 'tr', 'id', 'tl', 'hy', 'my', 'mk', 'zh', 'rw', 'uk', 'ur', 'ar', 'ja', 'ps', 'ru',
  'sl', 'vi', 'lt', 'ka', 'ku', 'bg', 'nl', 'pt', 'fi', 'sv', 'en', 'prs',
]; // prettier-ignore

const POSTAL_CODE = pattern('^\\d{5}$');
const EXTERNAL_ID: Schema = { type: 'string', minLength: 1, maxLength: 100, pattern: '\\S+' };

// ---- shared pieces ----------------------------------------------------------------------------

const common: Record<string, Schema> = {
  ContentIdType: uuid(),
  ServiceLanguage: { type: 'string', enum: SERVICE_LANGUAGES },
  ServiceLanguagesRequest: array(ref('ServiceLanguage'), { minItems: 1, uniqueItems: true }),
  AllowedConnectionType: oneOfValues('AllOrganizations', 'OwnOrganizations'),
  AccessibilityClassificationLevel: oneOfValues(
    'FullyCompliant',
    'PartiallyCompliant',
    'NonCompliant',
    'Unknown',
  ),
  ElectronicIdentification: oneOfValues('Required', 'NotRequired'),
  ServiceChargeType: oneOfValues('Free', 'Charged'),
  ServiceFundingType: oneOfValues('MarketFunded', 'PubliclyFunded'),
  PhoneChargeType: oneOfValues('Free', 'Charged', 'ExtraCharge'),

  WholeCountry: object({ areaType: oneOfValues('WholeCountry') }),
  WholeCountryExceptAland: object({ areaType: oneOfValues('WholeCountryExceptAland') }),
  AreaLimitedAreaRequest: object({
    areaType: oneOfValues('LimitedArea'),
    municipalities: array(pattern('^\\d{3}$'), { uniqueItems: true }),
    regions: array(pattern('^\\d{2}$'), { uniqueItems: true }),
    wellbeingServicesCounties: array(pattern('^\\d{2}$'), { uniqueItems: true }),
  }),
  AreaTypesRequest: union('areaType', ['WholeCountry', 'WholeCountryExceptAland', 'AreaLimitedAreaRequest']),

  EmailRequest: object({ email: { type: 'string', format: 'email' } }),
  WebPageRequest: object({ name: text(100), url: url() }),
  WebAddressRequiredRequestSchema: object({ url: url(), name: text(500) }),
  WebAddressNameRequest: object({ url: nullable(url()), name: nullable(text(500)) }),
  WebPageWithAdditionalInformationRequest: object({
    name: text(100),
    url: url(),
    additionalInformation: nullable(text(500)),
  }),
  LegislationLinkRequest: object({ url: url(), name: text(500) }),

  DomesticPhoneNumberRequest: object({
    additionalInformation: nullable(text(300)),
    chargeDescription: nullable(text(300)),
    chargeType: ref('PhoneChargeType'),
    number: pattern('^\\d+$'),
    type: oneOfValues('DomesticPhone'),
  }),
  InternationalPhoneNumberRequest: object({
    additionalInformation: nullable(text(300)),
    chargeDescription: nullable(text(300)),
    chargeType: ref('PhoneChargeType'),
    number: pattern('^[1-9]\\d*$'),
    dialCode: pattern('^\\+\\d{1,4}$'),
    type: oneOfValues('InternationalPhone'),
  }),
  TelephoneNumberRequest: union('type', ['DomesticPhoneNumberRequest', 'InternationalPhoneNumberRequest']),
  FaxNumberRequest: object({
    additionalInformation: nullable(text(300)),
    chargeDescription: nullable(text(300)),
    chargeType: ref('PhoneChargeType'),
    number: pattern('^\\d+$'),
    dialCode: pattern('^\\+\\d{1,4}$'),
    type: oneOfValues('Fax'),
  }),

  // Coordinates are the one address object the spec leaves open.
  CoordinateRequest: object(
    {
      system: oneOfValues('EPSG:3067'),
      easting: { type: 'number', minimum: 43500, maximum: 765000 },
      northing: { type: 'number', minimum: 6522000, maximum: 7796000 },
    },
    { open: true },
  ),
  ForeignAddressRequest: object({
    address: perLanguage(text(500)),
    countryCode: { type: 'string', minLength: 1, pattern: '^(\\S+.*\\S+|\\S)$' },
  }),
  PostOfficeBoxAddressRequest: object({
    postalCode: POSTAL_CODE,
    postOfficeBox: perLanguage(text(30)),
    additionalInformation: perLanguage(text(300)),
  }),
  StreetAddressRequest: object({
    streetName: perLanguage(text(100)),
    addressDetail: text(30),
    postalCode: POSTAL_CODE,
    coordinates: nullable(ref('CoordinateRequest')),
    additionalInformation: perLanguage(text(300)),
  }),
  OtherAddressRequest: object({
    postalCode: POSTAL_CODE,
    coordinates: ref('CoordinateRequest'),
    additionalInformation: perLanguage(text(300)),
  }),
};

// ---- services ---------------------------------------------------------------------------------

const serviceLanguageVersion = {
  name: text(100),
  alternativeName: nullable(text(100)),
  summary: text(150),
  description: nullable(markdown(5000)),
  userInstructions: nullable(markdown(5000)),
  conditions: nullable(markdown(5000)),
  legislationLinks: array(ref('LegislationLinkRequest')),
  freelyAssignedKeywords: array(text(100)),
  voucher: ref('VoucherTypesRequest'),
  chargeTypeAdditionalInformation: nullable(markdown(500)),
};
/** Professional qualifications and permits add three time texts to a service's language version. */
const timedLanguageVersion = {
  ...serviceLanguageVersion,
  processingTimeAdditionalInformation: nullable(markdown(700)),
  deadlineAdditionalInformation: nullable(markdown(700)),
  validityTimeAdditionalInformation: nullable(markdown(700)),
};

const serviceBase = {
  organizationContentId: ref('ContentIdType'),
  targetGroups: array(pattern(CODE), { uniqueItems: true }),
  industrialClasses: array({ type: 'string', format: 'uri' }, { uniqueItems: true }),
  lifeEvents: array(pattern(CODE), { uniqueItems: true }),
  ontologyTerms: array({ type: 'string', format: 'uri' }, { maxItems: 10, uniqueItems: true }),
  serviceClasses: array(pattern(CODE), { maxItems: 4, uniqueItems: true }),
  otherResponsibleOrganizations: array(ref('ContentIdType'), { uniqueItems: true }),
  producers: ref('ProducersRequest'),
  area: ref('AreaTypesRequest'),
  chargeType: nullable(ref('ServiceChargeType')),
  fundingType: ref('ServiceFundingType'),
  serviceLanguages: ref('ServiceLanguagesRequest'),
  generalDescriptionContentId: nullable(uuid()),
};

/** One service type: its request, its language versions and its `…WithExternalId…` variant. */
function serviceType(
  type: string,
  languageVersion: string,
  languageVersions: Schema,
): Record<string, Schema> {
  const props = { ...serviceBase, serviceType: oneOfValues(type), languageVersions };
  return {
    [`${type}ServiceRequest`]: object(props),
    [`${type}ServiceWithExternalIdRequest`]: object({ ...props, externalId: EXTERNAL_ID }),
    [languageVersion]: object(
      languageVersion.startsWith('Service') ? serviceLanguageVersion : timedLanguageVersion,
    ),
  };
}

const SERVICE_TYPES = ['Service', 'ProfessionalQualification', 'PermitOrOtherObligation'];

const services: Record<string, Schema> = {
  SelfProducer: object({ organizations: array(ref('ContentIdType')) }),
  OtherProducerRequest: object({ name: perLanguage(text(150)) }),
  ProducerRequest: object({
    organizations: array(ref('ContentIdType'), { uniqueItems: true }),
    other: array(ref('OtherProducerRequest')),
  }),
  ProducersRequest: object({
    selfProducedProducers: ref('SelfProducer'),
    procuredProducers: ref('ProducerRequest'),
    otherProducers: ref('ProducerRequest'),
  }),
  NotUsed: object({ voucherType: oneOfValues('NotUsed') }),
  VoucherWithAdditionalInformationRequest: object({
    voucherType: oneOfValues('WithAdditionalInformation'),
    additionalInformation: nullable(text(500)),
  }),
  VoucherWithUrlRequest: object({
    voucherType: oneOfValues('WithUrl'),
    urls: array(object({ name: text(100), url: url(), additionalInformation: nullable(text(500)) })),
  }),
  VoucherTypesRequest: union('voucherType', [
    'NotUsed',
    'VoucherWithAdditionalInformationRequest',
    'VoucherWithUrlRequest',
  ]),
  ServiceServiceLanguageVersionsRequest: perLanguage(ref('ServiceServiceLanguageVersionRequest')),
  ...serviceType(
    'Service',
    'ServiceServiceLanguageVersionRequest',
    ref('ServiceServiceLanguageVersionsRequest'),
  ),
  // The spec inlines the language-version maps of these two types.
  ...serviceType(
    'ProfessionalQualification',
    'ProfessionalQualificationServiceLanguageVersionRequest',
    perLanguage(ref('ProfessionalQualificationServiceLanguageVersionRequest')),
  ),
  ...serviceType(
    'PermitOrOtherObligation',
    'PermitOrOtherObligationServiceLanguageVersionRequest',
    perLanguage(ref('PermitOrOtherObligationServiceLanguageVersionRequest')),
  ),
  PostServiceRequest: union(
    'serviceType',
    SERVICE_TYPES.map((t) => `${t}ServiceRequest`),
  ),
  PutServiceRequest: union(
    'serviceType',
    SERVICE_TYPES.map((t) => `${t}ServiceRequest`),
  ),
  ServiceExternalIdRequest: union(
    'serviceType',
    SERVICE_TYPES.map((t) => `${t}ServiceWithExternalIdRequest`),
  ),
};

// ---- channels ---------------------------------------------------------------------------------

const channelText = { name: text(300), summary: text(150), description: markdown(5000) };
const channelBase = {
  organizationContentId: ref('ContentIdType'),
  allowedConnectionType: ref('AllowedConnectionType'),
  serviceLanguages: ref('ServiceLanguagesRequest'),
  area: ref('AreaTypesRequest'),
};

/** A channel type's language versions plus its Post and Put request (the same body). */
function channel(
  type: string,
  names: { post: string; put: string },
  languageVersion: Record<string, Schema>,
  extra: Record<string, Schema> = {},
): Record<string, Schema> {
  const request = object({
    ...channelBase,
    languageVersions: ref(`${type}ChannelLanguageVersionsRequest`),
    ...extra,
  });
  return {
    [`${type}ChannelLanguageVersionRequest`]: object({ ...channelText, ...languageVersion }),
    [`${type}ChannelLanguageVersionsRequest`]: perLanguage(ref(`${type}ChannelLanguageVersionRequest`)),
    [names.post]: request,
    [names.put]: request,
  };
}

const channels: Record<string, Schema> = {
  SignatureRequiredRequest: object({
    type: oneOfValues('Required'),
    numberOfRequiredSignatures: { type: 'integer', minimum: 1, maximum: 9 },
  }),
  SignatureNotRequiredRequest: object({ type: oneOfValues('NotRequired') }),
  SignatureRequest: union('type', ['SignatureRequiredRequest', 'SignatureNotRequiredRequest']),
  ...channel(
    'EService',
    { post: 'PostEServiceChannelRequest', put: 'PutEServiceChannelRequestSchema' },
    {
      accessibilityClassificationLevel: ref('AccessibilityClassificationLevel'),
      webAddress: ref('WebAddressRequiredRequestSchema'),
      attachmentLinks: array(ref('WebPageWithAdditionalInformationRequest')),
      supportEmails: array(ref('EmailRequest')),
      supportPhoneNumbers: array(ref('TelephoneNumberRequest')),
    },
    {
      electronicSignature: ref('SignatureRequest'),
      electronicIdentification: ref('ElectronicIdentification'),
    },
  ),
  ...channel(
    'WebPage',
    { post: 'PostWebPageChannelRequest', put: 'PutWebPageChannelRequest' },
    {
      accessibilityClassificationLevel: ref('AccessibilityClassificationLevel'),
      webAddress: ref('WebAddressRequiredRequestSchema'),
      supportEmails: array(ref('EmailRequest')),
      supportPhoneNumbers: array(ref('TelephoneNumberRequest')),
    },
  ),
  ...channel(
    'PrintableForm',
    { post: 'PostPrintableFormChannelRequest', put: 'PutPrintableFormChannelRequestSchema' },
    {
      attachmentLinks: array(ref('WebPageWithAdditionalInformationRequest')),
      supportEmails: array(ref('EmailRequest')),
      supportPhoneNumbers: array(ref('TelephoneNumberRequest')),
      formIdentifier: nullable(text(100)),
      formFiles: array(
        object({ name: text(100), url: url(), type: oneOfValues('rtf', 'doc', 'pdf', 'odt', 'excel') }),
        { minItems: 1 },
      ),
    },
    { deliveryAddresses: array(ref('DeliveryAddressRequest')) },
  ),
  PostOfficeBoxDeliveryAddressRequest: object({
    postalCode: POSTAL_CODE,
    postOfficeBox: perLanguage(text(30)),
    additionalInformation: perLanguage(text(300)),
    recipient: perLanguage(text(150)),
    deliveryAddressType: oneOfValues('PostOfficeBox'),
  }),
  DeliveryInformationDeliveryAddressRequest: object({
    recipient: perLanguage(text(150)),
    deliveryInformation: perLanguage(text(300)),
    deliveryAddressType: oneOfValues('DeliveryInformation'),
  }),
  StreetAddressDeliveryAddressRequest: object({
    streetName: perLanguage(text(100)),
    addressDetail: text(30),
    postalCode: POSTAL_CODE,
    coordinates: nullable(ref('CoordinateRequest')),
    additionalInformation: perLanguage(text(300)),
    recipient: perLanguage(text(150)),
    deliveryAddressType: oneOfValues('StreetAddress'),
  }),
  DeliveryAddressRequest: union('deliveryAddressType', [
    'PostOfficeBoxDeliveryAddressRequest',
    'DeliveryInformationDeliveryAddressRequest',
    'StreetAddressDeliveryAddressRequest',
  ]),
  ...channel(
    'ServiceLocation',
    { post: 'PostServiceLocationChannelRequest', put: 'PutServiceLocationChannelRequestSchema' },
    {
      alternativeName: nullable(text(300)),
      isAlternativeNamePrimary: { type: 'boolean' },
      contactWebPages: array(ref('WebPageRequest')),
      contactFaxNumbers: array(ref('FaxNumberRequest')),
      contactEmails: array(ref('EmailRequest')),
      contactPhoneNumbers: array(ref('TelephoneNumberRequest')),
    },
    {
      contactAddresses: ref('ServiceLocationChannelContactAddressesRequest'),
      location: ref('ServiceLocationChannelLocationRequest'),
    },
  ),
  ServiceLocationChannelContactAddressesRequest: object({
    foreignAddresses: array(ref('ForeignAddressRequest')),
    postOfficeBoxAddresses: array(ref('PostOfficeBoxAddressRequest')),
    streetAddresses: array(ref('StreetAddressRequest')),
  }),
  ServiceLocationChannelLocationRequest: object({
    foreignAddresses: array(ref('ForeignAddressRequest')),
    streetAddresses: array(ref('StreetAddressRequest')),
    otherAddresses: array(ref('OtherAddressRequest')),
  }),
  ...channel(
    'Telephone',
    { post: 'PostTelephoneChannelRequest', put: 'PutTelephoneChannelRequestSchema' },
    {
      webAddress: ref('WebAddressNameRequest'),
      supportEmails: array(ref('EmailRequest')),
      phoneNumbers: array(ref('TelephoneNumberRequest')),
    },
  ),
  // The spec leaves the connection body open.
  ConnectionRequest: object(
    { serviceContentId: ref('ContentIdType'), channelContentId: ref('ContentIdType') },
    { open: true },
  ),
};

// ---- organisations ----------------------------------------------------------------------------

const organizationBase = {
  businessId: pattern('^[0-9]{7}-[0-9]{1}$'),
  eInvoiceAddresses: array(
    object({
      address: text(100),
      intermediatorCode: nullable(text(100)),
      additionalInformation: perLanguage(text(100)),
    }),
  ),
  contactAddresses: ref('OrganizationContactAddressesRequest'),
  location: ref('OrganizationLocationRequest'),
  languageVersions: ref('LocalizedOrganizationLanguageVersionsRequest'),
  oid: nullable({ type: 'string', pattern: '^(\\d+\\.)+\\d+$', maxLength: 50 }),
};

/** A municipality organisation names exactly one municipality as its area. */
const MUNICIPALITY_AREA = object({
  areaType: oneOfValues('LimitedArea'),
  municipalities: array(pattern('^\\d{3}$'), { minItems: 1, maxItems: 1 }),
});

/** The spec's organisation-type prefixes, their `organizationType` value and area. */
const ORGANIZATION_TYPES: readonly { prefix: string; type: string; area: Schema }[] = [
  { prefix: 'State', type: 'State', area: ref('AreaTypesRequest') },
  { prefix: 'Municipality', type: 'Municipality', area: MUNICIPALITY_AREA },
  { prefix: 'Regional', type: 'RegionalOrganization', area: ref('AreaLimitedAreaRequest') },
  { prefix: 'NonProfit', type: 'Organization', area: ref('AreaTypesRequest') },
  { prefix: 'Company', type: 'Company', area: ref('AreaTypesRequest') },
];

/** Schema name of one organisation branch; the spec spells the company sub external-id one irregularly. */
function organizationName(prefix: string, sub: boolean, externalId: boolean): string {
  if (prefix === 'Company' && sub && externalId) return 'CompanySubMainOrganizationExternalIdRequest';
  return `${prefix}${sub ? 'Sub' : 'Main'}Organization${externalId ? 'ExternalId' : ''}Request`;
}

function organizationBranches(): Record<string, Schema> {
  const out: Record<string, Schema> = {};
  for (const { prefix, type, area } of ORGANIZATION_TYPES) {
    for (const sub of [false, true]) {
      for (const externalId of [false, true]) {
        out[organizationName(prefix, sub, externalId)] = object({
          ...organizationBase,
          organizationType: oneOfValues(type),
          area,
          ...(sub ? { parentOrganizationContentId: ref('ContentIdType') } : {}),
          ...(externalId ? { externalId: EXTERNAL_ID } : {}),
        });
      }
    }
  }
  return out;
}

const organizationUnion = (sub: boolean, externalId: boolean): Schema =>
  union(
    'organizationType',
    ORGANIZATION_TYPES.map((t) => organizationName(t.prefix, sub, externalId)),
  );

const organizations: Record<string, Schema> = {
  OrganizationContactAddressesRequest: object({
    foreignAddresses: array(ref('ForeignAddressRequest')),
    postOfficeBoxAddresses: array(ref('PostOfficeBoxAddressRequest')),
    streetAddresses: array(ref('StreetAddressRequest')),
  }),
  OrganizationLocationRequest: object({
    foreignAddresses: array(ref('ForeignAddressRequest')),
    streetAddresses: array(ref('StreetAddressRequest')),
    otherAddresses: array(ref('OtherAddressRequest')),
  }),
  PostOrganizationLanguageVersion: object({
    name: text(100),
    alternativeName: nullable(text(100)),
    isAlternativeNamePrimary: { type: 'boolean' },
    description: nullable(markdown(2500)),
    summary: text(150),
    contactEmails: array(
      object({ email: { type: 'string', format: 'email' }, additionalInformation: nullable(text(150)) }),
    ),
    contactWebPages: array(object({ name: text(100), url: url() })),
    contactPhoneNumbers: array(ref('TelephoneNumberRequest')),
  }),
  LocalizedOrganizationLanguageVersionsRequest: perLanguage(ref('PostOrganizationLanguageVersion')),
  ...organizationBranches(),
  PostMainOrganizationRequest: organizationUnion(false, false),
  PutMainOrganizationRequest: organizationUnion(false, false),
  PostMainOrganizationExternalIdRequest: organizationUnion(false, true),
  PostSubOrganizationRequest: organizationUnion(true, false),
  PutSubOrganizationRequest: organizationUnion(true, false),
  PostSubOrganizationExternalIdReques: organizationUnion(true, true),
};

/** Every definition, by the spec's schema name. */
export const V12_DEFS: Readonly<Record<string, Schema>> = Object.freeze({
  ...common,
  ...services,
  ...channels,
  ...organizations,
});

/** The top-level write request bodies (what a route map may name as `body`). */
export const V12_REQUEST_SCHEMAS = [
  'PostServiceRequest',
  'PutServiceRequest',
  'ServiceExternalIdRequest',
  'PostEServiceChannelRequest',
  'PutEServiceChannelRequestSchema',
  'PostWebPageChannelRequest',
  'PutWebPageChannelRequest',
  'PostPrintableFormChannelRequest',
  'PutPrintableFormChannelRequestSchema',
  'PostServiceLocationChannelRequest',
  'PutServiceLocationChannelRequestSchema',
  'PostTelephoneChannelRequest',
  'PutTelephoneChannelRequestSchema',
  'ConnectionRequest',
  'PostMainOrganizationRequest',
  'PutMainOrganizationRequest',
  'PostMainOrganizationExternalIdRequest',
  'PostSubOrganizationRequest',
  'PutSubOrganizationRequest',
  'PostSubOrganizationExternalIdReques',
] as const;
export type V12RequestSchema = (typeof V12_REQUEST_SCHEMAS)[number];
