import { isFailing, type Finding } from '../core/finding.js';
import { exceedsJsonDepth, MAX_JSON_DEPTH, maxDepthMessage } from '../core/jsonDepth.js';
import { accessibilityRules } from './checks/accessibility.js';
import { businessIdRule } from './checks/businessIdRule.js';
import {
  connectionPutRules,
  echannelConditionals,
  printableFormConditionals,
  serviceConditionals,
} from './checks/conditionals.js';
import { nameNotSummary } from './checks/nameSummary.js';
import { phoneRules } from './checks/phones.js';
import { addressRules } from './checks/addresses.js';
import { areaRules, organizationAreaRules } from './checks/areas.js';
import { classificationRules } from './checks/classification.js';
import { isObj, items, type CheckCtx, type Obj, type Seg } from './checks/context.js';
import {
  connectionDescriptionDuplicates,
  displayNameTypes,
  onePerLanguage,
  uniqueTypeLanguage,
} from './checks/localizedLists.js';
import { perLanguageCompleteness } from './checks/perLanguage.js';
import { publishingRules } from './checks/publishing.js';
import { serviceHourRules } from './checks/serviceHours.js';
import { statefulRules } from './checks/stateful.js';
import { bindingFindings, bindRequest } from './bindRequest.js';
import { msg } from './messages.js';
import { DEFAULT_PROFILE, ruleLimits } from './profiles.js';
import { validatorFor } from './registry.js';
import { toFindings } from './toFindings.js';
import type { EntityKind, ValidateOptions, ValidationResult } from './types.js';

/** Rules on the connection extra info (POST items and PUT channel relations). */
function connectionItemRules(c: CheckCtx, item: Obj, base: readonly Seg[]): void {
  connectionDescriptionDuplicates(c, item, base);
  serviceHourRules(c, item, base);
  const cd = item.contactDetails;
  if (isObj(cd)) {
    const p = [...base, 'contactDetails'];
    addressRules(c, cd, 'addresses', 'contact', p);
    phoneRules(c, cd, 'phoneNumbers', p);
    phoneRules(c, cd, 'faxNumbers', p);
  }
}

type Check = (c: CheckCtx, body: Obj) => void;

const organizationChecks: Check[] = [
  (c, b) => uniqueTypeLanguage(c, b, 'organizationNames'),
  (c, b) => uniqueTypeLanguage(c, b, 'organizationDescriptions'),
  (c, b) => displayNameTypes(c, b, 'organizationNames'),
  organizationAreaRules,
  (c, b) => addressRules(c, b, 'addresses', 'organization'),
  (c, b) => phoneRules(c, b, 'phoneNumbers'),
  (c, b) => nameNotSummary(c, b, 'organizationNames', 'organizationDescriptions'),
  businessIdRule,
  (c, b) =>
    items(b, 'electronicInvoicings').forEach((e, n) =>
      onePerLanguage(c, e, 'additionalInformation', ['electronicInvoicings', n]),
    ),
];

const serviceChecks: Check[] = [
  (c, b) => uniqueTypeLanguage(c, b, 'serviceNames'),
  (c, b) => uniqueTypeLanguage(c, b, 'serviceDescriptions'),
  (c, b) => onePerLanguage(c, b, 'requirements'),
  serviceConditionals,
  classificationRules,
  areaRules,
  (c, b) => nameNotSummary(c, b, 'serviceNames', 'serviceDescriptions'),
  (c, b) =>
    items(b, 'legislation').forEach((l, n) => {
      onePerLanguage(c, l, 'names', ['legislation', n]);
      onePerLanguage(c, l, 'webPages', ['legislation', n]);
    }),
  (c, b) =>
    items(b, 'serviceProducers').forEach((p, n) =>
      onePerLanguage(c, p, 'additionalInformation', ['serviceProducers', n]),
    ),
];

/** Every channel: `names` are the channel's own name checks, `extra` its type's, in PTV's order. */
function channelChecks(names: Check[], extra: Check[]): Check[] {
  return [
    (c, b) => uniqueTypeLanguage(c, b, 'serviceChannelDescriptions'),
    ...names,
    areaRules,
    (c, b) => nameNotSummary(c, b, 'serviceChannelNames', 'serviceChannelDescriptions'),
    serviceHourRules,
    (c, b) => phoneRules(c, b, 'supportPhones'),
    ...extra,
  ];
}

const channelNames: Check[] = [(c, b) => onePerLanguage(c, b, 'serviceChannelNames')];
const webPage: Check = (c, b) => onePerLanguage(c, b, 'webPage');
const accessibility: Check[] = [
  (c, b) => onePerLanguage(c, b, 'accessibilityClassification'),
  accessibilityRules,
];

