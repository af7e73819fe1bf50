import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onlyRunDir, readModel, runCli, tempDir } from '../../../test/cliHarness.js';
import type { Manifest } from '../../report/manifest.js';

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

// Black-box (npm run build first): the order documented for DVV — run --keep, cleanup, verify.
describe('run --keep, then cleanup, then verify', () => {
  it('cleanup archives the kept material into files of its own; verify exits 0 and shows them', async () => {
    const out = tempDir('keep');
    const db = join(tempDir('keep-db'), 'sim.db');
    const run = await runCli([
      'run',
      '--suites',
      't1',
      '--keep',
      '--sim-db',
      db,
      '--out',
      out,
      '--formats',
      'md',
      '--langs',
      'en',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const dir = onlyRunDir(out);
    const kept = readModel(dir).material.filter((m) => m.finalState === 'kept');
    expect(kept.length).toBeGreaterThan(0);
    const manifestBefore = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

    const cleanup = await runCli(['cleanup', dir]);
    expect(cleanup.code, cleanup.stderr).toBe(0);
    expect(cleanup.stdout).toContain(`Archived ${kept.length} of ${kept.length} entities`);
    expect(cleanup.stdout).toContain('0 still live');
    expect(cleanup.stdout).toContain('Recorded in cleanup-evidence.ndjson, cleanup-ledger.ndjson');

    // The run's own files are byte-for-byte what the run wrote; the manifest's entries for them too.
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.files).toEqual(manifestBefore.files);
    for (const [rel, want] of Object.entries(manifest.files))
      expect(sha(join(dir, rel)), rel).toBe(want.sha256);
    expect(Object.keys(manifest.appended ?? {}).sort()).toEqual([
      'cleanup-evidence.ndjson',
      'cleanup-ledger.ndjson',
    ]);
    const archived = readFileSync(join(dir, 'cleanup-ledger.ndjson'), 'utf8').trim().split('\n');
    expect(archived.map((l) => (JSON.parse(l) as { event: string }).event)).toEqual(
      kept.map(() => 'archived'),
    );

    const verify = await runCli(['verify', dir]);
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/^OK: /);
    expect(verify.stdout).toMatch(/appended by cleanup at \S+: cleanup-ledger\.ndjson/);

    // Idempotent: nothing left, nothing written, still verified.
    const again = await runCli(['cleanup', dir]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Nothing to archive');
    expect((await runCli(['verify', dir])).code).toBe(0);

    // The appended files are covered too: a changed byte is caught.
    appendFileSync(join(dir, 'cleanup-ledger.ndjson'), ' ');
    const tampered = await runCli(['verify', dir]);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain('changed: cleanup-ledger.ndjson');
  });
});
