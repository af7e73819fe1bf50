import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setMaxListeners } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Dispatcher } from 'undici';
import { createDispatcher, proxySecrets } from '../client/proxyDispatcher.js';
import { createEvidenceRecorder } from '../client/evidenceRecorder.js';
import { appendLineDurable } from '../core/appendLineDurable.js';
import { PtvrError } from '../core/errors.js';
import { isProductionUrl } from '../core/productionHost.js';
import { createRedactor, redactUrl, secretsInUrl, type Redactor } from '../core/redactor.js';
import { toolVersion } from '../core/toolVersion.js';
import { makeRunId } from '../engine/runId.js';
import { writeRunInfo } from '../engine/runInfo.js';
import type { ItemResult, ReportModel, RunStatus } from '../report/model.js';
import type { Lang } from '../report/labels.js';
import type { ReportFormat } from '../report/renderReports.js';
import type { RuleProfile } from '../rules/types.js';
import { createSimulator, type Simulator, type SimulatorOptions } from '../simulator/index.js';
import { runFile } from '../suite/runFiles.js';
import { classifyExchange } from './classifyExchange.js';
import { coverageOf, type Observation } from './coverageBoard.js';
import { endToEndHeaders, flatHeaders, forwardRequest } from './forwardRequest.js';
import { createJudge, type Judge } from './judgeWrite.js';
import { finishObserve } from './finishObserve.js';
import type { CoverageBoard, Exchange, ObservedLine } from './observeTypes.js';
import { OBSERVED_FILE } from './readObservedLog.js';
import { SessionEntities } from './sessionEntities.js';
import { WriteGenerations } from './writeGenerations.js';

/** The documented default port of `ptv-readiness observe`. */
export const DEFAULT_OBSERVE_PORT = 8411;
/** Largest request body the proxy buffers; PTV's own limit is far below (it refuses megabyte bodies). */
export const MAX_OBSERVED_BODY = 64 * 1024 * 1024;
/** `until: 'covered'` stops once covered and the traffic has been quiet this long. */
export const COVERED_QUIET_MS = 3_000;

export type ObserveTargetInput =
  'sim' | { name?: 'cte' | 'custom'; apiUrl: string; tokenUrl: string; authShape?: 'cte' | 'prod' };

export interface ObserveOptions {
  /** `sim` starts the embedded simulator (fresh, 127.0.0.1:0); otherwise the target's two URLs. */
  target: ObserveTargetInput;
  /** 0 = any free port; default DEFAULT_OBSERVE_PORT. Always on 127.0.0.1. */
  port?: number;
  /** Reports directory: the run writes `<outDir>/<run-id>/`. */
  outDir: string;
  /**
   * `covered`: stop once every requirement was exercised and no exchange came for `quietMs`;
   * a number: stop after that many ms.
   */
  until?: 'covered' | number;
  /** Quiet time before `until: 'covered'` stops (default COVERED_QUIET_MS). */
  quietMs?: number;
  ruleProfile?: RuleProfile;
  /** Report languages, first = primary (default fi,en). */
  langs?: Lang[];
  /** Report views written at stop (default html, md, junit; the CLI adds pdf). */
  formats?: ReportFormat[];
  /** Largest request body forwarded (default MAX_OBSERVED_BODY); larger ones get 413 and a finding. */
  maxBodyBytes?: number;
  /** Options for the embedded simulator (`target: 'sim'` only): defects, users, latency. */
  sim?: Omit<SimulatorOptions, 'host' | 'port'>;
  /** Called after every exchange and judgement (the CLI redraws its board). */
  onChange?: (board: CoverageBoard) => void;
  /** Organisation / tester facts for the report cover. */
  organization?: { name?: string; businessId?: string };
  tester?: { name?: string; email?: string; phone?: string };
}

export interface ObserveHandle {
  /** API base the integration must use (`http://127.0.0.1:<port>`, serving `/api/v11/...`). */
  apiUrl: string;
  /** Token URL the integration must use (`http://127.0.0.1:<port>/api/auth/api-login`). */
  tokenUrl: string;
  runDir: string;
  runId: string;
  /** `target: 'sim'`: the simulator's API user (the integration logs in with these). */
  simCredentials?: { username: string; password: string };
  /** `target: 'sim'`: the simulator's seeded organisation id. */
  simOrganizationId?: string;
  coverage(): CoverageBoard;
  /** Resolves once every required row was exercised and every read-back settled. */
  whenCovered(): Promise<void>;
  /** Resolves when the proxy stopped on its own (`until`), with the same result as stop(). */
  stopped: Promise<ObserveResult>;
  /** Stops accepting traffic, finishes the read-backs, writes report.json and the views. */
  stop(options?: { interrupted?: boolean }): Promise<ObserveResult>;
}

