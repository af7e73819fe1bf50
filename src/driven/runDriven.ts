import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createPtvClient } from '../client/ptvClient.js';
import { proxySecrets } from '../client/proxyDispatcher.js';
import type { TokenInfo } from '../client/types.js';
import type { ResolvedConfig } from '../config/types.js';
import { configuredUrls } from '../config/targets.js';
import { isPtvrError, PtvrError } from '../core/errors.js';
import type { Outcome } from '../core/exitCode.js';
import { systemClock, type Clock, type Io } from '../core/io.js';
import { createRedactor, redactUrl, secretsInUrl } from '../core/redactor.js';
import { toolVersion } from '../core/toolVersion.js';
import { writeFileAtomic } from '../core/writeFileAtomic.js';
import { preflight } from '../engine/preflight.js';
import { createProgress, type ProgressMode } from '../engine/progress.js';
import { readEvidence } from '../engine/readEvidence.js';
import { makeRunId } from '../engine/runId.js';
import { writeRunInfo } from '../engine/runInfo.js';
import { fileToOpen, formatRunSummary } from '../engine/runSummary.js';
import { sealRunDir } from '../engine/sealRunDir.js';
import { startTarget, type StartedTarget } from '../engine/startTarget.js';
import { renderReports, type ReportFormat } from '../report/index.js';
import type { Lang } from '../report/labels.js';
import type { ReportModel } from '../report/model.js';
import { registerFinishedRun } from '../rounds/runIndexHooks.js';
import { runClientOptions } from '../suite/runClientOptions.js';
import { runFile } from '../suite/runFiles.js';
import { buildDrivenModel } from './buildDrivenModel.js';
import { createCommandDriver } from './commandDriver.js';
import type { Capabilities, Driver } from './drivenTypes.js';
import { createManualDriver, requireTty } from './manualDriver.js';
import { observedCases, startIntegrationObserver, type IntegrationObserver } from './observeIntegration.js';
import type { ObserveResult } from '../observe/observeOptions.js';
import { playScenario } from './playScenario.js';
import { markerOf } from './ptvBodies.js';
import { scenarioSteps } from './scenarioSteps.js';
import {
  appendJournal,
  drivenDir,
  foldJournal,
  journalPath,
  readJournal,
  stepDocPath,
  type JournalStart,
} from './stepJournal.js';

export interface DrivenSettings {
  driver: 'command' | 'manual';
  adapter?: string;
  syncTimeoutMs: number;
  syncPollMs: number;
  adapterTimeoutMs: number;
  /** Continue the run in this directory (its journal) instead of starting a new one. */
  resume?: string;
  /** Put the observe proxy in front of the target for the integration (its requests judged too). */
  observe?: boolean;
}

export interface DrivenRunOptions {
  config: ResolvedConfig;
  driven: DrivenSettings;
  io: Io;
  signal: AbortSignal;
  progress: ProgressMode;
  colour?: boolean;
  clock?: Clock;
  cwd: string;
  /** The tool's own environment: the adapter inherits it (never argv). */
  env: NodeJS.ProcessEnv;
  /** Tests only: play just these steps (by key, e.g. `T1.create`) of the scenario. */
  onlySteps?: readonly string[];
  /** Manual driver: where Enter comes from (default process.stdin). */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}

export interface DrivenRunResult {
  outcome: Outcome;
  runDir: string;
  model: ReportModel;
}

/** The run directory and its journal start line: fresh, or the one `--resume` names. */
function openRun(o: DrivenRunOptions, now: Date): { runDir: string; start?: JournalStart } {
  if (o.driven.resume === undefined) {
    const runId = makeRunId(now, o.config.target.name);
    const runDir = join(o.config.out, runId);
    mkdirSync(drivenDir(runDir), { recursive: true });
    return { runDir };
  }
  const runDir = o.driven.resume;
  const start = existsSync(journalPath(runDir)) ? foldJournal(readJournal(runDir)).start : undefined;
  if (!start) {
    throw new PtvrError(
      'PTVR_RUN_DIR_INVALID',
      `${runDir} holds no driven-run journal (driven/journal.ndjson)`,
      {
        hint: 'pass the directory of a `run --driver command|manual`, e.g. reports/20261127T183000Z-cte-ab12',
      },
    );
  }
  if (start.target !== o.config.target.name) {
    throw new PtvrError(
      'PTVR_USAGE',
      `--resume: that run was against ${start.target}, not ${o.config.target.name}`,
      {
        hint: `add --target ${start.target}`,
      },
    );
  }
  return { runDir, start };
}

