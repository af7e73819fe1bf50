import type { Behaviour } from '../types.js';
import {
  createService,
  eChannel,
  ONTOLOGY_TERM,
  service,
  SERVICE_CLASS,
  serviceLocation,
  streetAddress,
  TARGET_GROUP,
} from '../bodies.js';
import { ref, src } from './cite.js';

const pascal = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k[0]!.toUpperCase() + k.slice(1), v]));

/**
 * How PTV reads a body: Newtonsoft with ASP.NET Core 3.1 defaults (Startup.cs:172 AddNewtonsoftJson) —
 * tolerant of types and property-name case, strict about PTV's own string "enums" (ordinal compares in
 * AllowedValuesAttribute.cs:50 and EnumDataTypeAttribute), 415 for media types it has no formatter for.
 */
export const jsonBehaviours: Behaviour[] = [
  {
    id: 'json.property-names-case-insensitive',
    title: 'PascalCase property names bind like camelCase ones',
    request: { method: 'POST', path: '/Service', body: pascal(service()) },
    expect: { status: 200, fields: { 'serviceNames[type=Name,language=fi].value': 'Palvelu {{u}}' } },
    source: ref('§1.6 [FW: Newtonsoft matches property names case-insensitively]'),
  },
  {
    id: 'json.unknown-property-ignored',
    title: 'an unknown property (e.g. id, modified from a GET) is ignored',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({ modified: '2020-01-01T00:00:00', somethingElse: 1 }),
    },
    expect: { status: 200 },
    source: ref('§1.6, §10 round-trip caveats [FW]'),
  },
  {
    id: 'json.numbers-in-string-fields.location',
    title: 'numbers in string fields (street number, coordinates) are read as strings and stored',
    request: {
      method: 'POST',
      path: '/ServiceChannel/ServiceLocation',
      body: serviceLocation({
        addresses: [
          {
            type: 'Location',
            subType: 'Single',
            streetAddress: streetAddress({ streetNumber: 12, latitude: 6673056, longitude: 384467.5 }),
          },
        ],
      }),
    },
    expect: {
      status: 200,
      fields: {
        'addresses[0].streetAddress.streetNumber': '12',
        'addresses[0].streetAddress.latitude': '6673056',
      },
    },
    source:
      'issue #13 (LIPAS sends coordinates as numbers); ' +
      ref('§4.9.3 [FW: Newtonsoft converts a JSON number to a string]'),
  },
  {
    id: 'json.number-postal-code',
    title: 'a postal code sent as a number (33100) is read as the string "33100"',
    request: {
      method: 'POST',
      path: '/ServiceChannel/ServiceLocation',
      body: serviceLocation({
        addresses: [
          {
            type: 'Location',
            subType: 'Single',
            streetAddress: streetAddress({ postalCode: 33100, municipality: '837' }),
          },
        ],
      }),
    },
    expect: { status: 200, fields: { 'addresses[0].streetAddress.postalCode': '33100' } },
    source: 'issue #13 acceptance (numbers in postal codes accepted); [FW]',
  },
  {
    id: 'json.number-in-name-value',
    title: 'a number as a name value is read as its string',
    request: {
      method: 'POST',
      path: '/ServiceChannel/EChannel',
      body: eChannel({ serviceChannelNames: [{ language: 'fi', value: 1234567 }] }),
    },
    expect: { status: 200, fields: { 'serviceChannelNames[0].value': '1234567' } },
    source: '[FW: Newtonsoft JsonTextReader.ReadAsString accepts numbers]',
  },
  {
    id: 'json.string-boolean',
    title: 'a boolean sent as the string "true" binds (isVisibleForAll)',
    request: {
      method: 'POST',
      path: '/ServiceChannel/EChannel',
      body: eChannel({ isVisibleForAll: 'true' }),
    },
    expect: { status: 200, fields: { isVisibleForAll: true } },
    source: '[FW: Newtonsoft parses "true"/"false" strings into bool]',
  },
  {
    id: 'json.string-signature-quantity',
    title: 'requiresSignature "true" with signatureQuantity sent as the number 2 is accepted',
    request: {
      method: 'POST',
      path: '/ServiceChannel/EChannel',
      body: eChannel({ requiresSignature: 'true', signatureQuantity: 2 }),
    },
    expect: { status: 200, fields: { requiresSignature: true } },
    source: ref('§4.4 (signatureQuantity string, regex ^[1-9]\\d*$) [FW]'),
  },
  {
    id: 'json.media-type.json-patch',
    title: 'application/json-patch+json is a JSON media type: the write is accepted',
    request: {
      method: 'POST',
      path: '/Service',
      body: service(),
      contentType: 'application/json-patch+json',
    },
    expect: { status: 200 },
    source: '[FW: NewtonsoftJsonInputFormatter supports application/json, text/json, application/*+json]',
  },
  {
    id: 'json.media-type.text-json',
    title: 'text/json is accepted',
    request: { method: 'POST', path: '/Service', body: service(), contentType: 'text/json' },
    expect: { status: 200 },
    source: '[FW: NewtonsoftJsonInputFormatter supports text/json]',
  },
  {
    id: 'json.media-type.charset',
    title: 'application/json; charset=utf-8 is accepted',
    request: {
      method: 'POST',
      path: '/Service',
      body: service(),
      contentType: 'application/json; charset=utf-8',
    },
    expect: { status: 200 },
    source: '[FW]',
  },
  {
    id: 'json.media-type.text-plain',
    title: 'text/plain is refused with 415',
    request: { method: 'POST', path: '/Service', body: service(), contentType: 'text/plain' },
    expect: { status: 415 },
    source: 'issue #13 ("text/plain → 415") [FW: no input formatter]',
  },
  {
    id: 'json.media-type.form',
    title: 'application/x-www-form-urlencoded is refused with 415',
    request: {
      method: 'POST',
      path: '/Service',
      rawBody: 'a=b',
      contentType: 'application/x-www-form-urlencoded',
    },
    expect: { status: 415 },
    source: '[FW: [FromBody] with no matching input formatter]',
  },
  {
    id: 'json.empty-body',
    title: 'an empty body is 400 {"RequestIsNull": ["The request must contain data."]}',
    request: { method: 'POST', path: '/Service', rawBody: '' },
    expect: { status: 400, errorKeys: ['RequestIsNull'], message: 'The request must contain data.' },
    source:
      src('src/PTV.Application.OpenApi/Startup.cs:172') + ', ' + src('src/PTV.Framework/CoreMessages.cs:54'),
  },
  {
    id: 'json.null-body',
    title: 'a JSON null body is 400 RequestIsNull',
    request: { method: 'POST', path: '/ServiceChannel/EChannel', rawBody: 'null' },
    expect: { status: 400, errorKeys: ['RequestIsNull'], message: 'The request must contain data.' },
    source: src('src/PTV.Framework/CoreMessages.cs:54') + ' ' + ref('§1.6'),
  },
  {
    id: 'json.malformed',
    title: 'malformed JSON is 400',
    request: { method: 'POST', path: '/Service', rawBody: '{"serviceNames": [' },
    expect: { status: 400 },
    source: ref('§7.2 (JSON-reader errors use the JSON path as key) [FW]'),
  },
  {
    id: 'json.object-for-list',
    title: 'an object where a list is expected is 400',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({ serviceNames: { type: 'Name', language: 'fi', value: 'x' } }),
    },
    expect: { status: 400 },
    source: '[FW: Newtonsoft cannot deserialise an object into IList]',
  },
  {
    id: 'json.bad-guid-in-guid-list',
    title: 'a malformed GUID inside a GUID list is a 400 deserialisation error',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({ otherResponsibleOrganizations: ['not-a-guid'] }),
    },
    expect: { status: 400 },
    source: ref('§3.1 (lists typed [GUID] are bound as GUIDs) [FW]'),
  },
  {
    id: 'json.enum-case.publishing-status',
    title: 'string enums are case-sensitive: publishingStatus "published" is refused',
    request: { method: 'POST', path: '/Service', body: service({ publishingStatus: 'published' }) },
    expect: {
      status: 400,
      errorKeys: ['PublishingStatus'],
      message:
        "'published' is not allowed value of 'PublishingStatus'! Please use one of these: 'Draft, Published'.",
    },
    source:
      src('src/PTV.Domain.Model/Models/OpenApi/V9/V9VmOpenApiServiceIn.cs:88') +
      ', ' +
      src('src/PTV.Framework/Attributes/ValidationAttributes/AllowedValuesAttribute.cs:50') +
      ' (ordinal Contains)',
  },
  {
    id: 'json.enum-case.funding-type',
    title: 'fundingType "publiclyfunded" (wrong case) is refused under FundingType',
    request: { method: 'POST', path: '/Service', body: service({ fundingType: 'publiclyfunded' }) },
    expect: { status: 400, errorKeys: ['FundingType'] },
    source:
      src('src/PTV.Framework/Extensions/EnumExtensions.cs:137') +
      ' (GetEnumValueByOpenApiEnumValue: ordinal Equals)',
  },
  {
    id: 'json.enum-case.area-type',
    title: 'areaType "nationwide" (wrong case) is refused under AreaType',
    request: { method: 'POST', path: '/Service', body: service({ areaType: 'nationwide' }) },
    expect: { status: 400, errorKeys: ['AreaType'] },
    source: src('src/PTV.Framework/Extensions/EnumExtensions.cs:137'),
  },
  {
    id: 'json.null-required-field',
    title: 'publishingStatus null is the same as missing: "The PublishingStatus field is required."',
    request: { method: 'POST', path: '/Service', body: service({ publishingStatus: null }) },
    expect: {
      status: 400,
      errorKeys: ['PublishingStatus'],
      message: 'The PublishingStatus field is required.',
    },
    source:
      '[FW: Newtonsoft sets a string property to null] + ' +
      src('src/PTV.Domain.Model/Models/OpenApi/V9/V9VmOpenApiServiceIn.cs:87') +
      ' [Required]',
  },
  {
    id: 'json.null-optional-list-on-post',
    title: 'an optional list sent as null on POST (keywords: null) is accepted',
    request: { method: 'POST', path: '/Service', body: service({ keywords: null, legislation: null }) },
    expect: { status: 200 },
    source: '[FW: null into an IList property is null, as if absent]',
  },
  {
    id: 'json.null-list-ignored-on-put',
    title: 'a PUT with keywords null leaves the stored keywords as they are',
    setup: [createService('svc', { keywords: [{ language: 'fi', value: 'avainsana' }] })],
    request: {
      method: 'PUT',
      path: '/Service/{{svc.id}}',
      body: {
        keywords: null,
        publishingStatus: 'Published',
        serviceClasses: [SERVICE_CLASS],
        ontologyTerms: [ONTOLOGY_TERM],
        targetGroups: [TARGET_GROUP],
      },
    },
    expect: { status: 200, fields: { 'keywords[0].value': 'avainsana' } },
    source: ref(
      '§3.5 (a field left out is unchanged; empty list without deleteAll* ignored) [SRC VmOpenApiServiceInVersionBase.cs; FW: Newtonsoft sets an IList property to null]',
    ),
  },
];
