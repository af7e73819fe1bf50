import type { LookupFunction } from 'node:net';
import type { Dispatcher } from 'undici';
import { isPtvrError } from '../core/errors.js';
import { readBoundedStream } from '../core/readBoundedStream.js';
import type { ConcurrencyLimiter } from './concurrencyLimiter.js';
import type { EvidenceRecorder } from './evidenceRecorder.js';
import { productionGuardInterceptor } from './productionGuard.js';
import { createDispatcher } from './proxyDispatcher.js';
import { errorCode } from './retryPolicy.js';

export interface Timeouts {
  connectMs: number;
  headersMs: number;
  bodyMs: number;
}

export const DEFAULT_TIMEOUTS: Timeouts = { connectMs: 10_000, headersMs: 30_000, bodyMs: 30_000 };

export interface Attempt {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
  caseId?: string;
  /** A 429 was provoked on purpose (PtvRequest.provoked429): it leaves the adaptive limit alone. */
  provoked429?: boolean;
  attempt: number;
  requestId: string;
  /** Sees the raw response text before it is redacted and recorded (token registration). */
  inspect?: (text: string) => void;
}

export interface AttemptResult {
  status: number;
  headers: Record<string, string>;
  text: string;
  evidenceId: string;
}

/** A transport failure (no HTTP answer), already recorded as evidence. */
export class TransportFailure extends Error {
  override readonly name = 'TransportFailure';
  constructor(
    readonly code: string,
    readonly evidenceId: string,
    options: { cause: unknown },
  ) {
    super(`transport error ${code}`, options);
  }
}

export interface HttpTransport {
  send(a: Attempt): Promise<AttemptResult>;
  close(): Promise<void>;
}

function flatten(h: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/**
 * One undici dispatcher per client (= per target; proxy-aware, see proxyDispatcher.ts), with explicit timeouts and the production guard composed
 * in, so nothing built on this transport can write to production. Every attempt, answered or not,
 * becomes one evidence entry; the limiter bounds attempts in flight (not logical requests, so a request
 * waiting for a login or a backoff holds no slot).
 */
export function createHttpTransport(opts: {
  timeouts: Timeouts;
  limiter: ConcurrencyLimiter;
  evidence: EvidenceRecorder;
  lookup?: LookupFunction;
  /** Aborts in-flight attempts (SIGINT/SIGTERM); the caller turns it into PTVR_INTERRUPTED. */
  signal?: AbortSignal;
}): HttpTransport {
  const agent = createDispatcher({
    connectMs: opts.timeouts.connectMs,
    headersMs: opts.timeouts.headersMs,
    bodyMs: opts.timeouts.bodyMs,
    connections: opts.limiter.max,
    ...(opts.lookup && { lookup: opts.lookup }),
  });
  const dispatcher: Dispatcher = agent.compose(productionGuardInterceptor());

  const send = (a: Attempt): Promise<AttemptResult> =>
    opts.limiter.run(async (slot) => {
      const u = new URL(a.url);
      const startedAt = new Date();
      const t0 = performance.now();
      const base = {
        caseId: a.caseId,
        attempt: a.attempt,
        requestId: a.requestId,
        method: a.method,
        url: a.url,
        startedAt,
        requestHeaders: a.headers,
        requestBody: a.body,
      };
      try {
        const res = await dispatcher.request({
          origin: u.origin,
          path: u.pathname + u.search,
          method: a.method as Dispatcher.HttpMethod,
          headers: a.headers,
          body: a.body ?? null,
          ...(opts.signal && { signal: opts.signal }),
        });
        // Bounded: a hostile server's 1 GB answer is cut (the cut body fails to parse, the case fails).
        const { text } = await readBoundedStream(res.body);
        a.inspect?.(text);
        // 429 = too many in flight: the limiter lowers its limit (adaptive), other answers recover it.
        if (res.statusCode !== 429) slot.ok();
        else if (a.provoked429 !== true) slot.throttled();
        const headers = flatten(res.headers);
        const entry = opts.evidence.record({
          ...base,
          status: res.statusCode,
          durationMs: performance.now() - t0,
          responseHeaders: headers,
          responseBody: text,
        });
        return { status: res.statusCode, headers, text, evidenceId: entry.id };
      } catch (err) {
        if (isPtvrError(err)) throw err; // the production guard: nothing was sent, nothing to record
        const code = errorCode(err);
        const entry = opts.evidence.record({ ...base, error: code, durationMs: performance.now() - t0 });
        throw new TransportFailure(code, entry.id, { cause: err });
      }
    });

  let closing: Promise<void> | undefined;
  // Idempotent: the run teardown and a signal handler may both close the client.
  return { send, close: () => (closing ??= agent.close()) };
}
