import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReportModel } from '../report/model.js';
import { startObserve, type ObserveHandle } from './startObserve.js';
import { runScriptedIntegration } from '../../test/support/scriptedIntegration.js';

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

  it.each([
    ['no-archive', 'T6', 'not demonstrated: material archived'],
    ['no-connection-info', 'T4', 'not demonstrated: connection with additional information'],
    ['no-printableform', 'T3', 'not demonstrated: PrintableForm channel created'],
    ['modify-old-only', 'T2', 'not demonstrated: new service modified'],
  ] as const)(
    'an integration with defect %s leaves %s not-demonstrated and says what is missing',
    async (defect, item, note) => {
      handle = await startObserve({ target: 'sim', port: 0, outDir: out, formats: ['junit'], langs: ['en'] });
      await runScriptedIntegration({
        apiUrl: handle.apiUrl,
        tokenUrl: handle.tokenUrl,
        ...handle.simCredentials!,
        tag: defect,
        defects: [defect],
      });
      const result = await handle.stop();
      const it = result.items.find((i) => i.id === item)!;
      expect(it.status).toBe('not-demonstrated');
      expect(it.notes).toContain(note);
      expect(result.status).toBe('partial');
    },
  );

  it('PTV silently ignoring a modification is a read-back finding that fails the item', async () => {
    handle = await startObserve({
      target: 'sim',
      port: 0,
      outDir: out,
      formats: ['junit'],
      langs: ['en'],
      sim: { defects: ['ignore-field-change'] },
    });
    await runScriptedIntegration({
      apiUrl: handle.apiUrl,
      tokenUrl: handle.tokenUrl,
      ...handle.simCredentials!,
      tag: 'ifc',
    });
    const result = await handle.stop();
    const model = report(result.runDir);
    const modified = model.cases.filter((c) => c.title.startsWith('Service modified'));
    expect(modified[0]!.status).toBe('failed');
    expect(modified[0]!.findings.some((f) => f.rule === 'readback.mismatch')).toBe(true);
    expect(result.items.find((i) => i.id === 'T2')!.status).toBe('failed');
    expect(result.status).toBe('failed');
  });
});
