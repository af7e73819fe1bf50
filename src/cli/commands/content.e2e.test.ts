import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../core/toolVersion.js';
import { validateContentModel } from '../../content/validateContentModel.js';
import { PLANTED_RULES } from '../../content/seedDemoCatalogue.js';
import { findChrome } from '../../report/findChrome.js';

const bin = join(packageRoot(), 'dist', 'src', 'bin.js');
const chrome = findChrome();

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    cwd: tmpdir(),
    env: { PATH: process.env.PATH, ...env },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function onlyRunDir(out: string): string {
  // Beside the report directory: reports/index.json, where `content` registers its report.
  const dirs = readdirSync(out, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  expect(dirs).toHaveLength(1);
  return join(out, dirs[0]!);
}

describe('built CLI: content', () => {
  beforeAll(() => {
    if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`npm run build\` first`);
  });

  it('checks the simulator demo catalogue: exit 1, a schema-valid content.json with the planted findings', () => {
    const out = mkdtempSync(join(tmpdir(), 'ptvr-e2e-content-'));
    const r = cli(['content', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/entities checked: [1-9]\d* errors/);
    const dir = onlyRunDir(out);
    const model = validateContentModel(JSON.parse(readFileSync(join(dir, 'content.json'), 'utf8')));
    expect(model.target).toMatchObject({ name: 'sim', simulated: true });
    expect(model.source).toBe('read-api');
    expect(model.totals.error).toBeGreaterThan(0);
    const rules = new Set(model.findings.map((f) => f.rule));
    for (const [key, ids] of Object.entries(PLANTED_RULES)) {
      // longDescription only fails under --rule-profile ptv34 (next test).
      if (key === 'longDescription') continue;
      for (const id of ids) expect(rules.has(id), id).toBe(true);
    }
    expect(rules.has('MODEL.refused')).toBe(false);
    for (const name of [
      'content.fi.html',
      'content.en.html',
      'content.fi.md',
      'content.en.md',
      'content.fi.csv',
    ]) {
      expect(existsSync(join(dir, name)), name).toBe(true);
    }
    expect(readFileSync(join(dir, 'content.fi.html'), 'utf8')).toContain('<html lang="fi">');
    // The PDF for the main user to sign: printed by the system Chromium when there is one.
    if (chrome) expect(readFileSync(join(dir, 'content.en.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    else expect(r.stderr).toContain('PTVR_CHROMIUM_NOT_FOUND');
    const csv = readFileSync(join(dir, 'content.en.csv'), 'utf8').trim().split('\r\n');
    expect(csv).toHaveLength(model.findings.length + 1);
  });

  it('re-checks published content under older limits with --rule-profile ptv34', () => {
    const out = mkdtempSync(join(tmpdir(), 'ptvr-e2e-content-'));
    const r = cli(['content', '--out', out, '--rule-profile', 'ptv34', '--formats', 'md', '--langs', 'en']);
    expect(r.code).toBe(1);
    const model = validateContentModel(
      JSON.parse(readFileSync(join(onlyRunDir(out), 'content.json'), 'utf8')),
    );
    expect(model.findings.filter((f) => f.rule === 'MODEL.refused')).toHaveLength(1);
    expect(model.settings.profile).toBe('ptv34');
  });

  it('exits 0 on a catalogue with no error finding (fresh simulator, --no-demo)', () => {
    const out = mkdtempSync(join(tmpdir(), 'ptvr-e2e-content-'));
    const r = cli(['content', '--out', out, '--no-demo', '--formats', 'csv', '--langs', 'fi']);
    expect(r.stderr).not.toContain('PTVR_');
    expect(r.code).toBe(0);
    const model = validateContentModel(
      JSON.parse(readFileSync(join(onlyRunDir(out), 'content.json'), 'utf8')),
    );
    expect(model.totals.error).toBe(0);
    expect(model.counts.services).toBe(0);
  });

  it('exits 2 with a coded error on bad flags and missing credentials', () => {
    const bad = cli(['content', '--stale-months', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('PTVR_USAGE');
    const cte = cli(['content', '--target', 'cte']);
    expect(cte.code).toBe(2);
    expect(cte.stderr).toContain('PTVR_SECRET_MISSING');
    expect(cte.stderr).not.toMatch(/\n\s+at /);
  });

  it('validate --content runs the text checks offline on payload files', () => {
    const example = join(packageRoot(), 'fixtures', 'examples', 'service.json');
    const clean = cli(['validate', '--content', example]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('content: 0 errors, 0 warnings');

    const body = JSON.parse(readFileSync(example, 'utf8')) as {
      serviceDescriptions: { type: string; language: string; value: string }[];
    };
    const d = body.serviceDescriptions.find((x) => x.type === 'Description' && x.language === 'fi')!;
    d.value += ' Lisätietoja www.example.fi tai puhelimitse 09 310 1691.';
    const file = join(mkdtempSync(join(tmpdir(), 'ptvr-e2e-validate-content-')), 'service.json');
    writeFileSync(file, JSON.stringify(body));
    const dirty = cli(['validate', '--content', file]);
    expect(dirty.code).toBe(1);
    expect(dirty.stdout).toContain('content:C2.url');
    expect(dirty.stdout).toContain('content:C2.phone');
    // Without --content the same payload is valid: the content checks are the only reason for exit 1.
    expect(cli(['validate', file]).code).toBe(0);

    const json = cli(['validate', '--content', '--json', file]);
    const parsed = JSON.parse(json.stdout) as { valid: boolean; content: { findings: { rule: string }[] }[] };
    expect(parsed.valid).toBe(true);
    expect(parsed.content[0]!.findings.map((f) => f.rule)).toEqual(['C2.url', 'C2.phone']);
  });
});
