import type { Behaviour } from '../types.js';
import {
  accessibility,
  CHANNEL_KINDS,
  CHANNELS,
  createChannel,
  eChannel,
  finnishPhone,
  phoneChannel,
  printableForm,
  serviceLocation,
  streetAddress,
  text,
  UNKNOWN_ID,
  type ChannelKind,
} from '../bodies.js';
import { ref, src } from './cite.js';

/** The kind word PTV puts in channel 404s (SaveChannelManagerBase.cs:142 `{channelName} channel …`). */
const KIND_WORD: Record<ChannelKind, string> = {
  EChannel: 'Electronic',
  Phone: 'Phone',
  WebPage: 'Web page',
  PrintableForm: 'Printable form',
  ServiceLocation: 'Service location',
};

const longName = (kind: ChannelKind) =>
  kind === 'ServiceLocation'
    ? [{ type: 'Name', language: 'fi', value: text(101, 'Toimipiste ') }]
    : [{ language: 'fi', value: text(101, 'Kanava ') }];

/** Rules every channel kind shares (in-api-v11 §4.3, §6, §7.2), one behaviour per kind. */
const perKind = (kind: ChannelKind): Behaviour[] => {
  const k = kind.toLowerCase();
  const post = { method: 'POST' as const, path: `/ServiceChannel/${kind}` };
  return [
    {
      id: `channel.${k}.post.valid`,
      title: `a minimal valid ${kind} channel is created, unwrapped, with serviceChannelType ${kind}`,
      request: { ...post, body: CHANNELS[kind]() },
      expect: { status: 200, fields: { serviceChannelType: kind, publishingStatus: 'Published' } },
      source: ref(`§4.3–4.8, §7.1 (the channel of the matching type, not wrapped)`),
    },
    {
      id: `channel.${k}.name-101`,
      title: `${kind}: a 101-character name is refused under ServiceChannelNames`,
      request: { ...post, body: CHANNELS[kind]({ serviceChannelNames: longName(kind) }) },
      expect: {
        status: 400,
        errorKeys: ['ServiceChannelNames'],
        message: "Maximum length of property 'Value'",
      },
      source: ref('§4.4–4.8 (serviceChannelNames item.value max 100)'),
    },
    {
      id: `channel.${k}.summary-151`,
      title: `${kind}: a 151-character Summary is refused under ServiceChannelDescriptions`,
      request: {
        ...post,
        body: CHANNELS[kind]({
          serviceChannelDescriptions: [
            { type: 'Summary', language: 'fi', value: text(151) },
            { type: 'Description', language: 'fi', value: 'Pidempi kuvaus kanavasta.' },
          ],
        }),
      },
      expect: {
        status: 400,
        errorKeys: ['ServiceChannelDescriptions'],
        message: "Maximum length of property 'Value' for 'Summary' must be '150'.",
      },
      source: src('ListPropertyMaxLengthAttribute.cs:108') + '; ' + ref('§4.4–4.8'),
    },
    {
      id: `channel.${k}.duplicate-name`,
      title: `${kind}: a second channel of the same type and name is refused under ServiceChannelNames`,
      setup: [createChannel(kind)],
      request: { ...post, body: CHANNELS[kind]() },
      expect: {
        status: 400,
        errorKeysInclude: ['ServiceChannelNames'],
        message: 'already exists within organization. The name must be unique.',
      },
      source: ref('§4.3 (unique per channel type)') + ', ' + src('src/PTV.Framework/CoreMessages.cs:112'),
    },
    {
      id: `channel.${k}.bare-archive`,
      title: `${kind}: PUT {"publishingStatus": "Deleted"} archives (channel PUTs need only the status)`,
      setup: [createChannel(kind)],
      request: {
        method: 'PUT',
        path: `/ServiceChannel/${kind}/{{ch.id}}`,
        body: { publishingStatus: 'Deleted' },
      },
      expect: {
        status: 200,
        readBack: {
          path: '/ServiceChannel/{{ch.id}}',
          auth: 'none',
          status: 404,
          includes: ["Service channel with id '{{ch.id}}' not found."],
        },
      },
      source:
        ref('§6.3 (archive by PUT; archived items 404 on every read)') +
        ', ' +
        src('ServiceAndChannelBaseController.cs:423'),
    },
    {
      id: `channel.${k}.put-unknown`,
      title: `${kind}: PUT on an unknown id is 404 "${KIND_WORD[kind]} channel with id … not found."`,
      request: {
        method: 'PUT',
        path: `/ServiceChannel/${kind}/${UNKNOWN_ID}`,
        body: { publishingStatus: 'Published' },
      },
      expect: {
        status: 404,
        errorKeys: ['errorMessage'],
        message: `${KIND_WORD[kind]} channel with id '${UNKNOWN_ID}' not found.`,
      },
      source: ref('§7.2 (Kind = Electronic, Phone, Web page, Printable form, Service location)'),
    },
    {
      id: `channel.${k}.put-unknown-source-id`,
      title: `${kind}: PUT by an unknown sourceId is 404 "${KIND_WORD[kind]} channel with source id … not found."`,
      request: {
        method: 'PUT',
        path: `/ServiceChannel/${kind}/sourceId/nosuch-{{u}}`,
        body: { publishingStatus: 'Published' },
      },
      expect: { status: 404, message: `${KIND_WORD[kind]} channel with source id 'nosuch-{{u}}' not found.` },
      source: src('src/PTV.Application.OpenApi/EntityManagers/SaveChannelManagerBase.cs:142'),
    },
    {
      id: `channel.${k}.other-organisation`,
      title: `${kind}: another organisation's API user cannot update the channel (404)`,
      setup: [createChannel(kind)],
      request: {
        method: 'PUT',
        path: `/ServiceChannel/${kind}/{{ch.id}}`,
        body: { publishingStatus: 'Published' },
        auth: 'other',
      },
      expect: { status: 404, message: 'User has no rights to update or create this entity!' },
      source: ref('§1.4, §7.2') + ' SaveChannelManagerBase.cs',
    },
    {
      id: `channel.${k}.locked`,
      title: `${kind}: a channel locked by a UI editor is 404 "${KIND_WORD[kind]} channel is locked by '…'."`,
      setup: [
        createChannel(kind),
        { method: 'POST', path: '/control/lock/{{ch.id}}', body: { user: 'editor@kunta.fi' } },
      ],
      request: {
        method: 'PUT',
        path: `/ServiceChannel/${kind}/{{ch.id}}`,
        body: { publishingStatus: 'Published' },
      },
      expect: { status: 404, message: `${KIND_WORD[kind]} channel is locked by 'editor@kunta.fi'.` },
      source: src('src/PTV.Application.OpenApi/EntityManagers/SaveChannelManagerBase.cs:170'),
    },
    {
      id: `channel.${k}.restore`,
      title: `${kind}: PUT Published on an archived channel restores it`,
      setup: [
        createChannel(kind),
        { method: 'PUT', path: `/ServiceChannel/${kind}/{{ch.id}}`, body: { publishingStatus: 'Deleted' } },
      ],
      request: {
        method: 'PUT',
        path: `/ServiceChannel/${kind}/{{ch.id}}`,
        body: { publishingStatus: 'Published' },
      },
      expect: {
        status: 200,
        readBack: { path: '/ServiceChannel/{{ch.id}}', auth: 'none', fields: { id: '{{ch.id}}' } },
      },
      source: ref('§6.3 (RestoreArchivedEntity) [SRC; LIVE LIPAS commit d04e0105, 2026-05-30]'),
    },
    {
      id: `channel.${k}.published-to-draft`,
      title: `${kind}: Published → Draft is refused`,
      setup: [createChannel(kind)],
      request: {
        method: 'PUT',
        path: `/ServiceChannel/${kind}/{{ch.id}}`,
        body: { publishingStatus: 'Draft' },
      },
      expect: {
        status: 400,
        errorKeys: ['PublishingStatus'],
        message: 'You cannot set Publishing status as Draft when current one is Published.',
      },
      source: ref('§6.2') + ' PublishingStatusValidator.cs',
    },
    {
      id: `channel.${k}.valid-from-published`,
      title: `${kind}: validFrom with Published is refused under PublishingStatus`,
      request: { ...post, body: CHANNELS[kind]({ validFrom: '{{nextWeek}}' }) },
      expect: {
        status: 400,
        errorKeys: ['PublishingStatus'],
        message: 'You cannot set Publishing status as Published when ValidFrom is set',
      },
      source: src('src/PTV.Application.OpenApi/DataValidators/TimedPublishingBaseValidator.cs:62'),
    },
    {
      id: `channel.${k}.draft-to-published`,
      title: `${kind}: a Draft channel is published by PUT Published and then readable anonymously`,
      setup: [createChannel(kind, 'ch', { publishingStatus: 'Draft' })],
      request: {
        method: 'PUT',
        path: `/ServiceChannel/${kind}/{{ch.id}}`,
        body: { publishingStatus: 'Published' },
      },
      expect: {
        status: 200,
        readBack: { path: '/ServiceChannel/{{ch.id}}', auth: 'none', fields: { serviceChannelType: kind } },
      },
      source: ref('§6.2, §2.3'),
    },
    {
      id: `channel.${k}.organisation-of-other`,
      title: `${kind}: POST with another organisation's organizationId is refused under OrganizationId`,
      request: { ...post, body: CHANNELS[kind]({ organizationId: '{{otherOrg}}' }) },
      expect: {
        status: 400,
        errorKeysInclude: ['OrganizationId'],
        message: 'User has no rights to update or create this entity!',
      },
      source: ref('§1.4 (OwnOrganizationValidator, key OrganizationId)'),
    },
  ];
};

