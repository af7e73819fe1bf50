import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TokenInfo } from '../client/types.js';
import type { OrganizationFacts } from './readOrganizationFacts.js';
import type { ResolvedConfig } from '../config/types.js';
import { isPtvrError, PtvrError } from '../core/errors.js';
import type { Outcome } from '../core/exitCode.js';
import { systemClock, type Clock, type Io } from '../core/io.js';
import { createRedactor } from '../core/redactor.js';
import { toolVersion } from '../core/toolVersion.js';
import { writeFileAtomic } from '../core/writeFileAtomic.js';
import { renderReports, writeManifest } from '../report/index.js';
import type { ReportModel } from '../report/model.js';
import { runFile } from '../suite/runFiles.js';
import { buildReportModel } from './buildReportModel.js';
import { Collector } from './collector.js';
import { createProgress, type ProgressMode } from './progress.js';
import { makeRunId } from './runId.js';
import { writeRunInfo } from './runInfo.js';
import { createSuiteVitest } from './runVitest.js';
import { scanForSecrets, secretLeakError } from './scanForSecrets.js';
import { preflight } from './preflight.js';
import { startTarget, type StartedTarget } from './startTarget.js';
import { suiteFiles, SUITE_IDS } from './suiteFiles.js';
import { requireCredentials, secretsToScan, selectSuites } from './runGuards.js';
import { suiteSettingsFor, workerEnv } from './suiteSettingsFor.js';
import { teardown } from './teardown.js';
import { applyRenderErrors } from './renderOutcome.js';
import { packageRoot } from '../core/toolVersion.js';

export interface RunOptions {
  config: ResolvedConfig;
  io: Io;
  signal: AbortSignal;
  progress: ProgressMode;
  clock?: Clock;
  /** Tests only: run the *.suite.ts of another directory. */
  suitesDir?: string;
  /** How long a cancelled run may take to stop before vitest is closed hard. */
  cancelGraceMs?: number;
}

export interface RunResult {
  outcome: Outcome;
  runDir: string;
  model: ReportModel;
}

/**
 * `ptv-readiness run`: start the target, run the suites in vitest, tear down what the run created,
 * write report.json (always), render the views, scan for secrets, write the manifest.
 */
