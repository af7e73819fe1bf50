/* eslint-disable @typescript-eslint/no-explicit-any -- table cases mutate example payloads freely */
import { describe, expect, it } from 'vitest';
import {
  validatePayload,
  toPtvErrorBody,
  type EntityKind,
  type Operation,
  type RuleProfile,
} from './index.js';
import { example, EXAMPLE_KINDS, type ExampleKind } from '../../test/support/examples.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const run = (
  kind: EntityKind,
  body: unknown,
  op: Operation = 'post',
  profile: RuleProfile = 'live2026',
  extra = {},
) => validatePayload(body, { kind, op, profile, now: NOW, ...extra });

describe('bundled examples', () => {
  it.each(EXAMPLE_KINDS)('%s is valid under both profiles', (kind) => {
    for (const profile of ['live2026', 'ptv34'] as const) {
      const r = run(kind, example(kind), 'post', profile);
      expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(r.valid).toBe(true);
    }
  });
});

interface Case {
  rule: string;
  kind: ExampleKind;
  op?: Operation;
  profile?: RuleProfile;
  /** Mutation that keeps the payload valid for this rule. */
  ok: (b: any) => void;
  /** Mutation that breaks it. */
  bad: (b: any) => void;
  key: string;
  message: string;
}

const L = (value: string, language = 'fi') => ({ value, language });
const T = (type: string, value: string, language = 'fi') => ({ type, value, language });

