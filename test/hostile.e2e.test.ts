/**
 * Hostile input, black-box through the built CLI: strings that break views, a hostile server that pads
 * every answer with megabytes, run-directory files that are not files, malformed manifests and models,
 * 100k-deep JSON, and a report.json edited to claim another target.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAPPED_MARKER, MAX_STORED_STRING } from '../src/core/capString.js';
import { RUN_FILE_LIMITS } from '../src/core/readBoundedFile.js';
import { REPORT_JSON_BUDGET } from '../src/engine/fitReportModel.js';
import { CHROMIUM_ARGS } from '../src/report/chromiumArgs.js';
import { findChrome } from '../src/report/findChrome.js';
import type { ReportModel } from '../src/report/model.js';
import { sampleModel } from './support/sampleModel.js';
import { writeSampleRunDir } from './support/sampleRunDir.js';
import { validateReportModel } from '../src/report/validateReportModel.js';
import { onlyRunDir, runCli, tempDir } from './cliHarness.js';
import { decoratedModel, HOSTILE } from './hostileModel.js';

const chrome = findChrome();
const noStack = /\n\s+at /;

/** Parses XML with Chromium's strict XML parser (libxml2): the parser error text, or '' when well-formed. */
async function xmlError(browser: Browser, xml: string): Promise<string> {
  const page = await browser.newPage();
  try {
    return await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return doc.getElementsByTagName('parsererror')[0]?.textContent ?? '';
    }, xml);
  } finally {
    await page.close();
  }
}

/** Cells per row of each Markdown table (a run of lines starting with `|`), counting unescaped pipes. */
function tableShapes(md: string): number[][] {
  const cells = (line: string): number => {
    let n = 0;
    for (let i = 0; i < line.length; i++) {
      if (line[i] !== '|') continue;
      let bs = 0;
      for (let j = i - 1; j >= 0 && line[j] === '\\'; j--) bs++;
      if (bs % 2 === 0) n++;
    }
    return n;
  };
  const tables: number[][] = [];
  let cur: number[] | undefined;
  for (const line of md.split(/\r\n|\n|\r/)) {
    if (line.startsWith('|')) (cur ??= []).push(cells(line));
    else if (cur) {
      tables.push(cur);
      cur = undefined;
    }
  }
  if (cur) tables.push(cur);
  return tables;
}

/** The longest string anywhere in a JSON value (iteratively). */
function longestString(v: unknown): number {
  let max = 0;
  const stack = [v];
  while (stack.length) {
    const x = stack.pop();
    if (typeof x === 'string') max = Math.max(max, x.length);
    else if (x && typeof x === 'object') stack.push(...Object.keys(x), ...Object.values(x));
  }
  return max;
}

