import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { aCase, aRun } from '../../test/support/roundsModel.js';
import type { ReportModel } from '../report/model.js';
import { lastBundledRunIn, previousRunIn } from './previousRun.js';
import { entryOfModel, loadRunIndex, markBundled, registerRun, RUN_INDEX } from './runIndex.js';
import { withPreviousRun } from './runIndexHooks.js';
import { formatHistory } from './formatHistory.js';
import { zipEntries } from './zipEntries.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function outDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'ptvr-index-'));
  dirs.push(d);
  return d;
}

/** A run directory holding only report.json (what the index scan reads). */
function writeRun(out: string, model: ReportModel): string {
  mkdirSync(join(out, model.run.id));
  writeFileSync(join(out, model.run.id, 'report.json'), JSON.stringify(model));
  return model.run.id;
}

const at = (id: string, startedAt: string, failed = false, over: Partial<ReportModel> = {}): ReportModel => {
  const m = aRun(
    id,
    [aCase('SRV-03', 'T2', failed ? 'failed' : 'passed', failed ? ['ServiceNames'] : [])],
    over,
  );
  return { ...m, run: { ...m.run, startedAt } };
};

describe('reports/index.json', () => {
  it('registers runs in start order and marks one bundled', () => {
    const out = outDir();
    const a = at('20261126T100000Z-cte-aaaa', '2026-11-26T10:00:00.000Z', true);
    const b = at('20261127T100000Z-cte-bbbb', '2026-11-27T10:00:00.000Z');
    registerRun(out, entryOfModel(b, writeRun(out, b)));
    registerRun(out, entryOfModel(a, writeRun(out, a)));
    markBundled(out, a.run.id, { file: 'x.zip', at: '2026-11-26T12:00:00.000Z' });
    const { index, repaired } = loadRunIndex(out);
    expect(repaired).toBeUndefined();
    expect(index.runs.map((r) => r.id)).toEqual([a.run.id, b.run.id]);
    expect(index.runs[0]!.items?.T2).toBe('failed');
    expect(index.runs[0]!.bundled?.file).toBe('x.zip');
    // Registering again (a re-render) keeps the bundled mark.
    registerRun(out, entryOfModel(a, a.run.id));
    expect(loadRunIndex(out).index.runs[0]!.bundled?.file).toBe('x.zip');
  });

  it('a corrupt or missing index is rebuilt from the run directories; unlisted runs are added', () => {
    const out = outDir();
    const a = at('20261126T100000Z-cte-aaaa', '2026-11-26T10:00:00.000Z');
    writeRun(out, a);
    mkdirSync(join(out, 'not-a-run'));
    expect(loadRunIndex(out)).toMatchObject({ repaired: 'missing', index: { runs: [{ id: a.run.id }] } });
    writeFileSync(join(out, RUN_INDEX), '{"schemaVersion":1,"runs":[{"id":');
    expect(loadRunIndex(out)).toMatchObject({ repaired: 'corrupt', index: { runs: [{ id: a.run.id }] } });
    registerRun(out, entryOfModel(a, a.run.id));
    const b = at('20261127T100000Z-cte-bbbb', '2026-11-27T10:00:00.000Z');
    writeRun(out, b);
    const loaded = loadRunIndex(out);
    expect(loaded.repaired).toBe('completed');
    expect(loaded.index.runs.map((r) => r.id)).toEqual([a.run.id, b.run.id]);
    // A rebuilt index learns from the bundles in the out dir which runs were bundled.
    const bundle = zipEntries(
      [{ name: 'bundle.json', data: Buffer.from(JSON.stringify({ run: a.run.id })) }],
      a.run.finishedAt,
    );
    writeFileSync(join(out, 'ptv-readiness-x-2026-11-26.zip'), bundle);
    writeFileSync(join(out, RUN_INDEX), 'not json');
    const rebuilt = loadRunIndex(out).index.runs;
    expect(rebuilt.map((r) => r.bundled?.file)).toEqual(['ptv-readiness-x-2026-11-26.zip', undefined]);
    registerRun(out, entryOfModel(b, b.run.id));
    // A path that leaves the out dir is not an index entry: the whole file is rebuilt.
    const stored = JSON.parse(readFileSync(join(out, RUN_INDEX), 'utf8')) as { runs: { dir: string }[] };
    stored.runs[0]!.dir = '../elsewhere';
    writeFileSync(join(out, RUN_INDEX), JSON.stringify(stored));
    expect(loadRunIndex(out).repaired).toBe('corrupt');
  });

  it('previousRun: the latest earlier run of the same target and actor, linked relative to the run', () => {
    const out = outDir();
    const a = at('20261126T100000Z-cte-aaaa', '2026-11-26T10:00:00.000Z', true);
    const other = at('20261126T110000Z-custom-cccc', '2026-11-26T11:00:00.000Z', false, {
      target: { ...a.target, name: 'custom', apiUrl: 'https://proxy.example.fi' },
    });
    for (const m of [a, other]) registerRun(out, entryOfModel(m, writeRun(out, m)));
    const b = at('20261127T100000Z-cte-bbbb', '2026-11-27T10:00:00.000Z');
    expect(withPreviousRun(b, out).previousRun).toEqual({
      id: a.run.id,
      dir: `../${a.run.id}`,
      status: 'failed',
    });
    expect(withPreviousRun(a, out).previousRun).toBeUndefined();
    const index = loadRunIndex(out).index;
    expect(previousRunIn(index, entryOfModel(b, b.run.id))?.id).toBe(a.run.id);
    expect(lastBundledRunIn(index, entryOfModel(b, b.run.id))).toBeUndefined();
    // history: newest first, one trend line per item and target.
    const text = formatHistory(index.runs).join('\n');
    expect(text.indexOf(other.run.id)).toBeLessThan(text.indexOf(a.run.id));
    expect(text).toMatch(/^ {2}T2 +✗$/m);
  });

  it('counts simulator runs as one series whatever port the simulator listened on', () => {
    const out = outDir();
    const sim = (id: string, startedAt: string, port: number, failed = false): ReportModel => {
      const m = at(id, startedAt, failed);
      return { ...m, target: { ...m.target, name: 'sim', apiUrl: `http://127.0.0.1:${port}` } };
    };
    const a = sim('20261127T090000Z-sim-aaaa', '2026-11-27T09:00:00.000Z', 40001, true);
    const b = sim('20261127T100000Z-sim-bbbb', '2026-11-27T10:00:00.000Z', 40002);
    for (const m of [a, b]) registerRun(out, entryOfModel(m, writeRun(out, m)));
    const index = loadRunIndex(out).index;
    expect(previousRunIn(index, entryOfModel(b, b.run.id))?.id).toBe(a.run.id);
    const text = formatHistory(index.runs).join('\n');
    expect(text.match(/^Trend per DVV item/gm)).toHaveLength(1);
    expect(text).toMatch(/^ {2}T2 +✗ ✓$/m);
  });
});
