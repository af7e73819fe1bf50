/**
 * The v11 → v12 mapping of v12-migration.md §4.4, as data: one row per neutral key (pattern), with
 * where the value comes from in v11 IN and v12 OUT, the canonical rule, and the basis of the
 * correspondence. `docs/v12-mapping.md` is rendered from this table (`npm run docs:mapping`) and a
 * unit test fails when the committed doc differs, so the two cannot drift.
 *
 * Basis tags: SPEC (the v12 OpenAPI document), SRC (PTV 3.4 source), 3P-LIVE (a third party against
 * live data), DOC (DVV's pages), INF (inferred: verify on CTE before relying on it), "SPEC by
 * absence" (v12 has no such field).
 */
import { parseKey } from './keys.js';

export type Basis = 'SPEC' | 'SRC' | '3P-LIVE' | 'DOC' | 'INF' | 'SPEC by absence';

/**
 * mapped: compared; dropped: v12 cannot carry it (information, never a failure); notCompared:
 * present on one side only by design (`sourceId`/`externalId`).
 */
export type Carriage = 'mapped' | 'dropped' | 'notCompared';

export interface MappingRow {
  /** Neutral key pattern: `<l>` is a language, `s>c` the connection's roles. */
  key: string;
  v11In: string;
  v12Out: string;
  canon: string;
  basis: Basis[];
  carried: Carriage;
  /** Dropped only for this service type (`deadline` etc. exist on the other two). */
  droppedForServiceType?: 'service';
  /** The v12 response fields the row reads, as `Schema#path` (`*` = any language / array item). */
  v12Fields: string[];
}

export interface MappingSection {
  title: string;
  rows: MappingRow[];
}

type Row = [
  key: string,
  v11In: string,
  v12Out: string,
  canon: string,
  basis: Basis[],
  v12Fields: string[],
  carried?: Carriage,
];

function rows(list: Row[], extra: Partial<Record<string, Partial<MappingRow>>> = {}): MappingRow[] {
  return list.map(([key, v11In, v12Out, canon, basis, v12Fields, carried]) => ({
    key,
    v11In,
    v12Out,
    canon,
    basis,
    carried: carried ?? 'mapped',
    v12Fields,
    ...extra[key],
  }));
}

const S = 'ServiceResponse#';
const SLV = 'ServiceResponse#languageVersions.*.';
const C = 'ChannelResponse#';
const CLV = 'ChannelResponse#languageVersions.*.';
const O = 'OrganizationResponse#';
const OLV = 'OrganizationResponse#languageVersions.*.';
const K = 'ConnectionResponse#';
const KLV = 'ConnectionResponse#languageVersions.*.';

