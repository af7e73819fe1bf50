import { randomBytes } from 'node:crypto';
import { CAPPED_MARKER, capString, sha256Of } from '../core/capString.js';
import { appendLineDurable } from '../core/appendLineDurable.js';
import type { EvidenceEntry } from '../core/evidenceEntry.js';
import { jsonTextNeedsNoRedaction, type Redactor } from '../core/redactor.js';

export const DEFAULT_EVIDENCE_BODY_LIMIT = 64 * 1024;

/** One attempt as the transport saw it, before redaction. */
export interface RawAttempt {
  caseId?: string;
  attempt: number;
  requestId: string;
  method: string;
  url: string;
  status?: number;
  error?: string;
  startedAt: Date;
  durationMs: number;
  requestHeaders: Record<string, string>;
  requestBody?: string;
  responseHeaders?: Record<string, string>;
  responseBody?: string;
}

export interface EvidenceRecorder {
  /** Redact, truncate, append (when a path is set) and return the entry with its id. */
  record(attempt: RawAttempt): EvidenceEntry;
  /** A new id for grouping the attempts of one logical request. */
  newRequestId(): string;
}

/**
 * Ids must stay unique when several vitest workers append to one evidence.ndjson, so each recorder
 * gets a process-and-random prefix (`E-1a2b3c4d-17`); within one recorder the counter keeps order.
 */
function idPrefix(): string {
  return `${process.pid.toString(36)}${randomBytes(2).toString('hex')}`;
}

/**
 * Redacts a body: JSON goes through key-aware redaction, anything else through string redaction. JSON
 * that provably holds nothing to redact skips the value-by-value copy (same output: re-serialised).
 */
export function redactBody(text: string, redactor: Redactor): string {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      const value = JSON.parse(text) as unknown;
      return JSON.stringify(jsonTextNeedsNoRedaction(text, redactor) ? value : redactor.redactJson(value));
    } catch {
      // not JSON after all: fall through
    }
  }
  return redactor.redactString(text);
}

/**
 * Keeps the first `limit` bytes of a body and notes the original size and SHA-256 of the whole
 * (redacted) body, so a reader sees that and how much was cut.
 */
function cut(text: string, limit: number): { text: string; truncated: boolean } {
  if (text.length <= limit / 3 || Buffer.byteLength(text, 'utf8') <= limit) return { text, truncated: false };
  const bytes = Buffer.byteLength(text, 'utf8');
  // Cut on a character boundary; redaction already happened on the whole body. Only the prefix is
  // encoded, and the hash is fed in slices, so a 16 MB body costs no second 16 MB copy.
  const prefix = Buffer.from(text.slice(0, limit), 'utf8')
    .subarray(0, limit)
    .toString('utf8')
    .replace(/\uFFFD$/, '');
  return { text: `${prefix}${CAPPED_MARKER}${bytes} bytes, sha256 ${sha256Of(text)}]`, truncated: true };
}

/** Header values from outside are capped like any other string; a server may send hundreds. */
function capHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = Object.entries(headers);
  for (const [k, v] of entries.slice(0, MAX_HEADERS)) out[capString(k, 200)] = capString(v);
  if (entries.length > MAX_HEADERS) out['x-ptvr-omitted-headers'] = String(entries.length - MAX_HEADERS);
  return out;
}

const MAX_HEADERS = 64;

export function createEvidenceRecorder(opts: {
  path?: string;
  redactor: Redactor;
  bodyLimit?: number;
}): EvidenceRecorder {
  const prefix = idPrefix();
  const limit = Math.max(0, opts.bodyLimit ?? DEFAULT_EVIDENCE_BODY_LIMIT);
  let n = 0;
  let r = 0;
  const { redactor } = opts;

  return {
    newRequestId: () => `R-${prefix}-${++r}`,
    record(a) {
      let truncated = false;
      const body = (text: string | undefined): string | undefined => {
        if (text === undefined || text === '') return undefined;
        const c = cut(redactBody(text, redactor), limit);
        truncated ||= c.truncated;
        return c.text;
      };
      const entry: EvidenceEntry = {
        id: `E-${prefix}-${++n}`,
        ...(a.caseId !== undefined && { caseId: a.caseId }),
        attempt: a.attempt,
        requestId: a.requestId,
        method: a.method,
        url: capString(redactor.redactString(a.url)),
        ...(a.status !== undefined && { status: a.status }),
        ...(a.error !== undefined && { error: capString(redactor.redactString(a.error), 200) }),
        startedAt: a.startedAt.toISOString(),
        durationMs: Math.round(a.durationMs * 10) / 10,
        requestHeaders: capHeaders(redactor.redactHeaders(a.requestHeaders)),
      };
      const reqBody = body(a.requestBody);
      if (reqBody !== undefined) entry.requestBody = reqBody;
      if (a.responseHeaders) entry.responseHeaders = capHeaders(redactor.redactHeaders(a.responseHeaders));
      const resBody = body(a.responseBody);
      if (resBody !== undefined) entry.responseBody = resBody;
      if (truncated) entry.truncated = true;
      // Evidence is diagnostic, not a durability record: skip the per-line fsync the ledger needs.
      if (opts.path) appendLineDurable(opts.path, entry, { fsync: false });
      return entry;
    },
  };
}
