import { createServer } from 'node:http';
import { setMaxListeners } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Dispatcher } from 'undici';
import { createDispatcher, proxySecrets } from '../client/proxyDispatcher.js';
import { createEvidenceRecorder } from '../client/evidenceRecorder.js';
import { appendLineDurable } from '../core/appendLineDurable.js';
import { createRedactor, redactUrl, secretsInUrl } from '../core/redactor.js';
import { toolVersion } from '../core/toolVersion.js';
import { makeRunId } from '../engine/runId.js';
import { writeRunInfo } from '../engine/runInfo.js';
import { runFile } from '../suite/runFiles.js';
import { coverageOf } from './coverageBoard.js';
import { createCoverageWatch } from './coverageWatch.js';
import { createExchangeRecorder } from './exchangeRecorder.js';
import { createJudge, type Judge } from './judgeWrite.js';
import { listenOnLoopback } from './listenOnLoopback.js';
import {
  COVERED_QUIET_MS,
  DEFAULT_OBSERVE_PORT,
  MAX_OBSERVED_BODY,
  type ObserveHandle,
  type ObserveOptions,
  type ObserveResult,
} from './observeOptions.js';
import type { ObservedLine } from './observeTypes.js';
import { proxyExchange } from './proxyExchange.js';
import { OBSERVED_FILE } from './readObservedLog.js';
import { forwardedUrl, resolveObserveTarget } from './resolveObserveTarget.js';
import { scheduleAutoStop, type ProxyActivity } from './scheduleAutoStop.js';
import { SessionEntities } from './sessionEntities.js';
import { stopObserve } from './stopObserve.js';
import { WriteGenerations } from './writeGenerations.js';

export {
  COVERED_QUIET_MS,
  DEFAULT_OBSERVE_PORT,
  MAX_OBSERVED_BODY,
  type ObserveHandle,
  type ObserveOptions,
  type ObserveResult,
  type ObserveTargetInput,
} from './observeOptions.js';

/**
 * `ptv-readiness observe` programmatically: a recording, judging proxy on 127.0.0.1 in front of a PTV
 * target. The integration under test is configured with `apiUrl` and `tokenUrl`; every exchange is
 * forwarded unchanged, then recorded (redacted, appended as it happens), classified against DVV's
 * items and judged (rules, PTV's answer, a read-back with the integration's own token).
 */
