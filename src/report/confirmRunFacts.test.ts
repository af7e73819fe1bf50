import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confirmRunFacts } from './confirmRunFacts.js';
import { writeManifest } from './manifest.js';
import { sampleModel } from '../../test/support/sampleModel.js';
import { writeSampleRunDir } from '../../test/support/sampleRunDir.js';

const fresh = (cte = false): string =>
  writeSampleRunDir(mkdtempSync(join(tmpdir(), 'ptvr-facts-')), sampleModel({ cte }));
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    return (err as { code?: string }).code;
  }
  return undefined;
};

describe('confirmRunFacts', () => {
  it('accepts a model that agrees with run.json and the evidence (sim and cte)', () => {
    for (const cte of [false, true]) {
      const dir = fresh(cte);
      expect(confirmRunFacts(dir, sampleModel({ cte })).target.simulated).toBe(!cte);
    }
  });

  it('refuses a model that claims another target, run, host or drops the simulator flag', () => {
    const dir = fresh();
    const cte = sampleModel({ cte: true });
    expect(codeOf(() => confirmRunFacts(dir, { ...sampleModel(), target: cte.target }))).toBe(
      'PTVR_REPORT_MODEL_INVALID',
    );
    const m = sampleModel();
    expect(codeOf(() => confirmRunFacts(dir, { ...m, target: { ...m.target, simulated: false } }))).toBe(
      'PTVR_REPORT_MODEL_INVALID',
    );
    expect(codeOf(() => confirmRunFacts(dir, { ...m, run: { ...m.run, id: 'other' } }))).toBe(
      'PTVR_REPORT_MODEL_INVALID',
    );
    const moved = { ...m, evidence: m.evidence.map((e) => ({ ...e, url: 'https://elsewhere.example/x' })) };
    expect(codeOf(() => confirmRunFacts(dir, moved))).toBe('PTVR_REPORT_MODEL_INVALID');
  });

  it('refuses evidence.ndjson naming a host the run did not target', () => {
    const dir = fresh();
    writeFileSync(
      join(dir, 'evidence.ndjson'),
      JSON.stringify({ id: 'E-1', url: 'https://x.example/' }) + '\n',
    );
    expect(codeOf(() => confirmRunFacts(dir, sampleModel()))).toBe('PTVR_REPORT_MODEL_INVALID');
  });

  it('needs run.json: without it the target cannot be confirmed', () => {
    const dir = fresh();
    rmSync(join(dir, 'run.json'));
    expect(codeOf(() => confirmRunFacts(dir, sampleModel()))).toBe('PTVR_RUN_DIR_INVALID');
    writeFileSync(join(dir, 'run.json'), 'null');
    expect(codeOf(() => confirmRunFacts(dir, sampleModel()))).toBe('PTVR_RUN_DIR_INVALID');
  });

  it('refuses when run.json or report.json changed since the manifest was written', () => {
    const dir = fresh();
    writeManifest(dir);
    expect(confirmRunFacts(dir, sampleModel()).run.id).toBe(sampleModel().run.id);
    const f = join(dir, 'run.json');
    writeFileSync(f, readFileSync(f, 'utf8').replace('"sim"', '"cte"'));
    expect(codeOf(() => confirmRunFacts(dir, sampleModel()))).toBe('PTVR_MANIFEST_MISMATCH');
  });
});