/** The adapter's environment (driven-contract.md "Invocation"). */
function adapterEnv(
  o: DrivenRunOptions,
  target: StartedTarget,
  via: { apiUrl: string; tokenUrl: string },
  runId: string,
  runDir: string,
  orgId: string,
) {
  return {
    ...o.env,
    PTV_API_URL: via.apiUrl,
    PTV_TOKEN_URL: via.tokenUrl,
    PTV_ORGANIZATION_ID: orgId,
    ...(target.simulated && { PTV_USERNAME: target.username, PTV_PASSWORD: target.password }),
    PTVR_RUN_ID: runId,
    PTVR_RUN_DIR: runDir,
    PTVR_CONTRACT: '1',
  };
}

/**
 * `run --driver command|manual`: the scenario played through the organisation's source system and
 * integration. Starts the target, logs in once (CONN), asks the adapter what it handles, plays the
 * steps (journal in `<run-dir>/driven/`), then writes report.json, the views and the manifest like
 * `run`. Adapter failures stop the scenario (exit 2) with the report still written.
 */
export async function runDriven(o: DrivenRunOptions): Promise<DrivenRunResult> {
  const { config, io, signal } = o;
  const clock = o.clock ?? systemClock;
  if (config.target.name === 'prod') {
    throw new PtvrError(
      'PTVR_USAGE',
      '--driver command|manual writes test material: not against production',
      {
        hint: 'drive the scenario against --target cte (or sim); production gets the connection checks of `run`',
      },
    );
  }
  if (o.driven.driver === 'command' && !o.driven.adapter) {
    throw new PtvrError(
      'PTVR_USAGE',
      '--driver command needs --adapter <path> (or driver.adapter in the config file)',
      {
        hint: 'e.g. --adapter ./examples/sample-integration/adapter',
      },
    );
  }
  // Before any run directory exists: a manual run needs a person at a terminal.
  if (o.driven.driver === 'manual') requireTty(o.stdin ?? process.stdin);
  const now = clock.now();
  const opened = openRun(o, now);
  const runDir = opened.runDir;
  const redactor = createRedactor([
    config.secrets.username,
    config.secrets.password,
    config.secrets.apiUserOrganisation,
    ...secretsInUrl(configuredUrls(config.target).apiUrl),
    ...secretsInUrl(configuredUrls(config.target).tokenUrl),
    ...proxySecrets(process.env),
  ]);
  const progress = createProgress(io, o.progress, o.colour);
  const errors: { code: string; message: string; hint?: string }[] = [];
  const fail = (err: unknown): void => {
    const e = isPtvrError(err) ? err : new PtvrError('PTVR_INTERNAL', (err as Error)?.message ?? String(err));
    errors.push({
      code: e.code,
      message: redactor.redactString(e.message),
      ...(e.hint && { hint: redactor.redactString(e.hint) }),
    });
  };
  const steps = scenarioSteps().filter((s) => !o.onlySteps || o.onlySteps.includes(s.key));
  let target: StartedTarget | undefined;
  let token: TokenInfo | undefined;
  let connError: { code: string; message: string } | undefined;
  let interrupted = signal.aborted;
  let caps: Capabilities | undefined;
  let observer: IntegrationObserver | undefined;
  let observed: ObserveResult | undefined;
  let start = opened.start;
  let state = foldJournal(opened.start ? readJournal(runDir) : []);

  try {
    target = await startTarget(config);
    const runId = start?.runId ?? runDir.split(/[\\/]/).pop()!;
    if (!start) {
      writeRunInfo(runDir, {
        runId,
        createdAt: now.toISOString(),
        toolVersion: toolVersion(),
        target: target.name,
        apiUrl: target.apiUrl,
        tokenUrl: target.tokenUrl,
        authShape: target.authShape,
        ...(target.organizationId !== undefined && { organizationId: target.organizationId }),
        ...(config.sim.db !== undefined &&
          target.simulated && { simDb: config.sim.db, simProfile: config.sim.profile }),
      });
    }
    progress.line(
      `ptv-readiness ${toolVersion()}: driven run ${runId} (${o.driven.driver}${o.driven.resume ? ', resumed' : ''}) against ${target.name} (${redactUrl(target.apiUrl)})`,
    );
    try {
      token = await preflight({ target, runId, runDir, redactor, signal });
    } catch (err) {
      if (signal.aborted) throw new PtvrError('PTVR_INTERRUPTED', 'interrupted during the login');
      connError = {
        code: isPtvrError(err) ? err.code : 'PTVR_INTERNAL',
        message: redactor.redactString(String((err as Error)?.message ?? err)),
      };
      throw err;
    }
    const organizationId = start?.organizationId ?? target.organizationId ?? token.organizationId;
    if (!organizationId) {
      throw new PtvrError('PTVR_CONFIG_INVALID', 'a driven run needs the PTV organisation id', {
        hint: 'set PTV_ORGANIZATION_ID or --organization-id',
      });
    }
    if (!start) {
      start = {
        type: 'start',
        runId,
        marker: markerOf(runId),
        seed: config.seed,
        referenceDate: config.referenceDate,
        startedAt: now.toISOString(),
        target: target.name,
        organizationId,
        driver: o.driven.driver,
      };
      appendJournal(runDir, start);
      state = foldJournal([start]);
    }
    const client = createPtvClient({
      ...runClientOptions({ ...target, runId, runDir, organizationId }),
      // The tool only reads here: the integration's writes are its own (no ledger writes by the client).
      ledgerPath: undefined,
      redactor,
      signal,
    });
    try {
      if (o.driven.observe && o.driven.driver === 'command') {
        observer = await startIntegrationObserver({ runDir, target, ruleProfile: config.ruleProfile });
        progress.line(`observe: the integration's requests go through ${observer.apiUrl}`);
      }
      const env = adapterEnv(o, target, observer ?? target, runId, runDir, organizationId);
      const driver: Driver =
        o.driven.driver === 'manual'
          ? createManualDriver({
              input: o.stdin ?? process.stdin,
              output: io.stdout,
              materialPath: (key) =>
                stepDocPath(
                  runDir,
                  steps.findIndex((s) => s.key === key),
                  key,
                ),
            })
          : createCommandDriver({
              adapter: o.driven.adapter!,
              cwd: o.cwd,
              env,
              timeoutMs: o.driven.adapterTimeoutMs,
              // The sync operation never gets less time than any other operation.
              syncTimeoutMs: Math.max(o.driven.syncTimeoutMs, o.driven.adapterTimeoutMs),
              redactor,
              stepEnv: (step) => ({ PTVR_STEP: step }),
              signal,
            });
      const c = await driver.capabilities();
      caps = c.answer;
      appendJournal(runDir, { type: 'capabilities', capabilities: caps });
      progress.line(
        `adapter: ${caps.name ?? o.driven.adapter ?? 'manual'}; kinds: ${caps.kinds.length}/8; sync ${caps.sync}` +
          (caps.declared ? '' : ' (no capabilities answer: defaults)'),
      );
      const outcome = await playScenario({
        runDir,
        start,
        state,
        steps,
        driver,
        capabilities: caps,
        getFor: (caseId) => (path, query) => client.get(path, { ...(query && { query }), caseId }),
        syncTimeoutMs: o.driven.syncTimeoutMs,
        pollMs: o.driven.syncPollMs,
        signal,
        line: (s) => progress.line(s),
        now: () => clock.now(),
      });
      if (outcome.interrupted) interrupted = true;
      if (outcome.stoppedBy) fail(outcome.stoppedBy);
    } finally {
      await client.close().catch(() => undefined);
    }
  } catch (err) {
    if (isPtvrError(err) && err.code === 'PTVR_INTERRUPTED') interrupted = true;
    else fail(err);
  }
  if (signal.aborted) interrupted = true;
  if (observer) {
    try {
      observed = await observer.finish(interrupted);
    } catch (err) {
      fail(err);
    }
  }
  progress.finish();
  if (interrupted)
    errors.push({ code: 'PTVR_INTERRUPTED', message: `stopped; continue with run --resume ${runDir}` });

  const finalState = foldJournal(readJournal(runDir));
  // Stopped before the journal began (target start, login): the report says why, no step ran.
  finalState.start ??= {
    type: 'start',
    runId: runDir.split(/[\\/]/).pop()!,
    marker: '',
    seed: config.seed,
    referenceDate: config.referenceDate,
    startedAt: now.toISOString(),
    target: config.target.name,
    organizationId: target?.organizationId ?? '',
    driver: o.driven.driver,
  };
  const model = buildDrivenModel({
    runDir,
    state: finalState,
    steps,
    ...(connError && { connError }),
    target: {
      name: target?.name ?? config.target.name,
      apiUrl: target?.apiUrl ?? '',
      tokenUrl: target?.tokenUrl ?? '',
      simulated: target?.simulated ?? config.target.name === 'sim',
      ...(target?.simulated && { profile: config.sim.profile }),
    },
    ruleProfile: config.ruleProfile,
    organization: {
      ...(config.organization.name !== undefined && { name: config.organization.name }),
      ...(finalState.start.organizationId && { ptvOrganizationId: finalState.start.organizationId }),
      ...(config.organization.businessId !== undefined && { businessId: config.organization.businessId }),
    },
    tester: { ...config.tester },
    ...(token && {
      token: {
        shape: token.shape,
        ...(token.lifetimeSeconds !== undefined && { lifetimeSeconds: token.lifetimeSeconds }),
        ...(token.organizationId !== undefined && { organizationId: token.organizationId }),
      },
    }),
    ...(caps?.name !== undefined && { adapterName: caps.name }),
    ...(observed && { extraCases: observedCases(runDir, observed) }),
    ...(observed && { observed: { evidence: observed.model.evidence, cases: observed.model.cases } }),
    evidence: readEvidence(runFile(runDir, 'evidence')),
    errors: errors.filter((e) => e.code !== 'PTVR_INTERRUPTED'),
    interrupted,
    finishedAt: clock.now(),
  });
  writeFileAtomic(runFile(runDir, 'report'), JSON.stringify(model, null, 2) + '\n');
  await target?.close().catch(() => undefined);

  let outcome: Outcome = interrupted
    ? 'interrupted'
    : model.status === 'error'
      ? 'error'
      : model.status === 'passed'
        ? 'passed'
        : 'failed';
  const sealed = await sealRunDir({
    runDir,
    model,
    outcome,
    render: async () =>
      (
        await renderReports({
          runDir,
          model,
          formats: config.formats as ReportFormat[],
          langs: [...config.langs] as Lang[],
          onPhase: (phase, files) =>
            progress.status(`Rendering ${files.join(', ')}${phase === 'pdf' ? ' (Chromium)' : ''}…`),
        })
      ).errors,
    io,
    redactor,
    target,
    progress,
  });
  if (sealed.leaked) return { outcome: sealed.outcome, runDir, model: sealed.model };
  outcome = sealed.outcome;
  registerFinishedRun(runDir, model, (m) => io.stderr.write(`warning: ${m}\n`));
  for (const e of errors) {
    io.stderr.write(`${e.code}: ${e.message}\n`);
    if (e.hint) io.stderr.write(`  hint: ${e.hint}\n`);
  }
  for (const l of formatRunSummary(model, fileToOpen(runDir, config.langs), runDir)) progress.line(l);
  return { outcome, runDir, model };
}
