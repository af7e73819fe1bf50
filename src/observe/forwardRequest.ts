import type { IncomingHttpHeaders } from 'node:http';
import { request, type Dispatcher } from 'undici';

/** RFC 9110 §7.6.1 hop-by-hop headers, plus the ones undici and node compute for the new hop. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'trailers',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
]);

/** End-to-end headers only: hop-by-hop ones and any the `Connection` header names are dropped. */
export function endToEndHeaders(
  headers: IncomingHttpHeaders | Record<string, string | string[] | undefined>,
): Record<string, string | string[]> {
  const named = new Set(
    String(headers.connection ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  );
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(headers)) {
    const key = k.toLowerCase();
    if (v === undefined || HOP_BY_HOP.has(key) || named.has(key)) continue;
    out[key] = v;
  }
  return out;
}

/** One header value per name, for evidence (arrays joined the way HTTP folds them). */
export function flatHeaders(h: Record<string, string | string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

export interface Forwarded {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
}

/**
 * Sends one request on to the target and reads the whole answer. Bodies go byte for byte: undici's
 * `request` neither decodes content-encoding nor re-serialises, so what PTV sent is what the
 * integration gets.
 */
export async function forwardRequest(
  dispatcher: Dispatcher,
  url: string,
  method: string,
  headers: Record<string, string | string[]>,
  body: Buffer,
  signal: AbortSignal,
): Promise<Forwarded> {
  const res = await request(url, {
    method: method as Dispatcher.HttpMethod,
    headers,
    ...(body.length > 0 || !['GET', 'HEAD'].includes(method) ? { body } : {}),
    dispatcher,
    signal,
  });
  const chunks: Buffer[] = [];
  for await (const chunk of res.body) chunks.push(chunk as Buffer);
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) out[k] = v;
  return { status: res.statusCode, headers: endToEndHeaders(out), body: Buffer.concat(chunks) };
}
