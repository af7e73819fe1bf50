import type { EvidenceEntry } from '../core/evidenceEntry.js';
import { clipBody } from './displayValue.js';
import { helsinkiTime, formatDuration } from './helsinkiTime.js';
import type { Labels } from './labels.js';

/**
 * Appendix size limits: the whole log is evidence.ndjson; the report shows the start of it. Kept low
 * because the appendix is printed: a full run has thousands of entries, and every 100 of them at these
 * limits is about 25 A4 pages.
 */
export const EVIDENCE_LIMITS = { entries: 100, bodyChars: 800 } as const;

/** A body for a `<pre>` block, cut at `max` with a note that names where the full text is. */
export function bodyWithPointer(body: string | undefined, max: number, id: string, l: Labels): string {
  const { text, omitted } = clipBody(body, max);
  if (omitted === 0) return text;
  return `${text}\n${l.bodyCut.replace('{n}', String(omitted)).replace('{id}', id)}`;
}

export interface EvidenceView {
  id: string;
  anchor: string;
  caseId: string;
  caseAnchor: string;
  line: string;
  startedAt: string;
  requestHeaders: string;
  requestBody: string;
  responseBody: string;
  truncated: boolean;
}

export function evidenceAnchor(id: string): string {
  return `ev-${id}`;
}

export function buildEvidenceView(e: EvidenceEntry, l: Labels): EvidenceView {
  const outcome = e.status !== undefined ? String(e.status) : `${l.transportError} ${e.error ?? ''}`.trim();
  return {
    id: e.id,
    anchor: evidenceAnchor(e.id),
    caseId: e.caseId ?? '',
    caseAnchor: e.caseId ? `case-${e.caseId}` : '',
    line: `${e.method} ${e.url} → ${outcome} (${formatDuration(e.durationMs)}, ${l.attempt} ${e.attempt}, ${e.requestId})`,
    startedAt: helsinkiTime(e.startedAt),
    requestHeaders: Object.entries(e.requestHeaders)
      .map(([k, v]) => `${k}: ${v}`)
      .join(' · '),
    requestBody: bodyWithPointer(e.requestBody, EVIDENCE_LIMITS.bodyChars, e.id, l),
    responseBody: bodyWithPointer(e.responseBody, EVIDENCE_LIMITS.bodyChars, e.id, l),
    truncated: e.truncated === true,
  };
}
