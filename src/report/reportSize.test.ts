import { describe, expect, it } from 'vitest';
import { EVIDENCE_LIMITS } from './buildEvidenceView.js';
import { renderHtml } from './renderViews.js';
import { sampleModel } from './sampleModel.js';

/**
 * Size guard: a full run (~490 cases, ~440 of them generated T5 field cases, thousands of evidence
 * entries) once rendered a 3 MB HTML that Chromium could not print (1,450 A4 pages). The compact
 * T5 table and the capped appendix keep it small; this fails if a template change makes the
 * document grow with the run again.
 */
const opts = { generator: 'ptv-readiness test' };
const big = sampleModel({ generatedT5: 450, evidenceCount: 5_000 });
// Renders ~0.46 MB today; full sections for the 450 generated cases would add ~0.9 MB.
const BUDGET = 700_000;

describe('report size on a full-run-sized model', () => {
  const html = renderHtml(big, 'fi', opts);

  it(`stays under ${BUDGET} bytes and still names every case`, () => {
    expect(big.cases).toHaveLength(473);
    expect(Buffer.byteLength(html)).toBeLessThan(BUDGET);
    for (const c of big.cases) expect(html).toContain(`id="case-${c.id}"`);
  });

  it('shows generated passed T5 cases as compact rows, the rest as full sections', () => {
    expect([...html.matchAll(/<tr id="case-FMT-1\d{3}" class="case-row">/g)]).toHaveLength(450);
    expect([...html.matchAll(/<article class="case /g)]).toHaveLength(23);
    // The row carries PTV's answers (HTTP statuses of the case's requests), the message (deduplicated), attempts/time and evidence ids.
    const row = html.slice(
      html.indexOf('<tr id="case-FMT-1001"'),
      html.indexOf('</tr>', html.indexOf('<tr id="case-FMT-1001"')),
    );
    expect(row).toContain(
      '<strong>400, 200</strong> ServiceNames[0].Valuex: Maximum length of property &#x27;Value&#x27; must be &#x27;100&#x27;.</td>',
    );
    expect(row.match(/Maximum length/g)).toHaveLength(1);
    expect(row).toContain('2 / 4 ms');
    expect(row).toMatch(/E\d{6}/);
  });

  it('caps the appendix and says where the rest is', () => {
    expect([...html.matchAll(/<article class="evidence"/g)]).toHaveLength(EVIDENCE_LIMITS.entries);
    expect(html).toContain(`Näytetään ${EVIDENCE_LIMITS.entries}/5000 todistetta`);
    expect(html).toContain('evidence.ndjson');
  });
});
