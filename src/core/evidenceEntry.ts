/** One HTTP attempt as recorded in evidence.ndjson. Everything in it is already redacted. */
export interface EvidenceEntry {
  /** Stable within a run: `E000123`. */
  id: string;
  /** Case id the request was made for (`SRV-01`), when known. */
  caseId?: string;
  /** 1 for the first try, 2.. for retries of the same logical request. */
  attempt: number;
  /** Groups the attempts of one logical request. */
  requestId: string;
  method: string;
  url: string;
  /** Absent when no response arrived (reset, timeout). */
  status?: number;
  /** Transport error code (ECONNRESET, UND_ERR_HEADERS_TIMEOUT, ...). */
  error?: string;
  startedAt: string;
  durationMs: number;
  requestHeaders: Record<string, string>;
  requestBody?: string;
  responseHeaders?: Record<string, string>;
  responseBody?: string;
  /** True when a body was cut to the configured size. */
  truncated?: boolean;
}
