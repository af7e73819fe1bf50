import { describe, expect, it } from 'vitest';
import { sampleModel } from '../../test/support/sampleModel.js';
import type { CaseResult, ReportModel } from './model.js';
import {
  renderAnnexHtml,
  renderAnnexMarkdown,
  renderHtml,
  renderJunit,
  renderMarkdown,
} from './renderViews.js';
import { apiLine, keyRow, provisionalBanner, v12CoverRows, v12View } from './v12View.js';

const opts = { generator: 'ptv-readiness test' };

function v12Case(id: string, p: Partial<CaseResult> = {}): CaseResult {
  return {
    id,
    dvvItem: 'V12',
    title: `${id.replace(/^V12-/, '')}:service read back through v12 matches v11`,
    status: 'passed',
    durationMs: 1,
    attempts: 1,
    findings: [],
    evidenceIds: [],
    entityIds: [],
    ptvMessages: [],
    readBacks: [],
    file: 'suites/v12-readback.suite.ts',
    ...p,
  };
}

/** A sample run that also read v12: key checks, three roles (one failing), one dropped key. */
function v12Model(): ReportModel {
  const m = sampleModel();
  const fields = [
    {
      path: 'service.name.fi',
      key: 'service.name.fi',
      sent: 'Lupa',
      read: 'Lupa',
      ok: true,
      mapping: 'exact' as const,
    },
    {
      path: 'channel.accessibility.wcag',
      key: 'channel.accessibility.wcag',
      sent: 'AA',
      read: null,
      ok: true,
      mapping: 'dropped' as const,
    },
  ];
  return {
    ...m,
    schemaVersion: 2,
    target: { ...m.target, api: { write: 'v11', read: ['v11', 'v12'] }, v12ApiUrl: 'http://127.0.0.1:41234' },
    cases: [
      ...m.cases,
      v12Case('V12-CONN-03', {
        title: 'the same read without x-api-key is refused',
        findings: [
          { path: 'x-api-key', rule: 'v12.keyRefusal', severity: 'info', message: 'm', actual: 401 },
        ],
      }),
      v12Case('V12-SRV-01', {
        v12: { observedDelayMs: 3010, idMapping: 'same', stalePolls: 12 },
        readBacks: [{ endpoint: 'GET /api/v12/service/{contentId}', fields }],
      }),
      v12Case('V12-CH-EC-01', { v12: { observedDelayMs: 2950, idMapping: 'same', stalePolls: 11 } }),
      v12Case('V12-CH-PH-01', {
        status: 'failed',
        v12: { observedDelayMs: 4000, idMapping: 'same', stalePolls: 3 },
        findings: [
          {
            path: 'CH-PH-01:channel service.summary.sv',
            rule: 'readback.mismatch',
            severity: 'error',
            message: 'x',
          },
        ],
        readBacks: [
          {
            endpoint: 'GET /api/v12/service-channel/{contentId}',
            fields: [
              {
                path: 'channel.summary.sv',
                key: 'channel.summary.sv',
                sent: 'Hej',
                read: 'He',
                ok: false,
                mapping: 'exact',
              },
              fields[1]!,
            ],
          },
        ],
      }),
    ],
  };
}

