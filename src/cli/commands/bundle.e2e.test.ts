/**
 * Rounds with DVV (issue #19), black-box: the built CLI (`npm run build` first) runs against a real
 * simulator reached through --api-url, then `bundle` and `history` work on the run directories.
 * Round 1 runs with a deliberate defect, round 2 without: the second bundle names what changed.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulator, type Simulator } from '../../simulator/index.js';
import { writeManifest, type Manifest } from '../../report/manifest.js';
import { readModel, runCli, tempDir } from '../../../test/cliHarness.js';

const out = tempDir('bundle');
let sim: Simulator;
let round1 = '';
let round2 = '';
let env: Record<string, string> = {};

async function run(args: string[], expected: number, reports = out): Promise<string> {
  const before = new Set(existsSync(reports) ? readdirSync(reports) : []);
  const res = await runCli(['run', '--out', reports, ...args], { env });
  expect(res.code, res.stderr).toBe(expected);
  const dirs = readdirSync(reports).filter((d) => !before.has(d) && !d.endsWith('.json'));
  expect(dirs).toHaveLength(1);
  return join(reports, dirs[0]!);
}

const local = (): string[] => ['--api-url', sim.apiUrl, '--token-url', sim.tokenUrl];
const unzip = (file: string): Record<string, Uint8Array> => unzipSync(readFileSync(file));
const text = (z: Record<string, Uint8Array>, name: string): string => Buffer.from(z[name]!).toString('utf8');
const zipsIn = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.zip'));

beforeAll(async () => {
  // Round 1: the simulator ignores field changes, so the edit cases of T1–T3 fail (NOT READY).
  sim = await createSimulator({ host: '127.0.0.1', port: 0, defects: ['ignore-field-change'] });
  env = { PTV_USERNAME: sim.credentials.username, PTV_PASSWORD: sim.credentials.password };
  const port = Number(new URL(sim.url).port);
  round1 = await run([...local(), '--formats', 'html,pdf'], 1);
  await sim.close();
  // Round 2: the defect is fixed; same address, so the same target in the index.
  sim = await createSimulator({ host: '127.0.0.1', port });
  round2 = await run([...local(), '--formats', 'html,pdf'], 0);
}, 600_000);
afterAll(async () => {
  await sim?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('bundle refuses what DVV cannot take', () => {
  it('a loopback target without --allow-local: exit 2, PTVR_BUNDLE_REFUSED with a hint, no zip', async () => {
    const res = await runCli(['bundle', round2]);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^PTVR_BUNDLE_REFUSED: .*loopback or private address/m);
    expect(res.stderr).toContain('hint: ');
    expect(res.stderr).not.toMatch(/\n\s+at /);
    expect(zipsIn(out)).toEqual([]);
  });

  it('a --target sim run and a --suites subset are refused, each naming why', async () => {
    const reports = tempDir('bundle-refused');
    try {
      const simRun = await run(['--target', 'sim', '--suites', 'conn', '--formats', 'html'], 0, reports);
      const subset = await run([...local(), '--suites', 'conn', '--formats', 'html'], 0, reports);
      const a = await runCli(['bundle', simRun, '--allow-local']);
      expect(a.code).toBe(2);
      expect(a.stderr).toMatch(/^PTVR_BUNDLE_REFUSED: .*simulator/m);
      const b = await runCli(['bundle', subset, '--allow-local']);
      expect(b.code).toBe(2);
      expect(b.stderr).toMatch(/^PTVR_BUNDLE_REFUSED: .*--suites conn /m);
      expect(zipsIn(reports)).toEqual([]);
    } finally {
      rmSync(reports, { recursive: true, force: true });
    }
  });

  it('a tampered run directory is refused (PTVR_MANIFEST_MISMATCH), and so is one without the PDF', async () => {
    const reports = tempDir('bundle-tampered');
    try {
      const tampered = join(reports, 'tampered');
      cpSync(round2, tampered, { recursive: true });
      writeFileSync(join(tampered, 'report.fi.html'), '<p>edited</p>', { flag: 'a' });
      const a = await runCli(['bundle', tampered, '--allow-local']);
      expect(a.code).toBe(2);
      expect(a.stderr).toMatch(/^PTVR_MANIFEST_MISMATCH: .*report\.fi\.html/m);
      // The same run rendered without Chromium: no PDF, and a manifest that matches.
      const noPdf = join(reports, 'no-pdf');
      cpSync(round2, noPdf, { recursive: true });
      for (const f of readdirSync(noPdf)) if (f.endsWith('.pdf')) rmSync(join(noPdf, f));
      writeManifest(noPdf);
      const b = await runCli(['bundle', noPdf, '--allow-local']);
      expect(b.code).toBe(2);
      expect(b.stderr).toMatch(/^PTVR_BUNDLE_REFUSED: .*no PDF/m);
      expect(b.stderr).toMatch(/hint: .*ptv-readiness report .*--format/);
      // The annex PDF is not printed by `run`; without a Chromium to print it, nothing is bundled
      // and the run directory stays as the run wrote it.
      const noChrome = join(reports, 'no-chromium');
      cpSync(round2, noChrome, { recursive: true });
      const c = await runCli(['bundle', noChrome, '--allow-local'], {
        env: { PTV_READINESS_CHROME: join(reports, 'no-such-chrome') },
      });
      expect(c.code).toBe(2);
      expect(c.stderr).toMatch(/^PTVR_CHROMIUM_NOT_FOUND: The annex PDF DVV gets could not be printed/m);
      expect(c.stderr).toMatch(/hint: .*--format annex-pdf/);
      expect(zipsIn(reports)).toEqual([]);
      expect((await runCli(['verify', noChrome])).code).toBe(0);
    } finally {
      rmSync(reports, { recursive: true, force: true });
    }
  });
});

describe('two rounds with DVV', () => {
  it('round 1 bundles with --allow-local into a zip whose files match the manifest, with both messages', async () => {
    // `run` printed the document only: the bundle prints the annex PDF into the run directory first.
    expect(readdirSync(round1).filter((f) => f.startsWith('annex.') && f.endsWith('.pdf'))).toEqual([]);
    const res = await runCli(['bundle', round1, '--allow-local']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toContain('NOT READY');
    expect(res.stdout).toContain('printed annex.pdf, annex.fi.pdf, annex.en.pdf into the run directory');
    const [zip] = zipsIn(out);
    expect(zip).toMatch(/^ptv-readiness-simulaattorin-kunta-\d{4}-\d{2}-\d{2}\.zip$/);
    const z = unzip(join(out, zip!));
    const id = readModel(round1).run.id;
    const manifest = JSON.parse(readFileSync(join(round1, 'manifest.json'), 'utf8')) as Manifest;
    const runFiles = Object.keys(z).filter((n) => n.startsWith(`${id}/`));
    for (const f of ['report.fi.pdf', 'report.en.pdf', 'report.fi.html', 'annex.fi.pdf', 'report.json'])
      expect(runFiles).toContain(`${id}/${f}`);
    for (const name of runFiles) {
      const rel = name.slice(id.length + 1);
      if (rel === 'manifest.json') continue;
      const listed = manifest.files[rel] ?? manifest.appended?.[rel];
      expect(createHash('sha256').update(z[name]!).digest('hex'), rel).toBe(listed?.sha256);
    }
    // The printed annex is recorded as appended by bundle: the run's own files are as the run wrote them.
    expect(manifest.files['annex.fi.pdf']).toBeUndefined();
    expect(manifest.appended?.['annex.fi.pdf']).toMatchObject({ by: 'bundle' });
    expect(Buffer.from(z[`${id}/annex.fi.pdf`]!).subarray(0, 5).toString()).toBe('%PDF-');
    const verified = await runCli(['verify', round1]);
    expect(verified.code, verified.stdout).toBe(0);
    expect(verified.stdout).toMatch(/appended by bundle at .*: annex\.fi\.pdf/);
    // Bundling again reuses the printed annex: the same bytes (it rewrites the same zip).
    const first = readFileSync(join(out, zip!));
    const res2 = await runCli(['bundle', round1, '--allow-local']);
    expect(res2.code, res2.stderr).toBe(0);
    expect(res2.stdout).not.toContain('printed');
    expect(zipsIn(out)).toEqual([zip]);
    expect(readFileSync(join(out, zip!)).equals(first)).toBe(true);
    for (const lang of ['fi', 'en']) {
      const m = text(z, `message.${lang}.txt`);
      expect(m.split('\n')[0]).toMatch(/^(To|Vastaanottaja): ptv-tuki@dvv\.fi$/);
      expect(m).toContain('Simulaattorin kunta');
      expect(m).toContain(id);
      expect(m).toMatch(/^ {2}T2 {3}\S/m);
      expect(m).toContain('--allow-local');
    }
    expect(text(z, 'message.en.txt')).toMatch(/^ {2}T2 {3}failed/m);
    // First round: nothing to compare with.
    expect(Object.keys(z)).not.toContain('changes.md');
  });

  it('round 2 is compared with the last bundled run: items and findings that changed', async () => {
    // The content report of the same organisation goes along.
    const content = await runCli(['content', ...local(), '--out', out, '--formats', 'html'], { env });
    expect(content.code, content.stderr).not.toBe(2);
    const contentDir = /^report: (.+)$/m.exec(content.stdout)![1]!;
    const res = await runCli(['bundle', round2, contentDir, '--allow-local']);
    expect(res.code, res.stderr).toBe(0);
    const second = zipsIn(out).find((f) => /-[0-9a-f]{4}\.zip$/.test(f));
    expect(second, `the first round's zip is kept: ${zipsIn(out).join(', ')}`).toBeDefined();
    expect(zipsIn(out)).toHaveLength(2);
    const z = unzip(join(out, second!));
    const changes = text(z, 'changes.md');
    expect(changes).toContain(readModel(round1).run.id);
    expect(changes).toMatch(/T2: failed → passed/);
    expect(changes).toMatch(/SRV-03 \[T2\] ServiceDescriptions – readback\.mismatch/);
    expect(changes).toMatch(/ORG-03 \[T1\] OrganizationDescriptions/);
    expect(changes).toMatch(/T2: epäonnistui → läpäisty/);
    for (const lang of ['fi', 'en']) expect(text(z, `message.${lang}.txt`)).toContain('T2: ');
    const contentId = contentDir.split('/').pop()!;
    expect(Object.keys(z)).toEqual(
      expect.arrayContaining([`${contentId}/content.json`, `${contentId}/content.fi.html`]),
    );
    expect(text(z, 'message.en.txt')).toContain(`Content test report: ${contentId}`);
    expect(text(z, 'message.en.txt')).toContain('Changes since the previous round');
    // The HTML report of round 2 links round 1 (same target and actor).
    const model = readModel(round2);
    expect(model.previousRun?.id).toBe(readModel(round1).run.id);
    expect(readFileSync(join(round2, 'report.html'), 'utf8')).toContain(
      `href="../${readModel(round1).run.id}/report.html"`,
    );
  });

  it('history lists both rounds newest first, with the trend per item and what was bundled', async () => {
    const res = await runCli(['history', '--out', out]);
    expect(res.code, res.stderr).toBe(0);
    const lines = res.stdout.split('\n');
    const [i1, i2] = [readModel(round1).run.id, readModel(round2).run.id].map((id) =>
      lines.findIndex((l) => l.includes(id)),
    );
    expect(i2).toBeGreaterThan(0);
    expect(i2).toBeLessThan(i1!);
    expect(res.stdout).toMatch(/^ {2}T2 +✗ ✓$/m);
    const json = await runCli(['history', '--out', out, '--json']);
    const index = JSON.parse(json.stdout) as {
      runs: { id: string; kind: string; bundled?: { file: string } }[];
    };
    expect(index.runs.map((r) => r.kind)).toEqual(['run', 'run', 'content']);
    expect(index.runs.map((r) => r.bundled?.file.endsWith('.zip'))).toEqual([true, true, undefined]);
    // A corrupt index is rebuilt from the run directories, and the bundles say which runs were sent.
    expect(index.runs[2]!.bundled).toBeUndefined();
    writeFileSync(join(out, 'index.json'), '{"schemaVersion":1,"runs":[');
    const rebuilt = await runCli(['history', '--out', out, '--json']);
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(rebuilt.stderr).toMatch(/index\.json was unreadable: rebuilt/);
    expect((JSON.parse(rebuilt.stdout) as typeof index).runs).toEqual(
      index.runs.map((r) =>
        expect.objectContaining({
          id: r.id,
          kind: r.kind,
          ...(r.bundled && { bundled: { file: r.bundled.file, at: expect.any(String) } }),
        }),
      ),
    );
  });
});