const cases: Case[] = [
  {
    rule: 'required',
    kind: 'service',
    ok: (b) => (b.fundingType = 'MarketFunded'),
    bad: (b) => delete b.fundingType,
    key: 'FundingType',
    message: 'The FundingType field is required.',
  },
  {
    rule: 'required (blank item value)',
    kind: 'service',
    ok: (b) => (b.requirements[0].value = 'Ei vaatimuksia.'),
    bad: (b) => (b.requirements[0].value = '   '),
    key: 'Requirements[0].Value',
    message: 'The Value field is required.',
  },
  {
    rule: 'maxLength per item type (Summary 150)',
    kind: 'service',
    ok: (b) => (b.serviceDescriptions[0].value = 'a'.repeat(150)),
    bad: (b) => (b.serviceDescriptions[0].value = 'a'.repeat(151)),
    key: 'ServiceDescriptions',
    message: "Maximum length of property 'Value' for 'Summary' must be '150'.",
  },
  {
    rule: 'maxLength, profile live2026 Description 5000',
    kind: 'service',
    ok: (b) => (b.serviceDescriptions[3].value = 'a'.repeat(5000)),
    bad: (b) => (b.serviceDescriptions[3].value = 'a'.repeat(5001)),
    key: 'ServiceDescriptions',
    message: "Maximum length of property 'Value' for 'Description' must be '5000'.",
  },
  {
    rule: 'maxLength, profile ptv34 Description 2500',
    kind: 'service',
    profile: 'ptv34',
    ok: (b) => (b.serviceDescriptions[3].value = 'a'.repeat(2500)),
    bad: (b) => (b.serviceDescriptions[3].value = 'a'.repeat(2501)),
    key: 'ServiceDescriptions',
    message: "Maximum length of property 'Value' for 'Description' must be '2500'.",
  },
  {
    rule: 'maxLength list without type (names 100)',
    kind: 'echannel',
    ok: (b) => (b.serviceChannelNames[0].value = 'n'.repeat(100)),
    bad: (b) => (b.serviceChannelNames[0].value = 'n'.repeat(101)),
    key: 'ServiceChannelNames',
    message: "Maximum length of property 'Value' must be '100'.",
  },
  {
    rule: 'maxLength plain property',
    kind: 'servicelocation',
    ok: (b) => (b.addresses[0].streetAddress.streetNumber = '1'.repeat(30)),
    bad: (b) => (b.addresses[0].streetAddress.streetNumber = '1'.repeat(31)),
    key: 'Addresses[0].StreetAddress.StreetNumber',
    message: "The field StreetNumber must be a string or array type with a maximum length of '30'.",
  },
  {
    rule: 'minLength5',
    kind: 'service',
    ok: (b) => (b.serviceDescriptions[0].value = 'Viisi'),
    bad: (b) => (b.serviceDescriptions[0].value = ' Uin '),
    key: 'ServiceDescriptions',
    message: 'Value - At least five characters are required for this field.',
  },
  {
    rule: 'minLength5 plain property',
    kind: 'phone',
    ok: (b) => (b.phoneNumbers[0].additionalInformation = 'Vaihde'),
    bad: (b) => (b.phoneNumbers[0].additionalInformation = 'Vai'),
    key: 'PhoneNumbers[0].AdditionalInformation',
    message: 'At least five characters are required for this field.',
  },
  {
    rule: 'enum (OpenAPI names)',
    kind: 'service',
    ok: (b) => b.serviceNames.push(T('AlternativeName', 'Uimahalli')),
    bad: (b) => (b.serviceNames[0].type = 'name'),
    key: 'ServiceNames[0].Type',
    message: "The field is invalid. Please use one of these: 'Name, AlternativeName'.",
  },
  {
    rule: 'allowed values (POST publishing status)',
    kind: 'service',
    ok: (b) => (b.publishingStatus = 'Draft'),
    bad: (b) => (b.publishingStatus = 'Deleted'),
    key: 'PublishingStatus',
    message:
      "'Deleted' is not allowed value of 'PublishingStatus'! Please use one of these: 'Draft, Published'.",
  },
  {
    rule: 'data language',
    kind: 'service',
    ok: (b) => (b.keywords[0].language = 'sv'),
    bad: (b) => (b.keywords[0].language = 'FI'),
    key: 'Keywords[0].Language',
    message: "The field is invalid. Please use one of these: 'fi, sv, en, se, smn, sms'.",
  },
  {
    rule: 'pattern (sourceId)',
    kind: 'service',
    ok: (b) => (b.sourceId = 'abc-1.2'),
    bad: (b) => (b.sourceId = 'abc_1'),
    key: 'SourceId',
    message: "The field SourceId must match the regular expression '^[A-Za-z0-9-.]*$'.",
  },
  {
    rule: 'pattern (postal code, full match)',
    kind: 'servicelocation',
    ok: (b) => (b.addresses[0].streetAddress.postalCode = '00180'),
    bad: (b) => (b.addresses[0].streetAddress.postalCode = '001000'),
    key: 'Addresses[0].StreetAddress.PostalCode',
    message: "The field PostalCode must match the regular expression '\\d{5}?'.",
  },
  {
    rule: 'pattern (municipality: numeric message)',
    kind: 'organization',
    ok: (b) => (b.municipality = '049'),
    bad: (b) => (b.municipality = 'Espoo'),
    key: 'Municipality',
    message: 'The value must be numeric.',
  },
  {
    rule: 'quarter-hour opening times',
    kind: 'phone',
    ok: (b) => (b.serviceHours[0].openingHour[0].to = '16:45:00'),
    bad: (b) => (b.serviceHours[0].openingHour[0].to = '16:20'),
    key: 'ServiceHours[0].OpeningHour[0].To',
    message: "The field To must match the regular expression '^([0-1][0-9]|[2][0-3]):(00|15|30|45)(:00)?$'.",
  },
  {
    rule: 'format guid',
    kind: 'echannel',
    ok: (b) => (b.organizationId = '{5F6A1C1E-3B1A-4C55-9D3E-2B8F0A7C1D01}'),
    bad: (b) => (b.organizationId = '5f6a1c1e-3b1a-4c55-9d3e'),
    key: 'OrganizationId',
    message: 'Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).',
  },
  {
    rule: 'format url',
    kind: 'echannel',
    ok: (b) => (b.webPage[0].value = 'ftp://files.esimerkki.fi/ohje.pdf'),
    bad: (b) => (b.webPage[0].value = 'www.esimerkki.fi'),
    // `[ListWithUrl("Value")]` sits on the list: VmOpenApiElectronicChannelInVersionBase.cs:82 and
    // ListBaseAttribute.cs:128 (the error's member is the list) @ ptv-release-3_4.
    key: 'WebPage',
    message: 'The Value field is not a valid fully-qualified http, https, or ftp URL.',
  },
  {
    rule: 'format email',
    kind: 'echannel',
    ok: (b) => (b.supportEmails[0].value = 'äiti.liikunta@esimerkki.fi'),
    bad: (b) => (b.supportEmails[0].value = 'liikunta@esimerkki'),
    key: 'SupportEmails[0].Value',
    message: 'The Value field is not a valid e-mail address.',
  },
  {
    rule: 'code list: postal code',
    kind: 'servicelocation',
    ok: (b) => (b.addresses[0].streetAddress.postalCode = '33100'),
    bad: (b) => (b.addresses[0].streetAddress.postalCode = '29170'),
    key: 'Addresses[0].StreetAddress.PostalCode',
    message: "The code '29170' was not found!",
  },
  {
    rule: 'code list: municipality (zero-padded)',
    kind: 'servicelocation',
    ok: (b) => (b.addresses[0].streetAddress.municipality = '051'),
    bad: (b) => (b.addresses[0].streetAddress.municipality = '51'),
    key: 'Addresses[0].StreetAddress.Municipality',
    message: "The code '51' was not found!",
  },
  {
    rule: 'code list: country',
    kind: 'servicelocation',
    ok: (b) => (b.addresses[0].country = 'SE'),
    bad: (b) => (b.addresses[0].country = 'XX'),
    key: 'Addresses[0].Country',
    message: "The code 'XX' was not found!",
  },
  {
    rule: 'code list: dial prefix',
    kind: 'phone',
    ok: (b) => (b.phoneNumbers[0].prefixNumber = '+46'),
    bad: (b) => (b.phoneNumbers[0].prefixNumber = '+999'),
    key: 'PhoneNumbers[0].PrefixNumber',
    message: "The code '+999' was not found!",
  },
  {
    rule: 'code list: languages',
    kind: 'service',
    ok: (b) => b.languages.push('de'),
    bad: (b) => b.languages.push('xx', 'qq'),
    key: 'Languages',
    message: "Some of the codes were not found: 'xx, qq'",
  },
  {
    rule: 'code list: service classes',
    kind: 'service',
    ok: (b) => b.serviceClasses.push('http://uri.suomi.fi/codelist/ptv/ptvserclass/code/P5.1'),
    bad: (b) => b.serviceClasses.push('http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P99.9'),
    key: 'ServiceClasses',
    message: "Some of the uris were not found: 'http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P99.9'",
  },
  {
    rule: 'code list: area codes',
    kind: 'service',
    ok: (b) => (b.areas = [{ type: 'Region', areaCodes: ['01'] }]),
    bad: (b) => (b.areas = [{ type: 'Region', areaCodes: ['99'] }]),
    key: 'Areas[0].AreaCodes[0]',
    message: "The code '99' was not found!",
  },
  {
    rule: 'required item type',
    kind: 'echannel',
    ok: (b) => b.serviceChannelDescriptions.splice(3, 1, T('Description', 'Verkkokauppa on auki aina.')),
    bad: (b) =>
      (b.serviceChannelDescriptions = b.serviceChannelDescriptions.filter(
        (d: any) => d.type !== 'Description',
      )),
    key: 'ServiceChannelDescriptions',
    message: "Type - Required value 'Description' was not found!",
  },
  {
    rule: 'per-language completeness (typed)',
    kind: 'service',
    ok: (b) => b.serviceNames.push(T('AlternativeName', 'Uinti', 'fi')),
    bad: (b) =>
      (b.serviceDescriptions = b.serviceDescriptions.filter(
        (d: any) => !(d.type === 'Summary' && d.language === 'sv'),
      )),
    key: 'ServiceDescriptions',
    message: "Required value with type 'Summary' was not found with language code 'sv'!",
  },
  {
    rule: 'per-language completeness (untyped list)',
    kind: 'phone',
    ok: (b) => b.phoneNumbers.push({ ...b.phoneNumbers[0], number: '91234560' }),
    bad: (b) => (b.phoneNumbers = b.phoneNumbers.filter((p: any) => p.language !== 'en')),
    key: 'PhoneNumbers',
    message: "Required value was not found with language code 'en'!",
  },
  {
    // PhoneChannelValidator.cs:99-101 + EntityBaseValidator.cs:97-108 @ ptv-release-3_4: a POST's phone numbers
    // missing a language also give the Model message naming every language.
    rule: 'per-language: a required list missing a language (Model)',
    kind: 'phone',
    ok: (b) => b.phoneNumbers.push({ ...b.phoneNumbers[0], number: '91234561' }),
    bad: (b) => (b.phoneNumbers = b.phoneNumbers.filter((p: any) => p.language !== 'en')),
    key: 'Model',
    message:
      "Some of the required lists are missing the languages you have added. Check lists 'PhoneNumbers for languages 'fi, sv, en'.",
  },
  {
    rule: 'per-language: language only in optional lists (Model)',
    kind: 'echannel',
    ok: (b) => b.supportEmails.push(L('tuki@esimerkki.fi', 'sv')),
    bad: (b) => b.supportEmails.push(L('tuki@esimerkki.fi', 'se')),
    key: 'Model',
    // EntityBaseValidator.cs:64, :87-90 @ ptv-release-3_4: on a POST every language is newly added, and all are named.
    message:
      "You have added new language version(s): fi, sv, en, se. Either add required values in 'fi, sv, en, se' or remove all items in language 'fi, sv, en, se'.",
  },
  {
    rule: 'name ≠ summary when Published',
    kind: 'service',
    ok: (b) => {
      b.publishingStatus = 'Draft';
      b.serviceDescriptions[0].value = b.serviceNames[0].value;
    },
    bad: (b) => (b.serviceDescriptions[0].value = b.serviceNames[0].value),
    key: 'ServiceNames',
    message:
      "Name and summary are not allowed to be the same. Please update either of them for language code 'fi'.",
  },
  {
    rule: '≤ 1 item per language',
    kind: 'echannel',
    ok: (b) => (b.webPage[2].language = 'en'),
    bad: (b) => (b.webPage[2].language = 'fi'),
    key: 'WebPage',
    message: 'Localized duplicates are not allowed!',
  },
  {
    rule: 'unique (type, language)',
    kind: 'service',
    ok: (b) => b.serviceDescriptions.push(T('DeadLine', 'Ei määräaikaa.')),
    bad: (b) => b.serviceDescriptions.push(T('Summary', 'Toinen tiivistelmä.')),
    key: 'ServiceDescriptions',
    // LocalizedListPropertyDuplicityForbiddenAttribute.cs + CoreMessages.cs:84 (ptv-release-3_4)
    message: "Localized duplicates of 'Type' are not allowed!",
  },
  {
    rule: 'service hours: to after from',
    kind: 'phone',
    ok: (b) => (b.serviceHours[0].openingHour[0].to = '00:00'),
    bad: (b) => (b.serviceHours[0].openingHour[0].to = '08:00'),
    key: 'ServiceHours[0].OpeningHour[0].To',
    message: 'To cannot be earlier or the same than From.',
  },
  {
    rule: 'service hours: validTo after validFrom',
    kind: 'phone',
    ok: (b) =>
      Object.assign(b.serviceHours[0], { validFrom: '2026-07-01T00:00:00', validTo: '2026-08-01T00:00:00' }),
    bad: (b) =>
      Object.assign(b.serviceHours[0], { validFrom: '2026-08-01T00:00:00', validTo: '2026-07-01T00:00:00' }),
    key: 'ServiceHours[0]',
    message: 'ValidTo cannot be earlier or the same than ValidFrom.',
  },
  {
    rule: 'service hours: DayFrom required except Exceptional',
    kind: 'phone',
    ok: (b) =>
      (b.serviceHours = [
        {
          serviceHourType: 'Exceptional',
          validFrom: '2026-12-24T00:00:00',
          openingHour: [{ from: '10:00', to: '14:00' }],
        },
      ]),
    bad: (b) => delete b.serviceHours[0].openingHour[0].dayFrom,
    key: 'ServiceHours[0].OpeningHour[0].DayFrom',
    message: 'The DayFrom field is required.',
  },
  {
    rule: 'service hours: opening hour required',
    kind: 'phone',
    ok: (b) =>
      (b.serviceHours = [
        { serviceHourType: 'Exceptional', isClosed: true, validFrom: '2026-12-24T00:00:00' },
      ]),
    bad: (b) => (b.serviceHours = [{ serviceHourType: 'OverMidnight', openingHour: [] }]),
    key: 'ServiceHours[0].OpeningHour',
    message: 'The OpeningHour field is required.',
  },
  {
    rule: 'service hours: at least some value',
    kind: 'phone',
    ok: (b) => (b.serviceHours = [{ serviceHourType: 'DaysOfTheWeek', isAlwaysOpen: true }]),
    bad: (b) => (b.serviceHours = [{ serviceHourType: 'DaysOfTheWeek' }]),
    key: 'ServiceHours[0]',
    message:
      'At least some value must be set (IsAlwaysOpen, IsReservation, OpeningHour, AdditionalInformation).',
  },
  {
    rule: 'service classes ≤ 4',
    kind: 'service',
    ok: (b) =>
      b.serviceClasses.push(
        ...['P5.1', 'P10.1', 'P24.2'].map((c) => `http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/${c}`),
      ),
    bad: (b) =>
      b.serviceClasses.push(
        ...['P5.1', 'P10.1', 'P24.2', 'P11.2'].map(
          (c) => `http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/${c}`,
        ),
      ),
    key: 'ServiceClasses',
    message: 'Only 4 items allowed!',
  },
  {
    rule: 'service classes not all main',
    kind: 'service',
    ok: (b) => b.serviceClasses.push('http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P27'),
    bad: (b) => (b.serviceClasses = ['http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P27']),
    key: 'ServiceClasses',
    message: 'All the service classes are main service classes. Not allowed!',
  },
  {
    rule: 'ontology terms ≤ 10',
    kind: 'service',
    ok: (b) =>
      (b.ontologyTerms = Array.from({ length: 10 }, (_, i) => `http://www.yso.fi/onto/koko/p1041${i}`)),
    bad: (b) =>
      (b.ontologyTerms = Array.from({ length: 11 }, (_, i) => `http://www.yso.fi/onto/koko/p104${10 + i}`)),
    key: 'OntologyTerms',
    message: 'Only 10 items allowed!',
  },
  {
    rule: 'ontology term pattern',
    kind: 'service',
    ok: (b) => (b.ontologyTerms = ['http://www.yso.fi/onto/yso/p2435']),
    bad: (b) => (b.ontologyTerms = ['https://www.yso.fi/onto/koko/p10416']),
    key: 'OntologyTerms[0]',
    message:
      "The field OntologyTerms must match the regular expression '^http://www.yso.fi/onto/[a-z]*/p[0-9]{1,5}$'.",
  },
  {
    rule: 'KR2 needs a sub-group',
    kind: 'service',
    ok: (b) =>
      b.targetGroups.push(
        ...['KR2', 'KR2.1'].map((c) => `http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/${c}`),
      ),
    bad: (b) => b.targetGroups.push('http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR2'),
    key: 'TargetGroups',
    message:
      'Target group Businesses and non-government organizations one of the sub target groups is required.',
  },
  {
    rule: 'life events need KR1',
    kind: 'service',
    ok: (b) => (b.lifeEvents = ['http://uri.suomi.fi/codelist/ptv/ptvelti/code/KE1']),
    bad: (b) => {
      b.lifeEvents = ['http://uri.suomi.fi/codelist/ptv/ptvelti/code/KE1'];
      b.targetGroups = ['http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR3'];
    },
    key: 'TargetGroups',
    message:
      "Target group 'Citizens (KR1)' or one of the sub target groups is required if life events are attached.",
  },
  {
    rule: 'industrial classes need KR2',
    kind: 'service',
    ok: (b) => {
      b.industrialClasses = ['http://www.stat.fi/meta/luokitukset/toimiala/001-2008/94910'];
      b.targetGroups.push(
        ...['KR2', 'KR2.1'].map((c) => `http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/${c}`),
      );
    },
    bad: (b) => (b.industrialClasses = ['http://www.stat.fi/meta/luokitukset/toimiala/001-2008/94910']),
    key: 'TargetGroups',
    message:
      "Target group 'Businesses and non-government organizations (KR2)' or one of the sub target groups is required if industrial classes are attached.",
  },
  {
    rule: 'area type / areas: Nationwide takes none',
    kind: 'service',
    ok: (b) => {
      b.areaType = 'Nationwide';
      delete b.areas;
    },
    bad: (b) => (b.areaType = 'Nationwide'),
    key: 'Areas',
    message: 'No Areas accepted when AreaType has value Nationwide.',
  },
  {
    rule: 'area type / areas: LimitedType needs areas',
    kind: 'service',
    ok: (b) => (b.areas = [{ type: 'HospitalDistrict', areaCodes: ['25'] }]),
    bad: (b) => delete b.areas,
    key: 'Areas',
    message: "The field is required when 'AreaType' has value 'LimitedType'.",
  },
  {
    rule: 'WellbeingServiceCounties only live',
    kind: 'service',
    profile: 'ptv34',
    ok: (b) => (b.areas = [{ type: 'Region', areaCodes: ['01'] }]),
    bad: (b) => (b.areas = [{ type: 'WellbeingServiceCounties', areaCodes: ['01'] }]),
    key: 'Areas[0].Type',
    message:
      "The field is invalid. Please use one of these: 'Municipality, Region, BusinessSubRegion, HospitalDistrict'.",
  },
  {
    rule: 'organisation: municipality only for Municipality',
    kind: 'organization',
    ok: (b) => (b.municipality = '049'),
    bad: (b) => {
      b.organizationType = 'State';
      b.areaType = 'Nationwide';
    },
    key: 'Municipality',
    message: 'No Municipality accepted when OrganizationType has value State.',
  },
  {
    rule: 'StreetNumber or coordinates',
    kind: 'servicelocation',
    ok: (b) => delete b.addresses[0].streetAddress.streetNumber,
    bad: (b) => {
      delete b.addresses[0].streetAddress.streetNumber;
      delete b.addresses[0].streetAddress.latitude;
    },
    key: 'Addresses[0].StreetAddress',
    message: 'StreetNumber or coordinates (Latitude, Longitude) are required if StreetAddress is provided.',
  },
  {
    rule: 'location address type/sub-type',
    kind: 'servicelocation',
    ok: (b) =>
      b.addresses.push({ type: 'Postal', subType: 'Street', streetAddress: b.addresses[0].streetAddress }),
    bad: (b) => (b.addresses[0].subType = 'Street'),
    key: 'Addresses[0].SubType',
    message: "'Street' is not allowed value of 'SubType' when 'Type' has value 'Location'.",
  },
  {
    rule: 'organisation address type/sub-type',
    kind: 'organization',
    ok: (b) => (b.addresses[1].type = 'Postal'),
    bad: (b) => (b.addresses[1].type = 'Visiting'),
    key: 'Addresses[1].SubType',
    message: "The field is invalid. 'SubType' cannot have value 'PostOfficeBox' when 'Type' = 'Visiting'.",
  },
  {
    rule: 'address sub-object required by sub-type',
    kind: 'organization',
    ok: (b) =>
      b.addresses.push({
        type: 'Visiting',
        subType: 'Other',
        otherAddress: {
          latitude: '6673056',
          longitude: '384467',
          additionalInformation: [L('Rantapuiston paviljonki')],
        },
      }),
    bad: (b) => b.addresses.push({ type: 'Visiting', subType: 'Other' }),
    key: 'Addresses[2].OtherAddress',
    message: "The field is required when 'SubType' has value 'Other'.",
  },
  {
    rule: 'accessibility: PartiallyCompliant needs LevelA',
    kind: 'webpage',
    ok: (b) =>
      Object.assign(b.accessibilityClassification[0], {
        accessibilityClassificationLevel: 'FullyCompliant',
        wcagLevel: 'LevelAA',
      }),
    bad: (b) => (b.accessibilityClassification[0].wcagLevel = 'LevelAA'),
    key: 'AccessibilityClassification[0].WcagLevel',
    message:
      "'LevelAA' is not allowed value of 'WcagLevel' when 'AccessibilityClassificationLevel' has value 'PartiallyCompliant'.",
  },
  {
    rule: 'accessibility: Unknown has no statement',
    kind: 'webpage',
    ok: (b) =>
      (b.accessibilityClassification[0] = { accessibilityClassificationLevel: 'Unknown', language: 'fi' }),
    bad: (b) => {
      b.accessibilityClassification[0].accessibilityClassificationLevel = 'Unknown';
      delete b.accessibilityClassification[0].wcagLevel;
    },
    key: 'AccessibilityClassification[0].AccessibilityStatementWebPage',
    message:
      "'AccessibilityStatementWebPage' and 'AccessibilityStatementWebPageName' cannot be set when 'AccessibilityClassificationLevel' has value 'Unknown'.",
  },
  {
    rule: 'phone prefix required unless Finnish service number',
    kind: 'phone',
    ok: (b) => {
      delete b.phoneNumbers[0].prefixNumber;
      b.phoneNumbers[0].isFinnishServiceNumber = true;
    },
    bad: (b) => delete b.phoneNumbers[0].prefixNumber,
    key: 'PhoneNumbers[0].PrefixNumber',
    message: "The field is required when 'IsFinnishServiceNumber' has value 'False'.",
  },
  {
    rule: 'timed publishing: date in future',
    kind: 'service',
    ok: (b) => {
      b.validFrom = '2026-06-02T00:00:00Z';
      b.publishingStatus = 'Draft';
    },
    bad: (b) => {
      b.validFrom = '2026-06-01T23:00:00Z';
      b.publishingStatus = 'Draft';
    },
    key: 'ValidFrom',
    message: 'Date needs to be in future!',
  },
  {
    rule: 'timed publishing: validFrom forbids Published',
    kind: 'echannel',
    ok: (b) => {
      b.validFrom = '2026-07-01T00:00:00Z';
      b.publishingStatus = 'Draft';
    },
    bad: (b) => (b.validFrom = '2026-07-01T00:00:00Z'),
    key: 'PublishingStatus',
    message: 'You cannot set Publishing status as Published when ValidFrom is set to 2026-07-01T00:00:00Z.',
  },
  {
    rule: 'timed publishing: archive after publish',
    kind: 'echannel',
    ok: (b) =>
      Object.assign(b, {
        validFrom: '2026-07-01T00:00:00Z',
        validTo: '2026-08-01T00:00:00Z',
        publishingStatus: 'Draft',
      }),
    bad: (b) =>
      Object.assign(b, {
        validFrom: '2026-08-01T00:00:00Z',
        validTo: '2026-07-01T00:00:00Z',
        publishingStatus: 'Draft',
      }),
    key: 'ValidTo',
    message: 'Archiving date must be greater than publishing date.',
  },
  {
    rule: 'e-channel signature quantity when signature required',
    kind: 'echannel',
    ok: (b) => Object.assign(b, { requiresSignature: true, signatureQuantity: '2' }),
    bad: (b) => Object.assign(b, { requiresSignature: true }),
    key: 'SignatureQuantity',
    message: "The field is required when 'RequiresSignature' has value 'True'.",
  },
  {
    rule: 'display name types',
    kind: 'servicelocation',
    ok: (b) => {
      b.serviceChannelNames.push(T('AlternativeName', 'Keskustan uimahalli'));
      b.displayNameType[0].type = 'AlternativeName';
    },
    bad: (b) => (b.displayNameType[0].type = 'AlternativeName'),
    // ListRequiredToMatchDisplayNameTypes sits on the names list (V11VmOpenApiServiceLocationChannelInBase.cs:45).
    key: 'ServiceChannelNames',
    message:
      'All language/type pairs defined in DisplayNameType must be specified. Missing: fi/AlternativeName',
  },
  {
    rule: 'display name types: a name language without a pair (organisation)',
    kind: 'organization',
    ok: (b) => b.displayNameType.reverse(),
    bad: (b) => b.displayNameType.pop(),
    // V9VmOpenApiOrganizationInBase.cs:52; ListRequiredToMatchDisplayNameTypes.cs:123-129.
    key: 'OrganizationNames',
    message: 'DisplayNameType is required for each language in collection. Missing: en',
  },
  {
    rule: 'connection PUT: duplicate channels',
    kind: 'connection-put',
    ok: (b) => b.channelRelations.pop(),
    bad: (b) => b.channelRelations.push({ serviceChannelId: b.channelRelations[0].serviceChannelId }),
    key: 'ChannelRelations',
    message:
      'Duplicate items not allowed! Please check your request related to these items: e7c5b4a6-0f1b-4c9d-8e65-4a3b2f1e0c07.',
  },
  {
    rule: 'connection POST item required ids',
    kind: 'connections',
    ok: (b) => (b[1].serviceChargeType = 'Other'),
    bad: (b) => delete b[1].serviceChannelId,
    key: '[1].ServiceChannelId',
    message: 'The ServiceChannelId field is required.',
  },
  {
    rule: 'connection contact address postal code',
    kind: 'connections',
    ok: (b) =>
      (b[0].contactDetails.addresses = [
        {
          type: 'Postal',
          subType: 'PostOfficeBox',
          postOfficeBoxAddress: { postOfficeBox: [L('PL 1')], postalCode: '00100' },
        },
      ]),
    bad: (b) =>
      (b[0].contactDetails.addresses = [
        {
          type: 'Postal',
          subType: 'PostOfficeBox',
          postOfficeBoxAddress: { postOfficeBox: [L('PL 1')], postalCode: '29170' },
        },
      ]),
    key: '[0].ContactDetails.Addresses[0].PostOfficeBoxAddress.PostalCode',
    message: "The code '29170' was not found!",
  },
  {
    rule: 'service collection required names',
    kind: 'servicecollection',
    ok: (b) => (b.serviceCollectionNames[2].value = 'Sport and swimming'),
    bad: (b) => delete b.serviceCollectionNames,
    key: 'ServiceCollectionNames',
    message: 'The ServiceCollectionNames field is required.',
  },
  {
    rule: 'service hours: flags mutually exclusive',
    kind: 'phone',
    ok: (b) => (b.serviceHours = [{ serviceHourType: 'DaysOfTheWeek', isReservation: true }]),
    bad: (b) =>
      (b.serviceHours = [
        {
          serviceHourType: 'Exceptional',
          validFrom: '2026-12-24T00:00:00',
          isClosed: true,
          isReservation: true,
        },
      ]),
    key: 'ServiceHours[0]',
    message: 'The field is invalid. IsAlwaysOpen, IsReservation and IsClosed are mutually exclusive.',
  },
  {
    rule: 'service hours: isAlwaysOpen not for Exceptional',
    kind: 'phone',
    ok: (b) => (b.serviceHours = [{ serviceHourType: 'DaysOfTheWeek', isAlwaysOpen: true }]),
    bad: (b) =>
      (b.serviceHours = [
        { serviceHourType: 'Exceptional', validFrom: '2026-12-24T00:00:00', isAlwaysOpen: true },
      ]),
    key: 'ServiceHours[0]',
    message:
      "The field is invalid. 'IsAlwaysOpen' is not allowed when 'ServiceHourType' has value 'Exceptional'.",
  },
  {
    rule: 'service hours: one opening hour for OverMidnight',
    kind: 'phone',
    ok: (b) =>
      (b.serviceHours = [
        {
          serviceHourType: 'OverMidnight',
          openingHour: [{ dayFrom: 'Friday', dayTo: 'Saturday', from: '22:00', to: '02:00' }],
        },
      ]),
    bad: (b) =>
      (b.serviceHours = [
        {
          serviceHourType: 'OverMidnight',
          openingHour: [
            { dayFrom: 'Friday', dayTo: 'Saturday', from: '22:00', to: '02:00' },
            { dayFrom: 'Saturday', dayTo: 'Sunday', from: '22:00', to: '02:00' },
          ],
        },
      ]),
    key: 'ServiceHours[0]',
    message: "The field is invalid. Only one OpeningHour item is allowed for 'OverMidnight'.",
  },
  {
    rule: 'service hours: no opening hours with isAlwaysOpen',
    kind: 'phone',
    ok: (b) => (b.serviceHours = [{ serviceHourType: 'DaysOfTheWeek', isAlwaysOpen: true, openingHour: [] }]),
    bad: (b) => (b.serviceHours[0].isAlwaysOpen = true),
    key: 'ServiceHours[0]',
    message: 'The field is invalid. OpeningHour must be empty when IsAlwaysOpen or IsReservation is set.',
  },
  {
    rule: 'URI lists share one base URL',
    kind: 'service',
    ok: (b) => b.targetGroups.push('http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1.2'),
    bad: (b) => b.targetGroups.push('http://urn.fi/URN:NBN:fi:au:ptvl:v2004'),
    key: 'TargetGroups',
    message: 'The urls do not have the same base url.',
  },
  {
    rule: 'organisation: RegionalOrganization must be LimitedType',
    kind: 'organization',
    ok: (b) =>
      Object.assign(b, {
        organizationType: 'RegionalOrganization',
        areaType: 'LimitedType',
        subAreaType: 'Region',
        areas: ['01'],
        municipality: undefined,
      }),
    bad: (b) =>
      Object.assign(b, {
        organizationType: 'RegionalOrganization',
        areaType: 'Nationwide',
        municipality: undefined,
      }),
    key: 'AreaType',
    // OrganizationValidator.cs:176 (ptv-release-3_4)
    message: 'Value LimitedType required when OrganizationType has value RegionalOrganization.',
  },
  {
    rule: 'organisation: LimitedType needs sub-area type, areas looked up',
    kind: 'organization',
    ok: (b) =>
      Object.assign(b, {
        organizationType: 'State',
        areaType: 'LimitedType',
        subAreaType: 'Municipality',
        areas: ['091', '049'],
        municipality: undefined,
      }),
    bad: (b) =>
      Object.assign(b, {
        organizationType: 'State',
        areaType: 'LimitedType',
        subAreaType: 'Municipality',
        areas: ['91'],
        municipality: undefined,
      }),
    key: 'Areas[0]',
    message: "The code '91' was not found!",
  },
  {
    rule: 'organisation: Municipality type is Nationwide only',
    kind: 'organization',
    ok: (b) => delete b.areaType,
    bad: (b) => (b.areaType = 'NationwideExceptAlandIslands'),
    key: 'AreaType',
    // OrganizationValidator.cs:161 (ptv-release-3_4)
    message:
      "Value 'NationwideExceptAlandIslands' not accepted when OrganizationType has value Municipality.",
  },
  {
    rule: 'location: Abroad excludes other Location addresses',
    kind: 'servicelocation',
    ok: (b) =>
      (b.addresses = [
        {
          type: 'Location',
          subType: 'Abroad',
          locationAbroad: [
            L('Storgatan 1, Stockholm', 'fi'),
            L('Storgatan 1, Stockholm', 'sv'),
            L('Storgatan 1, Stockholm', 'en'),
          ],
        },
      ]),
    bad: (b) =>
      b.addresses.push({
        type: 'Location',
        subType: 'Abroad',
        locationAbroad: [L('Storgatan 1, Stockholm')],
      }),
    key: 'Addresses',
    message:
      'The field is invalid. Abroad location address cannot be combined with other location addresses.',
  },
  {
    rule: 'accessibility: FullyCompliant needs AA or AAA',
    kind: 'echannel',
    ok: (b) =>
      Object.assign(b.accessibilityClassification[1], {
        accessibilityClassificationLevel: 'FullyCompliant',
        wcagLevel: 'LevelAAA',
      }),
    bad: (b) => (b.accessibilityClassification[1].accessibilityClassificationLevel = 'FullyCompliant'),
    key: 'AccessibilityClassification[1].WcagLevel',
    message:
      "'LevelA' is not allowed value of 'WcagLevel' when 'AccessibilityClassificationLevel' has value 'FullyCompliant'.",
  },
  {
    rule: 'accessibility: NonCompliant has no WCAG level, needs a statement',
    kind: 'echannel',
    ok: (b) => {
      b.accessibilityClassification[0].accessibilityClassificationLevel = 'NonCompliant';
      delete b.accessibilityClassification[0].wcagLevel;
    },
    bad: (b) => {
      b.accessibilityClassification[0].accessibilityClassificationLevel = 'NonCompliant';
      delete b.accessibilityClassification[0].wcagLevel;
      delete b.accessibilityClassification[0].accessibilityStatementWebPage;
    },
    key: 'AccessibilityClassification[0].AccessibilityStatementWebPage',
    message:
      "'AccessibilityStatementWebPage' and 'AccessibilityStatementWebPageName' fields are required when 'AccessibilityClassificationLevel' has value 'NonCompliant'.",
  },
  {
    rule: 'phone: charge description when Other',
    kind: 'phone',
    ok: (b) =>
      Object.assign(b.phoneNumbers[0], {
        serviceChargeType: 'Other',
        chargeDescription: 'Hinta 0,50 € / min.',
      }),
    bad: (b) => (b.phoneNumbers[0].serviceChargeType = 'Other'),
    key: 'PhoneNumbers[0].ChargeDescription',
    message: "The field is required when 'ServiceChargeType' has value 'Other'.",
  },
  {
    rule: 'timed publishing: validTo alone needs Published',
    kind: 'phone',
    ok: (b) => (b.validTo = '2027-01-01T00:00:00Z'),
    bad: (b) => Object.assign(b, { validTo: '2027-01-01T00:00:00Z', publishingStatus: 'Draft' }),
    key: 'PublishingStatus',
    message: 'You cannot set Publishing status as Draft when only ValidTo is set. Please use Published.',
  },
  {
    rule: 'service: type required without a general description',
    kind: 'service',
    ok: (b) => {
      delete b.type;
      b.generalDescriptionId = '0d4c2f5e-1a2b-4c3d-8e9f-0a1b2c3d4e5f';
    },
    bad: (b) => delete b.type,
    key: 'Type',
    message: 'The Type field is required.',
  },
  {
    rule: 'service: classification required when Published without a general description',
    kind: 'service',
    ok: (b) => {
      delete b.ontologyTerms;
      b.publishingStatus = 'Draft';
    },
    bad: (b) => delete b.ontologyTerms,
    key: 'OntologyTerms',
    message: 'The OntologyTerms field is required.',
  },
  {
    rule: 'service: producer organisations for SelfProducedServices',
    kind: 'service',
    ok: (b) => (b.serviceProducers = [{ provisionType: 'ProcuredServices' }]),
    bad: (b) => (b.serviceProducers = [{ provisionType: 'SelfProducedServices' }]),
    key: 'ServiceProducers[0].Organizations',
    message: "The field is required when 'ProvisionType' has value 'SelfProducedServices'.",
  },
  {
    rule: 'service: other responsible organisation ≠ main',
    kind: 'service',
    ok: (b) => (b.otherResponsibleOrganizations = ['11111111-2222-3333-4444-555555555555']),
    bad: (b) => (b.otherResponsibleOrganizations = [b.mainResponsibleOrganization]),
    key: 'OtherResponsibleOrganizations',
    message: 'Other responsible organization cannot be the same as main responsible organization.',
  },
  {
    rule: 'printable form: published PUT deleting all URLs must send new ones',
    kind: 'printableform',
    op: 'put',
    ok: (b) => Object.assign(b, { deleteAllChannelUrls: true }),
    bad: (b) => {
      b.deleteAllChannelUrls = true;
      delete b.channelUrls;
    },
    key: 'ChannelUrls',
    message: 'At least one URL needs to be specified for a published channel.',
  },
  // PhoneChannelValidator.cs:74-75 → PhoneNumberListValidator.cs:65-70 (ptv-release-3_4): no ListRequired
  // attribute, so a phone channel without numbers reaches the validator.
  {
    rule: 'phone channel POST without phone numbers',
    kind: 'phone',
    ok: () => undefined,
    bad: (b) => delete b.phoneNumbers,
    key: 'PhoneNumbers',
    message: "Required value was not found with language code 'fi'!",
  },
  {
    rule: 'phone channel POST without phone numbers (Model)',
    kind: 'phone',
    ok: () => undefined,
    bad: (b) => (b.phoneNumbers = []),
    key: 'Model',
    // EntityBaseValidator.cs:108, the unclosed quote is PTV's.
    message:
      "Some of the required lists are missing the languages you have added. Check lists 'PhoneNumbers for languages 'fi, sv, en'.",
  },
  // OrganizationValidator.cs:165 / :169 (ptv-release-3_4): the key is the field, the text names the type.
  {
    rule: 'organisation: Municipality type takes no sub-area type',
    kind: 'organization',
    ok: (b) => delete b.areaType,
    bad: (b) => Object.assign(b, { areaType: 'Nationwide', subAreaType: 'Region' }),
    key: 'SubAreaType',
    message: 'No SubAreaType accepted when OrganizationType has value Municipality.',
  },
  // OrganizationValidator.cs:190-196: a sub-area type with a wide area type is keyed SubAreaType.
  {
    rule: 'organisation: sub-area type only with LimitedType',
    kind: 'organization',
    ok: (b) =>
      Object.assign(b, { organizationType: 'State', areaType: 'Nationwide', municipality: undefined }),
    bad: (b) =>
      Object.assign(b, {
        organizationType: 'State',
        areaType: 'Nationwide',
        subAreaType: 'Region',
        municipality: undefined,
      }),
    key: 'SubAreaType',
    message: 'No SubAreaType accepted when AreaType has value Nationwide.',
  },
  // OrganizationValidator.cs:116-118 and :183-187: a PUT without organizationType is judged as type null.
  {
    rule: 'organisation PUT: municipality without organizationType',
    kind: 'organization',
    op: 'put',
    ok: (b) =>
      Object.assign(b, { organizationType: 'Municipality', municipality: '091', areaType: undefined }),
    bad: (b) => Object.assign(b, { organizationType: undefined, municipality: '091', areaType: undefined }),
    key: 'Municipality',
    message: 'No Municipality accepted when OrganizationType has value .',
  },
  {
    rule: 'organisation PUT: areas without organizationType',
    kind: 'organization',
    op: 'put',
    ok: (b) =>
      Object.assign(b, { organizationType: 'State', areaType: 'Nationwide', municipality: undefined }),
    bad: (b) =>
      Object.assign(b, { organizationType: undefined, areaType: 'Nationwide', municipality: undefined }),
    key: 'OrganizationType',
    message: 'OrganizationType field is required when AreaType, SubAreaType or Areas has values.',
  },
  // V9VmOpenApiOrganizationIn.cs AreaType [RequiredIf("OrganizationType", "State")] (POST model).
  {
    rule: 'organisation POST: areaType required for a State',
    kind: 'organization',
    ok: (b) =>
      Object.assign(b, { organizationType: 'State', areaType: 'Nationwide', municipality: undefined }),
    bad: (b) => Object.assign(b, { organizationType: 'State', areaType: undefined, municipality: undefined }),
    key: 'AreaType',
    message: "The field is required when 'OrganizationType' has value 'State'.",
  },
  {
    rule: 'JSON reader: [GUID] list item',
    kind: 'service',
    ok: (b) => (b.otherResponsibleOrganizations = ['11111111-2222-3333-4444-555555555555']),
    bad: (b) => (b.otherResponsibleOrganizations = ['kaupunki']),
    key: 'otherResponsibleOrganizations[0]',
    message: `Error converting value "kaupunki" to type 'System.Guid'. Path 'otherResponsibleOrganizations[0]'.`,
  },
  {
    rule: 'JSON reader: date-time',
    kind: 'phone',
    ok: (b) => Object.assign(b.serviceHours[0], { validFrom: '2026-07-01' }),
    bad: (b) => Object.assign(b.serviceHours[0], { validFrom: '1.7.2026' }),
    key: 'serviceHours[0].validFrom',
    message: "Could not convert string to DateTime: 1.7.2026. Path 'serviceHours[0].validFrom'.",
  },
];

