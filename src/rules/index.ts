/** The PTV v11 rules engine: one description of PTV's field and business rules (issue #2). */
export * from './types.js';
export { validatePayload } from './validatePayload.js';
export { toPtvErrorBody } from './toPtvErrorBody.js';
export { bindRequest, bindingFindings, type BoundRequest } from './bindRequest.js';
export {
  NORMALISATIONS,
  normalise,
  normalisationsFor,
  type Normalisation,
  type NormalisationName,
} from './normalisations.js';
export { checkPublishingTransition } from './publishingTransition.js';
export { errorsPtvAnswers, stageOf, type ValidationStage } from './validationStage.js';
export { inferKind } from './inferKind.js';
export { describeFieldRules, type FieldRuleDescriptor } from './fieldRules.js';
export { toPtvKey } from './toPtvKey.js';
export {
  ruleLimits,
  RULE_PROFILES,
  DEFAULT_PROFILE,
  type ProfileLimits,
  type LimitName,
} from './profiles.js';
export {
  postalCodes,
  municipalities,
  serviceClasses,
  targetGroups,
  areaCodes,
  type PostalCodeInfo,
  type MunicipalityInfo,
  type ServiceClassInfo,
  type TargetGroupInfo,
} from './codeLists/finnishCodes.js';
export { businessIdCheckDigit, isValidBusinessId } from './codeLists/businessId.js';
export { ISO_639_1, ISO_3166_1_ALPHA2, ITU_DIAL_PREFIXES } from './codeLists/isoLists.js';
export { isKnownCode, type CodeListName } from './codeLists/codeSets.js';
export { schemaFor } from './registry.js';
export { msg as ptvMessages } from './messages.js';
export * as ptvEnums from './enums.js';
export { PTV_REGEX } from './patterns.js';
