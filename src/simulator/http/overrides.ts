import { createRedactor } from '../../core/redactor.js';
import type { SimResponse } from './types.js';

/** What an override (or the simulator behind it) answers: a response, or a dropped connection. */
export type OverrideReply = SimResponse | 'reset';

/** A request as an override and `calls` see it (headers and body redacted). */
export interface RecordedCall {
  method: string;
  path: string;
  /** Query parameters as sent (names not lower-cased). */
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Parsed JSON when the body is JSON, else the text; undefined without a body. */
  body: unknown;
}

/**
 * Decides an answer for a matched request. Return a reply to answer with it, or undefined to let the
 * simulator answer. `next()` runs the simulator itself and gives its reply, so an override can answer
 * after the write: `async (_req, next) => { await next(); return { status: 503 } }`.
 */
export type OverrideResolver = (
  req: RecordedCall,
  next: () => Promise<OverrideReply>,
) => OverrideReply | undefined | Promise<OverrideReply | undefined>;

export interface OverrideHandler {
  method: string;
  path: string | RegExp;
  resolve: OverrideResolver;
  once: boolean;
}

/**
 * One per-test override, msw-style: `method` ('*' for any) and a path pattern — a string matched
 * case-insensitively where `{x}` is any one segment and a trailing `*` any rest, or a RegExp on the
 * path — and the resolver. `once` handlers are used up by their first match.
 */
export function override(
  method: string,
  path: string | RegExp,
  resolve: OverrideResolver,
  options: { once?: boolean } = {},
): OverrideHandler {
  return { method: method.toUpperCase(), path, resolve, once: options.once ?? false };
}

function pathMatches(pattern: string | RegExp, path: string): boolean {
  if (pattern instanceof RegExp) return pattern.test(path);
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    if (w === '*' && i === want.length - 1) return true;
    const g = got[i];
    if (g === undefined) return false;
    if (!(w.startsWith('{') && w.endsWith('}')) && w.toLowerCase() !== g.toLowerCase()) return false;
  }
  return got.length === want.length;
}

function parseBody(text: string | undefined): unknown {
  if (text === undefined || text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export interface Overrides {
  /** Prepend handlers: the newest matching handler wins, as in msw's `server.use()`. */
  use(...handlers: OverrideHandler[]): void;
  /** Drop every override (and the recorded calls). */
  reset(): void;
  /** The first live handler for this request, used up when it is `once`. */
  take(method: string, path: string): OverrideHandler | undefined;
  /** Whether any handler is installed (the server then reads the body before deciding). */
  readonly active: boolean;
  record(call: {
    method: string;
    path: string;
    rawQuery: string;
    headers: Record<string, string | string[] | undefined>;
    bodyText: string | undefined;
  }): RecordedCall;
  /** Every request the simulator received since start or `reset()`, in arrival order. */
  readonly calls: readonly RecordedCall[];
}

/**
 * Per-test overrides on the in-process simulator handle. There is no HTTP route to them: only code
 * holding the handle (a test) can change what the simulator answers.
 */
export function createOverrides(options: { recordCalls: boolean }): Overrides {
  let handlers: OverrideHandler[] = [];
  const calls: RecordedCall[] = [];
  // Authorization and cookies become [REDACTED]; JSON keys such as password too.
  const redactor = createRedactor();
  return {
    use(...added) {
      handlers = [...added, ...handlers];
    },
    reset() {
      handlers = [];
      calls.length = 0;
    },
    take(method, path) {
      const h = handlers.find(
        (x) => (x.method === '*' || x.method === method.toUpperCase()) && pathMatches(x.path, path),
      );
      if (h?.once) handlers = handlers.filter((x) => x !== h);
      return h;
    },
    get active() {
      return handlers.length > 0;
    },
    record({ method, path, rawQuery, headers, bodyText }) {
      const call: RecordedCall = {
        method,
        path,
        query: Object.fromEntries(new URLSearchParams(rawQuery)),
        headers: redactor.redactHeaders(headers),
        body: redactor.redactJson(parseBody(bodyText)),
      };
      if (options.recordCalls) calls.push(call);
      return call;
    },
    get calls() {
      if (!options.recordCalls) {
        throw new Error('simulator calls are not recorded: start it with { recordCalls: true }');
      }
      return calls;
    },
  };
}
