import type { Finding } from '../core/finding.js';

/**
 * PTV judges a write in two passes (`EntityManagerBase.PerformAction`,
 * `src/PTV.Application.OpenApi/EntityManagers/EntityManagerBase.cs:78-101` on `ptv-release-3_4`):
 * `model` — the model-state errors of binding and the validation attributes — answers 400 on its own;
 * only a body without them reaches `validator`, the entity's data validator
 * (`src/PTV.Application.OpenApi/DataValidators/*`). So both kinds never come back in one answer.
 */
export type ValidationStage = 'model' | 'validator';

interface ValidatorRule {
  /** Where the message is added (paths under `src/PTV.Application.OpenApi/DataValidators/`). */
  source: string;
  /** For a rule id whose findings come from both passes: the validator's messages only. */
  only?: RegExp;
}

/**
 * Rule ids (`Finding.rule`) whose errors PTV's data validators add. Every other rule is a validation
 * attribute or a reader error (model state): the schema keywords, `required`, `sameBaseUrl`
 * (`UrlListRegularExpressionAttribute.cs:77`), `Date needs to be in future!`
 * (`DateInFutureAttribute.cs:49`), the street rule (`ValidStreetAddressAttribute.cs`), duplicate
 * connection items (added by the controller before the model-state check,
 * `Controllers/ServiceAndChannelBaseController.cs:225`).
 */
const VALIDATOR_RULES: Readonly<Record<string, ValidatorRule>> = {
  codeList: {
    source:
      'PostalCodeValidator.cs:61, MunicipalityCodeValidator.cs:61, AreaValidator.cs:67, LanguageValidator.cs:60, CountryCodeValidator.cs:61, PrefixNumberValidator.cs:61, TargetGroupListValidator.cs:85, ServiceClassListValidator.cs:111, OntologyTermListValidator.cs:87',
  },
  perLanguageCompleteness: {
    source: 'LocalizedListValidator.cs:70-74, LanguageItemListValidator.cs:65, EntityBaseValidator.cs:90-108',
  },
  nameNotSummary: { source: 'ServiceValidator.cs:335-347, ServiceChannelValidator.cs:190-202' },
  serviceHours: { source: 'ServiceHourListValidator.cs:104-247' },
  serviceClassesMax: { source: 'ServiceClassListValidator.cs:83' },
  serviceClassesNotAllMain: { source: 'ServiceClassListValidator.cs:120' },
  ontologyTermsMax: { source: 'OntologyTermListValidator.cs:76' },
  targetGroupKr2SubGroup: { source: 'ServiceValidator.cs:231' },
  lifeEventsNeedKr1: { source: 'ServiceValidator.cs:242-247' },
  industrialClassesNeedKr2: { source: 'ServiceValidator.cs:258-263' },
  // "The field is required when 'AreaType' has value 'LimitedType'." is a RequiredIf attribute.
  areaTypeAreas: { source: 'AreaAndTypeValidator.cs:97, OrganizationValidator.cs:192-196', only: /^No / },
  // Municipality required for a municipality is a RequiredIf attribute; the rest is the validator.
  organizationType: { source: 'OrganizationValidator.cs:118-176', only: /^(?!The field is required when)/ },
  addressTypeSubType: { source: 'AddressValidator.cs:63-69, ServiceLocationChannelValidator.cs:115-125' },
  displayNameType: {
    source: 'ServiceLocationChannelValidator.cs:96',
    only: /Location channel is missing name/,
  },
  accessibilityWcag: { source: 'AccessibilityClassificationValidator.cs:82-86' },
  accessibilityStatement: { source: 'AccessibilityClassificationValidator.cs:98-116' },
  publishingStatus: { source: 'PublishingStatusValidator.cs:65-102' },
  timedPublishing: {
    source: 'TimedPublishingBaseValidator.cs:53-70',
    only: /^(?!Date needs to be in future)/,
  },
  otherResponsibleOrganizations: { source: 'OrganizationIdListValidator.cs:70' },
  channelUrls: { source: 'PrintableFormChannelValidator.cs:102' },
  uniqueNames: {
    source: 'ServiceNamesDuplicityValidator.cs:69, ServiceChannelNamesDuplicityValidator.cs:77',
  },
  organizationExists: { source: 'OrganizationIdValidator.cs:63-70, OwnOrganizationValidator.cs:67-75' },
  organizationLanguages: { source: 'OwnOrganizationValidator.cs:84' },
  uniqueOid: { source: 'OidValidator.cs:82-95' },
  generalDescriptionExists: { source: 'ServiceValidator.cs:166-206' },
  publishedReferences: { source: 'ServiceIdListValidator.cs:65-74, ServiceChannelIdValidator.cs:72-81' },
  serviceAreaNotWiderThanOrganization: { source: 'AreaAndTypeValidator.cs:86' },
  connectionTargets: { source: 'ServiceConnectionListValidator.cs:100-141' },
};

/** Which of PTV's two passes reports this finding. */
export function stageOf(f: Pick<Finding, 'rule' | 'message'>): ValidationStage {
  const v = Object.hasOwn(VALIDATOR_RULES, f.rule) ? VALIDATOR_RULES[f.rule] : undefined;
  if (!v) return 'model';
  return !v.only || v.only.test(f.message) ? 'validator' : 'model';
}

/** Where each validator-stage rule is added in PTV's source (docs/rules.md, tests). */
export function validatorRuleSources(): Readonly<Record<string, string>> {
  return Object.fromEntries(Object.entries(VALIDATOR_RULES).map(([k, v]) => [k, v.source]));
}

/**
 * The errors PTV answers with: the model-state errors when there are any, else the data validator's.
 * Warnings and infos are left out (PTV answers 200 for them).
 */
export function errorsPtvAnswers<F extends Finding>(findings: readonly F[]): F[] {
  const errors = findings.filter((f) => f.severity === 'error');
  const model = errors.filter((f) => stageOf(f) === 'model');
  return model.length ? model : errors;
}
