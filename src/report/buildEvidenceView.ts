import type { EvidenceEntry } from '../core/evidenceEntry.js';
import { displayBody } from './displayValue.js';
import { helsinkiTime, formatDuration } from './helsinkiTime.js';
import type { Labels } from './labels.js';

/** Appendix size limits: the whole log is evidence.ndjson; the report shows the start of it. */
export const EVIDENCE_LIMITS = { entries: 300, bodyChars: 2_000 } as const;

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
      .join('\n'),
    requestBody: displayBody(e.requestBody, EVIDENCE_LIMITS.bodyChars),
    responseBody: displayBody(e.responseBody, EVIDENCE_LIMITS.bodyChars),
    truncated: e.truncated === true,
  };
}
