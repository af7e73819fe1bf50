import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TokenInfo, TokenSession } from '../client/index.js';
import { proxySecrets } from '../core/proxySecrets.js';
import type { OrganizationFacts } from './readOrganizationFacts.js';
import type { ResolvedConfig, SuiteId } from '../config/types.js';
import { isPtvrError, PtvrError } from '../core/errors.js';
import type { Outcome } from '../core/exitCode.js';
import { systemClock, type Clock, type Io } from '../core/io.js';
import { createRedactor, redactUrl, secretsInUrl } from '../core/redactor.js';
import { toolVersion } from '../core/toolVersion.js';
import { releaseGarbage } from '../core/releaseGarbage.js';
import { writeFileAtomic } from '../core/writeFileAtomic.js';
import type { ReportModel } from '../report/model.js';
import { runFile } from '../suite/runFiles.js';
import { Collector } from './collector.js';
import { createProgress, type Progress, type ProgressMode } from './progress.js';
import { businessIdWarning } from '../config/businessIdWarning.js';
import { configuredUrls } from '../config/targets.js';
import type { ReportFormat } from '../report/renderReports.js';
import type { PdfPrinter } from '../report/renderPdf.js';
import { closePdfPrinter, startPdfPrinter } from '../report/startPdfPrinter.js';
import type { Lang } from '../report/labels.js';
import { makeRunId } from './runId.js';
import { writeRunInfo } from './runInfo.js';
import { createPreflightGate, GATE_SETUP_FILE } from './preflightGate.js';
import type { StartedTarget } from './startTarget.js';
import { suiteFiles, SUITE_IDS } from './suiteFiles.js';
import { requireCredentials, selectSuites } from './runGuards.js';
import { suiteSettingsFor, workerEnv } from './suiteSettingsFor.js';
import { loadRunRouteMap, routesInfo, suitesDirFor } from './v12WriteProfile.js';
import { packageRoot } from '../core/toolVersion.js';
import { createPhaseTimes, sinceStart, type PhaseTimes } from './phaseTimes.js';
import { phaseReporter } from './phaseReporter.js';
import type * as AfterSuites from './afterSuites.js';

let afterSuitesModule: Promise<typeof AfterSuites> | undefined;
/** The report pipeline and the rest of what runs after the suites, loaded once and on demand. */
const afterSuites = (): Promise<typeof AfterSuites> => (afterSuitesModule ??= import('./afterSuites.js'));

export interface RunOptions {
  config: ResolvedConfig;
  io: Io;
  signal: AbortSignal;
  progress: ProgressMode;
  /** ANSI colour in the progress output (NO_COLOR / FORCE_COLOR, see cli/colour.ts); default: on a TTY. */
  colour?: boolean;
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
  // The Chromium started early for the PDFs is closed on every way out, a thrown bug included.
  const pdf: { printer?: Promise<PdfPrinter> } = {};
  try {
    return await runStarted(opts, pdf);
  } finally {
    await closePdfPrinter(pdf.printer);
  }
}