describe('rules: accepted and rejected cases', () => {
  it.each(cases)('$rule ($kind)', (c) => {
    const good = example(c.kind);
    c.ok(good);
    const r1 = run(c.kind, good, c.op, c.profile);
    expect(r1.findings.filter((f) => f.severity === 'error')).toEqual([]);

    const bad = example(c.kind);
    c.bad(bad);
    const r2 = run(c.kind, bad, c.op, c.profile);
    expect(r2.valid).toBe(false);
    expect(toPtvErrorBody(r2.findings)[c.key]).toContain(c.message);
  });
});

describe('warnings do not fail', () => {
  it('live2026 warns when a language has no UserInstruction; ptv34 does not', () => {
    const b = example('service');
    b.serviceDescriptions = b.serviceDescriptions.filter(
      (d: any) => !(d.type === 'UserInstruction' && d.language === 'en'),
    );
    const live = run('service', b);
    expect(live.valid).toBe(true);
    expect(live.findings).toEqual([
      expect.objectContaining({
        path: 'ServiceDescriptions',
        severity: 'warning',
        message: "Required value with type 'UserInstruction' was not found with language code 'en'!",
      }),
    ]);
    expect(run('service', b, 'post', 'ptv34').findings).toEqual([]);
  });

  it('Y-tunnus with a wrong check digit is a warning (PTV checks only the shape)', () => {
    const b = example('organization');
    b.businessCode = '0201256-5';
    const r = run('organization', b);
    expect(r.valid).toBe(true);
    expect(r.findings.map((f) => [f.path, f.severity])).toEqual([['BusinessCode', 'warning']]);
  });
});