const location = { method: 'POST' as const, path: '/ServiceChannel/ServiceLocation' };
const echannel = { method: 'POST' as const, path: '/ServiceChannel/EChannel' };
const phone = { method: 'POST' as const, path: '/ServiceChannel/Phone' };

/** Kind-specific channel rules (in-api-v11 §4.4–4.9). */
const specific: Behaviour[] = [
  {
    id: 'channel.location.location-street',
    title:
      "a Location address of subType Street: \"'Street' is not allowed value of 'SubType' when 'Type' has value 'Location'.\"",
    request: {
      ...location,
      body: serviceLocation({
        addresses: [{ type: 'Location', subType: 'Street', streetAddress: streetAddress() }],
      }),
    },
    expect: {
      status: 400,
      errorKeys: ['Addresses[0].SubType'],
      message: "'Street' is not allowed value of 'SubType' when 'Type' has value 'Location'.",
    },
    source: src('src/PTV.Application.OpenApi/DataValidators/ServiceLocationChannelValidator.cs:115'),
  },
  {
    id: 'channel.location.street-without-number',
    title: 'a street without streetNumber or coordinates is refused',
    request: {
      ...location,
      body: serviceLocation({
        addresses: [
          { type: 'Location', subType: 'Single', streetAddress: streetAddress({ streetNumber: undefined }) },
        ],
      }),
    },
    expect: {
      status: 400,
      message: 'StreetNumber or coordinates (Latitude, Longitude) are required if StreetAddress is provided.',
    },
    source: src('src/PTV.Framework/CoreMessages.cs:96'),
  },
  {
    id: 'channel.location.street-with-coordinates',
    title: 'a street without streetNumber but with coordinates is accepted',
    request: {
      ...location,
      body: serviceLocation({
        addresses: [
          {
            type: 'Location',
            subType: 'Single',
            streetAddress: streetAddress({
              streetNumber: undefined,
              latitude: '6673056',
              longitude: '384467',
            }),
          },
        ],
      }),
    },
    expect: { status: 200 },
    source: src('src/PTV.Framework/Attributes/ValidationAttributes/ValidStreetAddressAttribute.cs:33'),
  },
  {
    id: 'channel.location.postal-code-4-digits',
    title: 'a four-digit postal code fails the full-match regex under Addresses[0].StreetAddress.PostalCode',
    request: {
      ...location,
      body: serviceLocation({
        addresses: [
          { type: 'Location', subType: 'Single', streetAddress: streetAddress({ postalCode: '0010' }) },
        ],
      }),
    },
    expect: { status: 400, errorKeys: ['Addresses[0].StreetAddress.PostalCode'] },
    source: ref('§3.1 (error keys carry the path), §4.9.3 (\\d{5}? full match)'),
  },
  {
    id: 'channel.location.unknown-postal-code',
    title: "a postal code missing from PTV's list: \"The code '29170' was not found!\"",
    request: {
      ...location,
      body: serviceLocation({
        addresses: [
          { type: 'Location', subType: 'Single', streetAddress: streetAddress({ postalCode: '29170' }) },
        ],
      }),
    },
    expect: { status: 400, message: "The code '29170' was not found!" },
    source: ref('§4.9.3 [SRC StreetAddressValidator.cs, PostalCodeValidator.cs]'),
  },
  {
    id: 'channel.location.municipality-not-padded',
    title: "municipality '91' (not zero-padded) is not found",
    request: {
      ...location,
      body: serviceLocation({
        addresses: [
          { type: 'Location', subType: 'Single', streetAddress: streetAddress({ municipality: '91' }) },
        ],
      }),
    },
    expect: { status: 400, message: "The code '91' was not found!" },
    source: ref('§5.2 [LIVE LIPAS commit c65eb27f]'),
  },
  {
    id: 'channel.location.postal-only',
    title: 'a service location without a Location address is refused',
    request: {
      ...location,
      body: serviceLocation({
        addresses: [{ type: 'Postal', subType: 'Street', streetAddress: streetAddress() }],
      }),
    },
    expect: { status: 400 },
    source: ref('§4.8 (addresses must contain item with type=Location)'),
  },
  {
    id: 'channel.location.missing-display-name-type',
    title: 'POST without displayNameType is refused (required on POST despite its doc text)',
    request: { ...location, body: serviceLocation({ displayNameType: undefined }) },
    expect: { status: 400, errorKeysInclude: ['DisplayNameType'] },
    source: ref('§4.8 (displayNameType REQ on POST)'),
  },
  {
    id: 'channel.location.oid-not-stored',
    title: 'a service-location oid is a placeholder: accepted and not stored',
    request: { ...location, body: serviceLocation({ oid: '1.2.246.10.1' }) },
    expect: { status: 200, fields: { oid: null } },
    source: ref('§4.8 (oid not stored, model doc SFIPTV-1963)'),
  },
  {
    id: 'channel.location.bad-phone-prefix',
    title: 'a phone prefix missing from the dial-code list: "The code \'+999\' was not found!"',
    request: {
      ...location,
      body: serviceLocation({
        phoneNumbers: [{ ...finnishPhone({ prefixNumber: '+999' }), type: undefined }],
      }),
    },
    expect: { status: 400, message: "The code '+999' was not found!" },
    source: ref('§4.9.1 (key PhoneNumbers[n].PrefixNumber)'),
  },
  {
    id: 'channel.phone.number-with-spaces',
    title: 'a phone number with spaces fails ^\\d{1,20}$ under PhoneNumbers[0].Number',
    request: { ...phone, body: phoneChannel({ phoneNumbers: [finnishPhone({ number: '40 123 4567' })] }) },
    expect: { status: 400, errorKeysInclude: ['PhoneNumbers[0].Number'] },
    source: ref('§4.9.1'),
  },
  {
    id: 'channel.phone.other-charge-needs-description',
    title: 'serviceChargeType Other without chargeDescription is refused',
    request: {
      ...phone,
      body: phoneChannel({ phoneNumbers: [finnishPhone({ serviceChargeType: 'Other' })] }),
    },
    expect: { status: 400, message: "The field is required when 'ServiceChargeType' has value 'Other'." },
    source: src('src/PTV.Domain.Model/Models/OpenApi/V4/V4VmOpenApiPhone.cs:57') + ' [RequiredIf]',
  },
  {
    id: 'channel.phone.service-number-without-prefix',
    title: 'a Finnish service number (isFinnishServiceNumber) needs no prefix',
    request: {
      ...phone,
      body: phoneChannel({
        phoneNumbers: [
          finnishPhone({ prefixNumber: undefined, number: '0800123456', isFinnishServiceNumber: true }),
        ],
      }),
    },
    expect: { status: 200 },
    source: ref('§4.9.1 (prefixNumber REQUIRED if isFinnishServiceNumber=false)'),
  },
  {
    id: 'channel.phone.no-numbers',
    title: 'a phone channel without phone numbers is refused under PhoneNumbers',
    request: { ...phone, body: phoneChannel({ phoneNumbers: [] }) },
    expect: {
      status: 400,
      errorKeysInclude: ['PhoneNumbers'],
      message: "Required value was not found with language code 'fi'!",
    },
    source:
      ref('§4.5 (the validator requires a phone number in every available language)') +
      ', ' +
      src('CoreMessages.cs:64'),
  },
  {
    id: 'channel.phone.bad-type',
    title: 'a phone number of type "Mobile" is refused',
    request: { ...phone, body: phoneChannel({ phoneNumbers: [finnishPhone({ type: 'Mobile' })] }) },
    expect: { status: 400 },
    source: ref('§4.9.1 (type enum Phone / Sms / Fax)'),
  },
  {
    id: 'channel.echannel.fully-compliant-level-a',
    title: 'FullyCompliant with wcagLevel LevelA is refused under AccessibilityClassification[0].WcagLevel',
    request: {
      ...echannel,
      body: eChannel({
        accessibilityClassification: [
          {
            accessibilityClassificationLevel: 'FullyCompliant',
            wcagLevel: 'LevelA',
            accessibilityStatementWebPageName: 'Saavutettavuusseloste',
            accessibilityStatementWebPage: 'https://www.example.fi/seloste',
            language: 'fi',
          },
        ],
      }),
    },
    expect: {
      status: 400,
      errorKeys: ['AccessibilityClassification[0].WcagLevel'],
      message: "'LevelA' is not allowed value of",
    },
    source: src('src/PTV.Application.OpenApi/DataValidators/AccessibilityClassificationValidator.cs:86'),
  },
  {
    id: 'channel.echannel.fully-compliant-level-aa',
    title: 'FullyCompliant with LevelAA and a statement page is accepted',
    request: {
      ...echannel,
      body: eChannel({
        accessibilityClassification: [
          {
            accessibilityClassificationLevel: 'FullyCompliant',
            wcagLevel: 'LevelAA',
            accessibilityStatementWebPageName: 'Saavutettavuusseloste',
            accessibilityStatementWebPage: 'https://www.example.fi/seloste',
            language: 'fi',
          },
        ],
      }),
    },
    expect: { status: 200 },
    source: ref('§4.9.5'),
  },
  {
    id: 'channel.echannel.partially-compliant-aa',
    title:
      "PartiallyCompliant with LevelAA: \"'LevelAA' is not allowed value of 'WcagLevel' when … 'PartiallyCompliant'.\"",
    request: {
      ...echannel,
      body: eChannel({
        accessibilityClassification: [
          {
            accessibilityClassificationLevel: 'PartiallyCompliant',
            wcagLevel: 'LevelAA',
            accessibilityStatementWebPageName: 'Saavutettavuusseloste',
            accessibilityStatementWebPage: 'https://www.example.fi/seloste',
            language: 'fi',
          },
        ],
      }),
    },
    expect: {
      status: 400,
      errorKeys: ['AccessibilityClassification[0].WcagLevel'],
      message:
        "'LevelAA' is not allowed value of 'WcagLevel' when 'AccessibilityClassificationLevel' has value 'PartiallyCompliant'.",
    },
    source: src('src/PTV.Application.OpenApi/DataValidators/AccessibilityClassificationValidator.cs:86'),
  },
  {
    id: 'channel.webpage.non-compliant-without-statement',
    title: 'NonCompliant without a statement page: both statement fields are required',
    request: {
      method: 'POST',
      path: '/ServiceChannel/WebPage',
      body: CHANNELS.WebPage({
        accessibilityClassification: [{ accessibilityClassificationLevel: 'NonCompliant', language: 'fi' }],
      }),
    },
    expect: {
      status: 400,
      errorKeys: ['AccessibilityClassification[0].AccessibilityStatementWebPage'],
      message:
        "'AccessibilityStatementWebPage' and 'AccessibilityStatementWebPageName' fields are required when 'AccessibilityClassificationLevel' has value 'NonCompliant'.",
    },
    source: src('src/PTV.Application.OpenApi/DataValidators/AccessibilityClassificationValidator.cs:100'),
  },
  {
    id: 'channel.webpage.unknown-with-statement',
    title: 'Unknown with a statement page: the statement fields cannot be set',
    request: {
      method: 'POST',
      path: '/ServiceChannel/WebPage',
      body: CHANNELS.WebPage({
        accessibilityClassification: [
          {
            accessibilityClassificationLevel: 'Unknown',
            accessibilityStatementWebPageName: 'Seloste',
            accessibilityStatementWebPage: 'https://www.example.fi/seloste',
            language: 'fi',
          },
        ],
      }),
    },
    expect: {
      status: 400,
      errorKeys: ['AccessibilityClassification[0].AccessibilityStatementWebPage'],
      message:
        "'AccessibilityStatementWebPage' and 'AccessibilityStatementWebPageName' cannot be set when 'AccessibilityClassificationLevel' has value 'Unknown'.",
    },
    source: src('src/PTV.Application.OpenApi/DataValidators/AccessibilityClassificationValidator.cs:114'),
  },
  {
    id: 'channel.echannel.unknown-with-level',
    title: 'Unknown with a wcagLevel is refused',
    request: {
      ...echannel,
      body: eChannel({
        accessibilityClassification: [
          { accessibilityClassificationLevel: 'Unknown', wcagLevel: 'LevelA', language: 'fi' },
        ],
      }),
    },
    expect: { status: 400 },
    source: ref('§4.9.5 (NonCompliant and Unknown must have no wcagLevel)'),
  },
  {
    id: 'channel.echannel.signature-without-quantity',
    title: 'requiresSignature true without signatureQuantity is refused under SignatureQuantity',
    request: { ...echannel, body: eChannel({ requiresSignature: true }) },
    expect: { status: 400, errorKeysInclude: ['SignatureQuantity'] },
    source: ref('§4.4 (signatureQuantity REQ if requiresSignature=true)'),
  },
  {
    id: 'channel.echannel.signature-zero',
    title: 'signatureQuantity "0" fails ^[1-9]\\d*$',
    request: { ...echannel, body: eChannel({ requiresSignature: true, signatureQuantity: '0' }) },
    expect: { status: 400, errorKeysInclude: ['SignatureQuantity'] },
    source: ref('§4.4'),
  },
  {
    id: 'channel.echannel.bad-url',
    title: 'a webPage value that is not a URL is refused',
    request: { ...echannel, body: eChannel({ webPage: [{ language: 'fi', value: 'not a url' }] }) },
    expect: { status: 400, errorKeysInclude: ['WebPage'] },
    source: ref('§4.4 (item.value URL), §7.3'),
  },
  {
    id: 'channel.echannel.two-urls-one-language',
    title: 'two webPage items in one language are refused (≤1 per language)',
    request: {
      ...echannel,
      body: eChannel({
        webPage: [
          { language: 'fi', value: 'https://www.example.fi/a' },
          { language: 'fi', value: 'https://www.example.fi/b' },
        ],
      }),
    },
    expect: { status: 400, errorKeysInclude: ['WebPage'] },
    source: ref('§4.4 (≤1 per language)'),
  },
  {
    id: 'channel.echannel.bad-support-email',
    title: 'a support e-mail that is not an e-mail is refused',
    request: { ...echannel, body: eChannel({ supportEmails: [{ language: 'fi', value: 'not-an-email' }] }) },
    expect: { status: 400 },
    source: ref('§4.4 (item.value email)'),
  },
  {
    id: 'channel.echannel.en-only-optional',
    title:
      'an English support phone with no English name: "You have added new language version(s): en." under Model',
    request: {
      ...echannel,
      body: eChannel({ supportPhones: [{ ...finnishPhone({ language: 'en' }), type: undefined }] }),
    },
    expect: { status: 400, errorKeys: ['Model'], message: 'You have added new language version(s): en.' },
    source: src('src/PTV.Application.OpenApi/DataValidators/EntityBaseValidator.cs:90'),
  },
  {
    id: 'channel.echannel.missing-accessibility',
    title: 'an e-service channel without accessibilityClassification is refused',
    request: { ...echannel, body: eChannel({ accessibilityClassification: undefined }) },
    expect: { status: 400, errorKeysInclude: ['AccessibilityClassification'] },
    source: ref('§4.4 (REQ)'),
  },
  {
    id: 'channel.echannel.service-hours-order',
    title:
      'service hours with validTo before validFrom: "ValidTo cannot be earlier or the same than ValidFrom."',
    request: {
      ...echannel,
      body: eChannel({
        serviceHours: [
          {
            serviceHourType: 'Exceptional',
            validFrom: '{{nextWeek}}',
            validTo: '{{tomorrow}}',
            isClosed: true,
            openingHour: [],
          },
        ],
      }),
    },
    expect: { status: 400, message: 'ValidTo cannot be earlier or the same than ValidFrom.' },
    source: src('src/PTV.Application.OpenApi/DataValidators/ServiceHourListValidator.cs:104'),
  },
  {
    id: 'channel.echannel.opening-minutes',
    title: 'an opening time at 08:10 (minutes only 00/15/30/45) is refused',
    request: {
      ...echannel,
      body: eChannel({
        serviceHours: [
          {
            serviceHourType: 'DaysOfTheWeek',
            openingHour: [{ dayFrom: 'Monday', from: '08:10', to: '16:00' }],
          },
        ],
      }),
    },
    expect: { status: 400 },
    source: ref('§4.9.4, §13 (TIME regex)'),
  },
  {
    id: 'channel.echannel.closed-days-of-week',
    title: 'isClosed on a DaysOfTheWeek entry is refused',
    request: {
      ...echannel,
      body: eChannel({
        serviceHours: [
          {
            serviceHourType: 'DaysOfTheWeek',
            isClosed: true,
            openingHour: [{ dayFrom: 'Monday', from: '08:00', to: '16:00' }],
          },
        ],
      }),
    },
    expect: { status: 400 },
    source: ref('§4.9.4 (isClosed is not allowed for DaysOfTheWeek)') + ' ServiceHourListValidator.cs',
  },
  {
    id: 'channel.echannel.hours-readback',
    title: 'a DaysOfTheWeek entry without validTo reads back with validForNow true and times as HH:mm:ss',
    request: {
      ...echannel,
      body: eChannel({
        serviceHours: [
          {
            serviceHourType: 'DaysOfTheWeek',
            openingHour: [{ dayFrom: 'Monday', from: '08:00', to: '16:00' }],
          },
        ],
      }),
    },
    expect: {
      status: 200,
      fields: { 'serviceHours[0].validForNow': true, 'serviceHours[0].openingHour[0].from': '08:00:00' },
    },
    source: ref('§4.9.4 (V11VmOpenApiServiceHour.FixServiceHourData) [LIVE ptv-mcp, 2026-09]'),
  },
  {
    id: 'channel.printable.bad-url-type',
    title: 'a channelUrls type "XLS" is refused',
    request: {
      method: 'POST',
      path: '/ServiceChannel/PrintableForm',
      body: printableForm({
        channelUrls: [{ type: 'XLS', language: 'fi', value: 'https://www.example.fi/lomake.xls' }],
      }),
    },
    expect: { status: 400, errorKeysInclude: ['ChannelUrls'] },
    source: ref('§4.7 (type in PDF / DOC / Excel / rtf / odt)'),
  },
  {
    id: 'channel.printable.delete-all-urls-published',
    title: 'deleteAllChannelUrls on a Published form without channelUrls is refused under ChannelUrls',
    setup: [createChannel('PrintableForm')],
    request: {
      method: 'PUT',
      path: '/ServiceChannel/PrintableForm/{{ch.id}}',
      body: { deleteAllChannelUrls: true, publishingStatus: 'Published' },
    },
    expect: {
      status: 400,
      errorKeys: ['ChannelUrls'],
      message: 'At least one URL needs to be specified for a published channel.',
    },
    source: src('src/PTV.Application.OpenApi/DataValidators/PrintableFormChannelValidator.cs:102'),
  },
  {
    id: 'channel.webpage.missing-url',
    title: 'a web-page channel without webPage is refused',
    request: {
      method: 'POST',
      path: '/ServiceChannel/WebPage',
      body: { ...CHANNELS.WebPage(), webPage: undefined, accessibilityClassification: accessibility },
    },
    expect: { status: 400, errorKeysInclude: ['WebPage'] },
    source: ref('§4.6 (webPage REQ)'),
  },
  {
    id: 'channel.same-name-other-type',
    title: 'the same name on channels of different types is allowed (uniqueness is per type)',
    setup: [
      createChannel('EChannel', 'ch', {
        serviceChannelNames: [{ language: 'fi', value: 'Yhteinen nimi {{u}}' }],
      }),
    ],
    request: {
      method: 'POST',
      path: '/ServiceChannel/WebPage',
      body: CHANNELS.WebPage({ serviceChannelNames: [{ language: 'fi', value: 'Yhteinen nimi {{u}}' }] }),
    },
    expect: { status: 200 },
    source: ref('§4.3 (unique within the organisation per channel type)'),
  },
  {
    id: 'channel.shared-source-id-namespace',
    title:
      'all channel kinds share one sourceId namespace: a Phone channel cannot reuse an EChannel sourceId',
    setup: [createChannel('EChannel', 'ch', { sourceId: 'fid-{{u}}' })],
    request: { ...phone, body: phoneChannel({ sourceId: 'fid-{{u}}' }) },
    expect: { status: 400, message: 'Cannot create new content with sourceId that already exists' },
    profile: 'live2026',
    source: ref('§4.3, §8 (ObjectType ServiceChannel for all five), §11.4'),
  },
  {
    id: 'channel.source-id-per-object-type',
    title: 'a service and a channel may carry the same sourceId',
    setup: [createChannel('EChannel', 'ch', { sourceId: 'fid-{{u}}' })],
    request: {
      method: 'POST',
      path: '/Service',
      body: {
        type: 'Service',
        fundingType: 'PubliclyFunded',
        sourceId: 'fid-{{u}}',
        serviceNames: [{ type: 'Name', language: 'fi', value: 'Palvelu {{u}}' }],
        areaType: 'Nationwide',
        serviceDescriptions: [
          { type: 'Summary', language: 'fi', value: 'Lyhyt kuvaus palvelusta' },
          { type: 'Description', language: 'fi', value: 'Pidempi kuvaus palvelusta.' },
          { type: 'UserInstruction', language: 'fi', value: 'Ohjeet asiakkaalle palvelun käyttöön.' },
        ],
        languages: ['fi'],
        serviceProducers: [{ provisionType: 'SelfProducedServices', organizations: ['{{org}}'] }],
        mainResponsibleOrganization: '{{org}}',
        publishingStatus: 'Draft',
      },
    },
    expect: { status: 200 },
    source: ref('§8 (unique per API user × object type)'),
  },
  {
    id: 'channel.get-unknown',
    title: 'GET /ServiceChannel/{unknown} is 404 "Service channel with id \'…\' not found."',
    request: { method: 'GET', path: `/ServiceChannel/${UNKNOWN_ID}`, auth: 'none' },
    expect: { status: 404, message: `Service channel with id '${UNKNOWN_ID}' not found.` },
    source: ref('§7.2'),
  },
  {
    id: 'channel.draft-not-public',
    title: 'a Draft channel is 404 on GET /ServiceChannel/{id} and 200 on /ServiceChannel/active/{id}',
    setup: [createChannel('EChannel', 'ch', { publishingStatus: 'Draft' })],
    request: { method: 'GET', path: '/ServiceChannel/{{ch.id}}', auth: 'none' },
    expect: {
      status: 404,
      readBack: { path: '/ServiceChannel/active/{{ch.id}}', fields: { publishingStatus: 'Draft' } },
    },
    source: ref('§2.3 (published only; /active includes drafts)'),
  },
];

export const channelBehaviours: Behaviour[] = [...CHANNEL_KINDS.flatMap(perKind), ...specific];
