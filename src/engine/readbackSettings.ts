import type { ReportModel } from '../report/model.js';
import type { SuiteSettings } from '../suite/types.js';
import type { RunInfo } from './runInfo.js';

/** Where `readback` reaches the run's target again (a restarted simulator or the recorded URLs). */
export interface ReadbackTarget {
  apiUrl: string;
  tokenUrl: string;
  v12ApiUrl: string;
}

/**
 * The v12 suite's settings for `readback <run-dir>`: the run's own seed, reference date and rule
 * profile (run.json; report.json's `run` for files written before run.json held them), never the
 * defaults, so the read-back judges by what the run judged by. On resume the deadline is at least one
 * poll from now (§4.5).
 */
export function readbackSettings(
  runDir: string,
  info: RunInfo & { v12: NonNullable<RunInfo['v12']> },
  model: ReportModel,
  target: ReadbackTarget,
  opts: { waitMs?: number; pollMs?: number },
): SuiteSettings {
  return {
    runId: info.runId,
    runDir,
    targetName: info.target,
    apiUrl: target.apiUrl,
    tokenUrl: target.tokenUrl,
    authShape: info.authShape,
    ...(info.organizationId !== undefined && { organizationId: info.organizationId }),
    seed: info.seed ?? model.run.seed,
    referenceDate: info.referenceDate ?? model.run.referenceDate,
    ruleProfile: info.ruleProfile ?? model.run.ruleProfile,
    simulated: info.target === 'sim',
    evidenceBodyLimit: 16_384,
    concurrency: 4,
    suites: ['v12'],
    v12ApiUrl: target.v12ApiUrl,
    v12: { waitMs: opts.waitMs ?? info.v12.waitMs, pollMs: opts.pollMs ?? info.v12.pollMs, defer: false },
  };
}
