import type { Behaviour } from '../types.js';
import { createService, service } from '../bodies.js';
import { ref, src } from './cite.js';

/** Tokens and roles: who may write, and what a missing or stale token gets (in-api-v11 §1.3–1.4). */
export const authBehaviours: Behaviour[] = [
  {
    id: 'auth.no-token.post-service',
    title: 'POST /Service without a bearer is 401',
    request: { method: 'POST', path: '/Service', body: service(), auth: 'none' },
    expect: { status: 401 },
    source:
      src('src/PTV.Application.OpenApi/Controllers/V11ServiceController.cs (Authorize Bearer)') +
      '; ' +
      ref('§1.4'),
  },
  {
    id: 'auth.no-token.put-service',
    title: 'PUT /Service/{id} without a bearer is 401',
    setup: [createService()],
    request: {
      method: 'PUT',
      path: '/Service/{{svc.id}}',
      body: { publishingStatus: 'Published' },
      auth: 'none',
    },
    expect: { status: 401 },
    source: ref('§1.4, §7.2'),
  },
  {
    id: 'auth.no-token.active-read',
    title: 'GET /Service/active/{id} (restricted read) without a bearer is 401',
    setup: [createService()],
    request: { method: 'GET', path: '/Service/active/{{svc.id}}', auth: 'none' },
    expect: { status: 401 },
    source: ref('§2.2 (auth R), §7.2'),
  },
  {
    id: 'auth.no-token.connection',
    title: 'POST /Connection without a bearer is 401',
    request: { method: 'POST', path: '/Connection', body: [], auth: 'none' },
    expect: { status: 401 },
    source: ref('§2.4 (controller-level Authorize)'),
  },
  {
    id: 'auth.garbage-token.write',
    title: 'a bearer that is not a token is 401 on a write',
    request: { method: 'POST', path: '/Service', body: service(), auth: 'garbage' },
    expect: { status: 401 },
    source: ref('§1.3 (OAuth introspection), §7.2'),
  },
  {
    id: 'auth.stale-token.www-authenticate',
    title: 'a stale (revoked) token is 401 with WWW-Authenticate: Bearer error="invalid_token"',
    request: { method: 'POST', path: '/Service', body: service(), auth: 'revoked' },
    expect: { status: 401, headers: { 'www-authenticate': 'invalid_token' } },
    source: ref('§1.3 [3P LIPAS integration.clj]'),
  },
  {
    id: 'auth.expired-token',
    title: 'a CTE token used 25 h after login is 401 (test tokens last about 24 h)',
    request: { method: 'POST', path: '/Service', body: service(), auth: 'expired' },
    expect: { status: 401 },
    source: ref('§1.3 (exp inside the token; ~24 h on test) [3P LIPAS docs/wip/ptv-hardening.md]'),
  },
  {
    id: 'auth.lowercase-bearer',
    title: 'the scheme word is case-insensitive: "bearer <token>" writes',
    request: { method: 'POST', path: '/Service', body: service(), auth: 'lowercase' },
    expect: { status: 200 },
    source:
      src('src/PTV.Domain.Logic/PahaTokenProcessor.cs') +
      ' (strips "bearer" case-insensitively); ' +
      ref('§1.3'),
  },
  {
    id: 'auth.anonymous-get-published',
    title: 'ordinary GETs are anonymous: GET /Service/{id} of a published service without a bearer is 200',
    setup: [createService()],
    request: { method: 'GET', path: '/Service/{{svc.id}}', auth: 'none' },
    expect: { status: 200, fields: { id: '{{svc.id}}' } },
    source: ref('§1.3 ([AllowAnonymous] on ordinary GETs)'),
  },
  {
    id: 'auth.malformed-bearer-anonymous-get',
    title: 'a malformed bearer on an anonymous GET is 500 (live 2026)',
    profile: 'live2026',
    request: { method: 'GET', path: '/Organization/{{org}}', auth: 'garbage' },
    expect: { status: 500 },
    source: ref('§1.3, §11.4 [LIVE ptv-mcp, 2026-09-16]'),
  },
  {
    id: 'auth.shirley-refused',
    title: 'a basic user (role Shirley) is refused on a write with 403',
    request: { method: 'POST', path: '/Service', body: service(), auth: 'shirley' },
    expect: { status: 403 },
    source: src('src/PTV.Domain.Logic/CustomAuthorizedFilter.cs') + ' ClaimRoleRequirement; ' + ref('§1.4'),
  },
  {
    id: 'auth.main-organisation-needs-eeva',
    title: 'creating a main organisation (no parent) as an API user is 400 under key Organization',
    request: {
      method: 'POST',
      path: '/Organization',
      body: {
        organizationType: 'Organization',
        organizationNames: [{ type: 'Name', language: 'fi', value: 'Pääorganisaatio {{u}}' }],
        displayNameType: [{ type: 'Name', language: 'fi' }],
        areaType: 'Nationwide',
        organizationDescriptions: [
          { type: 'Summary', language: 'fi', value: 'Lyhyt kuvaus {{u}}' },
          { type: 'Description', language: 'fi', value: 'Pidempi kuvaus organisaatiosta.' },
        ],
        publishingStatus: 'Published',
      },
    },
    expect: {
      status: 400,
      errorKeys: ['Organization'],
      message: 'User has no rights to create this entity!',
    },
    source: src('src/PTV.Application.OpenApi/EntityManagers/AddOrganizationManager.cs:89'),
  },
  {
    id: 'auth.gd-write-needs-eeva',
    title: 'POST /GeneralDescription as an API user (Pete) is 403',
    request: {
      method: 'POST',
      path: '/GeneralDescription',
      body: {
        names: [{ type: 'Name', language: 'fi', value: 'Pohjakuvaus {{u}}' }],
        publishingStatus: 'Draft',
      },
    },
    expect: { status: 403 },
    source:
      src('src/PTV.Application.OpenApi/Controllers/V11GeneralDescriptionController.cs') +
      ' (role Eeva); ' +
      ref('§2.6'),
  },
  {
    id: 'auth.asti-needs-asti-right',
    title: 'PUT /Connection/ASTI/serviceId/{id} without the ASTIWrite right is 403',
    setup: [createService()],
    request: {
      method: 'PUT',
      path: '/Connection/ASTI/serviceId/{{svc.id}}',
      body: { channelRelations: [] },
    },
    expect: { status: 403 },
    source:
      src('src/PTV.Application.OpenApi/Controllers/V11ConnectionController.cs:216') +
      ' [AccessRightRequirement(ASTIWrite)]',
  },
  {
    id: 'auth.anonymous-sourceid-hidden',
    title: 'an anonymous GET shows sourceId null; the owning API user sees it',
    setup: [createService('svc', { sourceId: 'fid-{{u}}' })],
    request: { method: 'GET', path: '/Service/{{svc.id}}', auth: 'none' },
    expect: {
      status: 200,
      fields: { sourceId: null },
      readBack: { path: '/Service/{{svc.id}}', fields: { sourceId: 'fid-{{u}}' } },
    },
    source: ref('§8 (sourceId only for the same API user) [SRC; 3P LIPAS]'),
  },
];