export async function runReadiness(opts: RunOptions): Promise<RunResult> {
  const { config, io, signal } = opts;
  const clock = opts.clock ?? systemClock;
  const suites = selectSuites(config);
  requireCredentials(config);
  const startedAt = clock.now();
  const runId = makeRunId(startedAt, config.target.name);
  const runDir = join(config.out, runId);
  mkdirSync(runDir, { recursive: true });
  const redactor = createRedactor([
    config.secrets.username,
    config.secrets.password,
    config.secrets.apiUserOrganisation,
  ]);
  const progress = createProgress(io, opts.progress);
  const errors: { code: string; message: string }[] = [];
  const fail = (err: unknown): void => {
    const e = isPtvrError(err) ? err : new PtvrError('PTVR_INTERNAL', (err as Error)?.message ?? String(err));
    errors.push({ code: e.code, message: redactor.redactString(e.message) });
  };
  let target: StartedTarget | undefined;
  let collector: Collector | undefined;
  let interrupted = signal.aborted;
  let token: TokenInfo | undefined;
  let organization: OrganizationFacts | undefined;
  let harnessError = false;
  /** The preflight's error: no case ran. */
  let stoppedByPreflight: unknown;

  try {
    target = await startTarget(config);
    writeRunInfo(runDir, {
      runId,
      createdAt: startedAt.toISOString(),
      toolVersion: toolVersion(),
      target: target.name,
      apiUrl: target.apiUrl,
      tokenUrl: target.tokenUrl,
      authShape: target.authShape,
      ...(target.organizationId !== undefined && { organizationId: target.organizationId }),
      ...(config.sim.db !== undefined &&
        target.simulated && { simDb: config.sim.db, simProfile: config.sim.profile }),
    });
    progress.line(`ptv-readiness ${toolVersion()}: run ${runId} against ${target.name} (${target.apiUrl})`);
    // One login and one API read before vitest starts: a refused login or an unreachable host stops
    // the run here, with its evidence, instead of failing every case (no login storm).
    await preflight({ target, runId, runDir, redactor, signal }).catch((err: unknown) => {
      // Ctrl-C during the preflight is an interrupt like any other, not a finding about the target.
      if (signal.aborted) return void (interrupted = true);
      stoppedByPreflight = err;
      throw err;
    });
    const files = suiteFiles(opts.suitesDir ?? join(packageRoot(), 'suites'), suites);
    // After an interrupt vitest reports every remaining case as skipped: not worth a line each.
    collector = new Collector(packageRoot(), redactor, { onCase: (c) => interrupted || progress.onCase(c) });
    const settings = suiteSettingsFor(config, target, runId, runDir, suites);
    const { vitest, output } = await createSuiteVitest({
      settings,
      reporters: [collector],
      workerEnv: workerEnv(target),
      ...(opts.suitesDir !== undefined && { suitesDir: opts.suitesDir }),
    });
    const onAbort = (): void => {
      interrupted = true;
      progress.line('Interrupted: stopping the run (the ledger is kept; run `ptv-readiness cleanup` later)…');
      void vitest.cancelCurrentRun('keyboard-input');
    };
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      if (!signal.aborted)
        await untilStoppedOrGrace(vitest.start(files), signal, opts.cancelGraceMs ?? 15_000);
    } finally {
      signal.removeEventListener('abort', onAbort);
      await vitest.close();
    }
    if (collector.reason === 'interrupted') interrupted = true;
    for (const e of collector.unhandledErrors) errors.push(e);
    if (collector.results(false).length === 0 && !interrupted && collector.unhandledErrors.length === 0) {
      // vitest failed before collecting anything (syntax error in a suite, config problem).
      errors.push({
        code: 'PTVR_INTERNAL',
        message: redactor.redactString(lastLines(output(), 20) || 'no test cases ran'),
      });
    }
    // Teardown: archive what the run created (not on interrupt: the user asked to stop; cleanup does it).
    if (!interrupted) {
      const archive = !config.keep && target.name !== 'prod';
      ({ token, organization } = await teardown({
        target,
        runId,
        runDir,
        redactor,
        config,
        archive,
        line: progress.line,
        warn: (w) => io.stderr.write(w + '\n'),
        signal,
        onError: fail,
      }));
    }
  } catch (err) {
    harnessError = true;
    fail(err);
  }

  const cases = collector?.results(interrupted) ?? [];
  const status: ReportModel['status'] =
    errors.length > 0 || harnessError
      ? 'error'
      : interrupted
        ? 'interrupted'
        : cases.some((c) => c.status === 'failed')
          ? 'failed'
          : 'passed';
  const model = buildReportModel({
    runId,
    runDir,
    config,
    ...(target && { target }),
    cases,
    status: interrupted && status === 'error' && !harnessError ? 'interrupted' : status,
    errors,
    startedAt,
    finishedAt: clock.now(),
    suites: suites.length ? [...suites] : [...SUITE_IDS],
    ...(token && { token }),
    ...(organization && { organization }),
  });
  writeFileAtomic(runFile(runDir, 'report'), JSON.stringify(model, null, 2) + '\n');
  await target?.close().catch(() => undefined);

  let outcome: Outcome = model.status;
  try {
    const rendered = await renderReports({
      runDir,
      model,
      // No case ran: report.json, the views and the login evidence say why; no PDF of nothing.
      formats: config.formats.filter((f) => stoppedByPreflight === undefined || f !== 'pdf'),
      langs: [...config.langs],
    });
    outcome = applyRenderErrors(
      outcome,
      rendered.errors,
      (s) => io.stderr.write(s),
      (s) => redactor.redactString(s),
    );
  } catch (err) {
    const e = isPtvrError(err)
      ? err
      : new PtvrError('PTVR_TEMPLATE_RENDER', String((err as Error)?.message ?? err));
    io.stderr.write(`${e.code}: ${redactor.redactString(e.message)}\n`);
    outcome = outcome === 'interrupted' ? outcome : 'error';
  }

  const hits = scanForSecrets(runDir, secretsToScan(redactor, target));
  if (hits.length > 0) {
    const leak = secretLeakError(hits);
    io.stderr.write(`${leak.code}: ${leak.message}\n  hint: ${leak.hint}\n`);
    // No manifest: the directory must not look like a shareable, verified report.
    const leaked: ReportModel = {
      ...model,
      status: 'error',
      errors: [...model.errors, { code: leak.code, message: leak.message }],
    };
    writeFileAtomic(runFile(runDir, 'report'), JSON.stringify(leaked, null, 2) + '\n');
    return { outcome: 'error', runDir, model: leaked };
  }
  writeManifest(runDir);
  for (const e of errors) io.stderr.write(`${e.code}: ${e.message}\n`);
  if (isPtvrError(stoppedByPreflight) && stoppedByPreflight.hint) {
    io.stderr.write(`  hint: ${redactor.redactString(stoppedByPreflight.hint)}\n`);
  }
  printSummary(progress.line, model, runDir);
  return { outcome, runDir, model };
}

/** The run promise, or — once the signal fired — at most `graceMs` more of it. */
async function untilStoppedOrGrace(
  run: Promise<unknown>,
  signal: AbortSignal,
  graceMs: number,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((resolve) => {
    const arm = (): void => {
      timer = setTimeout(resolve, graceMs);
    };
    if (signal.aborted) arm();
    else signal.addEventListener('abort', arm, { once: true });
  });
  try {
    await Promise.race([run.then(() => undefined), grace]);
  } finally {
    if (timer) clearTimeout(timer);
  }
}

function lastLines(text: string, n: number): string {
  // Strip ANSI and keep the tail: vitest's own message for a failure before collection.
  return text
    .replace(new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g'), '')
    .trim()
    .split('\n')
    .slice(-n)
    .join('\n');
}

function printSummary(line: (s: string) => void, m: ReportModel, runDir: string): void {
  const count = (s: string): number => m.cases.filter((c) => c.status === s).length;
  line(
    `${m.status.toUpperCase()}: ${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped — ${runDir}`,
  );
}
