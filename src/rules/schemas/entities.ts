import {
  AREA_INFORMATION_TYPES,
  BASIC_DESCRIPTION_TYPES,
  CHANNEL_URL_TYPES,
  FUNDING_TYPES,
  NAME_TYPES,
  ORG_SUB_AREA_TYPES,
  ORGANIZATION_TYPES,
  PHONE_CHARGE_TYPES,
  PUBLISHING_STATUS_ALL,
  PUBLISHING_STATUS_POST,
  PUBLISHING_STATUS_PUT,
  SERVICE_CHARGE_TYPES,
  SERVICE_DESCRIPTION_TYPES,
  SERVICE_TYPES,
} from '../enums.js';
import type { ProfileLimits } from '../profiles.js';
import type { EntityKind, Operation } from '../types.js';
import {
  arr,
  bool,
  codeList,
  dateTime,
  displayNameTypeList,
  enumOf,
  guid,
  guidItem,
  languageItemList,
  localizedList,
  obj,
  regex,
  str,
  type Schema,
} from './build.js';
import {
  accessibilityClassification,
  area,
  attachment,
  connectionDescriptions,
  contactDetails,
  deliveryAddress,
  eInvoicing,
  law,
  locationAddress,
  orgAddress,
  orgEmail,
  phone,
  phoneSimple,
  phoneWithType,
  producer,
  serviceHour,
  voucher,
  webPage,
} from './nested.js';

/**
 * IN body schemas per entity and operation (in-api-v11.md §4). POST = the `*In` class, PUT = the
 * `*InBase` class: PUT drops most requirements and adds the `deleteAll*` flags. Unknown properties are
 * ignored by PTV, so no `additionalProperties: false`. PTV binds JSON property names
 * case-insensitively; the schemas use camelCase, which is what every client sends.
 */

interface Ctx {
  op: Operation;
  limits: ProfileLimits;
}

function entity(
  props: Record<string, Schema>,
  postRequired: string[],
  putRequired: string[],
  c: Ctx,
): Schema {
  return obj(props, c.op === 'post' ? postRequired : putRequired);
}

function flags(c: Ctx, names: string[]): Record<string, Schema> {
  if (c.op !== 'put') return {};
  return Object.fromEntries(names.map((n) => [n, bool()]));
}

const publishingStatus = (c: Ctx, anyOnPut = false): Schema =>
  c.op === 'post'
    ? enumOf(PUBLISHING_STATUS_POST, true)
    : enumOf(anyOnPut ? PUBLISHING_STATUS_ALL : PUBLISHING_STATUS_PUT);
const sourceId = (): Schema => regex('sourceId');
const languages = (c: Ctx): Schema =>
  arr(codeList('language', regex('language')), { nonEmpty: c.op === 'post' });
const timed = (): Record<string, Schema> => ({ validFrom: dateTime(), validTo: dateTime() });
const areaType = (): Schema => enumOf(AREA_INFORMATION_TYPES);

function organization(c: Ctx): Schema {
  const post = c.op === 'post';
  return entity(
    {
      sourceId: sourceId(),
      oid: regex('orgOid', { maxLength: 100 }),
      municipality: codeList(
        'municipality',
        regex('municipality', { 'x-ptvPatternMessage': 'The value must be numeric.' }),
      ),
      organizationType: enumOf(ORGANIZATION_TYPES),
      businessCode: regex('businessCode'),
      businessName: str(),
      // No length limit to refuse: PTV cuts names to 100 in the setter (normalisations.ts,
      // VmOpenApiOrganizationBase.cs:82-101 [SRC]).
      organizationNames: localizedList(NAME_TYPES, {
        limits: {},
        nonEmpty: post,
        requiredTypes: post ? ['Name'] : [],
      }),
      displayNameType: displayNameTypeList(post, NAME_TYPES),
      areaType: areaType(),
      subAreaType: enumOf(ORG_SUB_AREA_TYPES),
      areas: arr(str()),
      organizationDescriptions: localizedList(BASIC_DESCRIPTION_TYPES, {
        limits: { Description: c.limits.organizationDescription, Summary: 150 },
        min5: true,
        nonEmpty: post,
      }),
      emails: arr(orgEmail()),
      phoneNumbers: arr(phone()),
      webPages: arr(webPage()),
      addresses: arr(orgAddress()),
      electronicInvoicings: arr(eInvoicing()),
      publishingStatus: publishingStatus(c),
      parentOrganizationId: guid(),
      ...flags(c, [
        'deleteAllEmails',
        'deleteAllPhones',
        'deleteAllWebPages',
        'deleteAllAddresses',
        'deleteAllElectronicInvoicings',
      ]),
      ...timed(),
    },
    [
      'organizationType',
      'organizationNames',
      'displayNameType',
      'organizationDescriptions',
      'publishingStatus',
    ],
    ['publishingStatus'],
    c,
  );
}