describe('PUT rules', () => {
  it('archiving with only publishingStatus passes for services and every channel type', () => {
    for (const kind of [
      'service',
      'echannel',
      'phone',
      'webpage',
      'printableform',
      'servicelocation',
      'organization',
      'servicecollection',
    ] as const) {
      const r = run(kind, { publishingStatus: 'Deleted' }, 'put', 'live2026', {
        current: { id: 'x', publishingStatus: 'Published', languages: ['fi'] },
      });
      expect(r.findings, kind).toEqual([]);
    }
  });

  it('PUT requires publishingStatus', () => {
    expect(toPtvErrorBody(run('service', {}, 'put').findings).PublishingStatus).toEqual([
      'The PublishingStatus field is required.',
    ]);
  });

  it('dropping a language without resending every required list is a Model error', () => {
    const body = {
      publishingStatus: 'Published',
      serviceDescriptions: [
        T('Summary', 'Uimahallin yleisövuorot.'),
        T('Description', 'Uimahalli on avoinna kaikille.'),
      ],
    };
    const current = { id: 'x', publishingStatus: 'Published' as const, languages: ['fi', 'sv'] };
    const bad = run('service', body, 'put', 'live2026', { current });
    expect(bad.findings.map((f) => f.path)).toContain('Model');
    // EntityBaseValidator.cs:102-104: the removing wording names the lists and languages too.
    expect(toPtvErrorBody(bad.findings).Model?.[0]).toMatch(
      /^You are removing language versions so all the required lists need to include required languages\. Check lists '.+ for languages 'fi'\.$/,
    );
    const same = run('service', body, 'put', 'live2026', { current: { ...current, languages: ['fi'] } });
    expect(same.findings.filter((f) => f.path === 'Model')).toEqual([]);
  });

  it('adding a language on PUT needs every required list in that language', () => {
    const body = {
      publishingStatus: 'Published',
      serviceDescriptions: [
        T('Summary', 'Uimahallin yleisövuorot.'),
        T('Description', 'Uimahalli on avoinna kaikille.'),
        T('Summary', 'Simhallens allmänna turer.', 'sv'),
        T('Description', 'Simhallen är öppen för alla.', 'sv'),
      ],
    };
    const current = { id: 'x', publishingStatus: 'Published' as const, languages: ['fi'] };
    const errors = toPtvErrorBody(run('service', body, 'put', 'live2026', { current }).findings);
    // EntityBaseValidator.cs:67-69 @ ptv-release-3_4: with required lists sent, the required languages are all of the request's.
    expect(errors.Model).toEqual([
      "Some of the required lists are missing the languages you have added. Check lists 'ServiceNames for languages 'fi, sv'.",
    ]);
    const complete = { ...body, serviceNames: [T('Name', 'Uinti'), T('Name', 'Simning', 'sv')] };
    expect(
      run('service', complete, 'put', 'live2026', { current }).findings.filter((f) => f.path === 'Model'),
    ).toEqual([]);
  });

  it('without current the language and transition rules are reported as not checked', () => {
    const r = run('service', { publishingStatus: 'Published', serviceNames: [T('Name', 'Uinti')] }, 'put');
    expect(r.notChecked).toEqual(
      expect.arrayContaining(['putLanguageVersions', 'publishingTransition', 'uniqueNames']),
    );
  });

  it('status transition is checked against current', () => {
    const r = run('echannel', { publishingStatus: 'Draft' }, 'put', 'live2026', {
      current: { id: 'x', publishingStatus: 'Published', languages: ['fi'] },
    });
    expect(toPtvErrorBody(r.findings).PublishingStatus).toEqual([
      'You cannot set Publishing status as Draft when current one is Published.',
    ]);
  });
});

describe('empty body', () => {
  it('null is RequestIsNull', () => {
    expect(toPtvErrorBody(run('service', null).findings)).toEqual({
      RequestIsNull: ['The request must contain data.'],
    });
  });
});

describe('deep bodies', () => {
  it('a 100k-deep body is one maxDepth finding, not a stack overflow', () => {
    const d = 100_000;
    for (const kind of ['service', 'organization', 'connections'] as const) {
      const body: unknown = JSON.parse(`{"serviceNames":${'['.repeat(d)}${']'.repeat(d)}}`);
      const r = run(kind, body);
      expect(r.valid).toBe(false);
      expect(r.findings).toEqual([
        {
          path: '',
          message: "The reader's MaxDepth of 32 has been exceeded.",
          rule: 'maxDepth',
          severity: 'error',
        },
      ]);
    }
  });
});
