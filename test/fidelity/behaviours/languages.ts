import type { Behaviour } from '../types.js';
import { createChannel, eChannel, organization, service, servicePut } from '../bodies.js';
import { ref, src } from './cite.js';

const names = (...langs: string[]) =>
  langs.map((l) => ({ type: 'Name', language: l, value: `${l === 'fi' ? 'Palvelu' : 'Tjänst'} {{u}} ${l}` }));
const descriptions = (...langs: string[]) =>
  langs.flatMap((l) => [
    { type: 'Summary', language: l, value: `Lyhyt kuvaus ${l} {{u}}` },
    { type: 'Description', language: l, value: `Pidempi kuvaus kielellä ${l}.` },
    { type: 'UserInstruction', language: l, value: `Ohjeet asiakkaalle kielellä ${l}.` },
  ]);
const fiSv = {
  method: 'POST' as const,
  path: '/Service',
  body: service({
    serviceNames: names('fi', 'sv'),
    serviceDescriptions: descriptions('fi', 'sv'),
    languages: ['fi', 'sv'],
  }),
  save: 'svc',
};
const put = (body: Record<string, unknown>) => ({
  method: 'PUT' as const,
  path: '/Service/{{svc.id}}',
  body,
});
const ENTITY_BASE = 'src/PTV.Application.OpenApi/DataValidators/EntityBaseValidator.cs';

