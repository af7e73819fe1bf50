import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../core/toolVersion.js';
import { findChrome } from '../../report/findChrome.js';
import { sampleModel } from '../../../test/support/sampleModel.js';
import { writeSampleRunDir } from '../../../test/support/sampleRunDir.js';

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

describe('built CLI: report and verify', () => {
  beforeAll(() => {
    if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`npm run build\` first`);
  });

  it('renders a past run, verifies it (0), detects a one-byte change (1) and a missing manifest (2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ptvr-e2e-report-'));
    writeSampleRunDir(dir, sampleModel());
    const formats = chrome ? 'html,pdf,md,junit' : 'html,md,junit';
    const r = cli(
      ['report', dir, '--format', formats, '--lang', 'fi,en'],
      chrome ? { PTV_READINESS_CHROME: chrome } : {},
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'report.fi.html'), 'utf8')).toContain('<html lang="fi">');
    if (chrome) expect(readFileSync(join(dir, 'report.en.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    // pdf is the document's PDF only; annex-pdf prints the annex, and the manifest is rewritten for it.
    expect(existsSync(join(dir, 'annex.en.pdf'))).toBe(false);
    if (chrome) {
      const annex = cli(['report', dir, '--format', 'annex-pdf', '--lang', 'fi,en'], {
        PTV_READINESS_CHROME: chrome,
      });
      expect(annex.stderr).toBe('');
      expect(annex.code).toBe(0);
      expect(
        annex.stdout
          .trim()
          .split('\n')
          .map((l) => l.split('/').pop()),
      ).toEqual(['annex.pdf', 'annex.fi.pdf', 'annex.en.pdf']);
      expect(readFileSync(join(dir, 'annex.en.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    }

    expect(cli(['verify', dir]).code).toBe(0);
    const file = join(dir, 'report.md');
    const bytes = readFileSync(file);
    bytes[0] = bytes[0]! ^ 1;
    writeFileSync(file, bytes);
    const bad = cli(['verify', dir]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('changed: report.md');

    const empty = mkdtempSync(join(tmpdir(), 'ptvr-e2e-empty-'));
    const none = cli(['verify', empty]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^PTVR_RUN_DIR_INVALID/);
    expect(none.stderr).not.toMatch(/\n\s+at /); // no stack trace for a user error
  });

  it('exits 2 with PTVR_CHROMIUM_NOT_FOUND and still writes the other formats', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ptvr-e2e-nochrome-'));
    writeSampleRunDir(dir, sampleModel());
    const r = cli(['report', dir], { PTV_READINESS_CHROME: join(dir, 'no-chrome') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('PTVR_CHROMIUM_NOT_FOUND');
    expect(existsSync(join(dir, 'report.html'))).toBe(true);
    expect(existsSync(join(dir, 'junit.xml'))).toBe(true);
    expect(existsSync(join(dir, 'manifest.json'))).toBe(true);
  });
});
