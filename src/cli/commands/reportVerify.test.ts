import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../main.js';
import { sampleModel } from '../../../test/support/sampleModel.js';
import { writeSampleRunDir } from '../../../test/support/sampleRunDir.js';

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    io: { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } },
    signal: new AbortController().signal,
    env,
    cwd: tmpdir(),
  });
  return { code, stdout, stderr };
}

function runDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ptvr-cli-report-'));
  return writeSampleRunDir(dir, sampleModel());
}

describe('ptv-readiness report', () => {
  it('re-renders the requested formats and languages, writes the manifest, exits 0', async () => {
    const dir = runDir();
    const r = await cli(['report', dir, '--format', 'html,md,junit', '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`wrote ${join(dir, 'report.html')}`);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('<html lang="en">');
    expect(existsSync(join(dir, 'report.pdf'))).toBe(false);
    expect(existsSync(join(dir, 'manifest.json'))).toBe(true);
  });

  it('exits 2 with PTVR_CHROMIUM_NOT_FOUND when the PDF cannot be printed, other files written', async () => {
    const dir = runDir();
    const r = await cli(['report', dir], { PTV_READINESS_CHROME: join(dir, 'none') });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^PTVR_CHROMIUM_NOT_FOUND: .*\n {2}hint: /);
    expect(existsSync(join(dir, 'report.md'))).toBe(true);
  });

  it('exits 2 on an invalid report.json, naming the violation', async () => {
    const dir = runDir();
    writeFileSync(join(dir, 'report.json'), JSON.stringify({ ...sampleModel(), status: 'great' }));
    const r = await cli(['report', dir, '--format', 'md']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('PTVR_REPORT_MODEL_INVALID');
    expect(r.stderr).toContain('/status');
  });

  it('exits 2 on an unknown format or a directory that is not a run', async () => {
    expect((await cli(['report', runDir(), '--format', 'docx'])).stderr).toMatch(/^PTVR_USAGE: --format/);
    const r = await cli(['report', join(tmpdir(), 'ptvr-no-such-run')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^PTVR_RUN_DIR_INVALID/);
  });
});

describe('ptv-readiness verify', () => {
  it('exits 0 on a fresh render and 1 naming the file after one byte changes', async () => {
    const dir = runDir();
    expect((await cli(['report', dir, '--format', 'html,md,junit'])).code).toBe(0);
    const ok = await cli(['verify', dir]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('OK:');

    const file = join(dir, 'junit.xml');
    const bytes = readFileSync(file);
    bytes[100] = bytes[100]! ^ 0x20;
    writeFileSync(file, bytes);
    writeFileSync(join(dir, 'stray.txt'), 'x');
    const bad = await cli(['verify', dir]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('changed: junit.xml\nextra:   stray.txt\n');
    expect(bad.stderr).toContain('PTVR_MANIFEST_MISMATCH');
  });

  it('exits 2 when there is no manifest', async () => {
    const r = await cli(['verify', runDir()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^PTVR_RUN_DIR_INVALID: .*manifest\.json/);
  });
});