function service(c: Ctx): Schema {
  const post = c.op === 'post';
  const uriList = (
    name: 'serviceClass' | 'targetGroup' | 'lifeEvent' | 'industrialClass' | 'ontology',
  ): Schema => {
    const item = regex(name);
    if (name === 'serviceClass' || name === 'targetGroup') item.ptvCodeList = name;
    return arr(item);
  };
  const props: Record<string, Schema> = {
    sourceId: sourceId(),
    generalDescriptionId: guid(),
    type: enumOf(SERVICE_TYPES),
    fundingType: enumOf(FUNDING_TYPES),
    serviceNames: localizedList(NAME_TYPES, {
      limits: { Name: 100, AlternativeName: 100 },
      requiredTypes: post ? ['Name'] : [],
    }),
    serviceChargeType: enumOf(SERVICE_CHARGE_TYPES),
    areaType: areaType(),
    areas: arr(area(c.limits)),
    serviceDescriptions: localizedList(SERVICE_DESCRIPTION_TYPES, {
      limits: {
        Description: c.limits.serviceDescription,
        UserInstruction: c.limits.serviceUserInstruction,
        Summary: 150,
        ProcessingTime: 500,
        DeadLine: 500,
        ChargeTypeAdditionalInfo: 500,
        ValidityTime: 500,
        ServiceType: 500,
      },
      min5: true,
      nonEmpty: post,
      // PUT: "if sent: must contain item with type=Summary" (§4.2).
      requiredTypes: ['Summary'],
    }),
    languages: languages(c),
    serviceClasses: uriList('serviceClass'),
    ontologyTerms: uriList('ontology'),
    targetGroups: uriList('targetGroup'),
    lifeEvents: uriList('lifeEvent'),
    industrialClasses: uriList('industrialClass'),
    legislation: arr(law()),
    keywords: languageItemList({ max: 150 }),
    requirements: languageItemList({ min5: true, max: c.limits.requirements }),
    otherResponsibleOrganizations: arr(guidItem()),
    serviceVouchersInUse: bool(),
    serviceProducers: arr(producer(), { nonEmpty: post }),
    serviceVouchers: arr(voucher()),
    publishingStatus: publishingStatus(c, true),
    ...flags(c, [
      'deleteAllLifeEvents',
      'deleteAllIndustrialClasses',
      'deleteAllLaws',
      'deleteAllKeywords',
      'deleteServiceChargeType',
      'deleteGeneralDescriptionId',
    ]),
    mainResponsibleOrganization: guid(),
    ...timed(),
  };
  if (post) props.serviceChannels = arr(guidItem());
  return entity(
    props,
    [
      'fundingType',
      'areaType',
      'serviceDescriptions',
      'languages',
      'serviceProducers',
      'publishingStatus',
      'mainResponsibleOrganization',
    ],
    ['publishingStatus'],
    c,
  );
}

/** Fields every channel type shares (§4.3–4.8). */
function channelBase(c: Ctx, locationNames = false): Record<string, Schema> {
  const post = c.op === 'post';
  const props: Record<string, Schema> = {
    sourceId: sourceId(),
    serviceChannelDescriptions: localizedList(BASIC_DESCRIPTION_TYPES, {
      limits: { Summary: 150, Description: c.limits.channelDescription },
      min5: true,
      nonEmpty: post,
      requiredTypes: post ? ['Summary', 'Description'] : [],
    }),
    organizationId: guid(),
    areaType: areaType(),
    serviceChannelNames: locationNames
      ? localizedList(NAME_TYPES, {
          limits: { Name: 100, AlternativeName: 100 },
          nonEmpty: post,
          requiredTypes: post ? ['Name'] : [],
        })
      : languageItemList({ max: 100, nonEmpty: post }),
    areas: arr(area(c.limits)),
    languages: languages(c),
    publishingStatus: publishingStatus(c),
    isVisibleForAll: bool(),
    ...timed(),
  };
  if (post) props.services = arr(guidItem());
  return props;
}