describe('v12 report views', () => {
  it('a schema-1 report reads as write v11 · read v11 and has no V12 section', () => {
    const m = sampleModel();
    expect(apiLine(m, 'en')).toBe('write v11 · read v11');
    expect(v12CoverRows(m, 'en')).toEqual([{ label: 'API', value: 'write v11 · read v11' }]);
    expect(v12View(m, 'en', 'annex.html')).toBe(false);
    expect(renderHtml(m, 'en', opts)).not.toContain('id="v12"');
  });

  it('cover: the API line, the v12 base URL and the route map status, in fi and en', () => {
    const m = v12Model();
    m.target.v12Routes = { status: 'inferred', source: 'built-in', sha256: 'ab'.repeat(32) };
    expect(v12CoverRows(m, 'en').map((r) => r.value)).toEqual([
      'write v11 · read v11 + v12',
      'http://127.0.0.1:41234',
      'INFERRED (built-in, sha256 abababababab…)',
    ]);
    expect(v12CoverRows(m, 'fi')[0]).toEqual({ label: 'Rajapinta', value: 'kirjoitus v11 · luku v11 + v12' });
    expect(renderMarkdown(m, 'en', opts)).toContain('| API | write v11 · read v11 + v12 |');
  });

  it('the inferred-routes banner and the provisional marker appear only with a provisional case', () => {
    const m = v12Model();
    expect(provisionalBanner(m, 'en')).toBe(false);
    expect(renderHtml(m, 'en', opts)).not.toContain('INFERRED — not valid');
    m.cases.find((c) => c.id === 'SRV-01')!.provisional = true;
    expect(provisionalBanner(m, 'en')).toMatchObject({
      text: 'v12 write routes INFERRED — not valid for submission',
    });
    const html = renderHtml(m, 'en', opts);
    expect(html).toContain('v12 write routes INFERRED — not valid for submission');
    expect(html).toMatch(/SRV-01<\/a><\/th><td>[^]*?<span class="badge provisional">provisional<\/span>/);
    expect(renderMarkdown(m, 'fi', opts)).toContain('v12-kirjoitusreitit PÄÄTELTY');
    expect(renderAnnexMarkdown(m, 'en', opts)).toMatch(/### SRV-01 – .* \(passed, provisional\)/);
  });

  it('V12 section: key checks with the status the gateway gave, delay statistics, one row per role', () => {
    const v = v12View(v12Model(), 'en', 'annex.html');
    if (!v) throw new Error('expected a V12 view');
    expect(v.keyChecks).toEqual([expect.objectContaining({ id: 'V12-CONN-03', answer: 'answered 401' })]);
    expect(v.stats).toBe('min 2.95 s, median 3.01 s, max 4.00 s over 3 entities (resolution: one poll)');
    expect(v.dvv).toBe('DVV states a copy delay of about 1–1.5 h.');
    expect(v.roles.map((r) => [r.id, r.delay, r.idMapping, r.stalePolls, r.keys])).toEqual([
      ['V12-SRV-01', '3.01 s', 'same', '12', '1 / 0 / 1 / 0'],
      ['V12-CH-EC-01', '2.95 s', 'same', '11', '–'],
      ['V12-CH-PH-01', '4.00 s', 'same', '3', '0 / 0 / 1 / 1'],
    ]);
    // Only the failing role's key table is in the document.
    expect(v.failedRoles.map((r) => r.id)).toEqual(['V12-CH-PH-01']);
    expect(v.failedRoles[0]!.keyTable.map((k) => [k.key, k.verdict, k.dropped])).toEqual([
      ['channel.summary.sv', 'DIFFERS', false],
      ['channel.accessibility.wcag', 'dropped by v12', true],
    ]);
  });

  it('a role that settled at the first look shows its delay as a bound, and the statistics say so', () => {
    const m = v12Model();
    m.cases.find((c) => c.id === 'V12-CH-EC-01')!.v12 = {
      observedDelayMs: 30_730,
      idMapping: 'same',
      stalePolls: 0,
    };
    const v = v12View(m, 'en', 'annex.html');
    if (!v) throw new Error('expected a V12 view');
    expect(v.roles.find((r) => r.id === 'V12-CH-EC-01')?.delay).toBe('≤ 30.73 s');
    expect(v.dvv).toBe(
      '1 settled at the first look: for them the delay is at most the value shown (≤). DVV states a copy delay of about 1–1.5 h.',
    );
  });

  it('dropped keys are shaded and labelled in the document and the annex; fi labels too', () => {
    const m = v12Model();
    expect(renderHtml(m, 'en', opts)).toContain(
      '<tr class="dropped"><td><code>channel.accessibility.wcag</code></td><td>AA</td><td>–</td><td><span class="badge dropped">dropped by v12</span>',
    );
    const annex = renderAnnexHtml(m, 'en', opts);
    expect(annex).toContain('<tr class="dropped"><td><code>channel.accessibility.wcag</code></td>');
    expect(annex).toContain('<span class="badge passed">same</span>');
    expect(renderAnnexMarkdown(m, 'fi', opts)).toContain(
      '- _v12 ei välitä_ `channel.accessibility.wcag`: AA',
    );
    expect(
      keyRow({ path: 'k', key: 'k', sent: 'a', read: 'b', ok: true, mapping: 'transform' }, 'fi').verdict,
    ).toBe('sama muunnoksen jälkeen');
  });

  it('Markdown: summary row, V12 section and the v12 unknowns; JUnit: a V12 testsuite', () => {
    const m = v12Model();
    const md = renderMarkdown(m, 'fi', opts);
    expect(md).toContain('v12-esitarkistus — ei DVV:n v11-testin kohta');
    expect(md).toContain('## V12 – v12-esitarkistus (ei DVV:n v11-testin kohta)');
    expect(md).toContain('**v12: mikä jää varmistamatta**');
    expect(md).toContain(
      '| V12-SRV-01 | SRV-01:service: v12:n kautta takaisin luettu vastaa v11:tä | läpäisty |',
    );
    const en = renderMarkdown(m, 'en', opts);
    expect(en).toContain("v12 pre-check — not part of DVV's v11 test");
    expect(en).toContain('**Neutral keys of V12-CH-PH-01**');
    const junit = renderJunit(m);
    expect(junit).toMatch(/<testsuite name="V12 v12 pre-check[^"]*" tests="4" failures="1"/);
  });
});
