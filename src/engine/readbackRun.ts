import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Secrets } from '../config/types.js';
import { isProductionUrl } from '../config/targets.js';
import { PtvrError } from '../core/errors.js';
import type { Outcome } from '../core/exitCode.js';
import { createRedactor } from '../core/redactor.js';
import { packageRoot } from '../core/toolVersion.js';
import { writeFileAtomic } from '../core/writeFileAtomic.js';
import { deriveItems } from '../report/deriveItems.js';
import { readReportModel, renderReports, writeManifest, type ReportModel } from '../report/index.js';
import type { ReportFormat } from '../report/renderReports.js';
import { renderedLangsOf } from '../report/annexPdf.js';
import { runFile } from '../suite/runFiles.js';
import { cleanupRun } from './cleanupRun.js';
import { Collector } from './collector.js';
import { readRunInfo, writeRunInfo } from './runInfo.js';
import { readbackSettings } from './readbackSettings.js';
import { restartRunSimulator } from './restartRunSimulator.js';
import { createSuiteVitest, runSuites } from './runVitest.js';
import { suiteFiles } from './suiteFiles.js';
import { requireCredentials } from '../config/credentials.js';

export interface ReadbackResult {
  outcome: Outcome;
  model: ReportModel;
}

/**
 * `ptv-readiness readback <run-dir>` (v12-migration.md §4.1, §4.5): finishes the V12 cases a
 * `run --v12-defer` left pending. Runs only the v12 suite (the same file, driven by the run's ledger),
 * appends its evidence, replaces the pending V12 cases in report.json, re-renders the views the run
 * wrote, rewrites the manifest, then archives the material unless `keep`.
 */
export async function readbackRun(
  runDir: string,
  secrets: Secrets,
  opts: { keep: boolean; signal: AbortSignal; line: (s: string) => void; waitMs?: number; pollMs?: number },
): Promise<ReadbackResult> {
  const info = readRunInfo(runDir);
  const model = readReportModel(runDir);
  if (!info.readApis?.includes('v12') || !info.v12) {
    throw new PtvrError(
      'PTVR_RUN_DIR_INVALID',
      `Run ${info.runId} did not read v12 (no --read-api v12 --v12-defer).`,
      {
        hint: 'readback finishes runs made with --read-api v12 --v12-defer',
      },
    );
  }
  if (info.target === 'prod' || isProductionUrl(info.apiUrl)) {
    throw new PtvrError('PTVR_PRODUCTION_WRITE_REFUSED', `Run ${info.runId} targeted production.`, {
      hint: 'production runs write nothing to read back',
    });
  }
  const target = await reach(info, secrets);
  const redactor = createRedactor([target.username, target.password, target.apiKey]);
  const settings = readbackSettings(runDir, { ...info, v12: info.v12 }, model, target, opts);
  const collector = new Collector(packageRoot(), redactor, {
    onCase: () => undefined,
    onCollected: () => undefined,
  });
  try {
    const { vitest } = await createSuiteVitest({
      settings,
      reporters: [collector],
      workerEnv: {
        PTV_USERNAME: target.username,
        PTV_PASSWORD: target.password,
        PTV_API_KEY: target.apiKey,
      },
    });
    const abort = () => void vitest.cancelCurrentRun('keyboard-input');
    opts.signal.addEventListener('abort', abort, { once: true });
    try {
      await runSuites(vitest, suiteFiles(join(packageRoot(), 'suites'), ['v12']));
    } finally {
      opts.signal.removeEventListener('abort', abort);
      await vitest.close();
    }
  } finally {
    await target.close().catch(() => undefined);
  }
  const v12Cases = collector.results(opts.signal.aborted);
  const cases = [...model.cases.filter((c) => c.dvvItem !== 'V12'), ...v12Cases];
  const { items: _old, ...rest } = model;
  const merged: ReportModel = { ...rest, cases, items: deriveItems({ ...rest, cases }) };
  writeFileAtomic(runFile(runDir, 'report'), JSON.stringify(merged, null, 2) + '\n');
  writeRunInfo(runDir, { ...info, v12: { ...info.v12, pending: false } });
  const fileOf: Record<ReportFormat, string> = {
    html: 'report.html',
    md: 'report.md',
    junit: 'junit.xml',
    pdf: 'report.pdf',
    'annex-pdf': 'annex.pdf',
  };
  const formats = (Object.keys(fileOf) as ReportFormat[]).filter((f) => existsSync(join(runDir, fileOf[f])));
  const langs = renderedLangsOf(runDir);
  const { errors } = await renderReports({
    runDir,
    model: merged,
    formats,
    langs: langs.length ? langs : ['fi'],
  });
  for (const e of errors) opts.line(`${e.code}: ${e.message}`);
  writeManifest(runDir);
  opts.line(
    `V12: ${v12Cases.filter((c) => c.status === 'passed').length} passed, ${v12Cases.filter((c) => c.status === 'failed').length} failed`,
  );
  if (!opts.keep) {
    const r = await cleanupRun(runDir, secrets, opts.signal);
    opts.line(`Archived ${r.outcome.archived.length} entities; ${r.remaining} still live.`);
  }
  const outcome: Outcome = opts.signal.aborted
    ? 'interrupted'
    : cases.some((c) => c.status === 'failed')
      ? 'failed'
      : 'passed';
  return { outcome, model: merged };
}

/** The run's target again: a simulator restarted on its `--sim-db`, or the recorded URLs. */
async function reach(info: ReturnType<typeof readRunInfo>, secrets: Secrets) {
  if (info.target === 'sim') {
    const sim = await restartRunSimulator(info, secrets, {
      message: 'used an in-memory simulator: nothing is left to read.',
      hint: 'defer v12 read-backs on sim with --sim-db <file>',
    });
    return {
      apiUrl: sim.apiUrl,
      tokenUrl: sim.tokenUrl,
      v12ApiUrl: sim.v12ApiUrl,
      apiKey: sim.apiKey,
      ...sim.credentials,
      close: () => sim.close(),
    };
  }
  const { username, password } = requireCredentials(secrets, `Readback of ${info.runId}`);
  if (secrets.apiKey === undefined || info.v12ApiUrl === undefined) {
    throw new PtvrError('PTVR_SECRET_MISSING', `Readback of ${info.runId} needs PTV_API_KEY.`, {
      hint: "set PTV_API_KEY (DVV's v12 API key for this environment)",
    });
  }
  return {
    apiUrl: info.apiUrl,
    tokenUrl: info.tokenUrl,
    v12ApiUrl: info.v12ApiUrl,
    apiKey: secrets.apiKey,
    username,
    password,
    close: async () => {},
  };
}
