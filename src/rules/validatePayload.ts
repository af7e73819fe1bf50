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
import { displayNameTypes, onePerLanguage, uniqueTypeLanguage } from './checks/localizedLists.js';
import { perLanguageCompleteness } from './checks/perLanguage.js';
import { publishingRules } from './checks/publishing.js';
import { serviceHourRules } from './checks/serviceHours.js';
import { statefulRules } from './checks/stateful.js';
import { bindingFindings, bindRequest } from './bindRequest.js';
import { msg } from './messages.js';
import { DEFAULT_PROFILE, ruleLimits } from './profiles.js';
import { validatorFor } from './registry.js';
import { toFindings } from './toFindings.js';
import type { ValidateOptions, ValidationResult } from './types.js';

const CHANNELS = new Set(['echannel', 'phone', 'webpage', 'printableform', 'servicelocation']);

/** Rules on the connection extra info (POST items and PUT channel relations). */
function connectionItemRules(c: CheckCtx, item: Obj, base: readonly Seg[]): void {
  uniqueTypeLanguage(c, item, 'description', base);
  serviceHourRules(c, item, base);
  const cd = item.contactDetails;
  if (isObj(cd)) {
    const p = [...base, 'contactDetails'];
    addressRules(c, cd, 'addresses', 'contact', p);
    phoneRules(c, cd, 'phoneNumbers', p);
    phoneRules(c, cd, 'faxNumbers', p);
  }
}

function entityRules(c: CheckCtx, body: Obj): void {
  const k = c.kind;
  const languages = perLanguageCompleteness(c, body);
  publishingRules(c, body);
  if (k === 'organization') {
    uniqueTypeLanguage(c, body, 'organizationNames');
    uniqueTypeLanguage(c, body, 'organizationDescriptions');
    displayNameTypes(c, body, 'organizationNames');
    organizationAreaRules(c, body);
    addressRules(c, body, 'addresses', 'organization');
    phoneRules(c, body, 'phoneNumbers');
    nameNotSummary(c, body, 'organizationNames', 'organizationDescriptions');
    businessIdRule(c, body);
    items(body, 'electronicInvoicings').forEach((e, n) =>
      onePerLanguage(c, e, 'additionalInformation', ['electronicInvoicings', n]),
    );
  }
  if (k === 'service') {
    uniqueTypeLanguage(c, body, 'serviceNames');
    uniqueTypeLanguage(c, body, 'serviceDescriptions');
    onePerLanguage(c, body, 'requirements');
    serviceConditionals(c, body);
    classificationRules(c, body);
    areaRules(c, body);
    nameNotSummary(c, body, 'serviceNames', 'serviceDescriptions');
    items(body, 'legislation').forEach((l, n) => {
      onePerLanguage(c, l, 'names', ['legislation', n]);
      onePerLanguage(c, l, 'webPages', ['legislation', n]);
    });
    items(body, 'serviceProducers').forEach((p, n) =>
      onePerLanguage(c, p, 'additionalInformation', ['serviceProducers', n]),
    );
  }
  if (CHANNELS.has(k)) {
    uniqueTypeLanguage(c, body, 'serviceChannelDescriptions');
    if (k === 'servicelocation') {
      uniqueTypeLanguage(c, body, 'serviceChannelNames');
      displayNameTypes(c, body, 'serviceChannelNames');
      addressRules(c, body, 'addresses', 'location');
      phoneRules(c, body, 'phoneNumbers');
      phoneRules(c, body, 'faxNumbers');
    } else {
      onePerLanguage(c, body, 'serviceChannelNames');
    }
    areaRules(c, body);
    nameNotSummary(c, body, 'serviceChannelNames', 'serviceChannelDescriptions');
    serviceHourRules(c, body);
    phoneRules(c, body, 'supportPhones');
    if (k === 'echannel' || k === 'webpage' || k === 'phone') onePerLanguage(c, body, 'webPage');
    if (k === 'echannel' || k === 'webpage') {
      onePerLanguage(c, body, 'accessibilityClassification');
      accessibilityRules(c, body);
    }
    if (k === 'echannel') echannelConditionals(c, body);
    if (k === 'phone') phoneRules(c, body, 'phoneNumbers');
    if (k === 'printableform') {
      onePerLanguage(c, body, 'formIdentifier');
      addressRules(c, body, 'deliveryAddresses', 'delivery');
      printableFormConditionals(c, body);
    }
  }
  if (k === 'servicecollection') {
    onePerLanguage(c, body, 'serviceCollectionNames');
    uniqueTypeLanguage(c, body, 'serviceCollectionDescriptions');
  }
  if (k === 'connection-put' || k === 'connection-put-source') {
    const idField = k === 'connection-put' ? 'serviceChannelId' : 'serviceChannelSourceId';
    connectionPutRules(c, body, idField);
    items(body, 'channelRelations').forEach((r, n) => connectionItemRules(c, r, ['channelRelations', n]));
  }
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
  if (exceedsJsonDepth(body, MAX_JSON_DEPTH)) {
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