export interface ObserveResult {
  runDir: string;
  status: RunStatus;
  items: ItemResult[];
  /** Render or secret-scan problems (the run still has report.json). */
  errors: { code: string; message: string }[];
  /** The report model as written to report.json. */
  model: ReportModel;
}

interface ResolvedObserveTarget {
  name: 'sim' | 'cte' | 'custom';
  apiUrl: string;
  tokenUrl: string;
  authShape: 'cte' | 'prod';
  sim?: Simulator;
}

async function resolveTarget(o: ObserveOptions): Promise<ResolvedObserveTarget> {
  if (o.target === 'sim') {
    const sim = await createSimulator({
      ...o.sim,
      host: '127.0.0.1',
      port: 0,
      ...(o.ruleProfile && o.sim?.profile === undefined && { profile: o.ruleProfile }),
    });
    return { name: 'sim', apiUrl: sim.apiUrl, tokenUrl: sim.tokenUrl, authShape: 'cte', sim };
  }
  const t = o.target;
  // The readiness test is done in CTE: observe never sits in front of production PTV.
  for (const url of [t.apiUrl, t.tokenUrl]) {
    if (isProductionUrl(url)) {
      throw new PtvrError(
        'PTVR_PRODUCTION_WRITE_REFUSED',
        `observe refuses a production PTV host (${new URL(url).host})`,
        {
          hint: 'observe in front of the Customer Test Environment (--target cte) or the simulator (--target sim)',
        },
      );
    }
  }
  return {
    name: t.name ?? 'custom',
    apiUrl: t.apiUrl,
    tokenUrl: t.tokenUrl,
    authShape: t.authShape ?? 'cte',
  };
}

async function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new PtvrError('PTVR_PORT_IN_USE', `Port ${port} on 127.0.0.1 is already in use`, {
              hint: 'pick another with --port <n> (or --port 0 for any free port)',
            })
          : err,
      ),
    );
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function parseJson(buf: Buffer | undefined): unknown {
  if (!buf || buf.length === 0 || buf.length > 8 * 1024 * 1024) return undefined;
  try {
    return JSON.parse(buf.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Everything secret in a login exchange or a bearer header becomes known to the redactor first. */
function learnSecrets(redactor: Redactor, x: Exchange, reqJson: unknown, resJson: unknown): void {
  const auth = x.requestHeaders.authorization;
  if (auth) redactor.addSecret(auth.replace(/^Bearer\s+/i, '').trim());
  const pick = (v: unknown, keys: string[]): void => {
    if (typeof v !== 'object' || v === null) return;
    for (const k of keys) redactor.addSecret((v as Record<string, unknown>)[k] as string | undefined);
  };
  if (/\/api\/auth\//i.test(x.url)) {
    pick(reqJson, ['username', 'password', 'apiUserOrganisation']);
    pick(resJson, ['ptvToken', 'serviceToken', 'access_token', 'token']);
  }
}

/** The integration's request: body buffered (bounded) so it can be judged, then forwarded whole. */
async function readBody(req: IncomingMessage, max: number): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Read to the end even past the limit (dropping the excess), so the 413 reaches the integration.
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= max) chunks.push(chunk as Buffer);
  }
  return size > max ? 'too-large' : Buffer.concat(chunks);
}

/**
 * `ptv-readiness observe` programmatically: a recording, judging proxy on 127.0.0.1 in front of a PTV
 * target. The integration under test is configured with `apiUrl` and `tokenUrl`; every exchange is
 * forwarded unchanged, then recorded (redacted, appended as it happens), classified against DVV's
 * items and judged (rules, PTV's answer, a read-back with the integration's own token).
 */
