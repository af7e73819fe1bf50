import type { LookupFunction } from 'node:net';
import { createRedactor, type Redactor } from '../core/redactor.js';
import { PtvrError } from '../core/errors.js';
import { apiKeyAuthenticator, tokenAuthenticator } from './attemptWithAuth.js';
import { createConcurrencyLimiter, type ConcurrencyLimiter } from './concurrencyLimiter.js';
import { createEvidenceRecorder } from './evidenceRecorder.js';
import { createExchangeRecorder } from './exchangeRecorder.js';
import {
  createHttpTransport,
  DEFAULT_TIMEOUTS,
  TransportFailure,
  type AttemptResult,
} from './httpTransport.js';
import { assertWriteAllowed } from './productionGuard.js';
import { createRequestPipeline, unreachable } from './requestPipeline.js';
import { retryLoop, throwIfAborted } from './retryLoop.js';
import { classifyTransportError, isRetryableStatus, resolveRetryPolicy } from './retryPolicy.js';
import { createTokenManager, type TokenSession } from './tokenManager.js';
import type { PtvRequest, PtvResponse, TokenInfo } from './types.js';
import { createLedgerWriter } from './ledger.js';
import type { LedgerEntry } from '../core/ledgerEntry.js';

export interface PtvClientOptions {
  /** Origin, e.g. https://api.palvelutietovaranto.trn.suomi.fi */
  apiUrl: string;
  /** v12 API gateway base (requests with `api: 'v12'`), e.g. https://api-gw.palvelutietovaranto.trn.suomi.fi */
  v12ApiUrl?: string;
  /** The v12 `x-api-key` (PTV_API_KEY); registered with the redactor, sent only to v12ApiUrl. */
  apiKey?: string;
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
  /** Append the create intent journal here when set (`intent` before a create with a sourceId, `resolved` after). */
  intentsPath?: string;
  /** Case id for requests that name none (the suites: the running step's id). */
  defaultCaseId?: () => string | undefined;
  /** Sees every logical request's final answer (the suites record evidence ids into the step). */
  onResponse?: (req: PtvRequest, res: PtvResponse) => void;
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
  /** Another client's login to use instead of logging in again (tokenManager.ts, TokenSession). */
  session?: TokenSession;
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
  /** The current login (logs in if needed) for another client of this process; never written anywhere. */
  session(): Promise<TokenSession>;
  /**
   * Appends a ledger line (durably, to `ledgerPath` when set) for a write whose path the client cannot
   * read an entity from: v12 writes go to the route map's paths (src/v12/v12Write.ts).
   */
  appendLedger?(entry: Omit<LedgerEntry, 'runId' | 'at'>): void;
  /** Attempts in flight and queued, and the adaptive limit (lowered by 429s) over them. */
  readonly inFlight: Pick<ConcurrencyLimiter, 'active' | 'pending' | 'limit' | 'max'>;
  close(): Promise<void>;
}

/**
 * The PTV v11 client: one transport (evidence per attempt, production guard, concurrency limit), the
 * managed login token, and the request pipeline (requestPipeline.ts) over both.
 */