async function runStarted(opts: RunOptions, pdf: { printer?: Promise<PdfPrinter> }): Promise<RunResult> {
  const { config, io, signal } = opts;
  const clock = opts.clock ?? systemClock;
  // Where the wall time goes (PTVR_PHASE_TIMES, read by `npm run bench:run`); process start → here too.
  const times = createPhaseTimes();
  times.add('process start, imports, config', 0, sinceStart());
  const suites = selectSuites(config);
  requireCredentials(config);
  // Before the run directory exists: a bad --v12-routes is a usage-time error, not a half-written run.
  const loadedRoutes = loadRunRouteMap(config);
  const v12Routes = loadedRoutes && routesInfo(loadedRoutes);
  const startedAt = clock.now();
  const deferV12 = config.readApis.includes('v12') && config.v12.defer;
  const runId = makeRunId(startedAt, config.target.name);
  const runDir = join(config.out, runId);
  mkdirSync(runDir, { recursive: true });
  const redactor = createRedactor([
    config.secrets.username,
    config.secrets.password,
    config.secrets.apiUserOrganisation,
    config.secrets.apiKey,
    ...secretsInUrl(config.v12.apiUrl),
    // Every credential the run knows, wherever it came from: URL parameters and proxy userinfo too.
    ...secretsInUrl(configuredUrls(config.target).apiUrl),
    ...secretsInUrl(configuredUrls(config.target).tokenUrl),
    ...proxySecrets(process.env),
  ]);
  const progress = createProgress(io, opts.progress, opts.colour);
  const errors: { code: string; message: string }[] = [];
  const warnings: { code: string; message: string }[] = [];
  const badBusinessId = businessIdWarning(config);
  if (badBusinessId) {
    warnings.push(badBusinessId);
    io.stderr.write(`warning: ${badBusinessId.code}: ${badBusinessId.message}\n`);
  }
  /** Hints of the coded errors (by index in `errors`), printed under them at the end. */
  const hints = new Map<number, string>();
  const fail = (err: unknown): void => {
    const e = isPtvrError(err) ? err : new PtvrError('PTVR_INTERNAL', (err as Error)?.message ?? String(err));
    errors.push({ code: e.code, message: redactor.redactString(e.message) });
    if (e.hint) hints.set(errors.length - 1, redactor.redactString(e.hint));
  };
  let target: StartedTarget | undefined;
  let collector: Collector | undefined;
  let interrupted = signal.aborted;
  let token: TokenInfo | undefined;
  let organization: OrganizationFacts | undefined;
  let harnessError = false;
  let preflightError: { code: string } | undefined;
  /** The preflight's login, reused by the teardown (memory only). */
  let session: TokenSession | undefined;

  try {
    // vitest/node is most of what the CLI imports: it loads beside the target (the simulator's own
    // import), the worker starts before the preflight, and the rest loads while the worker starts.
    const [started, { createSuiteVitest, runSuites }] = await Promise.all([
      times.time('start target', async () => (await import('./startTarget.js')).startTarget(config)),
      import('./runVitest.js'),
    ]);
    target = started;
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
      seed: config.seed,
      referenceDate: config.referenceDate,
      ruleProfile: config.ruleProfile,
      readApis: [...config.readApis],
      ...(config.writeApi === 'v12' && { writeApi: 'v12' as const }),
      ...(v12Routes && {
        v12Routes: { file: v12Routes.file, status: v12Routes.status, sha256: v12Routes.sha256 },
      }),
      ...(target.v12ApiUrl !== undefined && { v12ApiUrl: target.v12ApiUrl }),
      ...(deferV12 && {
        v12: {
          defer: true,
          waitMs: config.v12.waitMs,
          pollMs: config.v12.pollMs,
          pending: true,
          v12DelayMs: config.sim.v12DelayMs,
        },
      }),
    });
    progress.line(
      `ptv-readiness ${toolVersion()}: run ${runId} against ${target.name} (${redactUrl(target.apiUrl)})`,
    );
    const files = suiteFiles(
      opts.suitesDir ?? suitesDirFor(join(packageRoot(), 'suites'), config),
      withV12(suites, config),
    );
    // The cases count only once the preflight passed: before that the collector is not the run's.
    let gateOpen = false;
    let collectedOnce!: () => void;
    const collected = new Promise<void>((resolve) => (collectedOnce = resolve));
    // After an interrupt vitest reports every remaining case as skipped: not worth a line each.
    const cases = new Collector(packageRoot(), redactor, {
      onCase: (c) => interrupted || !gateOpen || progress.onCase(c),
      onCollected: (c) => {
        collectedOnce();
        progress.onCollected(c);
      },
    });
    const settings = suiteSettingsFor(config, target, runId, runDir, suites, v12Routes);
    // The worker starts, transforms and collects while the CLI logs in; its cases wait at the gate.
    const gate = createPreflightGate();
    const { vitest, output, spawned } = await times.time('vitest: create', () =>
      createSuiteVitest({
        settings,
        reporters: [cases, phaseReporter(times)],
        workerEnv: workerEnv(started),
        gate: { plugin: gate.plugin, setupFile: GATE_SETUP_FILE },
        ...(opts.suitesDir !== undefined && { suitesDir: opts.suitesDir }),
      }),
    );
    const onAbort = (): void => {
      interrupted = true;
      progress.line('Interrupted: stopping the run (the ledger is kept; run `ptv-readiness cleanup` later)…');
      gate.fail('interrupted');
      void vitest.cancelCurrentRun('keyboard-input');
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const run = signal.aborted ? undefined : runSuites(vitest, files);
    // Settled here so that a run stopped at the gate is no unhandled rejection; awaited below.
    run?.catch(() => undefined);
    try {
      // vitest spawns the worker a few awaits into start(): the CLI's own work waits until it has.
      if (run)
        await Promise.race([
          spawned,
          gate.workerStarted,
          run.then(
            () => undefined,
            () => undefined,
          ),
        ]);
      // One login and one API read before any case: a refused login or an unreachable host stops
      // the run here, with its evidence, instead of failing every case (no login storm).
      const { preflight } = await import('./preflight.js');
      await times
        .time('preflight', () =>
          preflight({ target: started, runId, runDir, redactor, signal, onSession: (s) => (session = s) }),
        )
        .catch((err: unknown) => {
          // Ctrl-C during the preflight is an interrupt like any other, not a finding about the target.
          if (signal.aborted) return void (interrupted = true);
          throw err;
        });
      if (!interrupted) {
        collector = cases;
        gateOpen = true;
        gate.open();
      }
      // The PDFs' Chromium comes up while the worker collects.
      pdf.printer = startPdfPrinter(config.formats);
      // The report pipeline loads once the worker has collected, not before: its modules (~0.2 s of
      // synchronous CPU) would hold the worker's module requests to this process's vite server (its
      // setup file, the gate). The templates come from the build's precompiled specs (templateSpecs.ts).
      void collected
        .then(afterSuites)
        .then((m) => {
          m.prepareReportModelValidation();
          m.prepareTemplates(config.formats);
        })
        .catch(() => undefined);
      if (run && !signal.aborted)
        await times.time('vitest: run', () => untilStoppedOrGrace(run, signal, opts.cancelGraceMs ?? 15_000));
    } finally {
      signal.removeEventListener('abort', onAbort);
      // On every way out without a passed preflight (its error, Ctrl-C): no case runs.
      if (!gateOpen) gate.fail('the preflight did not pass');
      await times.time('vitest: close', () => vitest.close());
      releaseGarbage();
    }
    // No collector: interrupted during the preflight; nothing ran, nothing to tear down.
    if (collector?.reason === 'interrupted') interrupted = true;
    for (const e of collector?.unhandledErrors ?? []) errors.push(e);
    if (
      collector &&
      collector.results(false).length === 0 &&
      !interrupted &&
      collector.unhandledErrors.length === 0
    ) {
      // vitest failed before collecting anything (syntax error in a suite, config problem).
      errors.push({
        code: 'PTVR_INTERNAL',
        message: redactor.redactString(lastLines(output(), 20) || 'no test cases ran'),
      });
    }
    // Teardown: archive what the run created (not on interrupt: the user asked to stop; cleanup does it).
    if (!interrupted) {
      // --v12-defer keeps the material for `readback`, which archives it when done (like --keep).
      const archive = !config.keep && target.name !== 'prod' && !deferV12;
      if (deferV12) {
        progress.line(
          `V12 read-back deferred: the material stays until \`ptv-readiness readback ${runDir}\` (or \`cleanup\`).`,
        );
      }
      const { teardown } = await afterSuites();
      ({ token, organization } = await times.time('teardown', () =>
        teardown({
          target: started,
          runId,
          runDir,
          redactor,
          config,
          archive,
          line: progress.line,
          warn: (w) => {
            progress.finish();
            io.stderr.write(w + '\n');
          },
          signal,
          ...(session && { session }),
          onError: fail,
        }),
      ));
    }
  } catch (err) {
    // Ctrl-C while a request was in flight (preflight, target start) is an interrupt, not a harness error.
    if (isPtvrError(err) && err.code === 'PTVR_INTERRUPTED') {
      interrupted = true;
      errors.push({ code: err.code, message: err.message });
    } else {
      harnessError = true;
      fail(err);
    }
    // Stopped before any case ran (preflight: refused login, unreachable host; target start-up).
    const ran = collector?.results(false).some((c) => c.status !== 'skipped') ?? false;
    if (!ran && harnessError) preflightError = { code: errors[errors.length - 1]!.code };
  }
  progress.finish();

  const {
    buildReportModel,
    decideOutcome,
    fileToOpen,
    formatRunSummary,
    registerFinishedRun,
    sealRunDir,
    withPreviousRun,
  } = await afterSuites();
  const cases = collector?.results(interrupted) ?? [];
  // What ran, as the report names it: without --read-api v12 "all suites" does not include v12.
  const chosen = withV12(suites, config);
  const selectedSuites = [...(chosen.length ? chosen : SUITE_IDS)];
  const decision = decideOutcome({
    cases,
    selectedSuites,
    errors,
    interrupted,
    harnessError,
    ...(preflightError && { preflightError }),
    // v12 writes through inferred routes: every executed check may pass, the run is still no READY.
    provisional: v12Routes?.status === 'inferred' || cases.some((c) => c.provisional === true),
  });
  const built = times.timeSync('report model', () =>
    buildReportModel({
      runId,
      runDir,
      config,
      ...(target && { target }),
      cases,
      status: decision.status,
      coverage: decision.coverage,
      errors,
      warnings,
      startedAt,
      finishedAt: clock.now(),
      suites: selectedSuites,
      ...(token && { token }),
      ...(organization && { organization }),
      ...(v12Routes && { v12Routes }),
    }),
  );
  // The HTML report links the previous run of the same target and actor (reports/index.json).
  const model = withPreviousRun(built, config.out);
  writeFileAtomic(runFile(runDir, 'report'), JSON.stringify(model, null, 2) + '\n');
  releaseGarbage();
  await target?.close().catch(() => undefined);

  const sealed = await sealRunDir({
    runDir,
    model,
    outcome: decision.exit,
    render: () => renderWithStatus(runDir, model, config, progress, times, pdf.printer),
    afterRender: async () => {
      // Chromium's shutdown (~0.25 s) overlaps the secret scan and the seal; runReadiness's finally
      // waits for it on every way out.
      void closePdfPrinter(pdf.printer);
      releaseGarbage();
    },
    io,
    redactor,
    target,
    progress,
    times,
  });
  if (sealed.leaked) {
    times.flush();
    return { outcome: sealed.outcome, runDir, model: sealed.model };
  }
  const outcome = sealed.outcome;
  registerFinishedRun(runDir, model, (m) => io.stderr.write(`warning: ${m}\n`));
  errors.forEach((e, i) => {
    io.stderr.write(`${e.code}: ${e.message}\n`);
    const hint = hints.get(i);
    if (hint) io.stderr.write(`  hint: ${hint}\n`);
  });
  for (const l of formatRunSummary(model, fileToOpen(runDir, config.langs), runDir)) progress.line(l);
  times.flush();
  return { outcome, runDir, model };
}