const CHANNEL_POST_REQUIRED = [
  'serviceChannelDescriptions',
  'organizationId',
  'serviceChannelNames',
  'languages',
  'publishingStatus',
];

function echannel(c: Ctx): Schema {
  const post = c.op === 'post';
  return entity(
    {
      ...channelBase(c),
      signatureQuantity: regex('signatures'),
      requiresSignature: bool(),
      requiresAuthentication: bool(),
      webPage: languageItemList({ valueFormat: 'url', max: 500, nonEmpty: post }),
      attachments: arr(attachment()),
      supportPhones: arr(phone()),
      supportEmails: languageItemList({ valueFormat: 'email', max: 100 }),
      serviceHours: arr(serviceHour()),
      accessibilityClassification: arr(accessibilityClassification(), { nonEmpty: post }),
      ...flags(c, [
        'deleteAllAttachments',
        'deleteAllServiceHours',
        'deleteAllSupportEmails',
        'deleteAllSupportPhones',
      ]),
    },
    [...CHANNEL_POST_REQUIRED, 'webPage', 'accessibilityClassification'],
    ['publishingStatus'],
    c,
  );
}

function phoneChannel(c: Ctx): Schema {
  const base = channelBase(c);
  // §4.5/§6.2: the phone channel's attribute admits all four statuses even on POST; the validator
  // then refuses anything but Draft/Published on create ("You cannot set Publishing status as …").
  base.publishingStatus = enumOf(PUBLISHING_STATUS_PUT);
  return entity(
    {
      ...base,
      phoneNumbers: arr(phoneWithType()),
      webPage: languageItemList({ valueFormat: 'url', max: 500 }),
      supportEmails: languageItemList({ valueFormat: 'email', max: 100 }),
      serviceHours: arr(serviceHour()),
      ...flags(c, ['deleteAllWebPages', 'deleteAllServiceHours']),
    },
    CHANNEL_POST_REQUIRED,
    ['publishingStatus'],
    c,
  );
}

function webpageChannel(c: Ctx): Schema {
  const post = c.op === 'post';
  return entity(
    {
      ...channelBase(c),
      webPage: languageItemList({ valueFormat: 'url', max: 500, nonEmpty: post }),
      supportPhones: arr(phone()),
      supportEmails: languageItemList({ valueFormat: 'email', max: 100 }),
      accessibilityClassification: arr(accessibilityClassification(), { nonEmpty: post }),
      ...flags(c, ['deleteAllSupportEmails', 'deleteAllSupportPhones']),
    },
    [...CHANNEL_POST_REQUIRED, 'webPage', 'accessibilityClassification'],
    ['publishingStatus'],
    c,
  );
}

function printableForm(c: Ctx): Schema {
  const post = c.op === 'post';
  return entity(
    {
      ...channelBase(c),
      formIdentifier: languageItemList({ max: 100 }),
      deliveryAddresses: arr(deliveryAddress()),
      channelUrls: localizedList(CHANNEL_URL_TYPES, {
        limits: Object.fromEntries(CHANNEL_URL_TYPES.map((t) => [t, 500])),
        nonEmpty: post,
        valueFormat: 'url',
        // VmOpenApiPrintableFormChannelInVersionBase.cs:75 `[ListWithEnum(…, "Type")]` on the list.
        typeAtList: true,
      }),
      supportPhones: arr(phone()),
      attachments: arr(attachment()),
      supportEmails: languageItemList({ valueFormat: 'email', max: 100 }),
      ...flags(c, [
        'deleteAllDeliveryAddresses',
        'deleteAllChannelUrls',
        'deleteAllAttachments',
        'deleteAllFormIdentifiers',
        'deleteAllSupportEmails',
        'deleteAllSupportPhones',
      ]),
    },
    [...CHANNEL_POST_REQUIRED, 'channelUrls'],
    ['publishingStatus'],
    c,
  );
}

