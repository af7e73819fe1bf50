/**
 * PTV's exact message texts (in-api-v11.md §7.3, §3.4, §4, §6). One place, so the validator,
 * the descriptors and the tests cannot disagree. `{Field}` = C# property name.
 */
export const msg = {
  required: (field: string) => `The ${field} field is required.`,
  requiredWhen: (prop: string, value: string) => `The field is required when '${prop}' has value '${value}'.`,
  pattern: (field: string, regex: string) =>
    `The field ${field} must match the regular expression '${regex}'.`,
  maxLength: (field: string, n: number) =>
    `The field ${field} must be a string or array type with a maximum length of '${n}'.`,
  listMaxLength: (type: string, n: number) =>
    type
      ? `Maximum length of property 'Value' for '${type}' must be '${n}'.`
      : `Maximum length of property 'Value' must be '${n}'.`,
  enum: (values: readonly string[]) =>
    `The field is invalid. Please use one of these: '${values.join(', ')}'.`,
  allowedValues: (value: string, prop: string, values: readonly string[]) =>
    `'${value}' is not allowed value of '${prop}'! Please use one of these: '${values.join(', ')}'.`,
  requiredType: (value: string) => `Type - Required value '${value}' was not found!`,
  perLanguage: (lang: string) => `Required value was not found with language code '${lang}'!`,
  perLanguageType: (type: string, lang: string) =>
    `Required value with type '${type}' was not found with language code '${lang}'!`,
  newLanguageOptionalOnly: (langs: string) =>
    `You have added new language version(s): ${langs}. Either add required values in '${langs}' or remove all items in language '${langs}'.`,
  putListsMissingLanguages: (lists: string, langs: string) =>
    `Some of the required lists are missing the languages you have added. Check lists '${lists} for languages '${langs}'.`,
  putRemovingLanguages: (lists: string, langs: string) =>
    `You are removing language versions so all the required lists need to include required languages. Check lists '${lists} for languages '${langs}'.`,
  localizedDuplicates: () => 'Localized duplicates are not allowed!',
  localizedDuplicatesOf: (prop: string) => `Localized duplicates of '${prop}' are not allowed!`,
  duplicatesOf: (prop: string) => `Duplicates of '${prop}' are not allowed!`,
  displayNameTypeMissing: (pairs: string) =>
    `All language/type pairs defined in DisplayNameType must be specified. Missing: ${pairs}`,
  displayNameTypeLanguages: (langs: string) =>
    `DisplayNameType is required for each language in collection. Missing: ${langs}`,
  min5: () => 'At least five characters are required for this field.',
  min5List: () => 'Value - At least five characters are required for this field.',
  guid: () => 'Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).',
  codeNotFound: (code: string) => `The code '${code}' was not found!`,
  codesNotFound: (codes: string) => `Some of the codes were not found: '${codes}'`,
  urisNotFound: (uris: string) => `Some of the uris were not found: '${uris}'`,
  recordNotFound: () => 'Record not found or user does not have rights for it!',
  /** OrganizationService.cs:1418 (ptv-release-3_4), surfaced by OwnOrganizationValidator.cs:91. */
  noRightsToUpdateOrCreate: () => 'User has no rights to update or create this entity!',
  email: (field: string) => `The ${field} field is not a valid e-mail address.`,
  url: (field: string) => `The ${field} field is not a valid fully-qualified http, https, or ftp URL.`,
  /** [FW] Newtonsoft's reader error for an unparsable date; the key is the JSON path. */
  dateTime: (value: string, jsonPath: string) =>
    `Could not convert string to DateTime: ${value}. Path '${jsonPath}'.`,
  /** [FW] Newtonsoft's reader error for a bad item of a `[GUID]` list; the key is the JSON path. */
  readerGuid: (value: string, jsonPath: string) =>
    `Error converting value "${value}" to type 'System.Guid'. Path '${jsonPath}'.`,
  /** [FW] Newtonsoft's reader error for a wrong JSON type (wording approximated) [INF]. */
  type: (field: string, type: string) => `Error converting value for '${field}': expected ${type}.`,
  street: () =>
    'StreetNumber or coordinates (Latitude, Longitude) are required if StreetAddress is provided.',
  nameEqualsSummary: (lang: string) =>
    `Name and summary are not allowed to be the same. Please update either of them for language code '${lang}'.`,
  nameNotUnique: (value: string, lang: string) =>
    `Value '${value}' of language code '${lang}' already exists within organization. The name must be unique.`,
  onlyNAllowed: (n: number) => `Only ${n} items allowed!`,
  allMainClasses: () => 'All the service classes are main service classes. Not allowed!',
  kr2SubGroup: () =>
    'Target group Businesses and non-government organizations one of the sub target groups is required.',
  targetGroupFor: (name: string, things: string) =>
    `Target group '${name}' or one of the sub target groups is required if ${things} are attached.`,
  sameBaseUrl: () => 'The urls do not have the same base url.',
  noAreasAccepted: (areaType: string) => `No Areas accepted when AreaType has value ${areaType}.`,
  areaTooWide: (areaType: string) => `Area information type ${areaType} is too wide.`,
  /** CoreMessages.cs:82 (OidValidator.cs:84). */
  oidExists: (oid: string) => `Organization with same Oid '${oid}' already exists!`,
  /** OrganizationValidator.cs:161, :176, :165/:169, :186, :192 (ptv-release-3_4). */
  areaTypeNotAcceptedFor: (areaType: string, orgType: string) =>
    `Value '${areaType}' not accepted when OrganizationType has value ${orgType}.`,
  areaTypeRequiredFor: (areaType: string, orgType: string) =>
    `Value ${areaType} required when OrganizationType has value ${orgType}.`,
  noneAcceptedForType: (field: string, orgType: string) =>
    `No ${field} accepted when OrganizationType has value ${orgType}.`,
  organizationTypeRequiredForAreas: () =>
    'OrganizationType field is required when AreaType, SubAreaType or Areas has values.',
  noSubAreaTypeAccepted: (areaType: string) => `No SubAreaType accepted when AreaType has value ${areaType}.`,
  noMunicipalityAccepted: (orgType: string) =>
    `No Municipality accepted when OrganizationType has value ${orgType}.`,
  subTypeNotAllowed: (sub: string, type: string) =>
    `'${sub}' is not allowed value of 'SubType' when 'Type' has value '${type}'.`,
  subTypeCannot: (sub: string, type: string) =>
    `The field is invalid. 'SubType' cannot have value '${sub}' when 'Type' = '${type}'.`,
  /** [INF] rule in §4.8, text not quoted by the reference. */
  abroadOnly: () =>
    'The field is invalid. Abroad location address cannot be combined with other location addresses.',
  /** AccessibilityClassificationValidator.cs:86, :100, :114 (ptv-release-3_4, API version ≥ 10). */
  wcag: (wcagLevel: string, level: string) =>
    `'${wcagLevel}' is not allowed value of 'WcagLevel' when 'AccessibilityClassificationLevel' has value '${level}'.`,
  statementRequired: (level: string) =>
    `'AccessibilityStatementWebPage' and 'AccessibilityStatementWebPageName' fields are required when 'AccessibilityClassificationLevel' has value '${level}'.`,
  statementForbidden: () =>
    "'AccessibilityStatementWebPage' and 'AccessibilityStatementWebPageName' cannot be set when 'AccessibilityClassificationLevel' has value 'Unknown'.",
  validToBeforeFrom: () => 'ValidTo cannot be earlier or the same than ValidFrom.',
  toBeforeFrom: () => 'To cannot be earlier or the same than From.',
  openingHourRequired: () => 'The OpeningHour field is required.',
  atLeastSomeValue: () =>
    'At least some value must be set (IsAlwaysOpen, IsReservation, OpeningHour, AdditionalInformation).',
  /** [INF] §4.9.4 cross rules whose texts the reference does not quote. */
  notAllowedFor: (prop: string, type: string) =>
    `The field is invalid. '${prop}' is not allowed when 'ServiceHourType' has value '${type}'.`,
  mutuallyExclusive: () =>
    'The field is invalid. IsAlwaysOpen, IsReservation and IsClosed are mutually exclusive.',
  maxOneOpeningHour: (type: string) =>
    `The field is invalid. Only one OpeningHour item is allowed for '${type}'.`,
  emptyOpeningHourWith: () =>
    'The field is invalid. OpeningHour must be empty when IsAlwaysOpen or IsReservation is set.',
  statusTransition: (next: string, current: string) =>
    `You cannot set Publishing status as ${next} when current one is ${current}.`,
  cannotUpdate: (status: string) => `You cannot update entity with status ${status}.`,
  defineStatusWhenDeleted: () => 'You need to define Publishing status when current one is Deleted.',
  dateInFuture: () => 'Date needs to be in future!',
  archiveAfterPublish: () => 'Archiving date must be greater than publishing date.',
  publishedWithValidFrom: (validFrom: string) =>
    `You cannot set Publishing status as Published when ValidFrom is set to ${validFrom}.`,
  /** [INF] §6.4 rule, text not quoted by the reference. */
  validToNeedsPublished: (status: string) =>
    `You cannot set Publishing status as ${status} when only ValidTo is set. Please use Published.`,
  orgLanguageMissing: (lang: string) =>
    `Organisation language version '${lang}' missing! Organisation must be described in the same language as the item.`,
  otherOrgSameAsMain: () =>
    'Other responsible organization cannot be the same as main responsible organization.',
  servicesNotFound: (ids: string) => `Some of the services were not found: '${ids}'`,
  noAccessToServices: (ids: string) => `You have no access right for connected services: '${ids}'`,
  channelRestricted: (id: string) =>
    `Service channel '${id}' is restricted only for defined organization. You do not have permission to update data!`,
  duplicateItems: (ids: string) =>
    `Duplicate items not allowed! Please check your request related to these items: ${ids}.`,
  channelUrlsPublished: () => 'At least one URL needs to be specified for a published channel.',
  requestIsNull: () => 'The request must contain data.',
  ontologyNotFound: (uris: string) => `Some of the uris were not found: '${uris}'`,
  userInstructionMissing: (lang: string) =>
    `Required value with type 'UserInstruction' was not found with language code '${lang}'!`,
  /** ptv-readiness's own warning; PTV has no such check. */
  businessIdCheckDigit: (code: string) =>
    `Business ID '${code}' has an invalid check digit (PTV checks only the format; the YTJ register will not know it).`,
  locationMissingName: (type: string, lang: string) =>
    `The field is invalid. Location channel is missing name with type '${type}' and language '${lang}'.`,
} as const;
