/**
 * Public entry for suites/ and fixtures/ (and for anyone writing their own suites): the worker-side suite
 * kit, the PTV client, rule lookups and the shared types. Re-exports only; no main-process code
 * (vitest/node, the simulator, the engine) is reachable from here.
 */
export * from './suite/index.js';
export { createPtvClient, type PtvClient, type PtvClientOptions } from './client/index.js';
export type { PtvRequest, PtvResponse, TokenInfo, AuthMode, HttpMethod } from './client/types.js';
export {
  validatePayload,
  describeFieldRules,
  toPtvKey,
  ruleLimits,
  ptvEnums,
  PTV_REGEX,
  businessIdCheckDigit,
  isValidBusinessId,
  municipalities,
  postalCodes,
  serviceClasses,
  targetGroups,
  type FieldRuleDescriptor,
  NORMALISATIONS,
  type NormalisationName,
  errorsPtvAnswers,
} from './rules/index.js';
export type { EntityKind, RuleProfile } from './rules/types.js';
export {
  validateV12,
  toV12Request,
  generateFmtV12Cases,
  inferV12Kind,
  v12SchemaFor,
  V12_KINDS,
  V12_REQUEST_SCHEMAS,
  type V12Kind,
  type V12RequestSchema,
  type V12Translation,
  type V12ValidationResult,
  type FmtV12Case,
} from './rules/v12/index.js';
export {
  compareConnection,
  compareEntity,
  storedForm,
  connectedIds,
  findConnectionItem,
  kindOfChannelType,
  recordReadBack,
  type ReadBackKind,
  compareNeutral,
} from './readback/index.js';
export { fromV11Out, fromV12Out, ORG_ROLE, roleFor, type NeutralState } from './neutral/index.js';
export { parseProblemDetails, problemFindings } from './client/problemDetails.js';
export type { Finding, Severity } from './core/finding.js';
export type { LedgerEntry } from './core/ledgerEntry.js';
export {
  CHANNEL_TYPES,
  DATA_LANGUAGES,
  DVV_ITEMS,
  MAIN_LANGUAGES,
  OBJECT_TYPES,
  RULE_PROFILES,
  SUITE_IDS,
  type ChannelType,
  type MainLanguage,
  type ObjectType,
  type SuiteId,
} from './core/vocabulary.js';
export { API_V11, apiPaths, entityPath, sourceIdPath } from './core/apiPaths.js';
export type { EvidenceEntry } from './core/evidenceEntry.js';
export type { ReportModel, CaseResult, DvvItem, ReadBack, ReadBackField } from './report/model.js';
export { PtvrError, isPtvrError, type PtvrErrorCode } from './core/errors.js';
export {
  lastPutReceipts,
  v12CaseIds,
  v12ConnectionCaseId,
  writtenOf,
  type Written,
  type WrittenKind,
} from './readback/v12Written.js';
export { delayStats, type DelayStats } from './report/delayStats.js';
export { fromV11Connection, connectionEntity } from './neutral/index.js';
export type { CaseV12 } from './report/model.js';
// The v12 write profile (suites/v12/, `run --write-api v12`): route map, titles of the v11 catalogue.
export { loadRouteMap, type LoadedRouteMap, type RouteMap, type V12Route } from './v12/loadRouteMap.js';
export { ROUTE_KEYS, V12_CHANNEL_TYPES, type RouteKey, type V12ChannelType } from './v12/routeMapSchema.js';
export { fromV12Request } from './neutral/index.js';
export { CASE_TITLES } from './report/caseTexts.js';
export {
  routeFor,
  routePath,
  v12Write,
  type V12RouteKey,
  type V12WriteParams,
  type V12WriteResult,
} from './v12/v12Write.js';
export type { V12WriteAuth } from './client/types.js';
export { isOlderV12Copy } from './readback/isOlderV12Copy.js';
export { rolesOf } from './diff/runRoles.js';
// For build steps beside the suites (suites/support/writeFieldCaseList.ts).
export { writeFileAtomic } from './core/writeFileAtomic.js';
export { defaults as configDefaults } from './config/defaults.js';