export async function startObserve(opts: ObserveOptions): Promise<ObserveHandle> {
  const target = await resolveObserveTarget(opts);
  const startedAt = new Date();
  const runId = makeRunId(startedAt, target.name);
  const runDir = join(opts.outDir, runId);
  mkdirSync(runDir, { recursive: true });
  writeRunInfo(runDir, {
    runId,
    createdAt: startedAt.toISOString(),
    toolVersion: toolVersion(),
    target: target.name,
    apiUrl: target.apiUrl,
    tokenUrl: target.tokenUrl,
    authShape: target.authShape,
  });
  const redactor = createRedactor([
    ...secretsInUrl(target.apiUrl),
    ...secretsInUrl(target.tokenUrl),
    ...proxySecrets(process.env),
  ]);
  const evidence = createEvidenceRecorder({ path: runFile(runDir, 'evidence'), redactor });
  const observedPath = join(runDir, OBSERVED_FILE);
  const startLine: ObservedLine = {
    type: 'start',
    runId,
    startedAt: startedAt.toISOString(),
    target: { name: target.name, apiUrl: redactUrl(target.apiUrl), tokenUrl: redactUrl(target.tokenUrl) },
    ruleProfile: opts.ruleProfile ?? 'live2026',
    organization: { ...opts.organization },
    tester: { ...opts.tester },
  };
  appendLineDurable(observedPath, startLine);
  // Sized for PTV's per-user cap of 64 concurrent requests, kept alive between exchanges.
  const dispatcher: Dispatcher = createDispatcher({
    connectMs: 10_000,
    headersMs: 120_000,
    bodyMs: 120_000,
    connections: 64,
  });
  const maxBody = opts.maxBodyBytes ?? MAX_OBSERVED_BODY;
  const session = new SessionEntities();
  const generations = new WriteGenerations();
  const activity: ProxyActivity = { inFlight: 0, lastActivity: performance.now() };
  const abort = new AbortController();
  // One listener per forwarded request in flight (up to PTV's 64 and beyond): not a leak.
  setMaxListeners(0, abort.signal);

  // The recorder, the judge and the board report to one another; the getters bind them late.
  const recorder = createExchangeRecorder({
    redactor,
    evidence,
    observedPath,
    session,
    generations,
    judge: () => judge,
    onRecorded: () => watch.changed(),
  });
  const watch = createCoverageWatch({
    observations: recorder.observations,
    judge: () => judge,
    inFlight: () => activity.inFlight,
    ...(opts.onChange && { onChange: opts.onChange }),
  });
  const judge: Judge = createJudge({
    redactor,
    evidence,
    dispatcher,
    apiUrl: target.apiUrl,
    profile: opts.ruleProfile ?? 'live2026',
    onJudgement: recorder.recordJudgement,
  });

  const server = createServer({ keepAliveTimeout: 5_000 }, (req, res) => {
    res.on('error', () => undefined);
    req.on('error', () => undefined);
    activity.inFlight += 1;
    activity.lastActivity = performance.now();
    const url = req.url ?? '/';
    const forwardedTo = forwardedUrl(target, url);
    // Counted on arrival, before forwarding: a read-back that finishes after a later write of the same
    // entity reached the proxy is superseded, not a mismatch.
    const arrivalKey = generations.keyOfWrite(
      (req.method ?? 'GET').toUpperCase(),
      url.split('?')[0]!,
      session,
    );
    const arrivalGen = arrivalKey === undefined ? undefined : generations.bump(arrivalKey);
    void proxyExchange(req, res, { dispatcher, forwardedTo, maxBody, signal: abort.signal }).then((x) => {
      try {
        recorder.record(x, forwardedTo, arrivalKey, arrivalGen);
      } catch (err) {
        // Recording must never take the proxy down; the exchange itself was already answered.
        process.emitWarning(`observe: could not record an exchange: ${(err as Error).message}`);
      }
      activity.inFlight -= 1;
      activity.lastActivity = performance.now();
      watch.changed();
    });
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  let port: number;
  try {
    port = await listenOnLoopback(server, opts.port ?? DEFAULT_OBSERVE_PORT);
  } catch (err) {
    await target.sim?.close();
    await dispatcher.close();
    throw err;
  }
  const origin = `http://127.0.0.1:${port}`;

  let result: Promise<ObserveResult> | undefined;
  let resolveStopped!: (r: ObserveResult) => void;
  const stopped = new Promise<ObserveResult>((r) => (resolveStopped = r));
  const stop = (o: { interrupted?: boolean } = {}): Promise<ObserveResult> =>
    (result ??= (async () => {
      autoStop.cancel();
      const r = await stopObserve(
        {
          server,
          judge,
          watch,
          abort,
          dispatcher,
          ...(target.sim && { sim: target.sim }),
          runDir,
          formats: opts.formats ?? ['html', 'md', 'junit'],
          langs: opts.langs ?? ['fi', 'en'],
          secrets: () => redactor.secrets(),
        },
        o.interrupted === true,
      );
      resolveStopped(r);
      return r;
    })());
  const autoStop = scheduleAutoStop({
    ...(opts.until !== undefined && { until: opts.until }),
    quietMs: opts.quietMs ?? COVERED_QUIET_MS,
    whenCovered: watch.whenCovered,
    activity,
    pending: () => judge.pending(),
    stop: () => void stop(),
  });

  return {
    apiUrl: origin,
    tokenUrl: `${origin}/api/auth/api-login`,
    runDir,
    runId,
    ...(target.sim && {
      simCredentials: { ...target.sim.credentials },
      simOrganizationId: target.sim.organizationId,
    }),
    coverage: () => coverageOf(recorder.observations),
    whenCovered: watch.whenCovered,
    stopped,
    stop,
  };
}
