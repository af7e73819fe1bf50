import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyManifest, writeManifest } from './manifest.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ptvr-manifest-'));
  writeFileSync(join(dir, 'report.json'), '{"a":1}');
  writeFileSync(join(dir, 'report.html'), '<p>x</p>');
  mkdirSync(join(dir, 'attachments'));
  writeFileSync(join(dir, 'attachments', 'e.txt'), 'evidence');
  writeManifest(dir);
});

describe('writeManifest / verifyManifest', () => {
  it('hashes every file but itself, with run-dir-relative paths', () => {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      files: Record<string, { sha256: string; bytes: number }>;
    };
    expect(Object.keys(m.files)).toEqual(['attachments/e.txt', 'report.html', 'report.json']);
    expect(m.files['report.json']).toEqual({
      // sha256('{"a":1}')
      sha256: '015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862',
      bytes: 7,
    });
    expect(verifyManifest(dir)).toEqual({ ok: true, changed: [], missing: [], extra: [] });
  });

  it('names a file whose content changed by one byte', () => {
    const f = join(dir, 'report.html');
    const bytes = readFileSync(f);
    bytes[0] = bytes[0]! ^ 1;
    writeFileSync(f, bytes);
    expect(verifyManifest(dir)).toEqual({ ok: false, changed: ['report.html'], missing: [], extra: [] });
  });

  it('names missing and extra files', () => {
    rmSync(join(dir, 'attachments', 'e.txt'));
    writeFileSync(join(dir, 'notes.txt'), 'added later');
    appendFileSync(join(dir, 'report.json'), ' ');
    expect(verifyManifest(dir)).toEqual({
      ok: false,
      changed: ['report.json'],
      missing: ['attachments/e.txt'],
      extra: ['notes.txt'],
    });
  });

  it('PTVR_RUN_DIR_INVALID without a manifest or directory', () => {
    rmSync(join(dir, 'manifest.json'));
    expect(() => verifyManifest(dir)).toThrow(expect.objectContaining({ code: 'PTVR_RUN_DIR_INVALID' }));
    expect(() => verifyManifest(join(dir, 'nope'))).toThrow(
      expect.objectContaining({ code: 'PTVR_RUN_DIR_INVALID' }),
    );
    writeFileSync(join(dir, 'manifest.json'), '{"files":[]}');
    expect(() => verifyManifest(dir)).toThrow(expect.objectContaining({ code: 'PTVR_RUN_DIR_INVALID' }));
  });

  it('PTVR_RUN_DIR_INVALID for a manifest of the wrong shape, never PTVR_INTERNAL', () => {
    const bad = [
      'null',
      '[]',
      '"x"',
      '{"schemaVersion":1,"algorithm":"sha256","files":null}',
      '{"schemaVersion":1,"algorithm":"sha256","files":{"report.json":null}}',
      '{"schemaVersion":1,"algorithm":"sha256","files":{"report.json":{"sha256":"zz","bytes":1}}}',
      `{"schemaVersion":1,"algorithm":"sha256","files":{"../x":{"sha256":"${'0'.repeat(64)}","bytes":1}}}`,
      `{"schemaVersion":1,"algorithm":"sha256","files":{"/etc/passwd":{"sha256":"${'0'.repeat(64)}","bytes":1}}}`,
    ];
    for (const text of bad) {
      writeFileSync(join(dir, 'manifest.json'), text);
      expect(() => verifyManifest(dir), text).toThrow(
        expect.objectContaining({ code: 'PTVR_RUN_DIR_INVALID' }),
      );
    }
  });

  it('names a covered file replaced by a symlink as changed, and a new FIFO as extra, without reading them', () => {
    rmSync(join(dir, 'report.html'));
    symlinkSync('/dev/zero', join(dir, 'report.html'));
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    expect(verifyManifest(dir)).toEqual({
      ok: false,
      changed: ['report.html'],
      missing: [],
      extra: ['pipe'],
    });
  });
});
