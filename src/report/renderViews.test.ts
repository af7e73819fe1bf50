import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dvvItems } from './dvvItems.js';
import { templatesDir } from './environments.js';
import { createHash } from 'node:crypto';
import {
  renderAnnexHtml,
  renderAnnexMarkdown,
  renderHtml,
  renderJunit,
  renderMarkdown,
} from './renderViews.js';
import { sampleModel } from '../../test/support/sampleModel.js';

const opts = { generator: 'ptv-readiness test' };
const sim = sampleModel();
const caseIds = sim.cases.map((c) => c.id);

describe('renderHtml', () => {
  const fi = renderHtml(sim, 'fi', opts);
  const en = renderHtml(sim, 'en', opts);

  it('is deterministic for a fixed model (no render-time clock)', () => {
    expect(renderHtml(sim, 'fi', opts)).toBe(fi);
  });

  it('carries the document language, a link into the annex for every case it lists, every DVV item and piece of material', () => {
    expect(fi).toMatch(/^<!doctype html>\n<html lang="fi">/);
    expect(en).toMatch(/<html lang="en">/);
    const passedT5 = sim.cases.filter((c) => c.dvvItem === 'T5' && c.status === 'passed').map((c) => c.id);
    for (const id of caseIds.filter((i) => !passedT5.includes(i)))
      expect(fi).toContain(`href="annex.html#case-${id}"`);
    expect(fi).toContain('annex.html, annex.pdf');
    // V12 is a row only in runs that read v12; the sample model did not.
    for (const { fi: wording, en: english } of dvvItems.filter((i) => i.item !== 'V12')) {
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
    const m = sampleModel();
    m.cases.find((c) => c.id === 'SRV-02')!.title = 'Edit <b>bold</b>';
    const html = renderHtml(m, 'en', opts);
    expect(html).toContain('Edit &lt;b&gt;bold&lt;/b&gt;');
    expect(html).not.toContain('<b>bold');
  });

  it('watermarks simulator runs only', () => {
    expect(en).toContain('SIMULATED ENVIRONMENT – NOT VALID FOR SUBMISSION TO DVV');
    expect(fi).toContain('SIMULOITU YMPÄRISTÖ');
    const cte = renderHtml(sampleModel({ cte: true }), 'en', opts);
    expect(cte).not.toContain('SIMULATED ENVIRONMENT');
    expect(cte).toContain('https://api.palvelutietovaranto.trn.suomi.fi');
  });

  it('shows the skip blocker, findings, what CTE cannot show and the contact', () => {
    expect(en).toContain('blocked by CH-05');
    expect(en).toContain('Read-back differs from what was sent (en Summary).');
    expect(en).toContain('apiUserOrganisation');
    expect(en).toContain('Rule profile</th><td>live2026');
    expect(en).toContain('<h2 id="contact-h">Contact</h2>');
  });
});

describe('renderAnnexHtml', () => {
  const m = sampleModel({ evidenceCount: 300 });
  const annex = renderAnnexHtml(m, 'en', opts);
  const annexFi = renderAnnexHtml(m, 'fi', opts);

  it('has every case, collapsed, with every one of its evidence entries inside it', () => {
    for (const c of m.cases) {
      const start = annex.indexOf(`<details class="case c-${c.status}" id="case-${c.id}"`);
      expect(start).toBeGreaterThan(0);
      const next = annex.indexOf('<details class="case ', start + 1);
      const body = annex.slice(start, next < 0 ? undefined : next);
      for (const id of c.evidenceIds) expect(body).toContain(`<details class="ev" id="ev-${id}">`);
    }
    expect([...annex.matchAll(/<details class="ev" id="ev-/g)]).toHaveLength(300);
    expect(annex).not.toMatch(/<details[^>]* open/);
  });

  it('allows exactly its own inline script by hash, and hides the controls that need it', () => {
    const script = /<script>([\s\S]*)<\/script>/.exec(annex)![1]!;
    const hash = createHash('sha256').update(script).digest('base64');
    expect(annex).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'"`,
    );
    expect([...annex.matchAll(/<script/g)]).toHaveLength(1);
    expect(annex).toContain('<form id="filter" class="filter" role="search" hidden>');
    expect(annex).not.toMatch(/\b(src|href)="(https?:)?\/\//i);
  });

  it('lists failed and skipped cases first and links back to the document', () => {
    const failed = annex.indexOf('id="failed-h"');
    expect(failed).toBeGreaterThan(0);
    expect(annex.indexOf('href="#case-SRV-02"')).toBeGreaterThan(failed);
    expect(annex.indexOf('href="#case-SRV-02"')).toBeLessThan(annex.indexOf('id="item-CONN"'));
    expect(annex).toContain('<a href="report.html">The report: report.html</a>');
    expect(annexFi).toContain('<html lang="fi">');
  });

  it('prints every case open, evidence as one line each, without the script', () => {
    const print = renderAnnexHtml(m, 'en', { ...opts, print: true });
    expect(print).not.toContain('<script');
    expect([...print.matchAll(/<details class="case [^"]*" id="case-[^"]*"[^>]* open>/g)]).toHaveLength(
      m.cases.length,
    );
    expect([...print.matchAll(/<p class="ev-line" id="ev-/g)]).toHaveLength(300);
  });

  it('keeps heading levels in order and escapes model text', () => {
    const levels = [...annex.matchAll(/<h([1-6])\b/g)].map((x) => Number(x[1]));
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    expect(annex).toContain('Rakennuslupa &lt;testi> SRV-01');
    expect(annex).not.toContain('<testi>');
  });
});

describe('views of the contract statuses (hand-built models)', () => {
  it("'partial' shows PARTIAL and the DVV items not run on the cover, in HTML and Markdown", () => {
    const m = {
      ...sampleModel(),
      status: 'partial' as const,
      cases: sampleModel().cases.filter((c) => c.dvvItem === 'T6'),
      coverage: {
        selected: ['T6' as const],
        notRun: ['CONN' as const, 'T1' as const, 'T2' as const, 'T3' as const, 'T4' as const, 'T5' as const],
      },
    };
    const html = renderHtml(m, 'fi', opts);
    expect(html).toContain('OSITTAINEN – vain osa DVV:n kohdista ajettiin');
    expect(html).toContain(
      '<tr><th scope="row">Ajamatta jääneet DVV:n kohdat</th><td><strong>CONN, T1, T2, T3, T4, T5</strong></td></tr>',
    );
    expect(html).not.toContain('VALMIS');
    const md = renderMarkdown(m, 'en', opts);
    expect(md).toContain('| Overall verdict | **PARTIAL – only some DVV items were run** |');
    expect(md).toContain('| DVV items not run | **CONN, T1, T2, T3, T4, T5** |');
  });

  it("'not-run' shows NOT RUN with the error code and the error, and renders an empty annex", () => {
    const m = {
      ...sampleModel(),
      status: 'not-run' as const,
      cases: [],
      evidence: [],
      evidenceTotal: 0,
      material: [],
      errors: [{ code: 'PTVR_TARGET_UNREACHABLE', message: 'getaddrinfo ENOTFOUND api.example' }],
    };
    const html = renderHtml(m, 'en', opts);
    expect(html).toContain('<strong class="badge verdict warn">NOT RUN: PTVR_TARGET_UNREACHABLE</strong>');
    expect(html).toContain(
      '<li><code>PTVR_TARGET_UNREACHABLE</code>: getaddrinfo ENOTFOUND api.example</li>',
    );
    expect(renderMarkdown(m, 'fi', opts)).toContain('**EI AJETTU: PTVR\\_TARGET\\_UNREACHABLE**');
    expect(renderAnnexHtml(m, 'en', opts)).toContain('NOT RUN: PTVR_TARGET_UNREACHABLE');
    expect(renderAnnexMarkdown(m, 'en', opts)).toContain('None: every case passed.');
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(sim, 'en', opts);

  it('has the summary table with DVV wording and escaped model text', () => {
    expect(md).toContain(
      '| T2 | uusien palvelujen lisääminen ja muokkaaminen | creating and editing new services | failed | 2 | 1 | 1 | 0 |',
    );
    // The finding's expected value holds `|` and `*`: escaped, so the list and tables stay intact.
    expect(renderAnnexMarkdown(sim, 'en', opts)).toContain(
      'Building permits for detached houses \\| \\*new\\* rules',
    );
  });

  it('escapes HTML and emphasis in case text so a title cannot inject markup', () => {
    const m = sampleModel();
    m.cases.find((c) => c.id === 'SRV-02')!.title = 'Edit <b>bold</b> _x_';
    expect(renderAnnexMarkdown(m, 'en', opts)).toContain(
      'SRV-02 – Edit &lt;b&gt;bold&lt;/b&gt; \\_x\\_ (failed)',
    );
    expect(renderMarkdown(m, 'en', opts)).toContain('| SRV-02 | Edit &lt;b&gt;bold&lt;/b&gt; \\_x\\_');
  });

  it('names every case id and the watermark; the annex lists every evidence entry under its case', () => {
    const m = sampleModel({ evidenceCount: 300 });
    const annex = renderAnnexMarkdown(m, 'en', opts);
    for (const id of caseIds) expect(annex).toContain(`### ${id} – `);
    for (const e of m.evidence) expect(annex).toContain(`  - ${e.id} \``);
    expect(md).toContain('> **SIMULATED ENVIRONMENT');
    expect(md).toContain('annex.md');
  });

  it('keeps every table row on one line with the right number of cells', () => {
    const rows = md.split('\n').filter((l) => /^\| (CONN|T\d|PIT) \|/.test(l));
    expect(rows.length).toBeGreaterThan(8);
    for (const r of rows) {
      const cells = r.replace(/\\\|/g, '').split('|').length;
      expect([8, 10]).toContain(cells);
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
