import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Dispatcher } from 'undici';
import { endToEndHeaders, flatHeaders, forwardRequest } from './forwardRequest.js';
import type { Exchange } from './observeTypes.js';

export interface ProxyExchangeOptions {
  dispatcher: Dispatcher;
  /** The target URL this request goes to (resolveObserveTarget's forwardedUrl). */
  forwardedTo: string;
  /** Bodies over this many bytes are answered 413 and not forwarded. */
  maxBody: number;
  /** Aborted at stop: requests still forwarding then end as transport errors. */
  signal: AbortSignal;
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
 * Forwards one request of the integration unchanged and relays the answer (413 over the body limit,
 * 502 when the target does not answer). Never rejects: every outcome, the integration leaving
 * included, is an Exchange for the recorder.
 */
export async function proxyExchange(
  req: IncomingMessage,
  res: ServerResponse,
  o: ProxyExchangeOptions,
): Promise<Exchange> {
  const t0 = performance.now();
  const requestHeaders = endToEndHeaders(req.headers);
  let answered = false;
  const x: Exchange = {
    method: (req.method ?? 'GET').toUpperCase(),
    url: req.url ?? '/',
    requestHeaders: flatHeaders(requestHeaders),
    requestBody: Buffer.alloc(0),
    startedAt: new Date(),
    durationMs: 0,
  };
  try {
    const read = await readBody(req, o.maxBody).catch(() => 'closed' as const);
    if (read === 'closed' || !req.complete) {
      x.clientGone = true;
      return x;
    }
    if (read === 'too-large') {
      x.refusedByProxy = `request body over ${o.maxBody} bytes: not forwarded, the proxy answered 413`;
      res.writeHead(413, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `ptv-readiness observe: ${x.refusedByProxy}` }));
      return x;
    }
    x.requestBody = read;
    try {
      const f = await forwardRequest(o.dispatcher, o.forwardedTo, x.method, requestHeaders, read, o.signal);
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
  }
  return x;
}
