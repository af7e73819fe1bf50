import { PtvrError } from '../core/errors.js';
import { attemptWithAuth, type Authenticator } from './attemptWithAuth.js';
import type { ExchangeRecorder } from './exchangeRecorder.js';
import { TransportFailure, type AttemptResult, type HttpTransport } from './httpTransport.js';
import { assertWriteAllowed } from './productionGuard.js';
import { createTargetOf, isDefiniteRefusal, recoverAmbiguousCreate } from './recoverAmbiguousCreate.js';
import { retryLoop, throwIfAborted, type Pass } from './retryLoop.js';
import {
  classifyTransportError,
  isIdempotent,
  isRetryableStatus,
  retryAfterMs,
  type RetryPolicy,
} from './retryPolicy.js';
import type { AuthMode, PtvRequest, PtvResponse } from './types.js';

/** One API origin and the stages its requests run through; a second origin is a second pipeline. */
export interface RequestPipelineOptions {
  /** Base URL; request paths are appended to its path. */
  apiUrl: string;
  transport: HttpTransport;
  authenticator: Authenticator;
  recorder: ExchangeRecorder;
  /** New id per logical request (groups its attempts in the evidence). */
  newRequestId: () => string;
  policy: RetryPolicy;
  random?: () => number;
  signal?: AbortSignal | undefined;
  /** Fallback organisation for the sourceId lookup after an ambiguous create. */
  ptvOrganizationId?: string | undefined;
  /** Auth of a request that names none: `token` on v11, `apiKey` on the v12 gateway. */
  defaultAuth?: AuthMode;
}

