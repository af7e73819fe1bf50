import type { LookupFunction } from 'node:net';
import { PtvrError } from '../core/errors.js';
import type { LedgerEntry } from '../core/ledgerEntry.js';
import { createRedactor, type Redactor } from '../core/redactor.js';
import { createConcurrencyLimiter } from './concurrencyLimiter.js';
import { createEvidenceRecorder } from './evidenceRecorder.js';
import { findBySourceId, organizationIdsFor, type RecoverTarget } from './findBySourceId.js';
import {
  createHttpTransport,
  DEFAULT_TIMEOUTS,
  TransportFailure,
  type AttemptResult,
} from './httpTransport.js';
import { createLedgerWriter, entityRefOf } from './ledger.js';
import { assertWriteAllowed } from './productionGuard.js';
import {
  backoffDelay,
  classifyTransportError,
  isIdempotent,
  isRetryableStatus,
  resolveRetryPolicy,
  sleep,
} from './retryPolicy.js';
import { createTokenManager } from './tokenManager.js';
import type { PtvRequest, PtvResponse, TokenInfo } from './types.js';

export interface PtvClientOptions {
  /** Origin, e.g. https://api.palvelutietovaranto.trn.suomi.fi */
  apiUrl: string;
  tokenUrl: string;
  authShape: 'cte' | 'prod';
  credentials: { username: string; password: string; apiUserOrganisation?: string };
  /** For the apiUserOrganisation warning and recovery lookups. */
  ptvOrganizationId?: string;
  runId: string;
  /** Append evidence here when set. */
  evidencePath?: string;
  /** Append ledger lines here when set. */
  ledgerPath?: string;
  /** Created if absent; credentials and every token obtained are registered either way. */
  redactor?: Redactor;
  /** Default 8, clamped to 1..64. */
  concurrency?: number;
  /** Defaults 10 s / 30 s / 30 s. */
  timeouts?: { connectMs?: number; headersMs?: number; bodyMs?: number };
  /** Defaults 6 / 200 / 5000. */
  retry?: { maxRetries?: number; minDelayMs?: number; maxDelayMs?: number };
  /** Default 64 KiB. */
  evidenceBodyLimit?: number;
  onWarning?: (message: string) => void;
  /** Host name resolution for the agent (tests map a production host name to 127.0.0.1). */
  lookup?: LookupFunction;
  /** Fired on SIGINT/SIGTERM: in-flight attempts and backoffs stop with PTVR_INTERRUPTED. */
  signal?: AbortSignal;
  /** Randomness for backoff jitter (tests pass a constant). */
  random?: () => number;
}

type Opts = Omit<PtvRequest, 'method' | 'path' | 'body'>;

export interface PtvClient {
  /** Never throws on 4xx/5xx; throws PtvrError on transport failure after retries, on auth failure and on the production guard. */
  request<T = unknown>(req: PtvRequest): Promise<PtvResponse<T>>;
  get<T = unknown>(path: string, opts?: Opts): Promise<PtvResponse<T>>;
  post<T = unknown>(path: string, body: unknown, opts?: Opts): Promise<PtvResponse<T>>;
  put<T = unknown>(path: string, body: unknown, opts?: Opts): Promise<PtvResponse<T>>;
  /** Current token info (logs in if needed); never exposes the raw token. */
  token(): Promise<TokenInfo>;
  /** Forget the cached token (tests of re-login). */
  invalidateToken(): void;
  close(): Promise<void>;
}

/** A 5xx that is PTV's definite refusal, not an ambiguous failure (duplicate sourceId in 3.4, §7.3). */
const DEFINITE_REFUSAL = /already exists/i;

function buildUrl(apiUrl: string, path: string, query: PtvRequest['query']): string {
  const base = new URL(apiUrl);
  const u = new URL(base.pathname.replace(/\/+$/, '') + path, base.origin);
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) u.searchParams.set(k, String(v));
  return u.toString();
}

