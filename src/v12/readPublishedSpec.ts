import { readBoundedText } from '../core/readBoundedFile.js';
import { isPtvrError, PtvrError } from '../core/errors.js';
import { createDispatcher } from '../client/proxyDispatcher.js';
import { isOpenApiDocument } from './specFingerprint.js';

/** Where ptv-mcp found DVV's published v12 document [3P]; `--url` overrides it. */
export const DEFAULT_SPEC_URL =
  'https://docs.palvelutietovaranto.trn.suomi.fi/api-documentation/v12/openapi.json';

/** The v12 document is ~0.6 MB; anything far larger is not it. */
const MAX_SPEC_BYTES = 32 * 1024 * 1024;

function unreachable(where: string, why: string, cause?: unknown): PtvrError {
  return new PtvrError('PTVR_SPEC_UNREACHABLE', `${where}: ${why}`, {
    hint: 'check the URL and the network (HTTPS_PROXY is honoured), or download the document and give --file',
    ...(cause === undefined ? {} : { cause }),
  });
}

function parse(where: string, text: string): object {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw unreachable(where, `not valid JSON (${(err as Error).message})`, err);
  }
  if (!isOpenApiDocument(doc)) throw unreachable(where, 'not an OpenAPI document (no "paths")');
  return doc;
}

/** Reads `--file`, or fetches `--url` (through the same proxy-aware dispatcher as every other request). */
export async function readPublishedSpec(
  src: { file?: string; url?: string },
  signal?: AbortSignal,
): Promise<object> {
  if (src.file) {
    let text: string;
    try {
      text = readBoundedText(src.file, {
        code: 'PTVR_SPEC_UNREACHABLE',
        what: 'v12 OpenAPI document',
        maxBytes: MAX_SPEC_BYTES,
        hint: 'give the path of a downloaded openapi.json',
        followSymlinks: true,
      });
    } catch (err) {
      if (isPtvrError(err)) throw err;
      throw unreachable(src.file, (err as Error).message, err);
    }
    return parse(src.file, text);
  }
  const url = src.url ?? DEFAULT_SPEC_URL;
  const { fetch } = await import('undici');
  const dispatcher = createDispatcher({
    connectMs: 10_000,
    headersMs: 30_000,
    bodyMs: 30_000,
    connections: 1,
  });
  try {
    const res = await fetch(url, {
      dispatcher,
      signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(60_000)]) : AbortSignal.timeout(60_000),
      headers: { accept: 'application/json' },
    });
    if (!res.ok) throw unreachable(url, `HTTP ${res.status}`);
    const text = await res.text();
    if (text.length > MAX_SPEC_BYTES)
      throw unreachable(url, 'the answer is too large to be the v12 document');
    return parse(url, text);
  } catch (err) {
    if (isPtvrError(err)) throw err;
    const cause = (err as { cause?: { code?: string } }).cause;
    throw unreachable(
      url,
      cause?.code ?? (cause as Error | undefined)?.message ?? (err as Error).message,
      err,
    );
  } finally {
    await dispatcher.close();
  }
}
