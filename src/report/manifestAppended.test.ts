import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordAppendedFiles, verifyManifest, writeManifest, type Manifest } from './manifest.js';

function runDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'ptvr-appended-'));
  writeFileSync(join(d, 'report.json'), '{}\n');
  writeFileSync(join(d, 'ledger.ndjson'), '{"event":"created"}\n');
  writeManifest(d);
  return d;
}
const manifestOf = (d: string): Manifest =>
  JSON.parse(readFileSync(join(d, 'manifest.json'), 'utf8')) as Manifest;

describe('recordAppendedFiles', () => {
  it('adds a later file to the appended section, leaves the run entries alone, and verify lists it', () => {
    const d = runDir();
    const before = manifestOf(d).files;
    expect(verifyManifest(d)).toEqual({ ok: true, changed: [], missing: [], extra: [] });
    writeFileSync(join(d, 'cleanup-ledger.ndjson'), '{"event":"archived"}\n');
    expect(verifyManifest(d)).toMatchObject({ ok: false, extra: ['cleanup-ledger.ndjson'] });
    recordAppendedFiles(d, ['cleanup-ledger.ndjson'], 'cleanup');
    expect(manifestOf(d).files).toEqual(before);
    const r = verifyManifest(d);
    expect(r.ok).toBe(true);
    expect(r.appended).toEqual([{ file: 'cleanup-ledger.ndjson', by: 'cleanup', at: expect.any(String) }]);
    // Appending again (a second cleanup) re-records the new digest.
    writeFileSync(join(d, 'cleanup-ledger.ndjson'), '{"event":"archived"}\n{"event":"archived"}\n');
    expect(verifyManifest(d).changed).toEqual(['cleanup-ledger.ndjson']);
    recordAppendedFiles(d, ['cleanup-ledger.ndjson'], 'cleanup');
    expect(verifyManifest(d).ok).toBe(true);
  });

  it("refuses to record one of the run's own files", () => {
    const d = runDir();
    expect(() => recordAppendedFiles(d, ['ledger.ndjson'], 'cleanup')).toThrow(/run's own files/);
  });

  it('a malformed appended section is PTVR_RUN_DIR_INVALID, not a crash', () => {
    const d = runDir();
    writeFileSync(join(d, 'manifest.json'), JSON.stringify({ ...manifestOf(d), appended: { x: null } }));
    expect(() => verifyManifest(d)).toThrow(expect.objectContaining({ code: 'PTVR_RUN_DIR_INVALID' }));
  });
});
