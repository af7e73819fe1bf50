export interface RetryPolicy {
  maxRetries: number;
  minDelayMs: number;
  maxDelayMs: number;
}

/**
 * Six retries: under a 15 % transient rate (the simulator's fault profile) five failures in a row still
 * happen about once per full run; seven are rare enough that a 5xx that survives them is PTV's answer.
 */
export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 6, minDelayMs: 200, maxDelayMs: 5000 };

export function resolveRetryPolicy(opts: Partial<RetryPolicy> = {}): RetryPolicy {
  const maxRetries = Math.max(0, Math.floor(opts.maxRetries ?? DEFAULT_RETRY.maxRetries));
  const minDelayMs = Math.max(0, opts.minDelayMs ?? DEFAULT_RETRY.minDelayMs);
  const maxDelayMs = Math.max(minDelayMs, opts.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs);
  return { maxRetries, minDelayMs, maxDelayMs };
}

/** 429 (PTV's concurrency cap, no Retry-After) and every 5xx are worth another try for idempotent methods. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/** Transport errors after which the request may or may not have reached PTV. */
const AMBIGUOUS_ERRORS = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);
/** Transport errors that prove nothing was sent (no connection was made). */
const NOT_SENT_ERRORS = new Set(['UND_ERR_CONNECT_TIMEOUT']);
/** Errors that retrying will not fix quickly: report the target as unreachable at once. */
const UNREACHABLE_ERRORS = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export function errorCode(err: unknown): string {
  let e: unknown = err;
  // undici wraps socket errors; the useful code may sit on the cause.
  for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'UND_ERR' && !code.startsWith('PTVR_')) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return err instanceof Error ? err.name : 'UNKNOWN';
}

export type TransportErrorKind = 'ambiguous' | 'not-sent' | 'unreachable' | 'other';

export function classifyTransportError(code: string): TransportErrorKind {
  if (AMBIGUOUS_ERRORS.has(code)) return 'ambiguous';
  if (NOT_SENT_ERRORS.has(code)) return 'not-sent';
  if (UNREACHABLE_ERRORS.has(code)) return 'unreachable';
  return 'other';
}

/**
 * Exponential backoff with "equal jitter": half the exponential step is fixed, half random, so
 * concurrent workers that hit the same 429 spread out but never retry immediately. `retry` is 1-based.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const exp = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.min(policy.maxDelayMs, Math.round(exp / 2 + random() * (exp / 2)));
}

/** Longest Retry-After honoured; a longer ask is cut here so a run cannot hang on one header. */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * A `Retry-After` header (delta-seconds or HTTP date) in ms, capped at MAX_RETRY_AFTER_MS; undefined
 * when absent or unreadable. PTV v11 sends none (in-api-v11 §1.5); other origins may.
 */
export function retryAfterMs(
  headers: Record<string, string> | undefined,
  now: number = Date.now(),
): number | undefined {
  const v = headers?.['retry-after']?.trim();
  if (!v) return undefined;
  const ms = /^\d+$/.test(v) ? Number(v) * 1000 : Date.parse(v) - now;
  return Number.isFinite(ms) ? Math.min(MAX_RETRY_AFTER_MS, Math.max(0, ms)) : undefined;
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason as Error);
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * POST /Connection and /Connection/Source are upserts ("Relationship data … added or updated.",
 * in-api-v11 §4.11 [SRC]): repeating one cannot create a second connection, so they are retried like
 * PUT [INF]. Every other POST creates an entity and is never blindly repeated.
 */
export function isIdempotent(method: string, path: string): boolean {
  if (method.toUpperCase() !== 'POST') return true;
  return /^\/api\/v11\/connection(\/source)?\/?(\?|$)/i.test(path);
}