export function createPtvClient(options: PtvClientOptions): PtvClient {
  const redactor = options.redactor ?? createRedactor();
  const policy = resolveRetryPolicy(options.retry);
  const { signal } = options;
  const loop = { policy, ...(options.random && { random: options.random }), signal };
  const evidence = createEvidenceRecorder({
    ...(options.evidencePath !== undefined && { path: options.evidencePath }),
    redactor,
    ...(options.evidenceBodyLimit !== undefined && { bodyLimit: options.evidenceBodyLimit }),
  });
  const limiter = createConcurrencyLimiter(options.concurrency);
  const transport = createHttpTransport({
    timeouts: { ...DEFAULT_TIMEOUTS, ...options.timeouts },
    limiter,
    evidence,
    ...(options.lookup && { lookup: options.lookup }),
    ...(signal && { signal }),
  });

  const tokens = createTokenManager({
    tokenUrl: options.tokenUrl,
    authShape: options.authShape,
    credentials: options.credentials,
    ...(options.ptvOrganizationId !== undefined && { ptvOrganizationId: options.ptvOrganizationId }),
    redactor,
    ...(options.onWarning && { onWarning: options.onWarning }),
    ...(options.session && { session: options.session }),
    login(body, inspect) {
      assertWriteAllowed('POST', options.tokenUrl);
      const requestId = evidence.newRequestId();
      // The login is idempotent, so it is retried like a GET on 429/5xx/resets, in the same loop.
      return retryLoop<AttemptResult>(loop, async ({ attempt, canRetry }) => {
        try {
          const res = await transport.send({
            method: 'POST',
            url: options.tokenUrl,
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            body,
            caseId: 'login',
            attempt,
            requestId,
            inspect,
          });
          return isRetryableStatus(res.status) && canRetry ? { retry: true } : { done: res };
        } catch (err) {
          if (!(err instanceof TransportFailure)) throw err;
          const kind = classifyTransportError(err.code);
          throwIfAborted(signal);
          if (kind === 'unreachable' || kind === 'other' || !canRetry) {
            throw unreachable(`Login to ${new URL(options.tokenUrl).host}`, err.code, err.cause);
          }
          return { retry: true };
        }
      });
    },
  });

  const send = createRequestPipeline({
    apiUrl: options.apiUrl,
    transport,
    authenticator: tokenAuthenticator(tokens, redactor),
    recorder: createExchangeRecorder({
      runId: options.runId,
      ledgerPath: options.ledgerPath,
      intentsPath: options.intentsPath,
    }),
    newRequestId: () => evidence.newRequestId(),
    policy,
    ...(options.random && { random: options.random }),
    signal,
    ptvOrganizationId: options.ptvOrganizationId,
  });

  // The v12 gateway is a second origin with its own pipeline: its own retry loop and 429 back-off
  // (a numeric Retry-After is honoured, retryPolicy.ts), the x-api-key instead of the login token (v12
  // writes add the login token where the route map says so), and no path-parsed ledger: v12 paths are
  // the route map's, so v12Write.ts names what it created (appendLedger). Built only when configured,
  // so a v11-only run cannot send to it.
  if (options.apiKey !== undefined) redactor.addSecret(options.apiKey);
  const sendV12 =
    options.v12ApiUrl === undefined
      ? undefined
      : createRequestPipeline({
          apiUrl: options.v12ApiUrl,
          transport,
          authenticator: apiKeyAuthenticator(options.apiKey, redactor, tokens),
          recorder: createExchangeRecorder({ runId: options.runId }),
          newRequestId: () => evidence.newRequestId(),
          policy,
          ...(options.random && { random: options.random }),
          signal,
          defaultAuth: 'apiKey',
        });

  const ledger = createLedgerWriter({
    ...(options.ledgerPath !== undefined && { path: options.ledgerPath }),
    runId: options.runId,
  });

  async function request<T>(req: PtvRequest): Promise<PtvResponse<T>> {
    const caseId = req.caseId ?? options.defaultCaseId?.();
    const r = caseId === undefined || req.caseId !== undefined ? req : { ...req, caseId };
    if (req.api === 'v12' && !sendV12) {
      throw new PtvrError('PTVR_USAGE', `${req.method} ${req.path}: no v12 API URL is configured.`, {
        hint: 'pass --v12-api-url (or PTV_V12_API_URL); cte and prod have a default',
      });
    }
    const res = await (req.api === 'v12' ? sendV12! : send)<T>(r);
    options.onResponse?.(req, res);
    return res;
  }

  return {
    request,
    get: (path, opts = {}) => request({ ...opts, method: 'GET', path }),
    post: (path, body, opts = {}) => request({ ...opts, method: 'POST', path, body }),
    put: (path, body, opts = {}) => request({ ...opts, method: 'PUT', path, body }),
    token: () => tokens.info(),
    appendLedger: (entry) => void ledger.append(entry),
    invalidateToken: () => tokens.invalidate(),
    session: () => tokens.session(),
    inFlight: limiter,
    close: () => transport.close(),
  };
}
