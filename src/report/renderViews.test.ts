import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dvvItems } from './dvvItems.js';
import { templatesDir } from './environments.js';
import { renderHtml, renderJunit, renderMarkdown } from './renderViews.js';
import { sampleModel } from './sampleModel.js';

const opts = { generator: 'ptv-readiness test' };
const sim = sampleModel();
const caseIds = sim.cases.map((c) => c.id);

describe('renderHtml', () => {
  const fi = renderHtml(sim, 'fi', opts);
  const en = renderHtml(sim, 'en', opts);

  it('is deterministic for a fixed model (no render-time clock)', () => {
    expect(renderHtml(sim, 'fi', opts)).toBe(fi);
  });

  it('carries the document language and every case id, DVV item and piece of material', () => {
    expect(fi).toMatch(/^<!doctype html>\n<html lang="fi">/);
    expect(en).toMatch(/<html lang="en">/);
    for (const id of caseIds) expect(fi).toContain(`id="case-${id}"`);
    for (const { fi: wording, en: english } of dvvItems) {
      expect(fi).toContain(`<td lang="fi">${wording}</td>`);
      expect(en).toContain(`<td lang="en">${english.replace(/'/g, '&#x27;')}</td>`);
    }
    for (const m of sim.material) expect(en).toContain(m.id);
  });

  it('is self-contained: inline CSS, no scripts, no external resources', () => {
    expect(fi).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(fi).not.toMatch(/\b(src|href)="(https?:)?\/\//i);
    expect(fi).toContain("default-src 'none'");
  });

  it('keeps heading levels in order and gives every header cell a scope', () => {
    const levels = [...en.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    expect([...en.matchAll(/<th(?=[\s>])(?![^>]*scope=)[^>]*>/g)]).toEqual([]);
    expect([...en.matchAll(/<th scope=/g)].length).toBeGreaterThan(50);
  });

  it('escapes model text', () => {
    expect(en).toContain('Rakennuslupa &lt;testi&gt; SRV-01');
    expect(en).not.toContain('<testi>');
  });

  it('watermarks simulator runs only', () => {
    expect(en).toContain('SIMULATED ENVIRONMENT – NOT VALID FOR SUBMISSION TO DVV');
    expect(fi).toContain('SIMULOITU YMPÄRISTÖ');
    const cte = renderHtml(sampleModel({ cte: true }), 'en', opts);
    expect(cte).not.toContain('SIMULATED ENVIRONMENT');
    expect(cte).toContain('https://api.palvelutietovaranto.trn.suomi.fi');
  });

  it('shows the skip blocker, read-back mismatch, PTV messages and what CTE cannot show', () => {
    expect(en).toContain('<a href="#case-CH-05">blocked by CH-05</a>');
    expect(en).toContain('DIFFERS');
    expect(en).toContain('The code &#x27;00999&#x27; was not found!');
    expect(en).toContain('apiUserOrganisation');
    expect(en).toContain('Rule profile</th><td>live2026');
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(sim, 'en', opts);

  it('has the summary table with DVV wording and escaped model text', () => {
    expect(md).toContain(
      '| T2 | uusien palvelujen lisääminen ja muokkaaminen | creating and editing new services | failed | 2 | 1 | 1 | 0 |',
    );
    // The finding's expected value holds `|` and `*`: escaped, so the list and tables stay intact.
    expect(md).toContain('Building permits for detached houses \\| \\*new\\* rules');
  });

  it('escapes HTML and emphasis in case text so a title cannot inject markup', () => {
    const m = sampleModel();
    m.cases.find((c) => c.id === 'SRV-02')!.title = 'Edit <b>bold</b> _x_';
    expect(renderMarkdown(m, 'en', opts)).toContain('SRV-02 – Edit &lt;b&gt;bold&lt;/b&gt; \\_x\\_ (failed)');
  });

  it('names every case id and the watermark', () => {
    for (const id of caseIds) expect(md).toContain(id);
    expect(md).toContain('> **SIMULATED ENVIRONMENT');
  });

  it('keeps every table row on one line with the right number of cells', () => {
    const rows = md.split('\n').filter((l) => /^\| (CONN|T\d|PIT) \|/.test(l));
    expect(rows.length).toBeGreaterThan(8);
    for (const r of rows) {
      const cells = r.replace(/\\\|/g, '').split('|').length;
      expect([6, 10]).toContain(cells);
    }
  });
});

describe('renderJunit', () => {
  const xml = renderJunit(sim);

  it('counts tests, failures and skips and has one testcase per case', () => {
    expect(xml).toMatch(
      /<testsuites name="ptv-readiness 20261126T100000Z-7f3a" tests="23" failures="3" errors="0" skipped="2"/,
    );
    expect([...xml.matchAll(/<testcase /g)]).toHaveLength(23);
    expect(xml).toContain('<skipped message="blocked by CH-05"/>');
    expect(xml).toContain('<testsuite name="T2 creating and editing new services" tests="2" failures="1"');
  });

  it('puts the findings into the failure and no hostname anywhere', () => {
    expect(xml).toMatch(
      /<failure message="Read-back differs from what was sent \(en Summary\)." type="readback.mismatch">/,
    );
    expect(xml).not.toMatch(/hostname/);
  });

  it('reports harness errors as JUnit errors', () => {
    const m = {
      ...sampleModel(),
      status: 'error' as const,
      errors: [{ code: 'PTVR_AUTH_FAILED', message: 'a <b> & c' }],
    };
    const out = renderJunit(m);
    expect(out).toContain('errors="1"');
    expect(out).toContain('<error message="a &lt;b&gt; &amp; c" type="PTVR_AUTH_FAILED"/>');
  });
});

describe('report.css', () => {
  // WCAG AA: 4.5:1 for normal text. Checked from the stylesheet so a colour edit cannot regress it.
  const css = readFileSync(join(templatesDir(), 'report.css'), 'utf8');
  const lum = (hex: string): number => {
    const [r, g, b] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  it('status badge colours reach 4.5:1 contrast', () => {
    const pairs = [
      ...css.matchAll(
        /\.(passed|failed|skipped|warn) \{\s*color: (#[0-9a-f]{6});\s*background: (#[0-9a-f]{6});\s*\}/g,
      ),
    ];
    expect(pairs).toHaveLength(4);
    for (const [, , fg, bg] of pairs) {
      const [a, b] = [lum(fg!), lum(bg!)].sort((x, y) => y - x);
      expect((a! + 0.05) / (b! + 0.05)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('views of an aborted run', () => {
  it('every view renders a run with no cases, evidence or material', () => {
    const m = {
      ...sampleModel(),
      status: 'interrupted' as const,
      cases: [],
      evidence: [],
      evidenceTotal: 0,
      material: [],
      errors: [{ code: 'PTVR_INTERRUPTED', message: 'SIGINT' }],
    };
    expect(renderHtml(m, 'fi', opts)).toContain('Ajo ei luonut PTV-aineistoa.');
    expect(renderHtml(m, 'en', opts)).toContain('<li><code>PTVR_INTERRUPTED</code>: SIGINT</li>');
    expect(renderMarkdown(m, 'en', opts)).toContain('INCOMPLETE – the run was interrupted');
    expect(renderJunit(m)).toContain('<error message="SIGINT" type="PTVR_INTERRUPTED"/>');
  });
});