/**
 * The suite files to run: the V12 read-back (`--read-api v12|both`) joins whatever was selected; without
 * it, the v12 suite is left out of "all suites" (it would only skip). The v12 write profile reads back
 * as it writes: no separate read-back suite.
 */
function withV12(suites: readonly SuiteId[], config: ResolvedConfig): readonly SuiteId[] {
  const v12 = config.readApis.includes('v12') && config.writeApi === 'v11';
  if (suites.length === 0) return v12 ? suites : SUITE_IDS.filter((s) => s !== 'v12');
  return v12 && !suites.includes('v12') ? [...suites, 'v12'] : suites;
}

/** All views in one pass (each view model built once), with a visible status before each phase. */
async function renderWithStatus(
  runDir: string,
  model: ReportModel,
  config: ResolvedConfig,
  progress: Progress,
  times: PhaseTimes,
  printer: Promise<PdfPrinter> | undefined,
): Promise<PtvrError[]> {
  // No case ran: report.json, the views and the login evidence say why; no PDF of nothing.
  const formats = config.formats.filter(
    (f) => (f !== 'pdf' && f !== 'annex-pdf') || model.status !== 'not-run',
  ) as ReportFormat[];
  let phase: { name: string; start: number } | undefined;
  const endPhase = (): void => {
    if (phase) times.add(phase.name, phase.start, sinceStart());
    phase = undefined;
  };
  const { renderReports } = await afterSuites();
  const { errors } = await renderReports({
    runDir,
    model,
    formats,
    langs: [...config.langs] as Lang[],
    ...(printer && { printer }),
    onPhase: (name, files) => {
      endPhase();
      phase = { name: `render ${name}`, start: sinceStart() };
      progress.status(`Rendering ${files.join(', ')}${name === 'pdf' ? ' (Chromium)' : ''}…`);
    },
    onPrinted: (file, printing) => {
      if (phase?.name === 'render pdf' && printing.length > 0)
        progress.status(`Rendering ${printing.join(', ')} (Chromium; ${file} done)…`);
    },
  });
  endPhase();
  return errors;
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
