import {
  ACCESSIBILITY_LEVELS,
  AREA_TYPES_LIVE,
  AREA_TYPES_PTV34,
  CONTACT_ADDRESS_SUBTYPES,
  CONTACT_ADDRESS_TYPES,
  DELIVERY_ADDRESS_SUBTYPES,
  LOCATION_ADDRESS_SUBTYPES,
  LOCATION_ADDRESS_TYPES,
  ORG_ADDRESS_SUBTYPES,
  ORG_ADDRESS_TYPES,
  PHONE_CHARGE_TYPES,
  PHONE_NUMBER_TYPES,
  PROVISION_TYPES,
  SERVICE_HOUR_TYPES,
  WCAG_LEVELS,
  WEEK_DAYS,
  CONNECTION_DESCRIPTION_TYPES,
} from '../enums.js';
import type { ProfileLimits } from '../profiles.js';
import {
  arr,
  bool,
  codeList,
  dataLanguage,
  dateTime,
  email,
  enumOf,
  guidItem,
  languageItemList,
  localizedList,
  obj,
  regex,
  str,
  url,
  type Schema,
} from './build.js';

/** Nested IN models (in-api-v11.md §4.9); the exported forms at the bottom are shared `$ref`s. */

const min5Max = (max: number): Schema => str({ ptvMinLength5: true, maxLength: max });
const postalCode = (): Schema => codeList('postalCode', regex('postalCode'));
const municipality = (): Schema =>
  codeList('municipality', regex('municipality', { 'x-ptvPatternMessage': 'The value must be numeric.' }));
const country = (): Schema => codeList('country', regex('country'));
const coordinate = (): Schema => regex('coordinate');

/** `V4VmOpenApiPhoneSimple` (fax lists). prefixNumber is REQ unless isFinnishServiceNumber (checks/phones.ts). */
function buildPhoneSimple(): Schema {
  return obj(
    {
      prefixNumber: codeList('dialCode', regex('prefix')),
      number: regex('phoneNumber', { ptvNonBlank: true }),
      language: dataLanguage(),
      isFinnishServiceNumber: bool(),
    },
    ['number', 'language'],
  );
}

/** `V4VmOpenApiPhone` (support / organisation / location / contact phones). */
function buildPhone(): Schema {
  const s = buildPhoneSimple();
  Object.assign(s.properties as Record<string, Schema>, {
    additionalInformation: min5Max(150),
    serviceChargeType: enumOf(PHONE_CHARGE_TYPES),
    chargeDescription: min5Max(150),
  });
  return s;
}

/** `V4VmOpenApiPhoneWithType` (phone-channel numbers). */
function buildPhoneWithType(): Schema {
  const s = buildPhone();
  (s.properties as Record<string, Schema>).type = enumOf(PHONE_NUMBER_TYPES);
  (s.required as string[]).push('type');
  return s;
}

/** `V4VmOpenApiEmail` (organisation e-mails). */
function buildOrgEmail(): Schema {
  return obj({ value: email(100), language: dataLanguage(), description: str({ maxLength: 100 }) }, [
    'value',
    'language',
  ]);
}

/** `V9VmOpenApiWebPage` / `V4VmOpenApiWebPage`. */
function buildWebPage(): Schema {
  return obj({ url: url(500), value: str({ maxLength: 100 }), language: dataLanguage() }, [
    'url',
    'language',
  ]);
}

/** `VmOpenApiAreaIn`; codes are checked per type in checks/areas.ts. */
function buildArea(live: boolean): Schema {
  const types = live ? AREA_TYPES_LIVE : AREA_TYPES_PTV34;
  return obj({ type: enumOf(types), areaCodes: arr(str(), { nonEmpty: true }) }, ['type', 'areaCodes']);
}

const addInfo = (): Schema => languageItemList({ min5: true, max: 150 });

/** `VmOpenApiAddressStreetWithCoordinatesIn` (or `VmOpenApiAddressStreetIn` without coordinates). */
function buildStreetAddress(withCoordinates = true): Schema {
  const props: Record<string, Schema> = {
    street: languageItemList({ max: 100, nonEmpty: true }),
    streetNumber: str({ maxLength: 30 }),
    postalCode: postalCode(),
    municipality: municipality(),
    additionalInformation: addInfo(),
  };
  if (withCoordinates) {
    props.latitude = coordinate();
    props.longitude = coordinate();
  }
  return obj(props, ['street', 'postalCode']);
}

function buildPostOfficeBoxAddress(): Schema {
  return obj(
    {
      postOfficeBox: languageItemList({ max: 100, nonEmpty: true }),
      postalCode: postalCode(),
      municipality: municipality(),
      additionalInformation: addInfo(),
    },
    ['postOfficeBox', 'postalCode'],
  );
}

