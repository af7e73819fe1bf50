/**
 * Entry for the CLI and programmatic use: run the readiness suites, list the catalogue, clean up a run.
 * Suites never import this file, which keeps vitest/node and the simulator out of the workers.
 */
export {
  runReadiness,
  listCases,
  cleanupRun,
  scanForSecrets,
  type RunOptions,
  type RunResult,
} from './engine/index.js';
export type { CatalogueEntry, CleanupResult, RunInfo } from './engine/index.js';
export {
  resolveConfig,
  loadConfigFile,
  effectiveEnv,
  secretsFromEnv,
  defaults,
  knownTargets,
  configSchema,
} from './config/index.js';
export type { ResolvedConfig, UserConfig, Secrets, TargetName, SuiteId } from './config/index.js';
export { createSimulator } from './simulator/index.js';
export type { Simulator, SimulatorOptions } from './simulator/index.js';
export { renderReports, writeManifest, verifyManifest } from './report/index.js';
export type { Outcome } from './core/exitCode.js';
export { PtvrError, isPtvrError } from './core/errors.js';
export { startObserve, DEFAULT_OBSERVE_PORT } from './observe/startObserve.js';
export type {
  ObserveHandle,
  ObserveOptions,
  ObserveResult,
  ObserveTargetInput,
} from './observe/startObserve.js';
export type { CoverageBoard, BoardRow } from './observe/observeTypes.js';
export type { ItemResult, ItemStatus, Actor } from './report/model.js';
