import type { ReportModel } from '../src/report/model.js';
import { sampleModel } from './support/sampleModel.js';

/**
 * Every character class that breaks a naive view: XML-illegal controls, a lone surrogate, U+FFFE/FFFF,
 * every line-break form (CRLF, CR, LF, NEL, LS, PS, VT, FF), Markdown table/emphasis/link syntax, HTML
 * tags and entities, a CDATA end and quotes.
 */
export const HOSTILE =
  'A\u0001B\u000bC\uffffD\ud800E\r\nF\rG\nH\u2028I\u2029J\u0085K\fL|M<script>alert(1)</script>N&amp;O]]>P"Q\'R`S*T_U[V](javascript:x)#W~X\\Y<img src=x onerror=alert(2)>Z';

/** The sample model with `suffix` appended to every string a server or a user could have supplied. */
export function decoratedModel(suffix: string): ReportModel {
  const m = sampleModel();
  const s = (v: string): string => `${v}${suffix}`;
  const deep = (v: unknown): unknown => (typeof v === 'string' ? s(v) : { value: v, note: suffix });
  m.organization.name = s(m.organization.name ?? '');
  m.tester.name = s(m.tester.name ?? '');
  m.errors = [{ code: 'PTVR_INTERNAL', message: s('harness error') }];
  for (const c of m.cases) {
    c.title = s(c.title);
    c.ptvMessages = [...c.ptvMessages, s('PTV said')];
    c.entityIds = [...c.entityIds, s('id')];
    if (c.status === 'failed') c.error = s(c.error ?? 'failed');
    if (c.status === 'skipped') c.skipReason = s(c.skipReason ?? 'skipped');
    c.findings = [
      ...c.findings,
      {
        path: s('Path'),
        message: s('message'),
        rule: s('rule'),
        severity: 'warning',
        expected: s('e'),
        actual: deep(1),
      },
    ];
    for (const r of c.readBacks)
      for (const f of r.fields) Object.assign(f, { sent: deep(f.sent), read: deep(f.read) });
  }
  for (const e of m.evidence) {
    e.responseBody = s(e.responseBody ?? '');
    e.responseHeaders = { ...e.responseHeaders, 'x-hostile': s('h') };
  }
  for (const x of m.material) if (x.sourceId !== undefined) x.sourceId = s(x.sourceId);
  return m;
}
