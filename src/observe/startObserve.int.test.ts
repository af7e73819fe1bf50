import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportModel } from '../report/model.js';
import { startObserve, type ObserveHandle } from './startObserve.js';
import { runScriptedIntegration } from './testSupport/scriptedIntegration.js';

let out: string;
let handle: ObserveHandle | undefined;
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'ptvr-observe-'));
});
afterEach(async () => {
  await handle?.stop().catch(() => undefined);
  handle = undefined;
  rmSync(out, { recursive: true, force: true });
});

const report = (dir: string): ReportModel =>
  JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as ReportModel;

describe('observe in front of the simulator, with our own client as the integration', () => {
  it('a complete integration is READY: every DVV item passed, items and actor in report.json', async () => {
    handle = await startObserve({
      target: 'sim',
      port: 0,
      outDir: out,
      formats: ['md', 'junit'],
      langs: ['en'],
    });
    await runScriptedIntegration({
      apiUrl: handle.apiUrl,
      tokenUrl: handle.tokenUrl,
      ...handle.simCredentials!,
      tag: 'clean',
    });
    const result = await handle.stop();
    const model = report(result.runDir);
    const failed = model.cases.filter((c) => c.status === 'failed');
    expect(failed.map((c) => [c.id, c.title, c.findings.map((f) => f.message)])).toEqual([]);
    expect(model.items?.map((i) => [i.id, i.status])).toEqual([
      ['CONN', 'passed'],
      ['T1', 'passed'],
      ['T2', 'passed'],
      ['T3', 'passed'],
      ['T4', 'passed'],
      ['T5', 'passed'],
      ['T6', 'passed'],
      ['PIT', 'not-run'],
    ]);
    expect(model.actor).toBe('observed');
    expect(result.status).toBe('passed');
  });
});
