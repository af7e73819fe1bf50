import type { EvidenceEntry } from '../core/evidenceEntry.js';
import { clipBody } from './displayValue.js';
import { helsinkiTime, formatDuration } from './helsinkiTime.js';
import type { Labels } from './labels.js';

/**
 * Every evidence entry is shown in the annex, under its case; only its bodies are cut (the full text
 * is in evidence.ndjson under the same id).
 */
export const EVIDENCE_LIMITS = { bodyChars: 800 } as const;

/** A body for a `<pre>` block, cut at `max` with a note that names where the full text is. */
export function bodyWithPointer(body: string | undefined, max: number, id: string, l: Labels): string {
  return withPointer(shownBody(body, max), id, l);
}

type Clip = ReturnType<typeof clipBody>;

function shownBody(body: string | undefined, max: number): Clip {
  // Pretty-printing costs time in the size of the whole body, and only `max` characters are shown:
  // a body several times longer is shown as sent (compact JSON shows more of it in the same space).
  return body !== undefined && body.length > 4 * max
    ? { text: body.slice(0, max), omitted: body.length - max }
    : clipBody(body, max);
}

function withPointer({ text, omitted }: Clip, id: string, l: Labels): string {
  if (omitted === 0) return text;
  return `${text}\n${l.bodyCut.replace('{n}', String(omitted)).replace('{id}', id)}`;
}

/**
 * The shown part of each entry's bodies, remembered per entry object: every language's view of one
 * render pass shows the same bodies, and pretty-printing them is most of an annex's cost (issue #14).
 */
export type BodyClips = WeakMap<EvidenceEntry, { request: Clip; response: Clip }>;

function clipsOf(e: EvidenceEntry, clips: BodyClips | undefined): { request: Clip; response: Clip } {
  let c = clips?.get(e);
  if (!c) {
    c = {
      request: shownBody(e.requestBody, EVIDENCE_LIMITS.bodyChars),
      response: shownBody(e.responseBody, EVIDENCE_LIMITS.bodyChars),
    };
    clips?.set(e, c);
  }
  return c;
}

export interface EvidenceView {
  id: string;
  anchor: string;
  caseId: string;
  caseAnchor: string;
  /** `GET …/Service/{id} → 404`: the summary line of the collapsed entry. */
  short: string;
  /** `12 ms, attempt 1, R-…`: the rest of the entry's line, shown when it is opened. */
  timing: string;
  cls: 'passed' | 'failed' | 'warn';
  startedAt: string;
  requestHeaders: string;
  requestBody: string;
  responseBody: string;
  truncated: boolean;
}

export function evidenceAnchor(id: string): string {
  return `ev-${id}`;
}

/**
 * One evidence entry for the annex; `annex` is the file the anchors live in (for links from elsewhere);
 * `clips` shares the bodies' shown text between the languages of one render pass.
 */
export function buildEvidenceView(e: EvidenceEntry, l: Labels, annex = '', clips?: BodyClips): EvidenceView {
  const bodies = clipsOf(e, clips);
  const outcome = e.status !== undefined ? String(e.status) : `${l.transportError} ${e.error ?? ''}`.trim();
  const s = e.status;
  return {
    id: e.id,
    anchor: evidenceAnchor(e.id),
    caseId: e.caseId ?? '',
    caseAnchor: e.caseId ? `${annex}#case-${e.caseId}` : '',
    short: `${e.method} ${e.url} → ${outcome}`,
    timing: `${formatDuration(e.durationMs)}, ${l.attempt} ${e.attempt}, ${e.requestId}`,
    // Colour by HTTP class only (a 400 can be the expected answer; the case says whether it was).
    cls: s === undefined || s >= 500 ? 'failed' : s >= 400 || s === 429 ? 'warn' : 'passed',
    startedAt: helsinkiTime(e.startedAt),
    requestHeaders: Object.entries(e.requestHeaders)
      .map(([k, v]) => `${k}: ${v}`)
      .join(' · '),
    requestBody: withPointer(bodies.request, e.id, l),
    responseBody: withPointer(bodies.response, e.id, l),
    truncated: e.truncated === true,
  };
}