export const MAPPING: MappingSection[] = [
  {
    title: 'Service (`GET /api/v12/service/{contentId}`)',
    rows: rows(
      [
        [
          'service.type',
          '`type` Service/PermitOrObligation/ProfessionalQualification',
          '`serviceType` Service/PermitOrOtherObligation/ProfessionalQualification',
          'token service/permitOrObligation/professionalQualification',
          ['SPEC', '3P-LIVE'],
          [`${S}serviceType`],
        ],
        [
          'service.organization',
          '`mainResponsibleOrganization`',
          '`organizationContentId`',
          'role',
          ['SPEC', 'INF'],
          [`${S}organizationContentId`],
        ],
        [
          'service.otherResponsible',
          '`otherResponsibleOrganizations`',
          '`otherResponsibleOrganizations`',
          'sorted roles',
          ['SPEC'],
          [`${S}otherResponsibleOrganizations`],
        ],
        [
          'service.producers',
          '`serviceProducers[{provisionType, organizations}]`',
          '`producers.selfProducedProducers/.procuredProducers/.otherProducers.organizations`',
          '`self|role`, `procured|role`, `other|role`',
          ['SPEC', 'INF'],
          [
            `${S}producers.selfProducedProducers.organizations`,
            `${S}producers.procuredProducers.organizations`,
            `${S}producers.otherProducers.organizations`,
          ],
        ],
        [
          'service.producers.otherName.<l>',
          '`serviceProducers[Other].additionalInformation`',
          '`producers.*.other[].name.<l>`',
          'text',
          ['INF'],
          [`${S}producers.otherProducers.other.*.name.fi`],
        ],
        [
          'service.fundingType',
          '`fundingType`',
          '`fundingType`',
          'same values',
          ['SPEC'],
          [`${S}fundingType`],
        ],
        [
          'service.chargeType',
          '`serviceChargeType` Chargeable/FreeOfCharge',
          '`chargeType` Charged/Free (nullable)',
          'charged/free/absent',
          ['SPEC', 'INF'],
          [`${S}chargeType`],
        ],
        [
          'service.area',
          '`areaType` + `areas[{type, areaCodes}]`',
          '`area`',
          'area rule',
          ['SPEC', 'INF'],
          [`${S}area`],
        ],
        [
          'service.area.otherTypes',
          '`areas` of type BusinessSubRegion/HospitalDistrict',
          '—',
          'dropped: no v12 list',
          ['SPEC by absence'],
          [],
          'dropped',
        ],
        [
          'service.serviceLanguages',
          '`languages`',
          '`serviceLanguages`',
          'sorted',
          ['SPEC', 'SRC', 'INF'],
          [`${S}serviceLanguages`],
        ],
        [
          'service.contentLanguages',
          'languages of the `Name` items',
          'keys of `languageVersions` with a non-empty `name`',
          'sorted',
          ['SPEC', 'DOC'],
          [`${SLV}name`],
        ],
        [
          'service.name.<l>',
          '`serviceNames[type=Name]`',
          '`languageVersions.<l>.name`',
          'text',
          ['SPEC', 'DOC'],
          [`${SLV}name`],
        ],
        [
          'service.alternativeName.<l>',
          '`serviceNames[type=AlternativeName]`',
          '`.alternativeName`',
          'text',
          ['SPEC'],
          [`${SLV}alternativeName`],
        ],
        [
          'service.summary.<l>',
          '`serviceDescriptions[type=Summary]`',
          '`.summary`',
          'text',
          ['SPEC'],
          [`${SLV}summary`],
        ],
        [
          'service.description.<l>',
          '`serviceDescriptions[type=Description]`',
          '`.description`',
          'markdown text',
          ['SPEC', 'INF'],
          [`${SLV}description`],
        ],
        [
          'service.userInstructions.<l>',
          '`serviceDescriptions[type=UserInstruction]`',
          '`.userInstructions`',
          'markdown text',
          ['SPEC'],
          [`${SLV}userInstructions`],
        ],
        [
          'service.conditions.<l>',
          '`requirements[]`',
          '`.conditions`',
          'markdown text',
          ['INF'],
          [`${SLV}conditions`],
        ],
        [
          'service.chargeInfo.<l>',
          '`serviceDescriptions[type=ChargeTypeAdditionalInfo]`',
          '`.chargeTypeAdditionalInformation`',
          'markdown text',
          ['SPEC', 'INF'],
          [`${SLV}chargeTypeAdditionalInformation`],
        ],
        [
          'service.deadline.<l>',
          '`serviceDescriptions[type=DeadLine]`',
          '`.deadlineAdditionalInformation` (not on type Service)',
          'markdown text; dropped on type Service',
          ['SPEC', 'INF'],
          [`${SLV}deadlineAdditionalInformation`],
        ],
        [
          'service.processingTime.<l>',
          '`serviceDescriptions[type=ProcessingTime]`',
          '`.processingTimeAdditionalInformation` (not on type Service)',
          'markdown text; dropped on type Service',
          ['SPEC', 'INF'],
          [`${SLV}processingTimeAdditionalInformation`],
        ],
        [
          'service.validityTime.<l>',
          '`serviceDescriptions[type=ValidityTime]`',
          '`.validityTimeAdditionalInformation` (not on type Service)',
          'markdown text; dropped on type Service',
          ['SPEC', 'INF'],
          [`${SLV}validityTimeAdditionalInformation`],
        ],
        [
          'service.typeInfo.<l>',
          '`serviceDescriptions[type=ServiceType]`',
          '—',
          'dropped',
          ['SPEC by absence'],
          [],
          'dropped',
        ],
        [
          'service.keywords.<l>',
          '`keywords[]`',
          '`.freelyAssignedKeywords[]`',
          'sorted',
          ['SPEC', 'INF'],
          [`${SLV}freelyAssignedKeywords`],
        ],
        [
          'service.laws.<l>',
          '`legislation[]`',
          '`.legislationLinks[{url,name}]`',
          'sorted `url|name`',
          ['SPEC', 'INF'],
          [`${SLV}legislationLinks.*.url`, `${SLV}legislationLinks.*.name`],
        ],
        [
          'service.voucher.<l>',
          '`serviceVouchersInUse` + `serviceVouchers[]`',
          '`.voucher` NotUsed/WithAdditionalInformation/WithUrl',
          '`notUsed` / `info:<text>` / `urls:<sorted url|name|info>`',
          ['SPEC', 'INF'],
          [`${SLV}voucher`],
        ],
        [
          'service.serviceClasses',
          'URIs',
          'codes',
          'classification code',
          ['SPEC', 'DOC', '3P-LIVE'],
          [`${S}serviceClasses`],
        ],
        [
          'service.targetGroups',
          'URIs',
          'codes',
          'classification code',
          ['SPEC', 'DOC', '3P-LIVE'],
          [`${S}targetGroups`],
        ],
        [
          'service.lifeEvents',
          'URIs',
          'codes',
          'classification code',
          ['SPEC', 'DOC', '3P-LIVE'],
          [`${S}lifeEvents`],
        ],
        [
          'service.ontologyTerms',
          'URIs (KOKO)',
          'URIs',
          'sorted',
          ['SPEC', '3P-LIVE'],
          [`${S}ontologyTerms`],
        ],
        [
          'service.industrialClasses',
          'URIs',
          'URIs',
          'industrial-class rule (trailing code; a differing URI form is `transform`)',
          ['SPEC', '3P-LIVE', 'INF'],
          [`${S}industrialClasses`],
        ],
        [
          'service.generalDescription',
          '`generalDescriptionId`',
          '`generalDescriptionContentId`',
          'id',
          ['SPEC'],
          [`${S}generalDescriptionContentId`],
        ],
        [
          'service.status',
          '`publishingStatus`',
          '200, or 404 + `/service/archived`',
          'status rule',
          ['SPEC', 'INF'],
          [],
        ],
        [
          'service.sourceId',
          '`sourceId`',
          '— (`externalId` is never returned)',
          'not compared',
          ['SPEC by absence'],
          [],
          'notCompared',
        ],
      ],
      {
        'service.deadline.<l>': { droppedForServiceType: 'service' },
        'service.processingTime.<l>': { droppedForServiceType: 'service' },
        'service.validityTime.<l>': { droppedForServiceType: 'service' },
      },
    ),
  },
  {
    title: 'Channels (`GET /api/v12/service-channel/{contentId}`)',
    rows: rows([
      [
        'channel.type',
        'route EChannel/Phone/WebPage/PrintableForm/ServiceLocation',
        '`serviceChannelType` EService/TelephoneService/WebPage/PrintableForm/ServiceLocation',
        'token eService/telephone/webPage/printableForm/serviceLocation',
        ['SPEC', '3P-LIVE'],
        [`${C}serviceChannelType`],
      ],
      [
        'channel.organization',
        '`organizationId`',
        '`organizationContentId`',
        'role',
        ['SPEC'],
        [`${C}organizationContentId`],
      ],
      [
        'channel.connectionScope',
        '`isVisibleForAll` true/false',
        '`allowedConnectionType` AllOrganizations/OwnOrganizations',
        'all/own',
        ['INF'],
        [`${C}allowedConnectionType`],
      ],
      [
        'channel.serviceLanguages',
        '`languages`',
        '`serviceLanguages`',
        'sorted',
        ['SPEC', 'INF'],
        [`${C}serviceLanguages`],
      ],
      [
        'channel.area',
        '`areaType`/`areas`',
        '`area` (nullable on channels)',
        'area rule; null → `none`',
        ['SPEC', 'INF'],
        [`${C}area`],
      ],
      [
        'channel.area.otherTypes',
        '`areas` of type BusinessSubRegion/HospitalDistrict',
        '—',
        'dropped: no v12 list',
        ['SPEC by absence'],
        [],
        'dropped',
      ],
      [
        'channel.name.<l>',
        '`serviceChannelNames` (service location: `[type=Name]`)',
        '`languageVersions.<l>.name`',
        'text',
        ['SPEC'],
        [`${CLV}name`],
      ],
      [
        'channel.alternativeName.<l>',
        'service location `serviceChannelNames[type=AlternativeName]`',
        'service location `.alternativeName`',
        'text',
        ['SPEC'],
        [`${CLV}alternativeName`],
      ],
      [
        'channel.altNamePrimary.<l>',
        'service location `displayNameType[l]=AlternativeName`',
        'service location `.isAlternativeNamePrimary`',
        'bool',
        ['INF'],
        [`${CLV}isAlternativeNamePrimary`],
      ],
      [
        'channel.summary.<l>',
        '`serviceChannelDescriptions[type=Summary]`',
        '`.summary`',
        'text',
        ['SPEC'],
        [`${CLV}summary`],
      ],
      [
        'channel.description.<l>',
        '`serviceChannelDescriptions[type=Description]`',
        '`.description`',
        'markdown text',
        ['SPEC'],
        [`${CLV}description`],
      ],
      [
        'channel.webAddress.<l>',
        '`webPage[]` (value = URL) on EChannel, WebPage, Phone',
        '`.webAddress.url` (`webAddress.name` is v12-only)',
        'URL',
        ['SPEC', 'INF'],
        [`${CLV}webAddress.url`],
      ],
      [
        'channel.accessibility.<l>',
        '`accessibilityClassification[l].accessibilityClassificationLevel`',
        '`.accessibilityClassificationLevel`',
        'the same 4 values',
        ['SPEC', 'SRC'],
        [`${CLV}accessibilityClassificationLevel`],
      ],
      [
        'channel.accessibility.wcag.<l>',
        '`accessibilityClassification[l].wcagLevel`',
        '—',
        'dropped (not in the v12 request; check the response on CTE)',
        ['SPEC by absence'],
        [],
        'dropped',
      ],
      [
        'channel.accessibility.statement.<l>',
        '`accessibilityStatementWebPage(Name)`',
        '—',
        'dropped',
        ['SPEC by absence'],
        [],
        'dropped',
      ],
      [
        'channel.identification',
        '`requiresAuthentication`',
        '`electronicIdentification` Required/NotRequired',
        'required/notRequired',
        ['INF'],
        [`${C}electronicIdentification`],
      ],
      [
        'channel.signature',
        '`requiresSignature` + `signatureQuantity`',
        '`electronicSignature {type, numberOfRequiredSignatures}`',
        '`notRequired` / `required:<n>`',
        ['INF'],
        [`${C}electronicSignature`],
      ],
      [
        'channel.supportEmails.<l>',
        '`supportEmails[]`',
        '`.supportEmails[].email`',
        'sorted',
        ['SPEC', 'INF'],
        [`${CLV}supportEmails.*.email`],
      ],
      [
        'channel.supportPhones.<l>',
        '`supportPhones[]`',
        '`.supportPhoneNumbers[]`',
        'phone',
        ['SPEC', 'INF'],
        [`${CLV}supportPhoneNumbers`],
      ],
      [
        'channel.phones.<l>',
        'Phone channel `phoneNumbers[]` (type Phone/Sms/Fax)',
        'TelephoneService `.phoneNumbers[]` (DomesticPhone/InternationalPhone/Sms/Fax)',
        'phone',
        ['SPEC', 'INF'],
        [`${CLV}phoneNumbers`],
      ],
      [
        'channel.attachments.<l>',
        '`attachments[]`',
        '`.attachmentLinks[]`',
        '`url|name|info`',
        ['INF'],
        [`${CLV}attachmentLinks`],
      ],
      [
        'channel.formIdentifier.<l>',
        '`formIdentifier[]`',
        '`.formIdentifier`',
        'text',
        ['SPEC'],
        [`${CLV}formIdentifier`],
      ],
      [
        'channel.formFiles.<l>',
        '`channelUrls[{type, value=url}]`',
        '`.formFiles[{name,url,type}]` (`name` is v12-only)',
        'sorted `type|url`',
        ['SPEC', 'INF'],
        [`${CLV}formFiles.*.url`, `${CLV}formFiles.*.type`],
      ],
      [
        'channel.delivery',
        '`deliveryAddresses[]` (Street/PostOfficeBox/NoAddress, `formReceiver`)',
        '`deliveryAddresses[]` (StreetAddress/PostOfficeBox/DeliveryInformation, `recipient`)',
        'canonical address strings',
        ['INF'],
        [`${C}deliveryAddresses`],
      ],
      [
        'channel.location',
        'service location `addresses[type=Location]`',
        '`location.streetAddresses[]` (+ foreign)',
        '`street.<l>=…;no=…;postal=…[;n=…;e=…]`',
        ['SPEC', 'INF'],
        [`${C}location.streetAddresses`],
      ],
      [
        'channel.contact',
        'service location `addresses[type=Postal]`',
        '`contactAddresses.{streetAddresses,postOfficeBoxAddresses,foreignAddresses}`',
        'canonical address strings',
        ['INF'],
        [`${C}contactAddresses.streetAddresses`, `${C}contactAddresses.postOfficeBoxAddresses`],
      ],
      [
        'channel.contactPhones.<l>',
        'service location `phoneNumbers[]`',
        '`.contactPhoneNumbers[]`',
        'phone',
        ['SPEC', 'INF'],
        [`${CLV}contactPhoneNumbers`],
      ],
      [
        'channel.contactFaxes.<l>',
        'service location `faxNumbers[]` (OUT: `phoneNumbers[type=Fax]`)',
        '`.contactFaxNumbers[]`',
        'phone',
        ['SPEC', 'INF'],
        [`${CLV}contactFaxNumbers`],
      ],
      [
        'channel.contactEmails.<l>',
        'service location `emails[]`',
        '`.contactEmails[].email`',
        'sorted',
        ['INF'],
        [`${CLV}contactEmails.*.email`],
      ],
      [
        'channel.contactWebPages.<l>',
        'service location `webPages[{url,value}]`',
        '`.contactWebPages[{name,url}]`',
        '`url|name`',
        ['INF'],
        [`${CLV}contactWebPages.*.url`],
      ],
      [
        'channel.serviceHours',
        '`serviceHours[]`',
        '`serviceHours.hours[]` + `holidayServiceHours`',
        'hours rule',
        ['SPEC', 'INF'],
        [`${C}serviceHours.hours`],
      ],
      [
        'channel.status',
        '`publishingStatus`',
        '200, or 404 + `/service-channel/archived`',
        'status rule',
        ['SPEC', 'INF'],
        [],
      ],
    ]),
  },
  {
    title: 'Organisation (`GET /api/v12/organization/{contentId}`)',
    rows: rows([
      [
        'organization.type',
        '`organizationType`',
        '`organizationType`',
        'the same five values',
        ['SPEC', 'SRC'],
        [`${O}organizationType`],
      ],
      [
        'organization.businessId',
        '`businessCode`',
        '`businessId`',
        'string',
        ['SPEC', 'INF'],
        [`${O}businessId`],
      ],
      [
        'organization.parent',
        '`parentOrganizationId`',
        '`parentOrganizationContentId`',
        'role',
        ['SPEC'],
        [`${O}parentOrganizationContentId`],
      ],
      [
        'organization.name.<l>',
        '`organizationNames[type=Name]`',
        '`.name`',
        'text',
        ['SPEC'],
        [`${OLV}name`],
      ],
      [
        'organization.alternativeName.<l>',
        '`organizationNames[type=AlternativeName]`',
        '`.alternativeName`',
        'text',
        ['SPEC'],
        [`${OLV}alternativeName`],
      ],
      [
        'organization.altNamePrimary.<l>',
        '`displayNameType`',
        '`.isAlternativeNamePrimary`',
        'bool',
        ['INF'],
        [`${OLV}isAlternativeNamePrimary`],
      ],
      [
        'organization.summary.<l>',
        '`organizationDescriptions[type=Summary]`',
        '`.summary`',
        'text',
        ['SPEC'],
        [`${OLV}summary`],
      ],
      [
        'organization.description.<l>',
        '`organizationDescriptions[type=Description]`',
        '`.description`',
        'markdown text',
        ['SPEC'],
        [`${OLV}description`],
      ],
      [
        'organization.area',
        '`areaType`, `subAreaType`, `areas` (bare codes)',
        '`area` (Municipality type: `LimitedArea` with exactly one municipality)',
        'area rule',
        ['SPEC', 'INF'],
        [`${O}area`],
      ],
      [
        'organization.emails.<l>',
        '`emails[{value,description}]`',
        '`.contactEmails[{email,additionalInformation}]`',
        '`email|info`',
        ['INF'],
        [`${OLV}contactEmails.*.email`],
      ],
      [
        'organization.phones.<l>',
        '`phoneNumbers[]`',
        '`.contactPhoneNumbers[]`',
        'phone',
        ['INF'],
        [`${OLV}contactPhoneNumbers`],
      ],
      [
        'organization.webPages.<l>',
        '`webPages[{url,value}]`',
        '`.contactWebPages[{name,url}]`',
        '`url|name`',
        ['INF'],
        [`${OLV}contactWebPages.*.url`],
      ],
      [
        'organization.visiting',
        '`addresses[type=Visiting]`',
        '`location.*`',
        'canonical address strings',
        ['INF'],
        [`${O}location`],
      ],
      [
        'organization.postal',
        '`addresses[type=Postal]`',
        '`contactAddresses.*`',
        'canonical address strings',
        ['INF'],
        [`${O}contactAddresses`],
      ],
      [
        'organization.status',
        '`publishingStatus`',
        '200, or 404 + `/organization/archived`',
        'status rule',
        ['SPEC', 'INF'],
        [],
      ],
    ]),
  },
  {
    title: 'Connection (`GET /api/v12/connection/{serviceContentId}/{channelContentId}`)',
    rows: rows([
      [
        'connection[s>c].exists',
        '`POST /Connection` pair, `PUT /Connection/serviceId/{id}` set',
        '200 here, or the pair in `/connection/search`',
        'bool',
        ['SPEC', '3P-LIVE'],
        [`${K}serviceContentId`, `${K}channelContentId`],
      ],
      [
        'connection[s>c].chargeType',
        '`serviceChargeType` Chargeable/FreeOfCharge/Other',
        '`chargeType` Charged/Free/Other',
        'token',
        ['SPEC', 'INF'],
        [`${K}chargeType`],
      ],
      [
        'connection[s>c].description.<l>',
        '`description[type=Description]`',
        '`.description`',
        'markdown text',
        ['SPEC', 'INF'],
        [`${KLV}description`],
      ],
      [
        'connection[s>c].chargeInfo.<l>',
        '`description[type=ChargeTypeAdditionalInfo]`',
        '`.chargeTypeAdditionalInformation`',
        'markdown text',
        ['SPEC', 'INF'],
        [`${KLV}chargeTypeAdditionalInformation`],
      ],
      [
        'connection[s>c].serviceHours',
        '`serviceHours[]`',
        '`serviceHours`',
        'hours rule',
        ['SPEC', 'INF'],
        [`${K}serviceHours`],
      ],
      [
        'connection[s>c].contactEmails.<l>',
        '`contactDetails.emails`',
        '`.contactEmails`',
        'sorted',
        ['INF'],
        [`${KLV}contactEmails`],
      ],
      [
        'connection[s>c].contactPhones.<l>',
        '`contactDetails.phoneNumbers`',
        '`.contactPhoneNumbers`',
        'phone',
        ['INF'],
        [`${KLV}contactPhoneNumbers`],
      ],
      [
        'connection[s>c].contactFaxes.<l>',
        '`contactDetails.faxNumbers` (OUT: `contactDetails.phoneNumbers[type=Fax]`)',
        '`.contactFaxNumbers`',
        'phone',
        ['SPEC', 'INF'],
        [`${KLV}contactFaxNumbers`],
      ],
      [
        'connection[s>c].contactWebPages.<l>',
        '`contactDetails.webPages[{url,value}]`',
        '`.contactWebPages[{name,url}]`',
        '`url|name`',
        ['INF'],
        [`${KLV}contactWebPages`],
      ],
      [
        'connection[s>c].contactAddresses',
        '`contactDetails.addresses`',
        '`contactAddresses`',
        'canonical address strings',
        ['INF'],
        [`${K}contactAddresses`],
      ],
    ]),
  },
];

