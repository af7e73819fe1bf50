/**
 * PTV v11 body enum values with PTV's exact casing (in-api-v11.md §12). Matching is case-sensitive
 * (`GetEnumValueByOpenApiEnumValue`, `AllowedValuesAttribute`).
 */
export { DATA_LANGUAGES } from '../core/vocabulary.js';
export const PUBLISHING_STATUS_POST = ['Draft', 'Published'] as const;
export const PUBLISHING_STATUS_PUT = ['Draft', 'Published', 'Deleted', 'Modified'] as const;
/** Service and service-collection PUT: any PublishingStatus name, then the §6.2 transition rules. */
export const PUBLISHING_STATUS_ALL = [...PUBLISHING_STATUS_PUT, 'OldPublished', 'Removed'] as const;
export const SERVICE_TYPES = ['Service', 'PermitOrObligation', 'ProfessionalQualification'] as const;
export const FUNDING_TYPES = ['PubliclyFunded', 'MarketFunded'] as const;
export const SERVICE_CHARGE_TYPES = ['Chargeable', 'FreeOfCharge'] as const;
export const PHONE_CHARGE_TYPES = ['Chargeable', 'FreeOfCharge', 'Other'] as const;
export const NAME_TYPES = ['Name', 'AlternativeName'] as const;
export const SERVICE_DESCRIPTION_TYPES = [
  'Description',
  'Summary',
  'UserInstruction',
  'ValidityTime',
  'ProcessingTime',
  'DeadLine',
  'ChargeTypeAdditionalInfo',
  'ServiceType',
] as const;
export const BASIC_DESCRIPTION_TYPES = ['Description', 'Summary'] as const;
export const CONNECTION_DESCRIPTION_TYPES = ['Description', 'ChargeTypeAdditionalInfo'] as const;
export const AREA_INFORMATION_TYPES = ['Nationwide', 'NationwideExceptAlandIslands', 'LimitedType'] as const;
/** `WellbeingServiceCounties` is live-only (§4.9.2, §11.4); the ptv34 profile rejects it. */
export const AREA_TYPES_PTV34 = ['Municipality', 'Region', 'BusinessSubRegion', 'HospitalDistrict'] as const;
export const AREA_TYPES_LIVE = [...AREA_TYPES_PTV34, 'WellbeingServiceCounties'] as const;
export const ORG_SUB_AREA_TYPES = [
  'Municipality',
  'Region',
  'BusinessSubRegion',
  'HospitalDistrict',
] as const;
export const ORGANIZATION_TYPES = [
  'State',
  'Municipality',
  'RegionalOrganization',
  'Organization',
  'Company',
] as const;
export const PROVISION_TYPES = ['SelfProducedServices', 'ProcuredServices', 'Other'] as const;
export const SERVICE_HOUR_TYPES = ['DaysOfTheWeek', 'Exceptional', 'OverMidnight'] as const;
export const WEEK_DAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
export const PHONE_NUMBER_TYPES = ['Phone', 'Sms', 'Fax'] as const;
export const CHANNEL_URL_TYPES = ['PDF', 'DOC', 'Excel', 'rtf', 'odt'] as const;
export const ACCESSIBILITY_LEVELS = [
  'FullyCompliant',
  'PartiallyCompliant',
  'NonCompliant',
  'Unknown',
] as const;
export const WCAG_LEVELS = ['LevelA', 'LevelAA', 'LevelAAA'] as const;
export const ORG_ADDRESS_TYPES = ['Visiting', 'Postal'] as const;
export const ORG_ADDRESS_SUBTYPES = ['Street', 'PostOfficeBox', 'Foreign', 'Other'] as const;
export const LOCATION_ADDRESS_TYPES = ['Location', 'Postal'] as const;
export const LOCATION_ADDRESS_SUBTYPES = ['Single', 'Street', 'PostOfficeBox', 'Abroad', 'Other'] as const;
export const CONTACT_ADDRESS_TYPES = ['Postal'] as const;
export const CONTACT_ADDRESS_SUBTYPES = ['Street', 'PostOfficeBox', 'Abroad'] as const;
export const DELIVERY_ADDRESS_SUBTYPES = ['Street', 'PostOfficeBox', 'NoAddress'] as const;