function connectionPutChecks(idField: 'serviceChannelId' | 'serviceChannelSourceId'): Check[] {
  return [
    (c, b) => connectionPutRules(c, b, idField),
    (c, b) =>
      items(b, 'channelRelations').forEach((r, n) => connectionItemRules(c, r, ['channelRelations', n])),
  ];
}

/** The business rules of each kind of entity body, after the per-language and publishing checks. */
const CHECKS: Readonly<Partial<Record<EntityKind, readonly Check[]>>> = {
  organization: organizationChecks,
  service: serviceChecks,
  echannel: channelChecks(channelNames, [webPage, ...accessibility, echannelConditionals]),
  webpage: channelChecks(channelNames, [webPage, ...accessibility]),
  phone: channelChecks(channelNames, [webPage, (c, b) => phoneRules(c, b, 'phoneNumbers')]),
  printableform: channelChecks(channelNames, [
    (c, b) => onePerLanguage(c, b, 'formIdentifier'),
    (c, b) => addressRules(c, b, 'deliveryAddresses', 'delivery'),
    printableFormConditionals,
  ]),
  servicelocation: channelChecks(
    [
      (c, b) => uniqueTypeLanguage(c, b, 'serviceChannelNames'),
      (c, b) => displayNameTypes(c, b, 'serviceChannelNames'),
      (c, b) => addressRules(c, b, 'addresses', 'location'),
      (c, b) => phoneRules(c, b, 'phoneNumbers'),
      (c, b) => phoneRules(c, b, 'faxNumbers'),
    ],
    [],
  ),
  servicecollection: [
    (c, b) => onePerLanguage(c, b, 'serviceCollectionNames'),
    (c, b) => uniqueTypeLanguage(c, b, 'serviceCollectionDescriptions'),
  ],
  'connection-put': connectionPutChecks('serviceChannelId'),
  'connection-put-source': connectionPutChecks('serviceChannelSourceId'),
};

function entityRules(c: CheckCtx, body: Obj): void {
  const languages = perLanguageCompleteness(c, body);
  publishingRules(c, body);
  for (const check of CHECKS[c.kind] ?? []) check(c, body);
  statefulRules(c, body, languages.length ? languages : (c.current?.languages ?? []));
}

/**
 * Judges one IN body the way PTV would: the JSON Schema (types, required, lengths, enums, regexes,
 * formats, code lists) and then the business rules, all errors at once. Stateful rules run only with
 * `options.lookup`; otherwise they are listed in `notChecked`.
 */
export function validatePayload(sent: unknown, options: ValidateOptions): ValidationResult {
  const profile = options.profile ?? DEFAULT_PROFILE;
  // Judge what PTV's model holds after binding and its setters, not the raw JSON (bindRequest.ts).
  const bound =
    sent === null || sent === undefined || exceedsJsonDepth(sent, MAX_JSON_DEPTH)
      ? undefined
      : bindRequest(sent, options.kind, options.op, profile);
  const body = bound ? bound.body : sent;
  if (body === null || body === undefined) {
    const f: Finding = {
      path: 'RequestIsNull',
      message: msg.requestIsNull(),
      rule: 'requestIsNull',
      severity: 'error',
    };
    return { valid: false, findings: [f], notChecked: [] };
  }
  // The checks below walk the body recursively; PTV refuses such a body before binding it anyway.
  // A body that bound unchanged was measured above already.
  if ((!bound || body !== sent) && exceedsJsonDepth(body, MAX_JSON_DEPTH)) {
    const f: Finding = { path: '', message: maxDepthMessage(), rule: 'maxDepth', severity: 'error' };
    return { valid: false, findings: [f], notChecked: [] };
  }
  const validate = validatorFor(options.kind, options.op, profile);
  validate(body);
  const findings = toFindings(validate.errors);
  if (bound) findings.push(...bindingFindings(bound));
  const c: CheckCtx = {
    kind: options.kind,
    op: options.op,
    profile,
    limits: ruleLimits(profile),
    lookup: options.lookup,
    current: options.current,
    now: options.now ?? new Date(),
    ontologyTermExists: options.ontologyTermExists,
    findings,
    notChecked: new Set(),
  };
  if (Array.isArray(body)) {
    if (body.length === 0)
      findings.push({
        path: 'RequestIsNull',
        message: msg.requestIsNull(),
        rule: 'requestIsNull',
        severity: 'error',
      });
    body.forEach((it, n) => {
      if (isObj(it)) connectionItemRules(c, it, [n]);
    });
    if (options.kind === 'connections') statefulRules(c, { items: body }, []);
    else if (!options.lookup) c.notChecked.add('sourceIdExists');
  } else if (isObj(body)) {
    entityRules(c, body);
    if (options.kind.endsWith('-source') && !options.lookup) c.notChecked.add('sourceIdExists');
  }
  return { valid: !isFailing(findings), findings, notChecked: [...c.notChecked] };
}