function serviceLocation(c: Ctx): Schema {
  const post = c.op === 'post';
  const addresses = arr(locationAddress(), { nonEmpty: post });
  if (post) {
    addresses.allOf = [
      {
        type: 'array',
        'x-ptvRequiredType': 'Location',
        contains: { type: 'object', required: ['type'], properties: { type: { const: 'Location' } } },
      },
    ];
  }
  return entity(
    {
      ...channelBase(c, true),
      oid: regex('locationOid'),
      displayNameType: displayNameTypeList(post, NAME_TYPES),
      emails: languageItemList({ valueFormat: 'email' }),
      faxNumbers: arr(phoneSimple()),
      phoneNumbers: arr(phone()),
      webPages: arr(webPage()),
      addresses,
      serviceHours: arr(serviceHour()),
      ...flags(c, [
        'deleteAllEmails',
        'deleteAllPhoneNumbers',
        'deleteAllFaxNumbers',
        'deleteOid',
        'deleteAllWebPages',
        'deleteAllServiceHours',
      ]),
    },
    [...CHANNEL_POST_REQUIRED, 'displayNameType', 'addresses'],
    ['publishingStatus'],
    c,
  );
}

function serviceCollection(c: Ctx): Schema {
  const post = c.op === 'post';
  return entity(
    {
      sourceId: sourceId(),
      organizationId: guid(),
      serviceCollectionNames: languageItemList({ max: 100, nonEmpty: post }),
      serviceCollectionDescriptions: localizedList(BASIC_DESCRIPTION_TYPES, {
        limits: { Summary: 150, Description: c.limits.collectionDescription },
        min5: true,
      }),
      services: arr(guidItem()),
      serviceChannels: arr(guidItem()),
      publishingStatus: publishingStatus(c, true),
      ...(post ? {} : { deleteAllServices: bool() }),
      deleteAllChannels: bool(),
    },
    ['organizationId', 'serviceCollectionNames', 'publishingStatus'],
    ['publishingStatus'],
    c,
  );
}

/** Extra info shared by POST /Connection items and PUT channel relations. */
function connectionExtra(put: boolean): Record<string, Schema> {
  return {
    serviceChargeType: enumOf(PHONE_CHARGE_TYPES),
    description: connectionDescriptions(),
    serviceHours: arr(serviceHour()),
    contactDetails: contactDetails(put),
    ...(put
      ? { deleteServiceChargeType: bool(), deleteAllDescriptions: bool(), deleteAllServiceHours: bool() }
      : {}),
  };
}

function connections(): Schema {
  return arr(
    obj({ serviceId: guid(), serviceChannelId: guid(), ...connectionExtra(false) }, [
      'serviceId',
      'serviceChannelId',
    ]),
  );
}

function connectionsSource(): Schema {
  return arr(
    obj({ serviceSourceId: sourceId(), serviceChannelSourceId: sourceId(), ...connectionExtra(false) }, [
      'serviceSourceId',
      'serviceChannelSourceId',
    ]),
  );
}

function connectionPut(bySource: boolean): Schema {
  const idField = bySource ? 'serviceChannelSourceId' : 'serviceChannelId';
  return obj({
    deleteAllChannelRelations: bool(),
    channelRelations: arr(
      obj({ [idField]: bySource ? sourceId() : guid(), ...connectionExtra(true) }, [idField]),
    ),
  });
}

/** Builds the schema for one kind/op with a profile's limits. Connection kinds have no op variants. */
export function buildSchema(kind: EntityKind, op: Operation, limits: ProfileLimits): Schema {
  const c: Ctx = { op, limits };
  switch (kind) {
    case 'organization':
      return organization(c);
    case 'service':
      return service(c);
    case 'echannel':
      return echannel(c);
    case 'phone':
      return phoneChannel(c);
    case 'webpage':
      return webpageChannel(c);
    case 'printableform':
      return printableForm(c);
    case 'servicelocation':
      return serviceLocation(c);
    case 'servicecollection':
      return serviceCollection(c);
    case 'connections':
      return connections();
    case 'connections-source':
      return connectionsSource();
    case 'connection-put':
      return connectionPut(false);
    case 'connection-put-source':
      return connectionPut(true);
  }
}
