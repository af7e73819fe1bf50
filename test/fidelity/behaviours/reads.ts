import type { Behaviour } from '../types.js';
import { createService, SERVICE_CLASS, TARGET_GROUP, UNKNOWN_ID } from '../bodies.js';
import { ref, src } from './cite.js';

const get = (path: string) => ({ method: 'GET' as const, path, auth: 'none' as const });

/** Read routes: 400 vs 404 vs empty page, paging (in-api-v11 §2, §2.7, §9). */
export const readBehaviours: Behaviour[] = [
  {
    id: 'read.bad-guid',
    title: 'GET /Service/{not a guid} is 400 with the GUID message',
    request: get('/Service/not-a-guid'),
    expect: {
      status: 400,
      message: 'Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).',
    },
    source: ref('§2.7') + ' ' + src('V10OrganizationController.cs:137'),
  },
  {
    id: 'read.unknown-service',
    title: 'GET /Service/{unknown} is 404 "Service with id \'…\' not found."',
    request: get(`/Service/${UNKNOWN_ID}`),
    expect: {
      status: 404,
      errorKeys: ['errorMessage'],
      message: `Service with id '${UNKNOWN_ID}' not found.`,
    },
    source: ref('§7.2'),
  },
  {
    id: 'read.page-negative',
    title: 'page=-1 is 400 {"page": ["The page number cannot be negative value."]}',
    request: get('/Service?page=-1'),
    expect: { status: 400, errorKeys: ['page'], message: 'The page number cannot be negative value.' },
    source: src('src/PTV.Application.OpenApi/Controllers/ServiceBaseController.cs:113'),
  },
  {
    id: 'read.page-zero',
    title: 'page=0 is an empty envelope: pageNumber 0, pageCount 0, itemList null',
    request: get('/Service?page=0'),
    expect: { status: 200, fields: { pageNumber: 0, pageCount: 0, itemList: null } },
    source: ref('§2.7, §9') + ' PagingHandlerBase.cs',
  },
  {
    id: 'read.page-beyond',
    title: 'a page beyond pageCount returns the counts with itemList null',
    setup: [createService()],
    request: get('/Service?page=999'),
    expect: { status: 200, fields: { pageNumber: 999, pageCount: 1, itemList: null } },
    source: ref('§9'),
  },
  {
    id: 'read.page-size-guid-list',
    title: 'id/name lists page by 1000',
    setup: [createService()],
    request: get('/Service'),
    expect: { status: 200, fields: { pageSize: 1000, pageNumber: 1 }, includes: ['{{svc.id}}'] },
    source: ref('§9 (AppSettings:PageSize, default 1000)'),
  },
  {
    id: 'read.page-size-with-all-data',
    title: '/Service/list/organization pages by 100 and holds full objects',
    setup: [createService()],
    request: get('/Service/list/organization?organizationId={{org}}'),
    expect: { status: 200, fields: { pageSize: 100 }, includes: ['{{svc.id}}', 'serviceNames'] },
    source: ref('§2.2, §9 (fixed 100)'),
  },
  {
    id: 'read.date-format',
    title: 'date without a time is 400 under date',
    request: get('/Service?date=2020-01-01'),
    expect: { status: 400, errorKeysInclude: ['date'] },
    source: ref('§2.7 (exactly yyyy-MM-ddTHH:mm:ss)'),
  },
  {
    id: 'read.date-ok',
    title: 'date=2020-01-01T00:00:00 is accepted',
    request: get('/Service?date=2020-01-01T00:00:00'),
    expect: { status: 200 },
    source: ref('§2.7'),
  },
  {
    id: 'read.date-window-connection',
    title: 'a service whose connection changed is listed by GET /Service?date=<before the change>',
    setup: [
      createService(),
      {
        method: 'POST',
        path: '/ServiceChannel/EChannel',
        save: 'ch',
        body: {
          organizationId: '{{org}}',
          serviceChannelNames: [{ language: 'fi', value: 'Asiointi {{u}}' }],
          serviceChannelDescriptions: [
            { type: 'Summary', language: 'fi', value: 'Lyhyt kuvaus {{u}}' },
            { type: 'Description', language: 'fi', value: 'Pidempi kuvaus kanavasta.' },
          ],
          webPage: [{ language: 'fi', value: 'https://www.example.fi/asiointi' }],
          accessibilityClassification: [{ accessibilityClassificationLevel: 'Unknown', language: 'fi' }],
          languages: ['fi'],
          publishingStatus: 'Published',
        },
      },
      {
        method: 'POST',
        path: '/Connection',
        body: [{ serviceId: '{{svc.id}}', serviceChannelId: '{{ch.id}}' }],
      },
    ],
    request: get('/Service?date=2020-01-01T00:00:00'),
    expect: { status: 200, includes: ['{{svc.id}}'] },
    source: ref('§4.11, §9') + ' EntitiesWithConnectionsPagingHandler.cs',
  },
  {
    id: 'read.status-invalid',
    title: 'status=Foo is 400 under status',
    request: get('/Service?status=Foo'),
    expect: { status: 400, errorKeysInclude: ['status'] },
    source: ref('§2.7'),
  },
  {
    id: 'read.list-unknown-guids.ptv34',
    title:
      'PTV 3.4: GET /Service/list?guids=<unknown> is 200 with an empty array (GetServices returns a list)',
    profile: 'ptv34',
    request: get(`/Service/list?guids=${UNKNOWN_ID}`),
    expect: { status: 200, fields: { length: 0 } },
    source: src('src/PTV.Database.DataAccess/Services/ServiceService.cs:247-268') + ' (null only for no ids)',
  },
  {
    id: 'read.list-unknown-guids.live',
    title: 'live 2026: GET /Service/list?guids=<unknown> is 404 "Services not found."',
    profile: 'live2026',
    request: get(`/Service/list?guids=${UNKNOWN_ID}`),
    expect: { status: 404, message: 'Services not found.' },
    source:
      ref('§2.2, §9 [LIVE ptv-mcp, 2026-09]') +
      ', ' +
      src('src/PTV.Application.OpenApi/Controllers/ServiceBaseController.cs:172'),
  },
  {
    id: 'read.list-guids',
    title: 'GET /Service/list?guids=<id> is a bare array of full services',
    setup: [createService()],
    request: get('/Service/list?guids={{svc.id}}'),
    expect: { status: 200, fields: { '0.id': '{{svc.id}}', length: 1 } },
    source: ref('§2.2, §9'),
  },
  {
    id: 'read.channel-list-bad-guid',
    title: 'GET /ServiceChannel/list?guids=bad is 400 under guids',
    request: get('/ServiceChannel/list?guids=bad'),
    expect: { status: 400, errorKeysInclude: ['guids'] },
    source: ref('§2.3'),
  },
  {
    id: 'read.list-organization-none',
    title:
      '/Service/list/organization without a parameter is 400 "One of the organization related parameters … has to be set."',
    request: get('/Service/list/organization'),
    expect: {
      status: 400,
      message: "One of the organization related parameters 'organizationId', 'code' or 'oid' has to be set.",
    },
    source: src('src/PTV.Application.OpenApi/Controllers/EntityWithOrganizationBaseController.cs:89'),
  },
  {
    id: 'read.list-organization-two',
    title: '/Service/list/organization with organizationId and code is 400 "Only one of …"',
    request: get('/Service/list/organization?organizationId={{org}}&code=0201256-6'),
    expect: {
      status: 400,
      message:
        "Only one of the organization related parameters 'organizationId', 'code' or 'oid' can be set at a time.",
    },
    source: src('src/PTV.Application.OpenApi/Controllers/EntityWithOrganizationBaseController.cs:97'),
  },
  {
    id: 'read.list-organization-by-code',
    title: "/Service/list/organization?code=<business id> lists the organisation's services",
    setup: [createService()],
    request: get('/Service/list/organization?code=0201256-6'),
    expect: { status: 200, includes: ['{{svc.id}}'] },
    source: ref('§2.2'),
  },
  {
    id: 'read.list-organization-unknown',
    title:
      '/Service/list/organization?organizationId=<unknown> is 404 "Organization with id \'…\' not found."',
    request: get(`/Service/list/organization?organizationId=${UNKNOWN_ID}`),
    expect: { status: 404, message: `Organization with id '${UNKNOWN_ID}' not found.` },
    source: src('src/PTV.Application.OpenApi/Controllers/EntityWithOrganizationBaseController.cs:109'),
  },
  {
    id: 'read.channel-type',
    title: 'GET /ServiceChannel/type/EChannel lists e-service channels',
    request: get('/ServiceChannel/type/EChannel'),
    expect: { status: 200, fields: { pageNumber: 1 } },
    source: ref('§2.3'),
  },
  {
    id: 'read.channel-type-invalid',
    title: 'GET /ServiceChannel/type/Fax is 400',
    request: get('/ServiceChannel/type/Fax'),
    expect: { status: 400, message: 'The field is invalid. Please use one of these:' },
    source: src('src/PTV.Application.OpenApi/Controllers/V10ServiceChannelController.cs:229'),
  },
  {
    id: 'read.business-code-format',
    title: 'GET /Organization/businesscode/123 is 400',
    request: get('/Organization/businesscode/123'),
    expect: {
      status: 400,
      errorKeys: ['code'],
      message: "The field code must match the regular expression '^[0-9]{7}-[0-9]{1}$'.",
    },
    source:
      src('src/PTV.Application.OpenApi/Controllers/V11OrganizationController.cs:271') +
      ' [ValidateRegEx], ' +
      src('src/PTV.Framework/Attributes/ValidationBaseAttribute.cs:96-98'),
  },
  {
    id: 'read.business-code',
    title: 'GET /Organization/businesscode/<code> is an array holding the organisation',
    request: get('/Organization/businesscode/0201256-6'),
    expect: { status: 200, includes: ['{{org}}'] },
    source: ref('§2.1'),
  },
  {
    id: 'read.oid-format',
    title: 'GET /Organization/oid/{bad_oid} is 400',
    request: get('/Organization/oid/bad_oid'),
    expect: {
      status: 400,
      errorKeys: ['oid'],
      message: "The field oid must match the regular expression '^[A-Za-z0-9.-]*$'.",
    },
    source:
      src('src/PTV.Application.OpenApi/Controllers/V11OrganizationController.cs:301') +
      ' [ValidateRegEx(oid)], ' +
      src('ValidationBaseAttribute.cs:96-98'),
  },
  {
    id: 'read.archived-list-missing-type',
    title: '/Service/archived/list without archivingType is 400',
    request: get('/Service/archived/list?organizationId={{org}}&take=10'),
    expect: { status: 400 },
    source: ref('§2.2 (archivingType required)'),
  },
  {
    id: 'read.archived-list-take-101',
    title: '/Service/archived/list with take=101 is 400',
    request: get('/Service/archived/list?archivingType=Manual&organizationId={{org}}&take=101'),
    expect: { status: 400 },
    source: ref('§2.2 (take 0..100)'),
  },
  {
    id: 'read.entities-by-organization',
    title: 'GET /Common/EntitiesByOrganization/{org} lists published services with type Service',
    setup: [createService()],
    request: get('/Common/EntitiesByOrganization/{{org}}'),
    expect: { status: 200, includes: ['{{svc.id}}'], fields: { 'itemList[id={{svc.id}}].type': 'Service' } },
    source: ref('§2.6') + ' V11CommonController.cs',
  },
  {
    id: 'read.active-guid-page',
    title: 'GET /Service/active with a token lists Draft services',
    setup: [createService('svc', { publishingStatus: 'Draft' })],
    request: { method: 'GET', path: '/Service/active' },
    expect: { status: 200, includes: ['{{svc.id}}'] },
    source: ref('§2.2 (guid page of Draft/Published/Modified)'),
  },
  {
    id: 'read.old-version',
    title: 'GET /api/v7/Service is 404 "This version is not supported! …"',
    request: get('/api/v7/Service'),
    expect: { status: 404, message: 'This version is not supported!' },
    source: src('src/PTV.Application.OpenApi/Controllers/OldVersionsController.cs:60'),
  },
  {
    id: 'read.codelist-municipalities',
    title: 'GET /CodeList/GetMunicipalityCodes (anonymous) holds 091',
    request: get('/CodeList/GetMunicipalityCodes'),
    expect: { status: 200, includes: ['091'] },
    source: ref('§2.6') + ' V7CodeListController.cs',
  },
  {
    id: 'read.codelist-languages',
    title: 'GET /CodeList/GetLanguageCodes holds fi',
    request: get('/CodeList/GetLanguageCodes'),
    expect: { status: 200, includes: ['fi'] },
    source: ref('§2.6'),
  },
  {
    id: 'read.codelist-countries',
    title: 'GET /CodeList/GetCountryCodes holds FI',
    request: get('/CodeList/GetCountryCodes'),
    expect: { status: 200, includes: ['FI'] },
    source: ref('§2.6'),
  },
  {
    id: 'read.codelist-postal',
    title: 'GET /CodeList/GetPostalCodes is a page holding 00100',
    request: get('/CodeList/GetPostalCodes?page=1'),
    expect: { status: 200, includes: ['00100'] },
    source: ref('§2.6'),
  },
  {
    id: 'read.codelist-areas',
    title: 'GET /CodeList/GetAreaCodes/type/Province is 200',
    request: get('/CodeList/GetAreaCodes/type/Province'),
    expect: { status: 200 },
    source: ref('§2.6 (internal area type names in URLs)'),
  },
  {
    id: 'read.gd-list',
    title: 'GET /GeneralDescription is a guid page',
    request: get('/GeneralDescription'),
    expect: { status: 200, fields: { pageNumber: 1 } },
    source: ref('§2.6'),
  },
  {
    id: 'read.gd-unknown',
    title: 'GET /GeneralDescription/{unknown} is 404',
    request: get(`/GeneralDescription/${UNKNOWN_ID}`),
    expect: { status: 404 },
    source: ref('§2.6') + ' V11GeneralDescriptionController.cs',
  },
  // Routes fidroutes serves (issue #13 "Missing read routes").
  {
    id: 'read.service-class',
    title: 'GET /Service/serviceClass?uri=<class> is a guid page holding a service with that class',
    setup: [createService()],
    request: get(`/Service/serviceClass?uri=${encodeURIComponent(SERVICE_CLASS)}`),
    expect: { status: 200, includes: ['{{svc.id}}'] },
    source: ref('§2.2') + ' V11ServiceController.cs',
  },
  {
    id: 'read.target-group',
    title: 'GET /Service/targetGroup?uri=<KR1> holds a service with that target group',
    setup: [createService()],
    request: get(`/Service/targetGroup?uri=${encodeURIComponent(TARGET_GROUP)}`),
    expect: { status: 200, includes: ['{{svc.id}}'] },
    source: ref('§2.2'),
  },
  {
    id: 'read.industrial-class',
    title: 'GET /Service/industrialClass?uri=<class> is 200',
    request: get(
      `/Service/industrialClass?uri=${encodeURIComponent('http://www.stat.fi/meta/luokitukset/toimiala/001-2008/94910')}`,
    ),
    expect: { status: 200 },
    source: ref('§2.2'),
  },
  {
    id: 'read.service-with-gd',
    title: 'GET /Service/serviceWithGD/{id} serves the service',
    setup: [createService()],
    request: get('/Service/serviceWithGD/{{svc.id}}'),
    expect: { status: 200, fields: { id: '{{svc.id}}' } },
    source: ref('§2.2, §10'),
  },
  {
    id: 'read.organization-hierarchy',
    title: 'GET /Organization/Hierarchy/{id} is 200',
    request: get('/Organization/Hierarchy/{{org}}'),
    expect: { status: 200 },
    source: ref('§2.1'),
  },
  {
    id: 'read.gd-new-list',
    title: 'GET /GeneralDescription/newGdList is 200',
    request: get('/GeneralDescription/newGdList'),
    expect: { status: 200 },
    source: ref('§2.6') + ' V11GeneralDescriptionController.cs',
  },
  {
    id: 'read.organization-area',
    title: 'GET /Organization/area/Municipality/code/091 is 200',
    request: get('/Organization/area/Municipality/code/091'),
    expect: { status: 200 },
    source: ref('§2.1, §2.7'),
  },
  {
    id: 'read.service-area',
    title: 'GET /Service/area/Municipality/code/091 is 200',
    request: get('/Service/area/Municipality/code/091'),
    expect: { status: 200 },
    source: ref('§2.2, §2.7'),
  },
  {
    id: 'read.area-body-name-in-url',
    title: 'the body area name Region is not a URL area (internal names: Province): 400',
    request: get('/Service/area/Region/code/01'),
    expect: { status: 400 },
    source: ref('§2.7, §5.2 (URL {area} uses internal enum names)'),
  },
  {
    id: 'read.area-code-format',
    title: 'GET /Organization/area/Municipality/code/abc is 400',
    request: get('/Organization/area/Municipality/code/abc'),
    expect: { status: 400 },
    source: ref('§2.7 ({code} ^[0-9]{1,6}$)'),
  },
];
