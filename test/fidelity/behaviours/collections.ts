import type { Behaviour } from '../types.js';
import { collection, createChannel, createService, text, UNKNOWN_ID } from '../bodies.js';
import { ref, src } from './cite.js';

const post = (body: Record<string, unknown>) => ({
  method: 'POST' as const,
  path: '/ServiceCollection',
  body,
});
const createCollection = (extra: Record<string, unknown> = {}) => ({
  ...post(collection(extra)),
  save: 'col',
});

/** Service collections (in-api-v11 §2.5, §4.10; ServiceCollectionValidator.cs). */
export const collectionBehaviours: Behaviour[] = [
  {
    id: 'collection.post.valid',
    title: 'a minimal service collection is created',
    request: post(collection()),
    expect: {
      status: 200,
      fields: { publishingStatus: 'Published', 'serviceCollectionNames[0].value': 'Kokoelma {{u}}' },
    },
    source: ref('§4.10'),
  },
  {
    id: 'collection.name-101',
    title: 'a 101-character collection name is refused under ServiceCollectionNames',
    request: post(
      collection({ serviceCollectionNames: [{ language: 'fi', value: text(101, 'Kokoelma ') }] }),
    ),
    expect: { status: 400, errorKeys: ['ServiceCollectionNames'] },
    source: ref('§4.10 (item.value max 100)'),
  },
  {
    id: 'collection.summary-151',
    title: 'a 151-character collection Summary is refused under ServiceCollectionDescriptions',
    request: post(
      collection({
        serviceCollectionDescriptions: [
          { type: 'Summary', language: 'fi', value: text(151) },
          { type: 'Description', language: 'fi', value: 'Pidempi kuvaus kokoelmasta.' },
        ],
      }),
    ),
    expect: {
      status: 400,
      errorKeys: ['ServiceCollectionDescriptions'],
      message: "for 'Summary' must be '150'.",
    },
    source: ref('§4.10'),
  },
  {
    id: 'collection.draft-service',
    title: 'a Draft service in services is refused: "Some of the services were not found"',
    setup: [createService('svc', { publishingStatus: 'Draft' })],
    request: post(collection({ services: ['{{svc.id}}'] })),
    expect: { status: 400, message: 'Some of the services were not found' },
    source: ref('§4.10 (services must be published services)'),
  },
  {
    id: 'collection.published-service',
    title: 'a published service in services is listed on the collection',
    setup: [createService()],
    request: post(collection({ services: ['{{svc.id}}'] })),
    expect: { status: 200, fields: { 'services[0].id': '{{svc.id}}' } },
    source: ref('§4.10, §10'),
  },
  {
    id: 'collection.unknown-channel-not-validated',
    title: 'PTV 3.4 never runs the channel-id validator: an unknown channel id is not refused',
    request: post(collection({ serviceChannels: [UNKNOWN_ID] })),
    expect: { status: 200 },
    source: ref('§4.10 (3.4 builds a channel-id validator for serviceChannels but never runs it)'),
  },
  {
    id: 'collection.channel-listed',
    title: 'a published channel in serviceChannels is listed with its type',
    setup: [createChannel('Phone')],
    request: post(collection({ serviceChannels: ['{{ch.id}}'] })),
    expect: {
      status: 200,
      fields: { 'serviceChannels[0].id': '{{ch.id}}', 'serviceChannels[0].serviceChannelType': 'Phone' },
    },
    source: ref(
      '§10 (V11VmOpenApiServiceCollection serviceChannels {id, name, description, serviceChannelType})',
    ),
  },
  {
    id: 'collection.other-organisation',
    title: "a collection for another user's organisation is refused under OrganizationId",
    request: post(collection({ organizationId: '{{otherOrg}}' })),
    expect: {
      status: 400,
      errorKeysInclude: ['OrganizationId'],
      message: 'User has no rights to update or create this entity!',
    },
    source:
      src('src/PTV.Application.OpenApi/DataValidators/ServiceCollectionValidator.cs:75') +
      ' OwnOrganizationValidator → ' +
      src('src/PTV.Database.DataAccess/Services/OrganizationService.cs:1418'),
  },
  {
    id: 'collection.no-timed-publishing',
    title: 'collections have no validFrom: a past validFrom is ignored',
    request: post(collection({ validFrom: '2020-01-01T00:00:00Z' })),
    expect: { status: 200 },
    source: ref('§4.10, §6.4 (service collections have none) [FW: unknown properties ignored]'),
  },
  {
    id: 'collection.draft-to-modified',
    title: 'a Draft collection → Modified is refused',
    setup: [createCollection({ publishingStatus: 'Draft' })],
    request: { method: 'PUT', path: '/ServiceCollection/{{col.id}}', body: { publishingStatus: 'Modified' } },
    expect: { status: 400, errorKeys: ['PublishingStatus'] },
    source: ref('§4.10 (publishing-status transitions as §6), §6.2'),
  },
  {
    id: 'collection.archive',
    title: 'a collection PUT Deleted archives it; GET /ServiceCollection/{id} is then 404',
    setup: [createCollection()],
    request: { method: 'PUT', path: '/ServiceCollection/{{col.id}}', body: { publishingStatus: 'Deleted' } },
    expect: { status: 200, readBack: { path: '/ServiceCollection/{{col.id}}', auth: 'none', status: 404 } },
    source: ref('§6.3'),
  },
  {
    id: 'collection.put-unknown',
    title: 'PUT /ServiceCollection/{unknown} is 404',
    request: {
      method: 'PUT',
      path: `/ServiceCollection/${UNKNOWN_ID}`,
      body: { publishingStatus: 'Published' },
    },
    expect: { status: 404 },
    source: ref('§7.2 ("ServiceCollection with id …")'),
  },
  {
    id: 'collection.delete-all-services',
    title: 'deleteAllServices empties the collection',
    setup: [createService(), createCollection({ services: ['{{svc.id}}'] })],
    request: {
      method: 'PUT',
      path: '/ServiceCollection/{{col.id}}',
      body: { deleteAllServices: true, services: [], publishingStatus: 'Published' },
    },
    expect: { status: 200, excludes: ['{{svc.id}}'] },
    source: ref('§4.10 (deleteAllServices)'),
  },
  {
    id: 'collection.by-organization',
    title: 'GET /ServiceCollection/organization?organizationId=<org> lists the collection',
    setup: [createCollection()],
    request: { method: 'GET', path: '/ServiceCollection/organization?organizationId={{org}}', auth: 'none' },
    expect: { status: 200, includes: ['{{col.id}}'] },
    source: ref('§2.5'),
  },
];