/** Language versions: available vs required languages, adding and removing them (in-api-v11 §3.4). */
export const languageBehaviours: Behaviour[] = [
  {
    id: 'lang.put-remove-sv-partially',
    title:
      'PUT with fi descriptions only on a fi+sv service (removing sv) without serviceNames is refused under Model',
    setup: [fiSv],
    request: put(servicePut({ serviceDescriptions: descriptions('fi') })),
    expect: {
      status: 400,
      errorKeys: ['Model'],
      message:
        'You are removing language versions so all the required lists need to include required languages.',
    },
    source: src(`${ENTITY_BASE}:104`) + '; ' + ref('§3.4 rule 3'),
  },
  {
    id: 'lang.put-remove-sv',
    title: 'PUT with fi names and fi descriptions removes the sv language version',
    setup: [fiSv],
    request: put(servicePut({ serviceNames: names('fi'), serviceDescriptions: descriptions('fi') })),
    expect: { status: 200, excludes: ['Tjänst {{u}} sv'] },
    source: ref('§3.4 rule 3 (SFIPTV-1913 in SaveEntityManagerBase.cs)'),
  },
  {
    id: 'lang.put-add-en-names-only',
    title: 'PUT adding en names without en descriptions is refused under Model',
    setup: [fiSv],
    request: put(
      servicePut({
        serviceNames: [...names('fi', 'sv'), { type: 'Name', language: 'en', value: 'Service {{u}} en' }],
      }),
    ),
    expect: {
      status: 400,
      errorKeys: ['Model'],
      message: 'Some of the required lists are missing the languages you have added.',
    },
    source: src(`${ENTITY_BASE}:108`) + '; ' + ref('§3.4 rule 3'),
  },
  {
    id: 'lang.put-same-set',
    title: 'PUT with the same language set (fi+sv descriptions only) is accepted',
    setup: [fiSv],
    request: put(servicePut({ serviceDescriptions: descriptions('fi', 'sv') })),
    expect: { status: 200 },
    source: ref('§3.4 rule 3 (set unchanged: per-language checks skipped)'),
  },
  {
    id: 'lang.put-add-en-complete',
    title: 'PUT adding en in names and descriptions is accepted (the organisation is published in en)',
    setup: [fiSv],
    request: put(
      servicePut({
        serviceNames: [...names('fi', 'sv'), { type: 'Name', language: 'en', value: 'Service {{u}} en' }],
        serviceDescriptions: descriptions('fi', 'sv', 'en'),
      }),
    ),
    expect: { status: 200, includes: ['Service {{u}} en'] },
    source: ref('§3.4 rules 3–4'),
  },
  {
    id: 'lang.draft-in-sami',
    title:
      'a Draft service in fi and North Sami (se, a data language) is accepted although the organisation has no se version',
    request: {
      method: 'POST',
      path: '/Service',
      body: service({
        publishingStatus: 'Draft',
        serviceNames: [...names('fi'), { type: 'Name', language: 'se', value: 'Bálvalus {{u}}' }],
        serviceDescriptions: [
          ...descriptions('fi'),
          { type: 'Summary', language: 'se', value: 'Oanehis čilgehus {{u}}' },
          { type: 'Description', language: 'se', value: 'Guhkit čilgehus bálvalusas.' },
        ],
        languages: ['fi', 'se'],
      }),
    },
    expect: { status: 200 },
    source: ref(
      '§3.3 (data languages fi, sv, en, se, smn, sms), §3.4 rule 4 (organisation languages only for Published)',
    ),
  },
  {
    id: 'lang.channel-org-language',
    title: 'a Published channel in a language its organisation lacks is refused under OrganizationId',
    request: {
      method: 'POST',
      path: '/ServiceChannel/EChannel',
      body: eChannel({
        serviceChannelNames: [
          { language: 'fi', value: 'Asiointi {{u}}' },
          { language: 'smn', value: 'Aasâttem {{u}}' },
        ],
        serviceChannelDescriptions: [
          { type: 'Summary', language: 'fi', value: 'Lyhyt kuvaus {{u}}' },
          { type: 'Description', language: 'fi', value: 'Pidempi kuvaus kanavasta.' },
          { type: 'Summary', language: 'smn', value: 'Uánihis kuvvim {{u}}' },
          { type: 'Description', language: 'smn', value: 'Kuhheeb kuvvim kanavist.' },
        ],
        webPage: [
          { language: 'fi', value: 'https://www.example.fi/fi' },
          { language: 'smn', value: 'https://www.example.fi/smn' },
        ],
        accessibilityClassification: [
          { accessibilityClassificationLevel: 'Unknown', language: 'fi' },
          { accessibilityClassificationLevel: 'Unknown', language: 'smn' },
        ],
        languages: ['fi', 'smn'],
      }),
    },
    expect: {
      status: 400,
      errorKeysInclude: ['OrganizationId'],
      message:
        "Organisation language version 'smn' missing! Organisation must be described in the same language as the item.",
    },
    source: src('src/PTV.Application.OpenApi/DataValidators/OwnOrganizationValidator.cs:84'),
  },
  {
    id: 'lang.echannel-missing-sv-url',
    title:
      'an e-service channel with sv name and descriptions but no sv webPage: per-language message under WebPage',
    request: {
      method: 'POST',
      path: '/ServiceChannel/EChannel',
      body: eChannel({
        serviceChannelNames: [
          { language: 'fi', value: 'Asiointi {{u}}' },
          { language: 'sv', value: 'Ärende {{u}}' },
        ],
        serviceChannelDescriptions: [
          { type: 'Summary', language: 'fi', value: 'Lyhyt kuvaus {{u}}' },
          { type: 'Description', language: 'fi', value: 'Pidempi kuvaus kanavasta.' },
          { type: 'Summary', language: 'sv', value: 'Kort beskrivning {{u}}' },
          { type: 'Description', language: 'sv', value: 'Längre beskrivning av kanalen.' },
        ],
        accessibilityClassification: [
          { accessibilityClassificationLevel: 'Unknown', language: 'fi' },
          { accessibilityClassificationLevel: 'Unknown', language: 'sv' },
        ],
        languages: ['fi', 'sv'],
      }),
    },
    expect: {
      status: 400,
      errorKeysInclude: ['WebPage'],
      message: "Required value was not found with language code 'sv'!",
    },
    source:
      ref('§3.4 rule 1 (e-channel required lists incl. webPage)') +
      ', ' +
      src('src/PTV.Framework/CoreMessages.cs:64'),
  },
  {
    id: 'lang.org-sub-in-sv-only-name',
    title: 'a sub-organisation with an sv name but no sv Summary is refused',
    request: {
      method: 'POST',
      path: '/Organization',
      body: organization({
        organizationNames: [
          { type: 'Name', language: 'fi', value: 'Aliorganisaatio {{u}}' },
          { type: 'Name', language: 'sv', value: 'Underorganisation {{u}}' },
        ],
        displayNameType: [
          { type: 'Name', language: 'fi' },
          { type: 'Name', language: 'sv' },
        ],
      }),
    },
    expect: { status: 400, message: "'sv'!" },
    source: ref('§4.1 (descriptions a Summary for every available language)') + ' OrganizationValidator.cs',
  },
  {
    id: 'lang.channel-put-keeps-languages',
    title: 'a channel PUT without any required list keeps the current language versions',
    setup: [createChannel('EChannel')],
    request: {
      method: 'PUT',
      path: '/ServiceChannel/EChannel/{{ch.id}}',
      body: { publishingStatus: 'Published', isVisibleForAll: true },
    },
    expect: {
      status: 200,
      fields: { 'serviceChannelNames[0].value': 'Asiointi {{u}}', isVisibleForAll: true },
    },
    source: ref("§3.4 rule 3 (none of the required lists: the current version's languages are merged in)"),
  },
];