function parseBody(text: string): unknown {
  const t = text.trimStart();
  if (t.startsWith('{') || t.startsWith('[') || t.startsWith('"')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // not JSON
    }
  }
  return text;
}

function unreachable(what: string, code: string, cause: unknown, extra = ''): PtvrError {
  return new PtvrError('PTVR_TARGET_UNREACHABLE', `${what} failed: ${code}.${extra}`, {
    hint: 'Check the API / token URL, DNS, firewall, proxy and TLS (certificate) settings; the target must be reachable from here.',
    cause,
    details: { code },
  });
}

export function createPtvClient(options: PtvClientOptions): PtvClient {
  const redactor = options.redactor ?? createRedactor();
  const policy = resolveRetryPolicy(options.retry);
  const random = options.random ?? Math.random;
  const evidence = createEvidenceRecorder({
    ...(options.evidencePath !== undefined && { path: options.evidencePath }),
    redactor,
    ...(options.evidenceBodyLimit !== undefined && { bodyLimit: options.evidenceBodyLimit }),
  });
  const transport = createHttpTransport({
    timeouts: { ...DEFAULT_TIMEOUTS, ...options.timeouts },
    limiter: createConcurrencyLimiter(options.concurrency),
    evidence,
    ...(options.lookup && { lookup: options.lookup }),
    ...(options.signal && { signal: options.signal }),
  });
  const { signal } = options;
  const checkAborted = (): void => {
    if (signal?.aborted) {
      throw new PtvrError('PTVR_INTERRUPTED', 'The run was interrupted; the request was not completed.', {
        hint: 'Run `ptv-readiness cleanup <run-dir>` to archive what the ledger shows created.',
      });
    }
  };
  const pause = async (ms: number): Promise<void> => {
    try {
      await sleep(ms, signal);
    } catch {
      checkAborted();
    }
  };
  const ledger = createLedgerWriter({
    ...(options.ledgerPath !== undefined && { path: options.ledgerPath }),
    runId: options.runId,
  });

  const tokens = createTokenManager({
    tokenUrl: options.tokenUrl,
    authShape: options.authShape,
    credentials: options.credentials,
    ...(options.ptvOrganizationId !== undefined && { ptvOrganizationId: options.ptvOrganizationId }),
    redactor,
    ...(options.onWarning && { onWarning: options.onWarning }),
    async login(body, inspect) {
      assertWriteAllowed('POST', options.tokenUrl);
      const requestId = evidence.newRequestId();
      // The login is idempotent, so it is retried like a GET on 429/5xx/resets.
      for (let attempt = 1; ; attempt++) {
        let res: AttemptResult;
        try {
          res = await transport.send({
            method: 'POST',
            url: options.tokenUrl,
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body,
            caseId: 'login',
            attempt,
            requestId,
            inspect,
          });
        } catch (err) {
          if (!(err instanceof TransportFailure)) throw err;
          checkAborted();
          const kind = classifyTransportError(err.code);
          if (kind === 'unreachable' || kind === 'other' || attempt > policy.maxRetries) {
            throw unreachable(`Login to ${new URL(options.tokenUrl).host}`, err.code, err.cause);
          }
          await pause(backoffDelay(attempt, policy, random));
          continue;
        }
        if (isRetryableStatus(res.status) && attempt <= policy.maxRetries) {
          await pause(backoffDelay(attempt, policy, random));
          continue;
        }
        return res;
      }
    },
  });

  const recoverTargetOf = (req: PtvRequest): RecoverTarget | undefined => {
    if (req.recoverBy) return req.recoverBy;
    const ref = entityRefOf(req.path);
    const sourceId = (req.body as { sourceId?: unknown } | null | undefined)?.sourceId;
    if (!ref || ref.id || ref.sourceId || typeof sourceId !== 'string' || !sourceId) return undefined;
    return { objectType: ref.objectType, sourceId, ...(ref.channelType && { channelType: ref.channelType }) };
  };

  const writeLedger = (req: PtvRequest, status: number, body: unknown): void => {
    if (status !== 200 || (req.method !== 'POST' && req.method !== 'PUT')) return;
    const ref = entityRefOf(req.path);
    const out = body as { id?: unknown; sourceId?: unknown } | null;
    const id = typeof out?.id === 'string' ? out.id : ref?.id;
    if (!ref || !id) return;
    const sent = req.body as { sourceId?: unknown; publishingStatus?: unknown } | null | undefined;
    const sourceId =
      typeof out?.sourceId === 'string'
        ? out.sourceId
        : typeof sent?.sourceId === 'string'
          ? sent.sourceId
          : ref.sourceId;
    const base: Omit<LedgerEntry, 'runId' | 'at' | 'event'> = {
      objectType: ref.objectType,
      ...(ref.channelType && { channelType: ref.channelType }),
      id,
      ...(sourceId && { sourceId }),
      ...(req.caseId !== undefined && { caseId: req.caseId }),
    };
    const status_ = typeof sent?.publishingStatus === 'string' ? sent.publishingStatus.toLowerCase() : '';
    if (req.method === 'POST' && !ref.id && !ref.sourceId) ledger.append({ event: 'created', ...base });
    else if (req.method === 'PUT' && status_ === 'deleted') ledger.append({ event: 'archived', ...base });
    else if (req.method === 'PUT' && status_ === 'published' && ledger.isArchived(ref.objectType, id)) {
      ledger.append({ event: 'restored', ...base });
    }
  };

  async function request<T>(req: PtvRequest): Promise<PtvResponse<T>> {
    const t0 = performance.now();
    const url = buildUrl(options.apiUrl, req.path, req.query);
    // Before login, before any socket: the guard must not depend on anything else going right.
    assertWriteAllowed(req.method, url);
    const auth = req.auth ?? 'token';
    const retryOn = req.retry !== false;
    const bodyText = req.body === undefined ? undefined : JSON.stringify(req.body);
    // Creating POSTs are never blindly repeated: after an ambiguous failure they look first.
    const creating = !isIdempotent(req.method, req.path);
    const recoverTarget = creating && retryOn ? recoverTargetOf(req) : undefined;
    const requestId = evidence.newRequestId();
    const evidenceIds: string[] = [];
    const since = new Date();
    let attempts = 0;
    let retries = 0;
    let reloggedIn = false;
    let ambiguous = false;

    const finish = (
      res: { status: number; headers: Record<string, string>; text: string },
      recovered = false,
    ) => {
      const body = parseBody(res.text) as T;
      writeLedger(req, res.status, body);
      return {
        status: res.status,
        headers: res.headers,
        body,
        text: res.text,
        attempts,
        evidenceIds,
        durationMs: Math.round(performance.now() - t0),
        ...(recovered && { recovered: true }),
      };
    };

    /** After an ambiguous POST: was it applied? Lookups are ordinary authenticated GETs, recorded too. */
    const lookUp = async (): Promise<PtvResponse<T> | undefined> => {
      if (!recoverTarget) return undefined;
      // Every lookup read joins this request's trail, found or not: a miss is why it was re-sent.
      const found = await findBySourceId(
        async (path, query) => {
          const r = await request({
            method: 'GET',
            path,
            ...(query && { query }),
            ...(req.caseId && { caseId: req.caseId }),
          });
          evidenceIds.push(...r.evidenceIds);
          return r;
        },
        recoverTarget,
        {
          organizationIds: organizationIdsFor(recoverTarget.objectType, req.body, options.ptvOrganizationId),
          since,
        },
      );
      if (!found) return undefined;
      return finish({ status: 200, headers: {}, text: JSON.stringify(found.entity) }, true);
    };

    for (;;) {
      checkAborted();
      attempts++;
      const headers: Record<string, string> = { accept: 'application/json' };
      if (bodyText !== undefined) headers['content-type'] = 'application/json';
      let bearer: string | undefined;
      if (auth === 'token') bearer = await tokens.bearer();
      else if (auth !== 'none') bearer = auth.bearer;
      if (bearer !== undefined) {
        redactor.addSecret(bearer);
        headers.authorization = `Bearer ${bearer}`;
      }

      let res: AttemptResult;
      try {
        res = await transport.send({
          method: req.method,
          url,
          headers,
          ...(bodyText !== undefined && { body: bodyText }),
          ...(req.caseId !== undefined && { caseId: req.caseId }),
          attempt: attempts,
          requestId,
        });
        evidenceIds.push(res.evidenceId);
      } catch (err) {
        if (!(err instanceof TransportFailure)) throw err;
        evidenceIds.push(err.evidenceId);
        checkAborted();
        const kind = classifyTransportError(err.code);
        const what = `${req.method} ${req.path}`;
        if (kind === 'unreachable' || kind === 'other' || !retryOn || retries >= policy.maxRetries) {
          const unknown = creating && kind === 'ambiguous';
          // Out of retries after an ambiguous create: one last look, so an applied POST still reaches the ledger.
          const recovered = unknown && retryOn ? await lookUp() : undefined;
          if (recovered) return recovered;
          throw unreachable(
            what,
            err.code,
            err.cause,
            unknown ? ' The POST may or may not have been applied.' : '',
          );
        }
        if (creating && kind === 'ambiguous') {
          if (!recoverTarget) {
            throw unreachable(
              what,
              err.code,
              err.cause,
              ' The POST may have been applied; without a sourceId it is not retried.',
            );
          }
          ambiguous = true;
          const recovered = await lookUp();
          if (recovered) return recovered;
        }
        retries++;
        await pause(backoffDelay(retries, policy, random));
        continue;
      }

      if (res.status === 401 && auth === 'token' && !reloggedIn) {
        // A revoked or day-old token (§1.3): one re-login, one retry.
        reloggedIn = true;
        tokens.invalidate(bearer);
        continue;
      }
      if (
        auth === 'token' &&
        bearer !== undefined &&
        res.status < 500 &&
        res.status !== 401 &&
        res.status !== 429
      ) {
        tokens.accepted(bearer);
      }
      // 429 is PTV's request filter refusing before anything runs: never an answer to judge, so it is
      // retried with back-off even when the caller asked for the first answer.
      if ((retryOn || res.status === 429) && isRetryableStatus(res.status) && retries < policy.maxRetries) {
        if (creating && res.status !== 429) {
          // 429 comes from PTV's request filter before any controller runs: nothing was written, retry.
          // A 5xx may come after the write: look first, re-POST only if the entity is not there.
          if (!recoverTarget || DEFINITE_REFUSAL.test(res.text)) return finish(res);
          ambiguous = true;
          const recovered = await lookUp();
          if (recovered) return recovered;
        }
        retries++;
        await pause(backoffDelay(retries, policy, random));
        continue;
      }
      const lastAmbiguous5xx = creating && res.status >= 500 && !DEFINITE_REFUSAL.test(res.text);
      if (
        retryOn &&
        (lastAmbiguous5xx || (ambiguous && res.status >= 400 && DEFINITE_REFUSAL.test(res.text)))
      ) {
        // Out of retries on a 5xx that may have been applied, or the re-POST hit "sourceId already
        // exists" (an earlier attempt did create it): look once more before answering.
        const recovered = await lookUp();
        if (recovered) return recovered;
      }
      return finish(res);
    }
  }

  return {
    request,
    get: (path, opts = {}) => request({ ...opts, method: 'GET', path }),
    post: (path, body, opts = {}) => request({ ...opts, method: 'POST', path, body }),
    put: (path, body, opts = {}) => request({ ...opts, method: 'PUT', path, body }),
    token: () => tokens.info(),
    invalidateToken: () => tokens.invalidate(),
    close: () => transport.close(),
  };
}
