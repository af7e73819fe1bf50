import { describe, expect, it } from 'vitest';
import { renderAnnexHtml, renderHtml } from './renderViews.js';
import { sampleModel } from '../../test/support/sampleModel.js';

/**
 * Size guard on a full-run-sized model (~470 cases, ~450 of them generated T5 field cases, 5,000
 * evidence entries). The reviewer's document must not grow with the run: it summarises T5 and lists
 * ids, while every case and request goes to the annex. The annex grows with the evidence (every
 * entry, bodies cut at 800 characters); its print version lists each request on one line.
 */
const opts = { generator: 'ptv-readiness test' };
const big = sampleModel({ generatedT5: 450, evidenceCount: 5_000 });
// Measured: document ~30 kB, annex ~4.8 MB, printed annex ~1.4 MB.
const DOCUMENT_BUDGET = 150_000;
const ANNEX_BUDGET = 6_000_000;
const PRINT_BUDGET = 2_000_000;

describe('report size on a full-run-sized model', () => {
  const doc = renderHtml(big, 'fi', opts);
  const annex = renderAnnexHtml(big, 'fi', opts);
  const print = renderAnnexHtml(big, 'fi', { ...opts, print: true });

  it(`keeps the document under ${DOCUMENT_BUDGET} bytes: T5 summarised, every other case listed`, () => {
    expect(big.cases).toHaveLength(473);
    expect(Buffer.byteLength(doc)).toBeLessThan(DOCUMENT_BUDGET);
    expect(doc).not.toContain('annex.html#case-FMT-1001"');
    for (const c of big.cases.filter((x) => x.dvvItem !== 'T5' || x.status !== 'passed')) {
      expect(doc).toContain(`href="annex.html#case-${c.id}"`);
    }
  });

  it('puts every case and every evidence entry in the annex, under budget', () => {
    expect(Buffer.byteLength(annex)).toBeLessThan(ANNEX_BUDGET);
    expect(Buffer.byteLength(print)).toBeLessThan(PRINT_BUDGET);
    for (const c of big.cases) expect(annex).toContain(`id="case-${c.id}"`);
    expect([...annex.matchAll(/<details class="ev" id="ev-/g)]).toHaveLength(5_000);
    expect([...print.matchAll(/<p class="ev-line" id="ev-/g)]).toHaveLength(5_000);
    expect(annex).toContain('Kaikki 5000 todistetta');
  });
});
