export { runReadiness, type RunOptions, type RunResult } from './runReadiness.js';
export { listCases, formatCatalogue, type CatalogueEntry } from './listCases.js';
export { cleanupFiles, cleanupRun, type CleanupResult } from './cleanupRun.js';
export { archiveMaterial, type ArchiveOutcome } from './archiveMaterial.js';
export { scanForSecrets, secretLeakError, type SecretHit } from './scanForSecrets.js';
export { makeRunId } from './runId.js';
export { readRunInfo, writeRunInfo, type RunInfo } from './runInfo.js';
export { progressMode, type ProgressMode } from './progress.js';
export { SUITE_IDS, suiteFiles, suiteIdOf } from './suiteFiles.js';
