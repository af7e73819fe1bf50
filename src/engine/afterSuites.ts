// What `run` needs only once its suites are done: runReadiness imports this while the vitest worker
// starts (the main thread waits for it then), so loading it costs the start-up nothing (issue #14).
export { renderReports } from '../report/index.js';
export { registerFinishedRun, withPreviousRun } from '../rounds/runIndexHooks.js';
export { buildReportModel } from './buildReportModel.js';
export { decideOutcome } from './decideOutcome.js';
export { fileToOpen, formatRunSummary } from './runSummary.js';
export { sealRunDir } from './sealRunDir.js';
export { teardown } from './teardown.js';
export { prepareReportModelValidation } from '../report/validateReportModel.js';
export { prepareTemplates } from '../report/environments.js';