export function buildUrl(apiUrl: string, path: string, query: PtvRequest['query']): string {
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

export function unreachable(what: string, code: string, cause: unknown, extra = ''): PtvrError {
  return new PtvrError('PTVR_TARGET_UNREACHABLE', `${what} failed: ${code}.${extra}`, {
    hint: 'Check the API / token URL, DNS, firewall, proxy and TLS (certificate) settings; the target must be reachable from here.',
    cause,
    details: { code },
  });
}

/**
 * A logical API request: production guard → create intent → retry loop over authenticated attempts
 * → (after an ambiguous create) sourceId recovery → ledger. Never throws on an HTTP status.
 */
export function createRequestPipeline(o: RequestPipelineOptions) {
  async function request<T>(req: PtvRequest): Promise<PtvResponse<T>> {
    const t0 = performance.now();
    const url = buildUrl(o.apiUrl, req.path, req.query);
    // Before login, before any socket: the guard must not depend on anything else going right.
    assertWriteAllowed(req.method, url);
    // The create intent is on disk before anything is sent (a group fsync shared with concurrent creates).
    await o.recorder.begin(req);
    const auth = req.auth ?? o.defaultAuth ?? 'token';
    const retryOn = req.retry !== false;
    const bodyText = req.body === undefined ? undefined : JSON.stringify(req.body);
    // Creating POSTs are never blindly repeated: after an ambiguous failure they look first.
    const creating = !isIdempotent(req.method, req.path);
    const recoverTarget = creating && retryOn ? createTargetOf(req) : undefined;
    const requestId = o.newRequestId();
    const evidenceIds: string[] = [];
    const since = new Date();
    let attempts = 0;
    let reloggedIn = false;
    let ambiguous = false;
    /** The ledger line of the final answer, fsynced before the caller sees the answer. */
    let recorded: Promise<void> = Promise.resolve();

    const finish = (res: Pick<AttemptResult, 'status' | 'headers' | 'text'>, recovered = false) => {
      const body = parseBody(res.text) as T;
      recorded = o.recorder.settled(req, res.status, body);
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
    const done = (r: PtvResponse<T>): Pass<PtvResponse<T>> => ({ done: r });

    /** Was the ambiguous POST applied? The lookup reads join this request's trail, found or not. */
    const lookUp = async (): Promise<PtvResponse<T> | undefined> => {
      if (!recoverTarget) return undefined;
      const entity = await recoverAmbiguousCreate(
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
        { target: recoverTarget, body: req.body, ptvOrganizationId: o.ptvOrganizationId, since },
      );
      return entity ? finish({ status: 200, headers: {}, text: JSON.stringify(entity) }, true) : undefined;
    };

    const onTransportFailure = async (
      err: TransportFailure,
      canRetry: boolean,
    ): Promise<Pass<PtvResponse<T>>> => {
      throwIfAborted(o.signal);
      const kind = classifyTransportError(err.code);
      const what = `${req.method} ${req.path}`;
      const unknown = creating && kind === 'ambiguous';
      if (kind === 'unreachable' || kind === 'other' || !retryOn || !canRetry) {
        // Out of retries after an ambiguous create: one last look, so an applied POST still reaches the ledger.
        const recovered = unknown && retryOn ? await lookUp() : undefined;
        if (recovered) return done(recovered);
        const extra = unknown ? ' The POST may or may not have been applied.' : '';
        throw unreachable(what, err.code, err.cause, extra);
      }
      if (unknown) {
        if (!recoverTarget) {
          const extra = ' The POST may have been applied; without a sourceId it is not retried.';
          throw unreachable(what, err.code, err.cause, extra);
        }
        ambiguous = true;
        const recovered = await lookUp();
        if (recovered) return done(recovered);
      }
      return { retry: true };
    };

    const onAnswer = async (res: AttemptResult, canRetry: boolean): Promise<Pass<PtvResponse<T>>> => {
      // 429 is PTV's request filter refusing before anything runs: never an answer to judge, so it is
      // retried with back-off even when the caller asked for the first answer.
      if ((retryOn || res.status === 429) && isRetryableStatus(res.status) && canRetry) {
        if (creating && res.status !== 429) {
          // A 5xx may come after the write: look first, re-POST only if the entity is not there.
          if (!recoverTarget || isDefiniteRefusal(res.text)) return done(finish(res));
          ambiguous = true;
          const recovered = await lookUp();
          if (recovered) return done(recovered);
        }
        return { retry: true, retryAfterMs: retryAfterMs(res.headers) };
      }
      const lastAmbiguous5xx = creating && res.status >= 500 && !isDefiniteRefusal(res.text);
      if (retryOn && (lastAmbiguous5xx || (ambiguous && res.status >= 400 && isDefiniteRefusal(res.text)))) {
        // Out of retries on a 5xx that may have been applied, or the re-POST hit "sourceId already
        // exists" (an earlier attempt did create it): look once more before answering.
        const recovered = await lookUp();
        if (recovered) return done(recovered);
      }
      return done(finish(res));
    };

    const answer = await retryLoop<PtvResponse<T>>(
      { policy: o.policy, ...(o.random && { random: o.random }), signal: o.signal },
      async ({ attempt, canRetry }) => {
        attempts = attempt;
        let authed;
        try {
          authed = await attemptWithAuth(o.authenticator, auth, !reloggedIn, async (authHeaders) => {
            const headers: Record<string, string> = { accept: 'application/json' };
            if (bodyText !== undefined) headers['content-type'] = 'application/json';
            Object.assign(headers, authHeaders);
            const res = await o.transport.send({
              method: req.method,
              url,
              headers,
              ...(bodyText !== undefined && { body: bodyText }),
              ...(req.caseId !== undefined && { caseId: req.caseId }),
              ...(req.provoked429 === true && { provoked429: true }),
              attempt,
              requestId,
            });
            evidenceIds.push(res.evidenceId);
            return res;
          });
        } catch (err) {
          if (!(err instanceof TransportFailure)) throw err;
          evidenceIds.push(err.evidenceId);
          return onTransportFailure(err, canRetry);
        }
        if (authed.relogin) {
          reloggedIn = true;
          return { again: true };
        }
        return onAnswer(authed.res, canRetry);
      },
    );
    await recorded;
    return answer;
  }
  return request;
}