/** v12 response fields with no v11 source: ignored, never compared (§4.4). */
export const V12_ONLY_FIELDS = [
  'publishedAt',
  'migratedAt',
  'addressSource',
  'accessibilityRegisterServicePointId',
  'coordinates[].source',
  'webAddress.name',
  'formFiles[].name',
] as const;

export const MAPPING_ROWS: readonly MappingRow[] = MAPPING.flatMap((s) => s.rows);

/** The row a concrete key falls under (language and connection roles matched as wildcards). */
export function mappingRowOf(key: string): MappingRow | undefined {
  const p = parseKey(key);
  if (!p) return undefined;
  const entity = p.entity.startsWith('connection[') ? 'connection[s>c]' : p.entity;
  const pattern = `${entity}.${p.field}${p.lang ? '.<l>' : ''}`;
  return MAPPING_ROWS.find((r) => r.key === pattern);
}

/**
 * Whether v12 cannot carry this key for an entity in this state: a dropped row, or a row dropped
 * for the entity's service type (`service.deadline.*` on a type-`service` service).
 */
export function isDroppedInV12(key: string, state: Record<string, unknown> = {}): boolean {
  const row = mappingRowOf(key);
  if (!row) return false;
  if (row.carried === 'dropped') return true;
  return row.droppedForServiceType !== undefined && state['service.type'] === row.droppedForServiceType;
}

/** Keys the diff never compares (`notCompared` rows). */
export function isNotCompared(key: string): boolean {
  return mappingRowOf(key)?.carried === 'notCompared';
}
