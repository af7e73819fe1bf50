import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownTargets } from '../config/targets.js';
import { cleanupRun } from './cleanupRun.js';
import { readRunInfo, writeRunInfo, type RunInfo } from './runInfo.js';

const info = (over: Partial<RunInfo>): RunInfo => ({
  runId: '20261126T171500Z-cte-3f9a',
  createdAt: '2026-11-26T17:15:00.000Z',
  toolVersion: '0.1.0',
  target: 'cte',
  ...knownTargets.cte,
  ...over,
});

describe('cleanupRun guards (no network)', () => {
  it.each([
    ['a prod run', { target: 'prod' as const, ...knownTargets.prod }],
    ['a custom run on a production host', { target: 'custom' as const, apiUrl: knownTargets.prod.apiUrl }],
  ])('refuses %s before contacting anything', async (_n, over) => {
    const dir = mkdtempSync(join(tmpdir(), 'ptvr-cleanup-'));
    writeRunInfo(dir, info(over));
    await expect(cleanupRun(dir, { username: 'u', password: 'p' })).rejects.toMatchObject({
      code: 'PTVR_PRODUCTION_WRITE_REFUSED',
    });
  });

  it('does nothing (and needs no credentials) when the ledger shows nothing live', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ptvr-cleanup-'));
    writeRunInfo(dir, info({}));
    const r = await cleanupRun(dir, {});
    expect(r).toEqual({
      runId: '20261126T171500Z-cte-3f9a',
      outcome: { archived: [], failed: [], live: 0, orphans: { archived: 0, absent: 0, failed: 0 } },
      remaining: 0,
    });
  });

  it('needs run.json, and run.json holds no secret fields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ptvr-cleanup-'));
    expect(() => readRunInfo(dir)).toThrow(expect.objectContaining({ code: 'PTVR_RUN_DIR_INVALID' }));
    writeRunInfo(dir, info({}));
    expect(Object.keys(readRunInfo(dir)).sort()).toEqual([
      'apiUrl',
      'authShape',
      'createdAt',
      'runId',
      'target',
      'tokenUrl',
      'toolVersion',
    ]);
  });
});