function buildOtherAddress(): Schema {
  return obj(
    {
      latitude: coordinate(),
      longitude: coordinate(),
      postalCode: postalCode(),
      additionalInformation: languageItemList({ min5: true, max: 150, nonEmpty: true }),
    },
    ['latitude', 'longitude', 'additionalInformation'],
  );
}

const abroad = (): Schema => languageItemList({ min5: true, max: 500 });

/** `V9VmOpenApiAddressIn` (organisations). */
function buildOrgAddress(): Schema {
  return obj(
    {
      type: enumOf(ORG_ADDRESS_TYPES),
      subType: enumOf(ORG_ADDRESS_SUBTYPES),
      postOfficeBoxAddress: postOfficeBoxAddress(),
      streetAddress: streetAddress(),
      foreignAddress: abroad(),
      otherAddress: otherAddress(),
      country: country(),
    },
    ['type', 'subType'],
  );
}

/** `V9VmOpenApiAddressLocationIn` (service locations). */
function buildLocationAddress(): Schema {
  return obj(
    {
      type: enumOf(LOCATION_ADDRESS_TYPES),
      subType: enumOf(LOCATION_ADDRESS_SUBTYPES),
      postOfficeBoxAddress: postOfficeBoxAddress(),
      streetAddress: streetAddress(),
      otherAddress: otherAddress(),
      locationAbroad: abroad(),
      country: country(),
    },
    ['type', 'subType'],
  );
}

/** `V7VmOpenApiAddressContactIn` (connection contact details). */
function buildContactAddress(): Schema {
  return obj(
    {
      type: enumOf(CONTACT_ADDRESS_TYPES),
      subType: enumOf(CONTACT_ADDRESS_SUBTYPES),
      postOfficeBoxAddress: postOfficeBoxAddress(),
      streetAddress: streetAddress(),
      locationAbroad: abroad(),
      country: country(),
    },
    ['type', 'subType'],
  );
}

/** `V8VmOpenApiAddressDeliveryIn` (printable-form delivery addresses). */
function buildDeliveryAddress(): Schema {
  return obj(
    {
      subType: enumOf(DELIVERY_ADDRESS_SUBTYPES),
      postOfficeBoxAddress: postOfficeBoxAddress(),
      streetAddress: streetAddress(false),
      deliveryAddressInText: languageItemList({ min5: true, max: 150 }),
      formReceiver: languageItemList({ max: 100 }),
    },
    ['subType'],
  );
}

/** `V11VmOpenApiServiceHour` with `V8VmOpenApiDailyOpeningTime` items. */
function buildServiceHour(): Schema {
  const time = (): Schema => regex('time', { ptvNonBlank: true });
  return obj(
    {
      serviceHourType: enumOf(SERVICE_HOUR_TYPES),
      validFrom: dateTime(),
      validTo: dateTime(),
      isClosed: bool(),
      validForNow: bool(),
      isAlwaysOpen: bool(),
      isReservation: bool(),
      additionalInformation: languageItemList({ max: 150 }),
      openingHour: arr(
        obj({ dayFrom: enumOf(WEEK_DAYS), dayTo: enumOf(WEEK_DAYS), from: time(), to: time() }, [
          'from',
          'to',
        ]),
      ),
    },
    ['serviceHourType'],
  );
}

/** `VmOpenApiAttachment`. */
function buildAttachment(): Schema {
  return obj(
    { name: str({ maxLength: 100 }), description: min5Max(150), url: url(500), language: dataLanguage() },
    ['url', 'language'],
  );
}

/** `VmOpenApiAccessibilityClassification`; level/WCAG combinations in checks/accessibility.ts. */
function buildAccessibilityClassification(): Schema {
  return obj(
    {
      accessibilityClassificationLevel: enumOf(ACCESSIBILITY_LEVELS),
      wcagLevel: enumOf(WCAG_LEVELS),
      accessibilityStatementWebPageName: str({ maxLength: 100 }),
      accessibilityStatementWebPage: url(500),
      language: dataLanguage(),
    },
    ['accessibilityClassificationLevel', 'language'],
  );
}

/** `V4VmOpenApiLaw`. */
function buildLaw(): Schema {
  return obj({ names: languageItemList({ max: 500 }), webPages: arr(webPage(), { nonEmpty: true }) }, [
    'webPages',
  ]);
}

/** `V9VmOpenApiServiceVoucher`. */
function buildVoucher(): Schema {
  return obj(
    { value: str(), language: dataLanguage(), url: url(500), additionalInformation: str({ maxLength: 150 }) },
    ['language'],
  );
}