export async function startObserve(opts: ObserveOptions): Promise<ObserveHandle> {
  const target = await resolveTarget(opts);
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
  const observations: Observation[] = [];
  const bySeq = new Map<number, Observation>();
  let seq = 0;
  let inFlight = 0;
  let lastActivity = performance.now();
  let stopping = false;
  const abort = new AbortController();
  // One listener per forwarded request in flight (up to PTV's 64 and beyond): not a leak.
  setMaxListeners(0, abort.signal);
  const waiters: (() => void)[] = [];

  // The board is recomputed at most every 50 ms, not per exchange: 64 concurrent requests must not
  // each walk the whole session.
  let tickTimer: NodeJS.Timeout | undefined;
  const tick = (): void => {
    tickTimer = undefined;
    const board = coverageOf(observations);
    opts.onChange?.(board);
    if (!board.covered || waiters.length === 0) return;
    if (judge.pending() === 0 && inFlight === 0) for (const w of waiters.splice(0)) w();
    // Covered but read-backs still running: look again once they are done.
    else if (judge.pending() > 0) void judge.drain().then(changed);
  };
  const changed = (): void => {
    tickTimer ??= setTimeout(tick, 50);
  };
  const judge: Judge = createJudge({
    redactor,
    evidence,
    dispatcher,
    apiUrl: target.apiUrl,
    profile: opts.ruleProfile ?? 'live2026',
    onJudgement: (s, judgement, evidenceIds) => {
      const o = bySeq.get(s);
      if (o) o.judgement = judgement;
      const line: ObservedLine = { type: 'judgement', seq: s, judgement, evidenceIds };
      appendLineDurable(observedPath, redactor.redactJson(line), { fsync: false });
      changed();
    },
  });

  const targetUrl = (path: string): string =>
    /^\/api\/auth\//i.test(path)
      ? target.tokenUrl + (path.includes('?') ? path.slice(path.indexOf('?')) : '')
      : target.apiUrl.replace(/\/+$/, '') + path;

  const record = (x: Exchange, forwardedTo: string, arrivalKey?: string, arrivalGen?: number): void => {
    const reqJson = parseJson(x.requestBody);
    const resJson = parseJson(x.responseBody);
    learnSecrets(redactor, x, reqJson, resJson);
    const e = evidence.record({
      attempt: 1,
      requestId: evidence.newRequestId(),
      method: x.method,
      url: forwardedTo,
      ...(x.status !== undefined && { status: x.status }),
      ...(x.error !== undefined && { error: x.error }),
      startedAt: x.startedAt,
      durationMs: x.durationMs,
      requestHeaders: x.requestHeaders,
      requestBody: x.requestBody.toString('utf8'),
      ...(x.responseHeaders && { responseHeaders: x.responseHeaders }),
      ...(x.responseBody && { responseBody: x.responseBody.toString('utf8') }),
    });
    const path = x.url.split('?')[0]!;
    const classification = classifyExchange(
      {
        method: x.method,
        path,
        ...(x.status !== undefined && { status: x.status }),
        ...(reqJson !== undefined && { requestJson: reqJson }),
        ...(resJson !== undefined && { responseJson: resJson }),
        bearer: /^Bearer\s+\S/i.test(x.requestHeaders.authorization ?? ''),
        ...(x.error !== undefined && { error: x.error }),
        ...(x.refusedByProxy !== undefined && { refusedByProxy: x.refusedByProxy }),
        ...(x.clientGone && { clientGone: true }),
      },
      session,
    );
    if (x.status !== undefined && x.status >= 200 && x.status < 300) session.apply(classification);
    const s = ++seq;
    const o: Observation = { seq: s, classification };
    observations.push(o);
    bySeq.set(s, o);
    const line: ObservedLine = {
      type: 'exchange',
      seq: s,
      evidenceId: e.id,
      at: x.startedAt.toISOString(),
      durationMs: Math.round(x.durationMs * 10) / 10,
      method: x.method,
      path: redactor.redactString(path),
      ...(x.status !== undefined && { status: x.status }),
      classification,
    };
    // One write() per exchange as it happens: a SIGKILL loses at most the exchange in progress.
    appendLineDurable(observedPath, redactor.redactJson(line), { fsync: false });
    // A create is its entity's first write: its generation starts when the answer names the id.
    const key =
      arrivalKey ?? (classification.entity?.id ? generations.keyOf(classification.entity.id) : undefined);
    const gen = arrivalGen ?? (key ? generations.current(key) : 0);
    judge.enqueue(s, classification, {
      requestJson: reqJson,
      responseJson: resJson,
      authorization: x.requestHeaders.authorization,
      status: x.status,
      isCurrent: () => key === undefined || generations.current(key) === gen,
    });
    changed();
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    inFlight += 1;
    lastActivity = performance.now();
    const started = new Date();
    const t0 = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = req.url ?? '/';
    const forwardedTo = targetUrl(url);
    // Counted on arrival, before forwarding: a read-back that finishes after a later write of the same
    // entity reached the proxy is superseded, not a mismatch.
    const arrivalKey = generations.keyOfWrite(method, url.split('?')[0]!, session);
    const arrivalGen = arrivalKey === undefined ? undefined : generations.bump(arrivalKey);
    const requestHeaders = endToEndHeaders(req.headers);
    let body: Buffer = Buffer.alloc(0);
    let answered = false;
    const x: Exchange = {
      method,
      url,
      requestHeaders: flatHeaders(requestHeaders),
      requestBody: body,
      startedAt: started,
      durationMs: 0,
    };
    try {
      const read = await readBody(req, maxBody).catch(() => 'closed' as const);
      if (read === 'closed' || !req.complete) {
        x.clientGone = true;
        return;
      }
      if (read === 'too-large') {
        x.refusedByProxy = `request body over ${maxBody} bytes: not forwarded, the proxy answered 413`;
        res.writeHead(413, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: `ptv-readiness observe: ${x.refusedByProxy}` }));
        return;
      }
      body = read;
      x.requestBody = body;
      try {
        const f = await forwardRequest(dispatcher, forwardedTo, method, requestHeaders, body, abort.signal);
        x.status = f.status;
        x.responseHeaders = flatHeaders(f.headers);
        x.responseBody = f.body;
        if (!res.destroyed) {
          res.writeHead(f.status, { ...f.headers, 'content-length': String(f.body.length) });
          res.end(f.body);
          answered = true;
        }
      } catch (err) {
        const code = (err as { code?: string }).code ?? (err as Error).name;
        const cause = (err as { cause?: { code?: string } }).cause?.code;
        x.error = [code, cause].filter(Boolean).join(': ') || 'no response';
        if (!res.headersSent && !res.destroyed) {
          const msg = JSON.stringify({
            message: `ptv-readiness observe: the target did not answer (${x.error})`,
          });
          res.writeHead(502, {
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(msg)),
          });
          res.end(msg);
          answered = true;
        }
      }
    } catch (err) {
      x.error = (err as Error).message;
    } finally {
      if (!answered && x.refusedByProxy === undefined) x.clientGone = true;
      x.durationMs = performance.now() - t0;
      try {
        record(x, forwardedTo, arrivalKey, arrivalGen);
      } catch (err) {
        // Recording must never take the proxy down; the exchange itself was already answered.
        process.emitWarning(`observe: could not record an exchange: ${(err as Error).message}`);
      }
      inFlight -= 1;
      lastActivity = performance.now();
      changed();
    }
  };

  const server = createServer({ keepAliveTimeout: 5_000 }, (req, res) => {
    res.on('error', () => undefined);
    req.on('error', () => undefined);
    void handle(req, res);
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  let port: number;
  try {
    port = await listen(server, opts.port ?? DEFAULT_OBSERVE_PORT);
  } catch (err) {
    await target.sim?.close();
    await dispatcher.close();
    throw err;
  }
  const origin = `http://127.0.0.1:${port}`;

  let result: Promise<ObserveResult> | undefined;
  let resolveStopped!: (r: ObserveResult) => void;
  const stopped = new Promise<ObserveResult>((r) => (resolveStopped = r));
  let timer: NodeJS.Timeout | undefined;

  const stop = (o: { interrupted?: boolean } = {}): Promise<ObserveResult> =>
    (result ??= (async () => {
      stopping = true;
      if (timer) clearTimeout(timer);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await judge.drain();
      if (tickTimer) clearTimeout(tickTimer);
      tick();
      abort.abort();
      await dispatcher.close().catch(() => undefined);
      await target.sim?.close();
      const r = await finishObserve({
        runDir,
        finishedAt: new Date(),
        formats: opts.formats ?? ['html', 'md', 'junit'],
        langs: opts.langs ?? ['fi', 'en'],
        secrets: redactor.secrets(),
        ...(o.interrupted && { errors: [{ code: 'PTVR_INTERRUPTED', message: 'observe was interrupted' }] }),
      });
      resolveStopped(r);
      return r;
    })());

  const whenCovered = (): Promise<void> =>
    new Promise<void>((resolve) => {
      waiters.push(resolve);
      changed();
    });
  if (opts.until === 'covered') {
    // Covered is not the end of the integration's run: stop once the traffic has been quiet a while,
    // so a sync still in progress is not cut off mid-request.
    const quietMs = opts.quietMs ?? COVERED_QUIET_MS;
    const whenQuiet = (): void => {
      if (stopping) return;
      const idle = performance.now() - lastActivity;
      if (inFlight === 0 && judge.pending() === 0 && idle >= quietMs) void stop();
      else timer = setTimeout(whenQuiet, Math.max(50, quietMs - idle));
    };
    void whenCovered().then(whenQuiet);
  } else if (typeof opts.until === 'number') timer = setTimeout(() => void stop(), opts.until);

  return {
    apiUrl: origin,
    tokenUrl: `${origin}/api/auth/api-login`,
    runDir,
    runId,
    ...(target.sim && {
      simCredentials: { ...target.sim.credentials },
      simOrganizationId: target.sim.organizationId,
    }),
    coverage: () => coverageOf(observations),
    whenCovered,
    stopped,
    stop,
  };
}
