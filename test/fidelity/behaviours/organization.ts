import type { Behaviour } from '../types.js';
import { organization, text } from '../bodies.js';
import { ref, src } from './cite.js';

const createOrg = (save = 'o', extra: Record<string, unknown> = {}) => ({
  method: 'POST' as const,
  path: '/Organization',
  body: organization(extra),
  save,
});

/** Organisation model and OrganizationValidator rules (in-api-v11 §4.1). */
export const organizationBehaviours: Behaviour[] = [
  {
    id: 'org.post.sub-organisation',
    title: 'a sub-organisation of the own organisation is created (200, Published)',
    request: { method: 'POST', path: '/Organization', body: organization() },
    expect: { status: 200, fields: { parentOrganizationId: '{{org}}', publishingStatus: 'Published' } },
    source: ref('§4.1, §7.1'),
  },
  {
    id: 'org.name-101-truncated',
    title: 'an organisation name of 101 characters is cut to 100 and stored',
    request: {
      method: 'POST',
      path: '/Organization',
      body: organization({
        organizationNames: [
          { type: 'Name', language: 'fi', value: `${text(90, 'Aliorg ')}{{u}}`.padEnd(101, 'x') },
        ],
      }),
    },
    expect: { status: 200, fields: { 'organizationNames[0].value.length': 100 } },
    source: src('src/PTV.Domain.Model/Models/OpenApi/VmOpenApiOrganizationBase.cs:93'),
  },
  {
    id: 'org.name-130-truncated-readback',
    title: 'a 130-character organisation name reads back as its first 100 characters',
    setup: [
      {
        method: 'POST',
        path: '/Organization',
        body: organization({
          organizationNames: [
            { type: 'Name', language: 'fi', value: `{{u}} ${text(140, 'Organisaatio ')}`.slice(0, 130) },
          ],
        }),
        save: 'o',
      },
    ],
    request: { method: 'GET', path: '/Organization/{{o.id}}', auth: 'none' },
    expect: { status: 200, fields: { 'organizationNames[0].value.length': 100 } },
    source: src('src/PTV.Domain.Model/Models/OpenApi/VmOpenApiOrganizationBase.cs:93'),
  },
  {
    id: 'org.summary-151',
    title: 'an organisation Summary of 151 characters is refused under OrganizationDescriptions',
    request: {
      method: 'POST',
      path: '/Organization',
      body: organization({
        organizationDescriptions: [
          { type: 'Summary', language: 'fi', value: text(151) },
          { type: 'Description', language: 'fi', value: 'Pidempi kuvaus organisaatiosta.' },
        ],
      }),
    },
    expect: { status: 400, errorKeys: ['OrganizationDescriptions'], message: "for 'Summary' must be '150'." },
    source: ref('§4.1') + ', ' + src('ListPropertyMaxLengthAttribute.cs:108'),
  },
  {
    id: 'org.missing-display-name-type',
    title: 'POST without displayNameType is refused under DisplayNameType',
    request: { method: 'POST', path: '/Organization', body: organization({ displayNameType: undefined }) },
    expect: { status: 400, errorKeysInclude: ['DisplayNameType'] },
    source: ref('§4.1 (displayNameType REQ)'),
  },
  {
    id: 'org.display-alternative-missing',
    title: 'displayNameType AlternativeName without an alternative name is refused',
    request: {
      method: 'POST',
      path: '/Organization',
      body: organization({ displayNameType: [{ type: 'AlternativeName', language: 'fi' }] }),
    },
    expect: { status: 400, message: 'All language/type pairs defined in DisplayNameType must be specified.' },
    source: src('src/PTV.Framework/CoreMessages.cs:100'),
  },
  {
    id: 'org.municipality-for-non-municipality',
    title: 'municipality on an organisation of type Organization is refused under Municipality',
    request: { method: 'POST', path: '/Organization', body: organization({ municipality: '091' }) },
    expect: {
      status: 400,
      errorKeys: ['Municipality'],
      message: 'No Municipality accepted when OrganizationType has value Organization.',
    },
    source: src('src/PTV.Application.OpenApi/DataValidators/OrganizationValidator.cs:118'),
  },
  {
    id: 'org.municipality-type-without-code',
    title: 'organizationType Municipality without municipality is refused',
    request: {
      method: 'POST',
      path: '/Organization',
      body: organization({ organizationType: 'Municipality', areaType: undefined }),
    },
    expect: { status: 400, errorKeysInclude: ['Municipality'] },
    source: ref('§4.1 (municipality REQ if organizationType=Municipality)'),
  },
  {
    id: 'org.business-code-format',
    title: 'a business code without the check-digit part is refused under BusinessCode',
    request: { method: 'POST', path: '/Organization', body: organization({ businessCode: '1234567' }) },
    expect: { status: 400, errorKeys: ['BusinessCode'] },
    source: ref('§4.1 (regex ^[0-9]{7}-[0-9]{1}$)'),
  },
  {
    id: 'org.oid-format',
    title: 'an oid that is not seven dotted numbers is refused under Oid',
    request: { method: 'POST', path: '/Organization', body: organization({ oid: 'not-an-oid' }) },
    expect: { status: 400, errorKeys: ['Oid'] },
    source: ref('§4.1 (regex ^\\d+\\.\\d+\\.\\d+\\.\\d+\\.\\d+\\.\\d+\\.\\d+$)'),
  },
  {
    id: 'org.duplicate-oid',
    title: 'a second organisation with the same oid is refused',
    setup: [createOrg('o', { oid: '1.2.246.10.{{uNum}}.10.1' })],
    request: {
      method: 'POST',
      path: '/Organization',
      body: organization({
        oid: '1.2.246.10.{{uNum}}.10.1',
        organizationNames: [{ type: 'Name', language: 'fi', value: 'Toinen aliorganisaatio {{u}}' }],
      }),
    },
    expect: { status: 400, message: "Organization with same Oid '1.2.246.10.{{uNum}}.10.1' already exists!" },
    source: src('src/PTV.Framework/CoreMessages.cs:82'),
  },
  {
    id: 'org.unknown-parent',
    title: 'an unknown parentOrganizationId is refused under ParentOrganizationId',
    request: {
      method: 'POST',
      path: '/Organization',
      body: organization({ parentOrganizationId: '0f0e0d0c-0b0a-4909-8807-060504030201' }),
    },
    expect: {
      status: 400,
      errorKeysInclude: ['ParentOrganizationId'],
      message: 'Record not found or user does not have rights for it!',
    },
    source: ref('§4.1') + ', ' + src('src/PTV.Framework/CoreMessages.cs:50'),
  },
  {
    id: 'org.regional-needs-limited',
    title: 'a RegionalOrganization must have areaType LimitedType',
    request: {
      method: 'POST',
      path: '/Organization',
      body: organization({ organizationType: 'RegionalOrganization' }),
    },
    expect: { status: 400 },
    source:
      ref('§4.1 (Type RegionalOrganization: areaType must be LimitedType)') + ' OrganizationValidator.cs',
  },
  {
    id: 'org.limited-with-municipality-areas',
    title: 'an organisation limited to a municipality area is accepted',
    request: {
      method: 'POST',
      path: '/Organization',
      body: organization({ areaType: 'LimitedType', subAreaType: 'Municipality', areas: ['091'] }),
    },
    expect: { status: 200, fields: { areaType: 'LimitedType' } },
    source: ref('§4.1'),
  },
  {
    id: 'org.unknown-municipality-area',
    title: 'an unknown municipality code in areas is refused ("The code \'999\' was not found!")',
    request: {
      method: 'POST',
      path: '/Organization',
      body: organization({ areaType: 'LimitedType', subAreaType: 'Municipality', areas: ['999'] }),
    },
    expect: { status: 400, message: "The code '999' was not found!" },
    source: ref('§4.1 (key Areas[n])'),
  },
  {
    id: 'org.email-too-long',
    title: 'an organisation e-mail over 100 characters is refused',
    request: {
      method: 'POST',
      path: '/Organization',
      body: organization({ emails: [{ language: 'fi', value: `${'a'.repeat(95)}@example.fi` }] }),
    },
    expect: { status: 400 },
    source: ref('§4.9.2 (V4VmOpenApiEmail value max 100)'),
  },
  {
    id: 'org.visiting-po-box',
    title: 'a Visiting address of subType PostOfficeBox is refused',
    request: {
      method: 'POST',
      path: '/Organization',
      body: organization({
        addresses: [
          {
            type: 'Visiting',
            subType: 'PostOfficeBox',
            postOfficeBoxAddress: { postOfficeBox: [{ language: 'fi', value: 'PL 1' }], postalCode: '00100' },
          },
        ],
      }),
    },
    expect: { status: 400, message: "'SubType' cannot have value 'PostOfficeBox' when 'Type' = 'Visiting'." },
    source: ref('§4.9.3'),
  },
  {
    id: 'org.put-draft-after-published',
    title: 'a published organisation cannot go back to Draft',
    setup: [createOrg()],
    request: { method: 'PUT', path: '/Organization/{{o.id}}', body: { publishingStatus: 'Draft' } },
    expect: {
      status: 400,
      errorKeys: ['PublishingStatus'],
      message: 'You cannot set Publishing status as Draft when current one is Published.',
    },
    source: ref('§6.2') + ' PublishingStatusValidator.cs',
  },
  {
    id: 'org.put-by-unknown-source-id',
    title: 'PUT /Organization/sourceId/{unknown} is 404 "Organization with source id \'…\' not found."',
    request: {
      method: 'PUT',
      path: '/Organization/sourceId/nosuch-{{u}}',
      body: { publishingStatus: 'Published' },
    },
    expect: { status: 404, message: "Organization with source id 'nosuch-{{u}}' not found." },
    source: src('src/PTV.Application.OpenApi/EntityManagers/SaveOrganizationManager.cs:83'),
  },
  {
    id: 'org.archive-with-services',
    title: 'archiving an organisation that still has services is a 500',
    setup: [
      createOrg(),
      {
        method: 'POST',
        path: '/Service',
        body: {
          type: 'Service',
          fundingType: 'PubliclyFunded',
          serviceNames: [{ type: 'Name', language: 'fi', value: 'Aliorgin palvelu {{u}}' }],
          areaType: 'Nationwide',
          serviceDescriptions: [
            { type: 'Summary', language: 'fi', value: 'Lyhyt kuvaus palvelusta' },
            { type: 'Description', language: 'fi', value: 'Pidempi kuvaus palvelusta.' },
            { type: 'UserInstruction', language: 'fi', value: 'Ohjeet asiakkaalle palvelun käyttöön.' },
          ],
          languages: ['fi'],
          serviceProducers: [{ provisionType: 'SelfProducedServices', organizations: ['{{o.id}}'] }],
          mainResponsibleOrganization: '{{o.id}}',
          publishingStatus: 'Draft',
        },
      },
    ],
    request: { method: 'PUT', path: '/Organization/{{o.id}}', body: { publishingStatus: 'Deleted' } },
    expect: { status: 500 },
    source: src('src/PTV.Database.DataAccess/Services/OrganizationService.cs:1467'),
  },
  {
    id: 'org.area-type-change-clears-areas',
    title: 'PUT areaType Nationwide on a LimitedType organisation drops its municipality areas',
    setup: [createOrg('o', { areaType: 'LimitedType', subAreaType: 'Municipality', areas: ['091'] })],
    request: {
      method: 'PUT',
      path: '/Organization/{{o.id}}',
      body: { organizationType: 'Organization', areaType: 'Nationwide', publishingStatus: 'Published' },
    },
    expect: {
      status: 200,
      fields: { areaType: 'Nationwide' },
      readBack: {
        path: '/Organization/{{o.id}}',
        auth: 'none',
        fields: { areaType: 'Nationwide' },
        excludes: ['Helsinki', 'Helsingfors'],
      },
    },
    source:
      ref('§4.1 (organizationType required with areaType)') +
      '; ' +
      src(
        'src/PTV.Database.DataAccess/Translators/OpenApi/Organizations/OpenApiOrganizationInTranslator.cs:140-144',
      ),
  },
  {
    id: 'org.valid-from-published',
    title: 'an organisation with validFrom and Published is refused under PublishingStatus',
    request: { method: 'POST', path: '/Organization', body: organization({ validFrom: '{{nextWeek}}' }) },
    expect: {
      status: 400,
      errorKeys: ['PublishingStatus'],
      message: 'You cannot set Publishing status as Published when ValidFrom is set',
    },
    source:
      ref('§6.4 (organisations, services and all channel types)') +
      ', ' +
      src('TimedPublishingBaseValidator.cs:62'),
  },
  {
    id: 'org.post-status-deleted',
    title: 'POST /Organization with publishingStatus Deleted is refused under PublishingStatus',
    request: { method: 'POST', path: '/Organization', body: organization({ publishingStatus: 'Deleted' }) },
    expect: {
      status: 400,
      errorKeys: ['PublishingStatus'],
      message:
        "'Deleted' is not allowed value of 'PublishingStatus'! Please use one of these: 'Draft, Published'.",
    },
    source: ref('§4.1 (POST: one of Draft / Published)') + ', ' + src('src/PTV.Framework/CoreMessages.cs:87'),
  },
  {
    id: 'org.put-source-id',
    title: 'PUT /Organization/sourceId/{sid} by the API user that created it is 200',
    setup: [createOrg('o', { sourceId: 'fid-{{u}}' })],
    request: {
      method: 'PUT',
      path: '/Organization/sourceId/fid-{{u}}',
      body: { publishingStatus: 'Published', businessCode: '0201256-6' },
    },
    expect: { status: 200, fields: { id: '{{o.id}}', businessCode: '0201256-6' } },
    source: ref('§2.1, §8'),
  },
  {
    id: 'org.get-unknown',
    title: 'GET /Organization/{unknown} is 404 "Organization with id \'…\' not found."',
    request: { method: 'GET', path: '/Organization/0f0e0d0c-0b0a-4909-8807-060504030201', auth: 'none' },
    expect: {
      status: 404,
      message: "Organization with id '0f0e0d0c-0b0a-4909-8807-060504030201' not found.",
    },
    source: src('src/PTV.Application.OpenApi/Controllers/OrganizationBaseController.cs:101'),
  },
  {
    id: 'org.draft-not-readable',
    title: 'a Draft sub-organisation cannot be read back (published only; no /active route)',
    setup: [createOrg('o', { publishingStatus: 'Draft' })],
    request: { method: 'GET', path: '/Organization/{{o.id}}', auth: 'none' },
    expect: { status: 404 },
    source: ref('§2.1 (GET /Organization/{id} published only; no /Organization/active/{id})'),
  },
];
