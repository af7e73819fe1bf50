import type { Behaviour } from '../types.js';
import { createChannel, createService, eChannel, service, servicePut, UNKNOWN_ID } from '../bodies.js';
import { ref, src } from './cite.js';

const put = (body: Record<string, unknown>) => ({
  method: 'PUT' as const,
  path: '/Service/{{svc.id}}',
  body,
});
const archive = put({ publishingStatus: 'Deleted' });

/** Publishing-status transitions, archiving, restore and timed publishing (in-api-v11 §6). */
export const publishingBehaviours: Behaviour[] = [
  {
    id: 'publishing.draft-to-modified',
    title: 'Draft → Modified is refused',
    setup: [createService('svc', { publishingStatus: 'Draft' })],
    request: put(servicePut({ publishingStatus: 'Modified' })),
    expect: {
      status: 400,
      errorKeys: ['PublishingStatus'],
      message: 'You cannot set Publishing status as Modified when current one is Draft.',
    },
    source: ref('§6.2') + ' PublishingStatusValidator.cs',
  },
  {
    id: 'publishing.published-to-draft',
    title: 'Published → Draft is refused',
    setup: [createService()],
    request: put(servicePut({ publishingStatus: 'Draft' })),
    expect: {
      status: 400,
      errorKeys: ['PublishingStatus'],
      message: 'You cannot set Publishing status as Draft when current one is Published.',
    },
    source: ref('§6.2 [SRC; LIVE ptv-mcp, 2026-09-24]'),
  },
  {
    id: 'publishing.draft-to-published',
    title: 'Draft → Published publishes: GET /Service/{id} then answers 200',
    setup: [createService('svc', { publishingStatus: 'Draft' })],
    request: put(servicePut()),
    expect: {
      status: 200,
      fields: { publishingStatus: 'Published' },
      readBack: { path: '/Service/{{svc.id}}', auth: 'none' },
    },
    source: ref('§6.2'),
  },
  {
    id: 'publishing.draft-not-public',
    title: 'a Draft service is 404 on GET /Service/{id} and readable on /Service/active/{id}',
    setup: [createService('svc', { publishingStatus: 'Draft' })],
    request: { method: 'GET', path: '/Service/{{svc.id}}', auth: 'none' },
    expect: {
      status: 404,
      message: "Service with id '{{svc.id}}' not found.",
      readBack: { path: '/Service/active/{{svc.id}}', fields: { publishingStatus: 'Draft' } },
    },
    source: ref('§2.2 (published version only; /active includes Draft/Modified)'),
  },
  {
    id: 'publishing.bare-archive',
    title:
      'a service PUT {"publishingStatus": "Deleted"} archives (classifications are not required for Deleted)',
    setup: [createService()],
    request: archive,
    expect: { status: 200 },
    source: ref('§6.3') + ' [SRC model attributes: REQ only for Published or absent]',
  },
  {
    id: 'publishing.archived-reads-404',
    title: 'after archiving, GET /Service/{id} is 404 "Service with id \'…\' not found."',
    setup: [createService(), archive],
    request: { method: 'GET', path: '/Service/{{svc.id}}', auth: 'none' },
    expect: { status: 404, message: "Service with id '{{svc.id}}' not found." },
    source: ref('§6.3 [SRC; LIVE ptv-mcp, 2026-09-24]'),
  },
  {
    id: 'publishing.archived-active-404',
    title: 'after archiving, GET /Service/active/{id} is 404 too',
    setup: [createService(), archive],
    request: { method: 'GET', path: '/Service/active/{{svc.id}}' },
    expect: { status: 404 },
    source: ref('§6.3 [SRC; LIVE ptv-mcp, 2026-09-24]'),
  },
  {
    id: 'publishing.archived-in-status-list',
    title: 'an archived service is listed by GET /Service?status=Archived',
    setup: [createService(), archive],
    request: { method: 'GET', path: '/Service?status=Archived', auth: 'none' },
    expect: { status: 200, includes: ['{{svc.id}}'] },
    source: ref('§6.1, §6.3'),
  },
  {
    id: 'publishing.archived-list',
    title: 'an archived service appears in /Service/archived/list?archivingType=Manual with archivingDate',
    setup: [createService(), archive],
    request: {
      method: 'GET',
      path: '/Service/archived/list?archivingType=Manual&organizationId={{org}}&skip=0&take=100',
      auth: 'none',
    },
    expect: { status: 200, includes: ['{{svc.id}}', 'archivingDate'] },
    source: ref('§2.2, §6.3') + ' V11VmOpenApiGetArchivedServices.cs',
  },
  {
    id: 'publishing.restore',
    title: 'PUT Published on an archived service restores it and applies the body',
    setup: [createService(), archive],
    request: put(servicePut({ fundingType: 'MarketFunded' })),
    expect: {
      status: 200,
      readBack: {
        path: '/Service/{{svc.id}}',
        auth: 'none',
        fields: { fundingType: 'MarketFunded', publishingStatus: 'Published' },
      },
    },
    source: ref('§6.3 (RestoreArchivedEntity) [SRC; LIVE LIPAS commit d04e0105, 2026-05-30]'),
  },
  {
    id: 'publishing.archived-to-draft',
    title: 'an archived service cannot be set to Draft',
    setup: [createService(), archive],
    request: put(servicePut({ publishingStatus: 'Draft' })),
    expect: { status: 400, errorKeys: ['PublishingStatus'] },
    source: ref('§6.2 (Deleted: Published, Modified, Deleted allowed)'),
  },
  {
    id: 'publishing.archive-twice',
    title: 'archiving an archived service again is allowed (Deleted → Deleted)',
    setup: [createService(), archive],
    request: archive,
    expect: { status: 200 },
    source: ref('§6.2'),
  },
  {
    id: 'publishing.modified-blocks',
    title:
      'once a UI user leaves a Modified version, every API update fails: "You cannot update entity with status Modified."',
    setup: [createService(), { method: 'POST', path: '/control/modified/{{svc.id}}' }],
    request: put(servicePut()),
    expect: {
      status: 400,
      errorKeys: ['PublishingStatus'],
      message: 'You cannot update entity with status Modified.',
    },
    source: src('src/PTV.Application.OpenApi/DataValidators/PublishingStatusValidator.cs:99'),
  },
  {
    id: 'publishing.api-modified-then-blocked',
    title: 'writing Modified through the API is accepted once and then blocks the next update',
    setup: [createService(), put(servicePut({ publishingStatus: 'Modified' }))],
    request: put(servicePut()),
    expect: { status: 400, message: 'You cannot update entity with status Modified.' },
    source: ref('§6.2 [LIVE ptv-mcp, 2026-09-24]'),
  },
  {
    id: 'publishing.modified-keeps-published-copy',
    title: 'with a Modified version the published copy is still served by GET /Service/{id}',
    setup: [createService(), { method: 'POST', path: '/control/modified/{{svc.id}}' }],
    request: { method: 'GET', path: '/Service/{{svc.id}}', auth: 'none' },
    expect: { status: 200, fields: { publishingStatus: 'Published' } },
    source: ref('§6.1 (Modified = an unpublished newer version of a published item), §2.2'),
  },
  {
    id: 'publishing.service-locked',
    title: 'a service locked by a UI editor: 404 "Service is locked by \'…\'."',
    setup: [
      createService(),
      { method: 'POST', path: '/control/lock/{{svc.id}}', body: { user: 'editor@kunta.fi' } },
    ],
    request: put(servicePut()),
    expect: { status: 404, message: "Service is locked by 'editor@kunta.fi'." },
    source: src('src/PTV.Application.OpenApi/EntityManagers/SaveServiceManager.cs:122'),
  },
  {
    id: 'publishing.service-other-organisation',
    title:
      'another organisation\'s API user cannot update my service: 404 "User has no rights to update this entity!"',
    setup: [createService()],
    request: { ...put(servicePut()), auth: 'other' },
    expect: { status: 404, message: 'User has no rights to update this entity!' },
    source: src('src/PTV.Application.OpenApi/EntityManagers/SaveServiceManager.cs:130'),
  },
  {
    id: 'publishing.service-main-org-of-other',
    title:
      "a service whose mainResponsibleOrganization is not one of the user's is refused under MainResponsibleOrganization",
    request: {
      method: 'POST',
      path: '/Service',
      body: service({
        mainResponsibleOrganization: '{{otherOrg}}',
        serviceProducers: [{ provisionType: 'ProcuredServices' }],
      }),
    },
    expect: {
      status: 400,
      errorKeysInclude: ['MainResponsibleOrganization'],
      message: 'User has no rights to update or create this entity!',
    },
    source: ref('§1.4 (OwnOrganizationValidator)'),
  },
  {
    id: 'publishing.org-language-missing',
    title:
      'a Published service in a language its organisation lacks is refused under MainResponsibleOrganization',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({
        languages: ['fi', 'se'],
        serviceNames: [
          { type: 'Name', language: 'fi', value: 'Palvelu {{u}}' },
          { type: 'Name', language: 'se', value: 'Bálvalus {{u}}' },
        ],
        serviceDescriptions: [
          { type: 'Summary', language: 'fi', value: 'Lyhyt kuvaus palvelusta' },
          { type: 'Description', language: 'fi', value: 'Pidempi kuvaus palvelusta.' },
          { type: 'UserInstruction', language: 'fi', value: 'Ohjeet asiakkaalle palvelun käyttöön.' },
          { type: 'Summary', language: 'se', value: 'Oanehis čilgehus' },
          { type: 'Description', language: 'se', value: 'Guhkit čilgehus bálvalusas.' },
          { type: 'UserInstruction', language: 'se', value: 'Rávvagat bálvalusa geavaheapmái.' },
        ],
      }),
    },
    expect: {
      status: 400,
      errorKeysInclude: ['MainResponsibleOrganization'],
      message:
        "Organisation language version 'se' missing! Organisation must be described in the same language as the item.",
    },
    source: ref('§3.4 rule 4'),
  },
  // Timed publishing (TimedPublishingBaseValidator.cs)
  {
    id: 'timed.valid-from-past',
    title: 'validFrom in the past: "Date needs to be in future!"',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({ validFrom: '{{yesterday}}', publishingStatus: 'Draft' }),
    },
    expect: { status: 400, errorKeysInclude: ['ValidFrom'], message: 'Date needs to be in future!' },
    source: src('src/PTV.Framework/Attributes/ValidationAttributes/DateInFutureAttribute.cs:49'),
  },
  {
    id: 'timed.valid-from-published',
    title: 'validFrom with Published is refused under PublishingStatus',
    request: { method: 'POST', path: '/Service', body: service({ validFrom: '{{nextWeek}}' }) },
    expect: {
      status: 400,
      errorKeys: ['PublishingStatus'],
      message: 'You cannot set Publishing status as Published when ValidFrom is set',
    },
    source: src('src/PTV.Application.OpenApi/DataValidators/TimedPublishingBaseValidator.cs:62'),
  },
  {
    id: 'timed.valid-from-draft',
    title: 'validFrom in the future with Draft is accepted and stays Draft',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({ validFrom: '{{nextWeek}}', publishingStatus: 'Draft' }),
    },
    expect: { status: 200, fields: { publishingStatus: 'Draft' } },
    source: ref('§6.4 (POST forces Draft)'),
  },
  {
    id: 'timed.order',
    title: 'validTo before validFrom: "Archiving date must be greater than publishing date." under ValidTo',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({ validFrom: '{{nextWeek}}', validTo: '{{tomorrow}}', publishingStatus: 'Draft' }),
    },
    expect: {
      status: 400,
      errorKeys: ['ValidTo'],
      message: 'Archiving date must be greater than publishing date.',
    },
    source: src('src/PTV.Application.OpenApi/DataValidators/TimedPublishingBaseValidator.cs:53'),
  },
  {
    id: 'timed.valid-to-only-published',
    title: 'only validTo (future) with Published is accepted',
    request: { method: 'POST', path: '/Service', body: service({ validTo: '{{nextWeek}}' }) },
    expect: { status: 200, fields: { publishingStatus: 'Published' } },
    source: ref('§6.4 (with only validTo, publishingStatus must be Published)'),
  },
  {
    id: 'timed.valid-to-only-draft',
    title: 'only validTo with Draft is refused under PublishingStatus',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({ validTo: '{{nextWeek}}', publishingStatus: 'Draft' }),
    },
    expect: { status: 400, errorKeys: ['PublishingStatus'] },
    source: src('src/PTV.Application.OpenApi/DataValidators/TimedPublishingBaseValidator.cs:70'),
  },
  {
    id: 'timed.channel-valid-from-published',
    title: 'a channel with validFrom and Published is refused too',
    request: {
      method: 'POST',
      path: '/ServiceChannel/EChannel',
      body: eChannel({ validFrom: '{{nextWeek}}' }),
    },
    expect: { status: 400, errorKeys: ['PublishingStatus'] },
    source: ref('§6.4 (organisations, services and all channel types)'),
  },
  {
    id: 'timed.put-valid-from-modified',
    title: 'a PUT with validFrom on a published service is accepted as Modified',
    setup: [createService()],
    request: put(servicePut({ validFrom: '{{nextWeek}}', publishingStatus: 'Modified' })),
    expect: { status: 200, fields: { publishingStatus: 'Modified' } },
    source: ref('§6.4 (PUT forces Modified)'),
  },
  {
    id: 'timed.bad-date',
    title: 'a validFrom that is not a date is a 400 deserialisation error',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({ validFrom: 'tomorrow', publishingStatus: 'Draft' }),
    },
    expect: { status: 400 },
    source:
      src('src/PTV.Domain.Model/Models/OpenApi/VmOpenApiServiceInVersionBase.cs:189') + ' (DateTime?) [FW]',
  },
  {
    id: 'publishing.put-unknown-service-by-other',
    title: 'PUT /Service/{unknown} by another user is 404 as well',
    request: { method: 'PUT', path: `/Service/${UNKNOWN_ID}`, body: servicePut(), auth: 'other' },
    expect: { status: 404 },
    source: ref('§3.5'),
  },
  {
    id: 'publishing.channel-draft-to-modified',
    title: 'a Draft channel → Modified is refused',
    setup: [createChannel('EChannel', 'ch', { publishingStatus: 'Draft' })],
    request: {
      method: 'PUT',
      path: '/ServiceChannel/EChannel/{{ch.id}}',
      body: { publishingStatus: 'Modified' },
    },
    expect: {
      status: 400,
      errorKeys: ['PublishingStatus'],
      message: 'You cannot set Publishing status as Modified when current one is Draft.',
    },
    source: ref('§6.2'),
  },
];