/** `V9VmOpenApiServiceProducerIn`. */
function buildProducer(): Schema {
  return obj(
    {
      provisionType: enumOf(PROVISION_TYPES),
      organizations: arr(guidItem()),
      additionalInformation: languageItemList({ min5: true, max: 150 }),
    },
    ['provisionType'],
  );
}

/** `VmOpenApiOrganizationEInvoicing`. */
function buildEInvoicing(): Schema {
  return obj({
    operatorCode: str({ maxLength: 110 }),
    electronicInvoicingAddress: str({ maxLength: 110 }),
    additionalInformation: languageItemList({ min5: true, max: 150 }),
  });
}

/** `V9VmOpenApiContactDetailsIn` (POST) / `...InBase` (PUT adds the delete flags). */
function buildContactDetails(put: boolean): Schema {
  const props: Record<string, Schema> = {
    emails: languageItemList({ valueFormat: 'email' }),
    phoneNumbers: arr(phone()),
    faxNumbers: arr(phoneSimple()),
    webPages: arr(webPage()),
    addresses: arr(contactAddress()),
  };
  if (put) {
    for (const f of [
      'deleteAllEmails',
      'deleteAllPhones',
      'deleteAllFaxNumbers',
      'deleteAllWebPages',
      'deleteAllAddresses',
    ])
      props[f] = bool();
  }
  return obj(props);
}

/** Connection "additional information" description list (§4.11). */
function buildConnectionDescriptions(): Schema {
  return localizedList(CONNECTION_DESCRIPTION_TYPES, {
    min5: true,
    limits: { Description: 500, ChargeTypeAdditionalInfo: 500 },
  });
}

/**
 * Shared nested models: each is defined once in the `ptvr:defs` schema and referenced with `$ref`, so
 * Ajv compiles it once for every entity schema that uses it (registry.ts adds the definitions).
 */
export const DEFS_ID = 'ptvr:rules/defs';
const DEFS: Record<string, Schema> = {};

function shared(name: string, build: () => Schema): Schema {
  DEFS[name] ??= build();
  return { $ref: `${DEFS_ID}#/definitions/${name}` };
}

/** The definitions built so far (registry.ts builds every entity schema first, then adds these). */
export function sharedDefinitions(): Readonly<Record<string, Schema>> {
  return DEFS;
}

/** Resolves a `$ref` produced by `shared` (for the descriptor walker). */
export function resolveRef(ref: string): Schema | undefined {
  const prefix = `${DEFS_ID}#/definitions/`;
  return ref.startsWith(prefix) ? DEFS[ref.slice(prefix.length)] : undefined;
}

export const phoneSimple = (): Schema => shared('phoneSimple', buildPhoneSimple);
export const phone = (): Schema => shared('phone', buildPhone);
export const phoneWithType = (): Schema => shared('phoneWithType', buildPhoneWithType);
export const orgEmail = (): Schema => shared('orgEmail', buildOrgEmail);
export const webPage = (): Schema => shared('webPage', buildWebPage);
export const streetAddress = (withCoordinates = true): Schema =>
  withCoordinates
    ? shared('streetAddress', () => buildStreetAddress(true))
    : shared('streetAddressNoCoordinates', () => buildStreetAddress(false));
export const postOfficeBoxAddress = (): Schema => shared('postOfficeBoxAddress', buildPostOfficeBoxAddress);
export const otherAddress = (): Schema => shared('otherAddress', buildOtherAddress);
export const orgAddress = (): Schema => shared('orgAddress', buildOrgAddress);
export const locationAddress = (): Schema => shared('locationAddress', buildLocationAddress);
export const contactAddress = (): Schema => shared('contactAddress', buildContactAddress);
export const deliveryAddress = (): Schema => shared('deliveryAddress', buildDeliveryAddress);
export const serviceHour = (): Schema => shared('serviceHour', buildServiceHour);
export const attachment = (): Schema => shared('attachment', buildAttachment);
export const accessibilityClassification = (): Schema =>
  shared('accessibilityClassification', buildAccessibilityClassification);
export const law = (): Schema => shared('law', buildLaw);
export const voucher = (): Schema => shared('voucher', buildVoucher);
export const producer = (): Schema => shared('producer', buildProducer);
export const eInvoicing = (): Schema => shared('eInvoicing', buildEInvoicing);
export const contactDetails = (put: boolean): Schema =>
  put
    ? shared('contactDetailsPut', () => buildContactDetails(true))
    : shared('contactDetailsPost', () => buildContactDetails(false));
export const connectionDescriptions = (): Schema =>
  shared('connectionDescriptions', buildConnectionDescriptions);
export const area = (limits: ProfileLimits): Schema =>
  limits.wellbeingCounties
    ? shared('areaLive2026', () => buildArea(true))
    : shared('areaPtv34', () => buildArea(false));
