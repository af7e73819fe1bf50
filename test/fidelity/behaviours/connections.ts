import type { Behaviour } from '../types.js';
import { createChannel, createService, eChannel, UNKNOWN_ID } from '../bodies.js';
import { ref, src } from './cite.js';

const connect = (channel = '{{ch.id}}', service = '{{svc.id}}', extra: Record<string, unknown> = {}) => ({
  method: 'POST' as const,
  path: '/Connection',
  body: [{ serviceId: service, serviceChannelId: channel, ...extra }],
});
const putRelations = (body: Record<string, unknown>, service = '{{svc.id}}') => ({
  method: 'PUT' as const,
  path: `/Connection/serviceId/${service}`,
  body,
});
const hours = [
  { serviceHourType: 'DaysOfTheWeek', openingHour: [{ dayFrom: 'Monday', from: '08:00', to: '16:00' }] },
];
const added =
  "Relationship data for service channel(s) '{{ch.id}}' and service '{{svc.id}}' added or updated.";

/** Service ↔ channel connections (in-api-v11 §2.4, §4.11; ServiceAndChannelBaseController.cs). */
export const connectionBehaviours: Behaviour[] = [
  {
    id: 'connection.post.added',
    title: 'POST /Connection answers 200 with one message string per item',
    setup: [createService(), createChannel('EChannel')],
    request: connect(),
    expect: { status: 200, fields: { 0: added, length: 1 } },
    source: ref('§4.11') + ', ' + src('src/PTV.Framework/CoreMessages.cs') + ' (ServiceServiceChannelAdded)',
  },
  {
    id: 'connection.post.readback-both-sides',
    title: 'a connection reads back on the service (serviceChannels) and on the channel (services)',
    setup: [createService(), createChannel('EChannel'), connect()],
    request: { method: 'GET', path: '/Service/{{svc.id}}', auth: 'none' },
    expect: {
      status: 200,
      fields: { 'serviceChannels[0].serviceChannel.id': '{{ch.id}}' },
      readBack: {
        path: '/ServiceChannel/{{ch.id}}',
        auth: 'none',
        fields: { 'services[0].service.id': '{{svc.id}}' },
      },
    },
    source: ref('§2.4 (no GET for connections; read inside the service / channel), §10'),
  },
  {
    id: 'connection.post.not-array',
    title: 'POST /Connection with an object instead of an array is 400',
    setup: [createService(), createChannel('EChannel')],
    request: {
      method: 'POST',
      path: '/Connection',
      body: { serviceId: '{{svc.id}}', serviceChannelId: '{{ch.id}}' },
    },
    expect: { status: 400 },
    source: ref('§2.4 (body: JSON array) [FW]'),
  },
  {
    id: 'connection.post.draft-service',
    title: 'POST /Connection with a Draft service is refused: "Some of the services were not found"',
    setup: [createService('svc', { publishingStatus: 'Draft' }), createChannel('EChannel')],
    request: connect(),
    expect: { status: 400, message: 'Some of the services were not found' },
    source:
      src('src/PTV.Application.OpenApi/DataValidators/ServiceIdListValidator.cs:65') + '; ' + ref('§4.11'),
  },
  {
    id: 'connection.post.unknown-channel',
    title: 'POST /Connection with an unknown channel is 400 under [0].ServiceChannelId',
    setup: [createService()],
    request: connect(UNKNOWN_ID),
    expect: { status: 400, errorKeysInclude: ['[0].ServiceChannelId'] },
    source: ref('§4.11 (every channel must be published and usable; key [n].ServiceChannelId)'),
  },
  {
    id: 'connection.post.draft-channel',
    title: 'POST /Connection with a Draft channel is 400 under [0].ServiceChannelId',
    setup: [createService(), createChannel('EChannel', 'ch', { publishingStatus: 'Draft' })],
    request: connect(),
    expect: { status: 400, errorKeysInclude: ['[0].ServiceChannelId'] },
    source: ref('§4.11'),
  },
  {
    id: 'connection.post.bad-guid',
    title: 'a serviceId that is not a GUID is 400 under [0].ServiceId',
    setup: [createChannel('EChannel')],
    request: connect('{{ch.id}}', 'not-a-guid'),
    expect: { status: 400, errorKeysInclude: ['[0].ServiceId'] },
    source: ref('§4.11 (model errors → 400, key paths like [0].ServiceId)'),
  },
  {
    id: 'connection.post.no-common-language',
    title:
      'a service in fi and a channel in sv only: 200 with the "ignored, because connection has no common language" string',
    setup: [
      createService(),
      createChannel('EChannel', 'ch', {
        serviceChannelNames: [{ language: 'sv', value: 'Kanal {{u}}' }],
        serviceChannelDescriptions: [
          { type: 'Summary', language: 'sv', value: 'Kort beskrivning {{u}}' },
          { type: 'Description', language: 'sv', value: 'Längre beskrivning av kanalen.' },
        ],
        webPage: [{ language: 'sv', value: 'https://www.example.fi/sv' }],
        accessibilityClassification: [{ accessibilityClassificationLevel: 'Unknown', language: 'sv' }],
        languages: ['sv'],
      }),
    ],
    request: connect(),
    expect: {
      status: 200,
      message:
        "Relationship data for service channel(s) '{{ch.id}}' and service '{{svc.id}}' ignored, because connection has no common language.",
    },
    source: src('src/PTV.Framework/CoreMessages.cs:72'),
  },
  {
    id: 'connection.post.hours-on-webpage',
    title: 'service hours on a web-page channel connection: 200 with the per-item refusal string',
    setup: [createService(), createChannel('WebPage')],
    request: connect('{{ch.id}}', '{{svc.id}}', { serviceHours: hours }),
    expect: {
      status: 200,
      message:
        'ServiceHours and ContactDetails are only allowed for Service location channel, E-Channel or Phone channel!',
    },
    source: src('src/PTV.Framework/CoreMessages.cs:102'),
  },
  {
    id: 'connection.post.hours-on-echannel',
    title: 'service hours on an e-service channel connection are accepted by POST',
    setup: [createService(), createChannel('EChannel')],
    request: connect('{{ch.id}}', '{{svc.id}}', { serviceHours: hours }),
    expect: { status: 200, message: added },
    source: ref('§4.11 (POST also allows e-service and phone channels)'),
  },
  {
    id: 'connection.post.keeps-others',
    title: 'POST /Connection adds only the listed pair and never removes other connections',
    setup: [createService(), createChannel('EChannel'), createChannel('Phone', 'ph'), connect()],
    request: connect('{{ph.id}}'),
    expect: {
      status: 200,
      readBack: { path: '/Service/{{svc.id}}', auth: 'none', fields: { 'serviceChannels.length': 2 } },
    },
    source: ref('§4.11 (POST adds/updates only the listed pairs)'),
  },
  {
    id: 'connection.post.bad-description-type',
    title: 'a connection description of type Summary is refused',
    setup: [createService(), createChannel('EChannel')],
    request: connect('{{ch.id}}', '{{svc.id}}', {
      description: [{ type: 'Summary', language: 'fi', value: 'Lisätietoa liitoksesta' }],
    }),
    expect: { status: 400 },
    source: ref('§4.11 (description type Description / ChargeTypeAdditionalInfo)'),
  },
  {
    id: 'connection.post.bad-contact-postal-code',
    title: 'a contact address with a four-digit postal code is refused',
    setup: [createService(), createChannel('EChannel')],
    request: connect('{{ch.id}}', '{{svc.id}}', {
      contactDetails: {
        addresses: [
          {
            type: 'Postal',
            subType: 'Street',
            streetAddress: {
              street: [{ language: 'fi', value: 'Katu' }],
              streetNumber: '1',
              postalCode: '001',
            },
          },
        ],
      },
    }),
    expect: { status: 400 },
    source: ref('§4.9.3 (connection contact addresses), §4.11'),
  },
  {
    id: 'connection.post.other-org-shared-channel',
    title: "another organisation's channel with isVisibleForAll can be connected",
    setup: [
      createService(),
      {
        ...createChannel('EChannel', 'ch', { organizationId: '{{otherOrg}}', isVisibleForAll: true }),
        auth: 'other' as const,
      },
    ],
    request: connect(),
    expect: { status: 200, message: added },
    source: ref('§4.3 (isVisibleForAll = shared channel), §4.11'),
  },
  {
    id: 'connection.post.other-org-private-channel',
    title: "another organisation's channel without isVisibleForAll cannot be connected",
    setup: [
      createService(),
      { ...createChannel('EChannel', 'ch', { organizationId: '{{otherOrg}}' }), auth: 'other' as const },
    ],
    request: connect(),
    expect: { status: 400, errorKeysInclude: ['[0].ServiceChannelId'] },
    source: ref('§4.11 (channel must be own or isVisibleForAll; key [n].ServiceChannelId)'),
  },
  {
    id: 'connection.post.by-source-unknown',
    title: 'POST /Connection/Source with unknown source ids: 200 with a "… with id \'…\' not found!" string',
    request: {
      method: 'POST',
      path: '/Connection/Source',
      body: [{ serviceSourceId: 'nosuch-{{u}}', serviceChannelSourceId: 'nosuchch-{{u}}' }],
    },
    expect: { status: 200, message: 'not found!' },
    source: ref('§4.11 (the generic "{0} with id \'{1}\' not found!" template)'),
  },
  {
    id: 'connection.post.by-source',
    title: "POST /Connection/Source resolves the caller's source ids",
    setup: [
      createService('svc', { sourceId: 'fids-{{u}}' }),
      createChannel('EChannel', 'ch', { sourceId: 'fidc-{{u}}' }),
    ],
    request: {
      method: 'POST',
      path: '/Connection/Source',
      body: [{ serviceSourceId: 'fids-{{u}}', serviceChannelSourceId: 'fidc-{{u}}' }],
    },
    expect: { status: 200, message: added },
    source: ref('§4.11'),
  },
  {
    id: 'connection.put.replace',
    title: 'PUT /Connection/serviceId replaces the connections and returns the service',
    setup: [createService(), createChannel('EChannel'), createChannel('Phone', 'ph'), connect()],
    request: putRelations({ channelRelations: [{ serviceChannelId: '{{ph.id}}' }] }),
    expect: {
      status: 200,
      fields: {
        id: '{{svc.id}}',
        'serviceChannels.length': 1,
        'serviceChannels[0].serviceChannel.id': '{{ph.id}}',
      },
    },
    source: ref('§4.11 (channels not in channelRelations are removed) [SRC; LIVE ptv-mcp, 2026-09-24]'),
  },
  {
    id: 'connection.put.empty-list-no-change',
    title: 'PUT with an empty channelRelations alone changes nothing',
    setup: [createService(), createChannel('EChannel'), connect()],
    request: putRelations({ channelRelations: [] }),
    expect: { status: 200, fields: { 'serviceChannels.length': 1 } },
    source: ref('§4.11'),
  },
  {
    id: 'connection.put.delete-all',
    title: 'deleteAllChannelRelations with an empty list removes every regular connection',
    setup: [createService(), createChannel('EChannel'), connect()],
    request: putRelations({ deleteAllChannelRelations: true, channelRelations: [] }),
    expect: { status: 200, excludes: ['{{ch.id}}'] },
    source: ref('§4.11'),
  },
  {
    id: 'connection.put.duplicates',
    title: 'a channel listed twice: 400 ChannelRelations "Duplicate items not allowed! …"',
    setup: [createService(), createChannel('EChannel')],
    request: putRelations({
      channelRelations: [{ serviceChannelId: '{{ch.id}}' }, { serviceChannelId: '{{ch.id}}' }],
    }),
    expect: {
      status: 400,
      errorKeys: ['ChannelRelations'],
      message: 'Duplicate items not allowed! Please check your request related to these items: {{ch.id}}.',
    },
    source: src('src/PTV.Framework/CoreMessages.cs:109'),
  },
  {
    id: 'connection.put.hours-on-echannel',
    title: 'PUT (3.4) refuses service hours for a non-location channel under ChannelRelations',
    setup: [createService(), createChannel('EChannel')],
    request: putRelations({ channelRelations: [{ serviceChannelId: '{{ch.id}}', serviceHours: hours }] }),
    expect: {
      status: 400,
      errorKeys: ['ChannelRelations'],
      message:
        'are only allowed for Service location channel! Following service channels are not service location channels',
    },
    source: src('src/PTV.Framework/CoreMessages.cs:106'),
  },
  {
    id: 'connection.put.hours-on-location',
    title:
      'PUT accepts service hours for a service-location channel; they read back valid for now, times with seconds',
    setup: [createService(), createChannel('ServiceLocation')],
    request: putRelations({ channelRelations: [{ serviceChannelId: '{{ch.id}}', serviceHours: hours }] }),
    expect: {
      status: 200,
      fields: {
        'serviceChannels[0].serviceHours.length': 1,
        'serviceChannels[0].serviceHours[0].validForNow': true,
        'serviceChannels[0].serviceHours[0].openingHour[0].to': '16:00:00',
      },
    },
    source:
      ref('§4.11') +
      ', ' +
      src('src/PTV.Database.DataAccess/Translators/OpenApi/Channels/OpenApiServiceHourTranslator.cs:115'),
  },
  {
    id: 'connection.put.unknown-service',
    title: 'PUT /Connection/serviceId/{unknown} is 404 "Service with id \'…\' not found."',
    request: putRelations({ channelRelations: [] }, UNKNOWN_ID),
    expect: { status: 404, message: `Service with id '${UNKNOWN_ID}' not found.` },
    source: src('src/PTV.Application.OpenApi/Controllers/ServiceAndChannelBaseController.cs:304'),
  },
  {
    id: 'connection.put.archived-service',
    title: 'PUT /Connection/serviceId for an archived service is 404',
    setup: [
      createService(),
      { method: 'PUT', path: '/Service/{{svc.id}}', body: { publishingStatus: 'Deleted' } },
    ],
    request: putRelations({ channelRelations: [] }),
    expect: { status: 404, message: "Service with id '{{svc.id}}' not found." },
    source:
      ref('§4.11 (latest version must be Published or Draft)') +
      ', ' +
      src('ServiceAndChannelBaseController.cs:310'),
  },
  {
    id: 'connection.put.draft-service',
    title: 'PUT /Connection/serviceId for a Draft-only service is allowed (latest version Draft)',
    setup: [createService('svc', { publishingStatus: 'Draft' }), createChannel('EChannel')],
    request: putRelations({ channelRelations: [{ serviceChannelId: '{{ch.id}}' }] }),
    expect: { status: 200, fields: { publishingStatus: 'Draft' } },
    source: ref("§4.11 (the service's latest version must be Published or Draft)"),
  },
  {
    id: 'connection.put.unknown-source',
    title: 'PUT /Connection/serviceSourceId/{unknown} is 404 "Service with source id \'…\' not found."',
    request: {
      method: 'PUT',
      path: '/Connection/serviceSourceId/nosuch-{{u}}',
      body: { channelRelations: [] },
    },
    expect: { status: 404, message: "Service with source id 'nosuch-{{u}}' not found." },
    source: src('src/PTV.Application.OpenApi/Controllers/ServiceAndChannelBaseController.cs:241'),
  },
  {
    id: 'connection.modified-unchanged',
    title: "a connection change does not change the service's modified",
    setup: [createService(), createChannel('EChannel'), connect()],
    request: { method: 'GET', path: '/Service/{{svc.id}}', auth: 'none' },
    expect: { status: 200, fields: { modified: '{{svc.modified}}' } },
    source: ref('§4.11 [SRC AddModifiedPropagationChain]'),
  },
  {
    id: 'connection.archived-channel-hidden',
    title: 'after the channel is archived the published service no longer lists it',
    setup: [
      createService(),
      createChannel('EChannel'),
      connect(),
      { method: 'PUT', path: '/ServiceChannel/EChannel/{{ch.id}}', body: { publishingStatus: 'Deleted' } },
    ],
    request: { method: 'GET', path: '/Service/{{svc.id}}', auth: 'none' },
    expect: { status: 200, excludes: ['{{ch.id}}'] },
    source: 'issue #13 ("reads show only published partners"); ' + ref('§6.3'),
  },
  {
    id: 'connection.archived-channel-restored',
    title: 'restoring the archived channel brings the kept connection back',
    setup: [
      createService(),
      createChannel('EChannel'),
      connect(),
      { method: 'PUT', path: '/ServiceChannel/EChannel/{{ch.id}}', body: { publishingStatus: 'Deleted' } },
      { method: 'PUT', path: '/ServiceChannel/EChannel/{{ch.id}}', body: { publishingStatus: 'Published' } },
    ],
    request: { method: 'GET', path: '/Service/{{svc.id}}', auth: 'none' },
    expect: { status: 200, includes: ['{{ch.id}}'] },
    source: 'issue #13 ("the source keeps them"); ' + ref('§6.3 (RestoreArchivedEntity)'),
  },
  {
    id: 'connection.archived-service-hidden',
    title: 'after the service is archived the channel no longer lists it',
    setup: [
      createService(),
      createChannel('EChannel'),
      connect(),
      { method: 'PUT', path: '/Service/{{svc.id}}', body: { publishingStatus: 'Deleted' } },
    ],
    request: { method: 'GET', path: '/ServiceChannel/{{ch.id}}', auth: 'none' },
    expect: { status: 200, excludes: ['{{svc.id}}'] },
    source: 'issue #13 ("reads show only published partners")',
  },
  {
    id: 'connection.service-post-with-channels',
    title: 'POST /Service with serviceChannels connects published channels',
    setup: [createChannel('EChannel')],
    request: {
      method: 'POST',
      path: '/Service',
      body: { ...createService().body, serviceChannels: ['{{ch.id}}'] },
    },
    expect: { status: 200, fields: { 'serviceChannels[0].serviceChannel.id': '{{ch.id}}' } },
    source: ref('§4.2 (serviceChannels, POST only)'),
  },
  {
    id: 'connection.service-post-draft-channel',
    title: 'POST /Service with a Draft channel in serviceChannels is refused',
    setup: [createChannel('EChannel', 'ch', { publishingStatus: 'Draft' })],
    request: {
      method: 'POST',
      path: '/Service',
      body: { ...createService().body, serviceChannels: ['{{ch.id}}'] },
    },
    expect: { status: 400, message: 'Record not found or user does not have rights for it!' },
    source: ref('§4.2 (serviceChannels must be published channels)'),
  },
  {
    id: 'connection.channel-post-with-draft-service',
    title: 'POST channel with services: [a Draft service] is refused: "Some of the services were not found"',
    setup: [createService('svc', { publishingStatus: 'Draft' })],
    request: {
      method: 'POST',
      path: '/ServiceChannel/EChannel',
      body: eChannel({ services: ['{{svc.id}}'] }),
    },
    expect: { status: 400, errorKeysInclude: ['Services'], message: 'Some of the services were not found' },
    source: ref('§4.3 (services must be published)') + ', ' + src('ServiceIdListValidator.cs:65'),
  },
  {
    id: 'connection.channel-post-with-service',
    title: 'POST channel with services: [a published service] connects it',
    setup: [createService()],
    request: {
      method: 'POST',
      path: '/ServiceChannel/EChannel',
      body: eChannel({ services: ['{{svc.id}}'] }),
    },
    expect: { status: 200, includes: ['{{svc.id}}'] },
    source: ref('§4.3 (services, POST only)'),
  },
];
