import type { DvvItem } from '../report/model.js';
import type { Classification, ClassifierInput } from './observeTypes.js';

export const isSuccess = (s: number | undefined): boolean => s !== undefined && s >= 200 && s < 300;

/** Findings for an answer that is not a success: PTV refused (T5), auth (CONN), PTV failed, or our 502. */
export function answerFindings(i: ClassifierInput, c: Classification, writeItem: DvvItem | undefined): void {
  const what = `${i.method} ${c.route}`;
  if (i.status === undefined) {
    c.item = 'CONN';
    c.isCase = true;
    c.findings.push({
      path: 'Connection',
      rule: 'observe.targetUnreachable',
      severity: 'error',
      message: `${what}: the target did not answer (${i.error ?? 'no response'}); the integration got 502`,
    });
    return;
  }
  if (isSuccess(i.status)) return;
  const msg = c.ptvMessages.slice(0, 3).join(' | ');
  const tail = msg ? `: ${msg}` : '';
  c.isCase = true;
  if (i.status === 401 || i.status === 403) {
    c.item = 'CONN';
    c.findings.push({
      path: 'Authorization',
      rule: `observe.http${i.status}`,
      severity: 'error',
      message: `${what} answered ${i.status}${i.bearer ? '' : ' (no bearer token sent)'}${tail}`,
    });
  } else if (i.status === 429) {
    c.item = 'CONN';
    c.findings.push({
      path: 'Connection',
      rule: 'observe.http429',
      severity: 'warning',
      message: `${what} was throttled by PTV (429): the integration must back off and stay under 64 concurrent requests`,
    });
  } else if (i.status >= 500) {
    c.item = writeItem ?? 'CONN';
    c.findings.push({
      path: 'Response',
      rule: 'observe.http5xx',
      severity: 'warning',
      message: `${what} answered ${i.status} (a PTV-side failure; the integration should retry with back-off)${tail}`,
    });
  } else if (writeItem) {
    // PTV refused a write: a field-correctness finding of the integration, with PTV's own message.
    c.item = 'T5';
    c.findings.push({
      path: 'Body',
      rule: `observe.http${i.status}`,
      severity: 'error',
      message: `PTV refused ${what} with ${i.status}${tail}`,
    });
  } else if (i.status !== 404) {
    c.item = c.item ?? 'CONN';
    c.findings.push({
      path: 'Request',
      rule: `observe.http${i.status}`,
      severity: 'warning',
      message: `${what} answered ${i.status}${tail}`,
    });
  } else c.isCase = false; // a 404 on a read is an answer, not a defect
}
