import type { Behaviour } from '../types.js';
import { createService, service, SERVICE_CLASS, servicePut, text, UNKNOWN_ID } from '../bodies.js';
import { ref, src } from './cite.js';

const descs = (summary: string, description = 'Pidempi kuvaus, jossa kerrotaan asiasta tarkemmin.') => [
  { type: 'Summary', language: 'fi', value: summary },
  { type: 'Description', language: 'fi', value: description },
  { type: 'UserInstruction', language: 'fi', value: 'Ohjeet asiakkaalle palvelun käyttöön.' },
];

/** Service model and validator rules (in-api-v11 §4.2), with PTV's ModelState keys. */
export const serviceBehaviours: Behaviour[] = [
  {
    id: 'service.post.valid',
    title: 'a minimal valid service is created: 200 with the written version (Published)',
    request: { method: 'POST', path: '/Service', body: service() },
    expect: {
      status: 200,
      fields: { publishingStatus: 'Published', type: 'Service', fundingType: 'PubliclyFunded' },
    },
    source: ref('§4.2, §7.1'),
  },
  {
    id: 'service.post.missing-publishing-status',
    title: 'no publishingStatus: 400 PublishingStatus "The PublishingStatus field is required."',
    request: { method: 'POST', path: '/Service', body: service({ publishingStatus: undefined }) },
    expect: {
      status: 400,
      errorKeys: ['PublishingStatus'],
      message: 'The PublishingStatus field is required.',
    },
    source: src('src/PTV.Domain.Model/Models/OpenApi/V9/V9VmOpenApiServiceIn.cs:87') + ' [Required]',
  },
  {
    id: 'service.post.status-deleted',
    title: 'POST with publishingStatus Deleted is refused by the allowed-values attribute',
    request: { method: 'POST', path: '/Service', body: service({ publishingStatus: 'Deleted' }) },
    expect: {
      status: 400,
      errorKeys: ['PublishingStatus'],
      message:
        "'Deleted' is not allowed value of 'PublishingStatus'! Please use one of these: 'Draft, Published'.",
    },
    source:
      src('src/PTV.Domain.Model/Models/OpenApi/V9/V9VmOpenApiServiceIn.cs:88') +
      ', ' +
      src('src/PTV.Framework/CoreMessages.cs:87'),
  },
  {
    id: 'service.summary-151',
    title: 'a 151-character Summary is refused under the list key ServiceDescriptions',
    request: { method: 'POST', path: '/Service', body: service({ serviceDescriptions: descs(text(151)) }) },
    expect: {
      status: 400,
      errorKeys: ['ServiceDescriptions'],
      message: "Maximum length of property 'Value' for 'Summary' must be '150'.",
    },
    source: src('src/PTV.Framework/Attributes/ValidationAttributes/ListPropertyMaxLengthAttribute.cs:108'),
  },
  {
    id: 'service.summary-150',
    title: 'a 150-character Summary is accepted',
    request: { method: 'POST', path: '/Service', body: service({ serviceDescriptions: descs(text(150)) }) },
    expect: { status: 200 },
    source: ref('§4.2 (Summary max 150)'),
  },
  {
    id: 'service.description-2501.ptv34',
    title: 'PTV 3.4: a 2,501-character Description is refused under ServiceDescriptions',
    profile: 'ptv34',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({ serviceDescriptions: descs('Lyhyt kuvaus {{u}}', text(2501)) }),
    },
    expect: { status: 400, errorKeys: ['ServiceDescriptions'], message: "for 'Description' must be '2500'." },
    source: ref('§4.2 (Description max 2500)') + ', ' + src('ListPropertyMaxLengthAttribute.cs:108'),
  },
  {
    id: 'service.description-2501.live',
    title: 'live 2026: a 2,501-character Description is accepted (limit 5,000)',
    profile: 'live2026',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({ serviceDescriptions: descs('Lyhyt kuvaus {{u}}', text(2501)) }),
    },
    expect: { status: 200 },
    source: ref('§11.4 [LIVE LIPAS commit 455c78bb, 2026]'),
  },
  {
    id: 'service.description-5001.live',
    title: 'live 2026: a 5,001-character Description is refused',
    profile: 'live2026',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({ serviceDescriptions: descs('Lyhyt kuvaus {{u}}', text(5001)) }),
    },
    expect: { status: 400, errorKeys: ['ServiceDescriptions'], message: "for 'Description' must be '5000'." },
    source: ref('§11.4 [LIVE LIPAS commit 455c78bb, 2026]'),
  },
  {
    id: 'service.name-101',
    title: 'a 101-character service name is refused under ServiceNames (only organisation names are cut)',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({ serviceNames: [{ type: 'Name', language: 'fi', value: text(101, 'Palvelu ') }] }),
    },
    expect: { status: 400, errorKeys: ['ServiceNames'], message: "Maximum length of property 'Value'" },
    source:
      ref('§4.2 (serviceNames item.value max 100)') +
      '; the truncating setter exists only in ' +
      src('VmOpenApiOrganizationBase.cs:79'),
  },
  {
    id: 'service.summary-4-chars',
    title:
      'a Summary of four characters is refused ("At least five characters are required for this field.")',
    request: { method: 'POST', path: '/Service', body: service({ serviceDescriptions: descs('Abcd') }) },
    expect: {
      status: 400,
      errorKeys: ['ServiceDescriptions'],
      message: 'At least five characters are required for this field.',
    },
    source: src('src/PTV.Framework/CoreMessages.cs:92') + ' ListValueNotEmpty',
  },
  {
    id: 'service.bad-source-id',
    title: 'a sourceId with an underscore is refused under SourceId',
    request: { method: 'POST', path: '/Service', body: service({ sourceId: 'bad_id' }) },
    expect: { status: 400, errorKeys: ['SourceId'], message: '^[A-Za-z0-9-.]*$' },
    source: ref('§4.2, §8 (regex ^[A-Za-z0-9-.]*$)'),
  },
  {
    id: 'service.name-equals-summary.published',
    title: 'Published with Name equal to Summary is refused',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({
        serviceNames: [{ type: 'Name', language: 'fi', value: 'Sama teksti {{u}}' }],
        serviceDescriptions: descs('Sama teksti {{u}}'),
      }),
    },
    expect: {
      status: 400,
      message:
        "Name and summary are not allowed to be the same. Please update either of them for language code 'fi'.",
    },
    source: src('src/PTV.Framework/CoreMessages.cs:110'),
  },
  {
    id: 'service.name-equals-summary.draft',
    title: 'Draft with Name equal to Summary is accepted (the rule is for Published only)',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({
        publishingStatus: 'Draft',
        serviceNames: [{ type: 'Name', language: 'fi', value: 'Sama teksti {{u}}' }],
        serviceDescriptions: descs('Sama teksti {{u}}'),
      }),
    },
    expect: { status: 200, fields: { publishingStatus: 'Draft' } },
    source: ref('§4.2 ("With Published (v9+)")'),
  },
  {
    id: 'service.duplicate-name',
    title: 'a second service with the same name in the organisation is refused under ServiceNames',
    setup: [createService()],
    request: { method: 'POST', path: '/Service', body: service() },
    expect: {
      status: 400,
      errorKeysInclude: ['ServiceNames'],
      message:
        "Value 'Palvelu {{u}}' of language code 'fi' already exists within organization. The name must be unique.",
    },
    source: src('src/PTV.Framework/CoreMessages.cs:112'),
  },
  {
    id: 'service.five-service-classes',
    title: 'five service classes: "Only 4 items allowed!" under ServiceClasses',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({
        serviceClasses: ['P1.1', 'P1.2', 'P2.1', 'P3.1', 'P4.1'].map(
          (c) => `http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/${c}`,
        ),
      }),
    },
    expect: { status: 400, errorKeysInclude: ['ServiceClasses'], message: 'Only 4 items allowed!' },
    source: src('src/PTV.Application.OpenApi/DataValidators/ServiceClassListValidator.cs:83'),
  },
  {
    id: 'service.unknown-service-class',
    title: 'an unknown service-class URI: "Some of the uris were not found" under ServiceClasses',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({ serviceClasses: ['http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P99.99'] }),
    },
    expect: { status: 400, errorKeys: ['ServiceClasses'], message: 'Some of the uris were not found' },
    source: ref('§4.2, §5.1') + '; ServiceClassListValidator.cs',
  },
  {
    id: 'service.old-serclass-uri-rewritten',
    title: 'an old ptvserclass URI is rewritten to ptvserclass2 and accepted',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({ serviceClasses: [SERVICE_CLASS.replace('ptvserclass2', 'ptvserclass')] }),
    },
    expect: { status: 200, fields: { 'serviceClasses[0].uri': SERVICE_CLASS } },
    source: src('src/PTV.Application.OpenApi/DataValidators/ServiceClassListValidator.cs:101'),
  },
  {
    id: 'service.eleven-ontology-terms',
    title: 'eleven ontology terms: "Only 10 items allowed!" under OntologyTerms',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({
        ontologyTerms: Array.from({ length: 11 }, (_, i) => `http://www.yso.fi/onto/koko/p${1000 + i}`),
      }),
    },
    expect: { status: 400, errorKeysInclude: ['OntologyTerms'], message: 'Only 10 items allowed!' },
    source: src('src/PTV.Application.OpenApi/DataValidators/OntologyTermListValidator.cs:76'),
  },
  {
    id: 'service.areas-with-nationwide',
    title:
      'areas with areaType Nationwide: "No Areas accepted when AreaType has value Nationwide." under Areas',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({ areas: [{ type: 'Municipality', areaCodes: ['091'] }] }),
    },
    expect: {
      status: 400,
      errorKeys: ['Areas'],
      message: 'No Areas accepted when AreaType has value Nationwide.',
    },
    source: src('src/PTV.Application.OpenApi/DataValidators/AreaAndTypeValidator.cs:97'),
  },
  {
    id: 'service.limited-without-areas',
    title: 'areaType LimitedType without areas is refused',
    request: { method: 'POST', path: '/Service', body: service({ areaType: 'LimitedType' }) },
    expect: { status: 400, errorKeysInclude: ['Areas'] },
    source: ref('§4.2 (areas REQ if areaType=LimitedType)'),
  },
  {
    id: 'service.limited-municipality',
    title: 'areaType LimitedType with a municipality area is accepted',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({ areaType: 'LimitedType', areas: [{ type: 'Municipality', areaCodes: ['091'] }] }),
    },
    expect: { status: 200, fields: { areaType: 'LimitedType' } },
    source: ref('§4.2, §4.9.2'),
  },
  {
    id: 'service.wellbeing-county.live',
    title: 'live 2026: a WellbeingServiceCounties area type is accepted',
    profile: 'live2026',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({
        areaType: 'LimitedType',
        areas: [{ type: 'WellbeingServiceCounties', areaCodes: ['16'] }],
      }),
    },
    expect: { status: 200 },
    source: ref('§4.9.2, §11.4 [3P LIPAS ptv.cljc quoting the live swagger]'),
  },
  {
    id: 'service.wellbeing-county.ptv34',
    title: 'PTV 3.4: a WellbeingServiceCounties area type is refused',
    profile: 'ptv34',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({
        areaType: 'LimitedType',
        areas: [{ type: 'WellbeingServiceCounties', areaCodes: ['16'] }],
      }),
    },
    expect: { status: 400 },
    source: ref('§4.9.2 (3.4 values Municipality, Region, BusinessSubRegion, HospitalDistrict)'),
  },
  {
    id: 'service.unknown-data-language',
    title: 'a localized item in language "xx" is refused with the data-language message',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({
        serviceNames: [
          { type: 'Name', language: 'fi', value: 'Palvelu {{u}}' },
          { type: 'AlternativeName', language: 'xx', value: 'Toinen nimi' },
        ],
      }),
    },
    expect: { status: 400, message: 'The field is invalid. Please use one of these:' },
    source: ref('§3.3 (ValidLanguage)'),
  },
  {
    id: 'service.unknown-offered-language',
    title: 'languages ["xx"]: "Some of the codes were not found" under Languages',
    request: { method: 'POST', path: '/Service', body: service({ languages: ['xx'] }) },
    expect: { status: 400, errorKeys: ['Languages'], message: "Some of the codes were not found: 'xx'" },
    source: src('src/PTV.Application.OpenApi/DataValidators/LanguageListValidator.cs:59'),
  },
  {
    id: 'service.duplicate-summary',
    title: 'two fi Summaries are refused (unique per type and language)',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({
        serviceDescriptions: [
          ...descs('Lyhyt kuvaus {{u}}'),
          { type: 'Summary', language: 'fi', value: 'Toinen lyhyt kuvaus' },
        ],
      }),
    },
    expect: { status: 400, errorKeys: ['ServiceDescriptions'], message: 'duplicates' },
    source: src('src/PTV.Framework/CoreMessages.cs:83') + ' LocalizedListPropertyDuplicityForbidden',
  },
  {
    id: 'service.missing-sv-summary',
    title: 'a Swedish name without a Swedish Summary: per-language message under ServiceDescriptions',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({
        serviceNames: [
          { type: 'Name', language: 'fi', value: 'Palvelu {{u}}' },
          { type: 'Name', language: 'sv', value: 'Tjänst {{u}}' },
        ],
      }),
    },
    expect: {
      status: 400,
      message: "Required value with type 'Summary' was not found with language code 'sv'!",
    },
    source: src('src/PTV.Framework/CoreMessages.cs:65') + '; ' + ref('§3.4 rule 1'),
  },
  {
    id: 'service.self-produced-without-organizations',
    title: 'SelfProducedServices without organizations is refused',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({ serviceProducers: [{ provisionType: 'SelfProducedServices' }] }),
    },
    expect: { status: 400 },
    source: ref('§4.9.5 (organizations REQ if provisionType=SelfProducedServices)'),
  },
  {
    id: 'service.other-responsible-is-main',
    title: 'the main organisation listed as other responsible is refused',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({ otherResponsibleOrganizations: ['{{org}}'] }),
    },
    expect: {
      status: 400,
      message: 'Other responsible organization cannot be the same as main responsible organization.',
    },
    source: src('src/PTV.Framework/CoreMessages.cs:114'),
  },
  {
    id: 'service.other-responsible-unknown',
    title: 'an unknown other responsible organisation is refused (record lookup)',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({ otherResponsibleOrganizations: [UNKNOWN_ID] }),
    },
    expect: { status: 400, message: 'Record not found or user does not have rights for it!' },
    source: ref('§5.1') + ', ' + src('src/PTV.Framework/CoreMessages.cs:50'),
  },
  {
    id: 'service.bad-main-organisation-guid',
    title: 'mainResponsibleOrganization that is not a GUID is refused under MainResponsibleOrganization',
    request: { method: 'POST', path: '/Service', body: service({ mainResponsibleOrganization: 'abc' }) },
    expect: { status: 400, errorKeysInclude: ['MainResponsibleOrganization'] },
    source: ref('§4.2 (GUID)'),
  },
  {
    id: 'service.unknown-gd',
    title: 'an unknown generalDescriptionId is refused under GeneralDescriptionId',
    request: { method: 'POST', path: '/Service', body: service({ generalDescriptionId: UNKNOWN_ID }) },
    expect: {
      status: 400,
      errorKeys: ['GeneralDescriptionId'],
      message: 'Record not found or user does not have rights for it!',
    },
    source: ref('§4.2') + ', ' + src('src/PTV.Framework/CoreMessages.cs:50'),
  },
  {
    id: 'service.put-without-classes-published',
    title: 'a Published PUT without a GD must carry serviceClasses/ontologyTerms/targetGroups',
    setup: [createService()],
    request: { method: 'PUT', path: '/Service/{{svc.id}}', body: { publishingStatus: 'Published' } },
    expect: { status: 400, errorKeysInclude: ['ServiceClasses', 'OntologyTerms', 'TargetGroups'] },
    source: ref('§3.5, §4.2 (REQ if no generalDescriptionId and status Published/absent)'),
  },
  {
    id: 'service.put-partial-keeps-fields',
    title: 'a PUT that leaves serviceNames out keeps the stored names',
    setup: [createService()],
    request: {
      method: 'PUT',
      path: '/Service/{{svc.id}}',
      body: servicePut({ fundingType: 'MarketFunded' }),
    },
    expect: {
      status: 200,
      fields: { fundingType: 'MarketFunded', 'serviceNames[type=Name,language=fi].value': 'Palvelu {{u}}' },
    },
    source: ref('§3.5 [3P ptv-mcp docs/ptv-v11-notes.md]'),
  },
  {
    id: 'service.put-empty-list-ignored',
    title: 'an empty keywords list without deleteAllKeywords is ignored on PUT',
    setup: [createService('svc', { keywords: [{ language: 'fi', value: 'avainsana' }] })],
    request: { method: 'PUT', path: '/Service/{{svc.id}}', body: servicePut({ keywords: [] }) },
    expect: { status: 200, fields: { 'keywords.length': 1 } },
    source: ref('§3.5') + ' [SRC VmOpenApiServiceInVersionBase.cs; LIVE ptv-mcp, 2026-09-24]',
  },
  {
    id: 'service.put-delete-all-keywords',
    title: 'deleteAllKeywords: true clears the keywords',
    setup: [createService('svc', { keywords: [{ language: 'fi', value: 'avainsana' }] })],
    request: {
      method: 'PUT',
      path: '/Service/{{svc.id}}',
      body: servicePut({ keywords: [], deleteAllKeywords: true }),
    },
    expect: { status: 200, excludes: ['avainsana'] },
    source:
      ref('§3.5 (deleteAll* flags)') +
      ', ' +
      src('src/PTV.Domain.Model/Models/OpenApi/VmOpenApiServiceInVersionBase.cs:151'),
  },
  {
    id: 'service.target-group-parent-added',
    title: 'a sub target group brings its parent: KR1.1 is stored with KR1',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({ targetGroups: ['http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1.1'] }),
    },
    expect: { status: 200, fields: { 'targetGroups.length': 2 } },
    source:
      src('src/PTV.Database.DataAccess/Services/ServiceService.cs:1660') +
      ' CheckTargetGroups (adds ParentUri)',
  },
  {
    id: 'service.kr2-needs-sub-group',
    title: 'KR2 without one of its sub-groups is refused',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({ targetGroups: ['http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR2'] }),
    },
    expect: {
      status: 400,
      message:
        'Target group Businesses and non-government organizations one of the sub target groups is required.',
    },
    source: src('src/PTV.Framework/CoreMessages.cs:104'),
  },
  {
    id: 'service.put-unknown-id',
    title: 'PUT /Service/{unknown} is 404 "Service with id \'…\' not found."',
    request: { method: 'PUT', path: `/Service/${UNKNOWN_ID}`, body: servicePut() },
    expect: {
      status: 404,
      errorKeys: ['errorMessage'],
      message: `Service with id '${UNKNOWN_ID}' not found.`,
    },
    source: ref('§3.5, §7.2') + ' SaveEntityManagerBase.cs',
  },
  {
    id: 'service.put-by-unknown-source-id',
    title: 'PUT /Service/sourceId/{unknown} is 404 "Service with source id \'…\' not found."',
    request: { method: 'PUT', path: '/Service/sourceId/nosuch-{{u}}', body: servicePut() },
    expect: { status: 404, message: "Service with source id 'nosuch-{{u}}' not found." },
    source: ref('§7.3, §8'),
  },
  {
    id: 'service.put-by-source-id',
    title: 'PUT by the sourceId the same API user created is 200',
    setup: [createService('svc', { sourceId: 'fid-{{u}}' })],
    request: {
      method: 'PUT',
      path: '/Service/sourceId/fid-{{u}}',
      body: servicePut({ fundingType: 'MarketFunded' }),
    },
    expect: { status: 200, fields: { id: '{{svc.id}}', fundingType: 'MarketFunded' } },
    source: ref('§8'),
  },
  {
    id: 'service.duplicate-source-id.live',
    title:
      'live 2026: POST with a sourceId already used is 400 "Cannot create new content with sourceId that already exists"',
    profile: 'live2026',
    setup: [createService('svc', { sourceId: 'fid-{{u}}' })],
    request: {
      method: 'POST',
      path: '/Service',
      body: service({
        sourceId: 'fid-{{u}}',
        serviceNames: [{ type: 'Name', language: 'fi', value: 'Toinen palvelu {{u}}' }],
      }),
    },
    expect: { status: 400, message: 'Cannot create new content with sourceId that already exists' },
    source: ref('§7.3, §8, §11.4 [LIVE LIPAS commit ecdb3a47, 2026-04]'),
  },
  {
    id: 'service.duplicate-source-id.ptv34',
    title:
      'PTV 3.4: POST with a sourceId already used is 500 "The external source … already exists. Please use update endpoint!"',
    profile: 'ptv34',
    setup: [createService('svc', { sourceId: 'fid-{{u}}' })],
    request: {
      method: 'POST',
      path: '/Service',
      body: service({
        sourceId: 'fid-{{u}}',
        serviceNames: [{ type: 'Name', language: 'fi', value: 'Toinen palvelu {{u}}' }],
      }),
    },
    expect: {
      status: 500,
      message: "The external source 'fid-{{u}}' already exists. Please use update endpoint!",
    },
    source: src('src/PTV.Framework/CoreMessages.cs:73'),
  },
  {
    id: 'service.source-id-other-user',
    title: 'sourceIds belong to the API user: another user PUT by my sourceId is 404',
    setup: [createService('svc', { sourceId: 'fid-{{u}}' })],
    request: { method: 'PUT', path: '/Service/sourceId/fid-{{u}}', body: servicePut(), auth: 'other' },
    expect: { status: 404, message: "Service with source id 'fid-{{u}}' not found." },
    source: ref('§8 (RelationId = the email claim of the token)'),
  },
  {
    id: 'service.model-errors-before-validators',
    title: 'a model-state error stops the request before business validators: no ServiceClasses lookup error',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({
        publishingStatus: undefined,
        serviceClasses: ['http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P99.99'],
      }),
    },
    expect: { status: 400, errorKeys: ['PublishingStatus'] },
    source:
      'issue #13 ("field (model-state) errors stop the request before business validators"); ' + ref('§7.2'),
  },
  {
    id: 'service.classes-not-required-for-draft',
    title: 'a Draft service needs no service classes, ontology terms or target groups',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({
        publishingStatus: 'Draft',
        serviceClasses: undefined,
        ontologyTerms: undefined,
        targetGroups: undefined,
      }),
    },
    expect: { status: 200, fields: { publishingStatus: 'Draft' } },
    source: ref('§4.2 (REQ if no generalDescriptionId and status Published/absent)'),
  },
  {
    id: 'service.gd-delete-needs-type',
    title: 'deleteGeneralDescriptionId: true without type is refused under Type',
    setup: [createService()],
    request: {
      method: 'PUT',
      path: '/Service/{{svc.id}}',
      body: servicePut({ deleteGeneralDescriptionId: true }),
    },
    expect: {
      status: 400,
      errorKeysInclude: ['Type'],
      message: "The field is required when 'DeleteGeneralDescriptionId' has value 'True'.",
    },
    source: ref('§3.5, §4.2') + ' [SRC; LIVE ptv-mcp, 2026-09-24]',
  },
];