let browser: Browser | undefined;
beforeAll(async () => {
  if (chrome) browser = await chromium.launch({ executablePath: chrome, args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
});

describe('hostile strings in every view', () => {
  const formats = chrome ? 'html,pdf,md,junit' : 'html,md,junit';
  const env: Record<string, string> = chrome ? { PTV_READINESS_CHROME: chrome } : {};
  const hostile = writeSampleRunDir(tempDir('hostile-views'), decoratedModel(HOSTILE));
  const benign = writeSampleRunDir(tempDir('benign-views'), decoratedModel(' plain'));
  let results: { code: number | null; stderr: string }[] = [];

  beforeAll(async () => {
    results = await Promise.all(
      [hostile, benign].map((d) => runCli(['report', d, '--format', formats, '--lang', 'fi,en'], { env })),
    );
  });

  it('renders every view and exits 0', () => {
    for (const r of results) {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
  });

  it('HTML: no hostile tag survives unescaped; Chromium finds no script or img element', async () => {
    for (const f of ['report.html', 'report.en.html']) {
      const html = readFileSync(join(hostile, f), 'utf8');
      expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).not.toMatch(/<script|<img/i);
      if (browser) {
        const page = await browser.newPage();
        await page.setContent(html);
        expect(await page.evaluate(() => document.querySelectorAll('script, img, iframe').length)).toBe(0);
        expect(await page.evaluate(() => document.body.textContent ?? '')).toContain(
          '<script>alert(1)</script>',
        );
        await page.close();
      }
    }
  });

  it.skipIf(!chrome)('JUnit: a strict XML parser accepts it, and replaced characters are noted', async () => {
    const xml = readFileSync(join(hostile, 'junit.xml'), 'utf8');
    expect(await xmlError(browser!, xml)).toBe('');
    expect(xml).toContain('not allowed in XML replaced by U+FFFD');
    // The parser itself is strict: the same document with one raw U+0001 is refused.
    expect(await xmlError(browser!, xml.replace('</testsuites>', '\u0001</testsuites>'))).not.toBe('');
  });

  it('JUnit: no XML-illegal character is left (checked without a browser too)', () => {
    const xml = readFileSync(join(hostile, 'junit.xml'), 'utf8');
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(xml).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(xml).not.toContain('<script');
  });

  it('Markdown: every table keeps its row count and every row its cell count', () => {
    for (const f of ['report.md', 'report.en.md']) {
      const bad = readFileSync(join(hostile, f), 'utf8');
      const good = readFileSync(join(benign, f), 'utf8');
      const shapes = tableShapes(bad);
      expect(shapes).toEqual(tableShapes(good));
      for (const t of shapes) expect(new Set(t).size).toBe(1);
      expect(bad).not.toMatch(/[\u2028\u2029\u0085\r]/);
      // Outside code spans (whose content a renderer shows as code) no tag is left unescaped.
      expect(bad.replace(/`[^`\n]*`/g, '')).not.toMatch(/<script|<img/);
      expect(bad.split('\n').length).toBe(good.split('\n').length);
    }
  });

  it.skipIf(!chrome)('PDF: renders', () => {
    for (const f of ['report.pdf', 'report.en.pdf']) {
      expect(readFileSync(join(hostile, f)).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });
});

describe('run-directory files that are not what they claim', () => {
  const fresh = (): string => writeSampleRunDir(tempDir('bad-files'), sampleModel());

  it.each([
    ['a symlink to /dev/zero', (f: string) => symlinkSync('/dev/zero', f)],
    ['a FIFO', (f: string) => execFileSync('mkfifo', [f])],
    ['a directory', (f: string) => mkdirSync(f)],
    [
      'over the size limit',
      (f: string) => (writeFileSync(f, ''), truncateSync(f, RUN_FILE_LIMITS.report + 1)),
    ],
  ])('report refuses report.json that is %s with PTVR_RUN_DIR_INVALID, no abort', async (_what, make) => {
    const dir = fresh();
    const f = join(dir, 'report.json');
    rmSync(f);
    make(f);
    const r = await runCli(['report', dir, '--format', 'md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^PTVR_RUN_DIR_INVALID: report\.json/);
    expect(r.stderr).not.toMatch(noStack);
  });

  it('verify refuses a manifest that is a symlink to /dev/zero', async () => {
    const dir = fresh();
    symlinkSync('/dev/zero', join(dir, 'manifest.json'));
    const r = await runCli(['verify', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^PTVR_RUN_DIR_INVALID/);
  });

  it.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['a number', '42'],
    ['files: null', '{"schemaVersion":1,"algorithm":"sha256","files":null}'],
    [
      'a file entry of the wrong shape',
      '{"schemaVersion":1,"algorithm":"sha256","files":{"report.json":null}}',
    ],
    [
      'a path out of the run directory',
      `{"schemaVersion":1,"algorithm":"sha256","files":{"../../../dev/zero":{"sha256":"${'0'.repeat(64)}","bytes":0}}}`,
    ],
    ['broken JSON', '{"schemaVersion":'],
  ])('verify and report treat a manifest holding %s as PTVR_RUN_DIR_INVALID', async (_what, text) => {
    const dir = fresh();
    writeFileSync(join(dir, 'manifest.json'), text);
    for (const args of [
      ['verify', dir],
      ['report', dir, '--format', 'md'],
    ]) {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^PTVR_RUN_DIR_INVALID/);
      expect(r.stderr).not.toMatch(noStack);
    }
  });

  it.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['cases: null', JSON.stringify({ ...sampleModel(), cases: null })],
    ['100k-deep nesting', `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
    ['broken JSON', '{"schemaVersion": 1,'],
  ])('report treats a report.json holding %s as PTVR_REPORT_MODEL_INVALID', async (_what, text) => {
    const dir = fresh();
    writeFileSync(join(dir, 'report.json'), text);
    const r = await runCli(['report', dir, '--format', 'md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^PTVR_REPORT_MODEL_INVALID/);
    expect(r.stderr).not.toMatch(noStack);
  });
});

describe('100k-deep JSON', () => {
  it('validate refuses it with PTVR_INPUT_INVALID_JSON, no stack overflow', async () => {
    const dir = tempDir('deep');
    const d = 100_000;
    const files = {
      'arrays.json': `{"serviceNames":${'['.repeat(d)}${']'.repeat(d)}}`,
      'objects.json': `{"a":${'{"a":'.repeat(d)}1${'}'.repeat(d)}}`,
    };
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(join(dir, name), text);
      const r = await runCli(['validate', join(dir, name), '--kind', 'service']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^PTVR_INPUT_INVALID_JSON: .*nested deeper than 32 levels/);
      expect(r.stderr).not.toMatch(noStack);
    }
  });
});

describe('facts come from the run, not from report.json alone', () => {
  const out = tempDir('facts');
  let runDir = '';
  beforeAll(async () => {
    const r = await runCli(['run', '--suites', 'conn', '--formats', 'md,junit', '--out', out]);
    expect(r.code, r.stderr).not.toBe(2);
    runDir = onlyRunDir(out);
  });

  const edit = (fn: (m: ReportModel) => void): void => {
    const f = join(runDir, 'report.json');
    const m = JSON.parse(readFileSync(f, 'utf8')) as ReportModel;
    fn(m);
    writeFileSync(f, JSON.stringify(m, null, 2) + '\n');
  };

  it('re-renders an unedited run', async () => {
    const r = await runCli(['report', runDir, '--format', 'md']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((await runCli(['verify', runDir])).code).toBe(0);
  });

  it('refuses a report.json edited to say target cte: PTVR_MANIFEST_MISMATCH while the manifest covers it', async () => {
    const original = readFileSync(join(runDir, 'report.json'));
    edit((m) => {
      m.target = {
        name: 'cte',
        apiUrl: 'https://api.palvelutietovaranto.trn.suomi.fi',
        tokenUrl: 'https://palvelutietovaranto.trn.suomi.fi/api/auth/api-login',
        apiVersion: 'v11',
        simulated: false,
      };
    });
    const manifestBefore = readFileSync(join(runDir, 'manifest.json'), 'utf8');
    const r = await runCli(['report', runDir, '--format', 'md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^PTVR_MANIFEST_MISMATCH: report\.json changed/);
    // Nothing was re-rendered and the manifest was not rewritten to bless the edit.
    expect(readFileSync(join(runDir, 'manifest.json'), 'utf8')).toBe(manifestBefore);
    expect((await runCli(['verify', runDir])).code).toBe(1);

    // Without the manifest, the edit still disagrees with run.json and the evidence.
    rmSync(join(runDir, 'manifest.json'));
    const r2 = await runCli(['report', runDir, '--format', 'md']);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(
      /^PTVR_REPORT_MODEL_INVALID: report\.json disagrees with the run's own records: the target/,
    );
    expect(r2.stderr).not.toMatch(noStack);
    writeFileSync(join(runDir, 'report.json'), original);
  });

  it('refuses a report.json that only drops the simulator flag (no watermark)', async () => {
    edit((m) => {
      m.target.simulated = false;
    });
    rmSync(join(runDir, 'manifest.json'), { force: true });
    const r = await runCli(['report', runDir, '--format', 'md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^PTVR_REPORT_MODEL_INVALID: .*"simulated"/);
  });
});

describe('a hostile server: 1 MB of hostile text in every string value of every answer', () => {
  const out = tempDir('pad-strings');
  let runDir = '';
  let code: number | null = null;
  let stderr = '';
  beforeAll(async () => {
    const r = await runCli([
      'run',
      '--defect',
      'pad-strings',
      '--suites',
      'conn,t1',
      '--formats',
      'md,junit',
      '--out',
      out,
    ]);
    code = r.code;
    stderr = r.stderr;
    runDir = onlyRunDir(out);
  }, 300_000);

  it('finishes with failed checks (exit 1), not a crash', () => {
    expect(stderr).not.toMatch(/PTVR_INTERNAL|Invalid string length|Maximum call stack/);
    expect(code).toBe(1);
  });

  it('writes a complete, valid, bounded report.json with every server string capped and noted', () => {
    const text = readFileSync(join(runDir, 'report.json'), 'utf8');
    expect(statSync(join(runDir, 'report.json')).size).toBeLessThanOrEqual(REPORT_JSON_BUDGET);
    const model = validateReportModel(JSON.parse(text));
    expect(model.cases.length).toBeGreaterThan(5);
    expect(text).toContain(CAPPED_MARKER);
    // Cases: every string capped to MAX_STORED_STRING plus the marker (~100 characters).
    expect(longestString(model.cases)).toBeLessThanOrEqual(MAX_STORED_STRING + 200);
    // Evidence bodies in the model: at most 8 KB each plus the marker.
    expect(longestString(model.evidence)).toBeLessThanOrEqual(8 * 1024 + 200);
  });

  it('keeps evidence lines bounded too (64 KB bodies, capped URLs and headers)', () => {
    for (const line of readFileSync(join(runDir, 'evidence.ndjson'), 'utf8').split('\n')) {
      expect(line.length).toBeLessThanOrEqual(2 * 64 * 1024 + 64 * 1024);
    }
  });

  it('writes views and a manifest that verifies', async () => {
    for (const f of ['report.md', 'junit.xml', 'manifest.json'])
      expect(existsSync(join(runDir, f))).toBe(true);
    if (browser) expect(await xmlError(browser, readFileSync(join(runDir, 'junit.xml'), 'utf8'))).toBe('');
    expect((await runCli(['verify', runDir])).code).toBe(0);
  });
});
