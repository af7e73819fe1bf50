import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportModel } from './readReportModel.js';
import { sampleModel } from '../../test/support/sampleModel.js';
import { validateReportModel } from './validateReportModel.js';

function codeOf(fn: () => unknown): { code?: string; message: string } {
  try {
    fn();
  } catch (err) {
    return err as { code?: string; message: string };
  }
  throw new Error('expected a throw');
}

describe('validateReportModel', () => {
  it('accepts the sample model in both shapes (simulator and CTE) and returns it unchanged', () => {
    for (const model of [sampleModel(), sampleModel({ cte: true })]) {
      const json = JSON.parse(JSON.stringify(model)) as unknown;
      expect(validateReportModel(json)).toEqual(model);
    }
  });

  it('lists every violation with its path: missing, extra and out-of-enum fields', () => {
    const json = JSON.parse(JSON.stringify(sampleModel())) as Record<string, unknown> & {
      cases: Record<string, unknown>[];
    };
    delete json.run;
    json.colour = 'blue';
    json.cases[0]!.status = 'green';
    const err = codeOf(() => validateReportModel(json));
    expect(err.code).toBe('PTVR_REPORT_MODEL_INVALID');
    expect(err.message).toContain("(root) must have required property 'run'");
    expect(err.message).toContain("must NOT have additional properties 'colour'");
    expect(err.message).toContain(
      '/cases/0/status must be equal to one of the allowed values (passed, failed, skipped)',
    );
    expect(err.message).toMatch(/3 violations/);
  });

  it('rejects a wrong schemaVersion and a non-date timestamp', () => {
    const m = { ...sampleModel(), schemaVersion: 3, run: { ...sampleModel().run, startedAt: 'yesterday' } };
    const err = codeOf(() => validateReportModel(m));
    expect(err.code).toBe('PTVR_REPORT_MODEL_INVALID');
    expect(err.message).toContain('/schemaVersion');
    expect(err.message).toContain('/run/startedAt must match format "date-time"');
  });
});

describe('readReportModel', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ptvr-read-'));

  it('reads and validates report.json of a run directory', () => {
    const run = join(dir, 'ok');
    mkdirSync(run);
    writeFileSync(join(run, 'report.json'), JSON.stringify(sampleModel()));
    expect(readReportModel(run).run.id).toBe(sampleModel().run.id);
  });

  it('PTVR_RUN_DIR_INVALID for a missing directory or one without report.json', () => {
    expect(codeOf(() => readReportModel(join(dir, 'nope'))).code).toBe('PTVR_RUN_DIR_INVALID');
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    expect(codeOf(() => readReportModel(empty)).code).toBe('PTVR_RUN_DIR_INVALID');
  });

  it('PTVR_REPORT_MODEL_INVALID for a broken report.json', () => {
    const run = join(dir, 'broken');
    mkdirSync(run);
    writeFileSync(join(run, 'report.json'), '{"schemaVersion": 1,');
    expect(codeOf(() => readReportModel(run)).code).toBe('PTVR_REPORT_MODEL_INVALID');
  });
});

describe('case ids', () => {
  it('must be non-empty and free of whitespace (they become HTML anchors)', () => {
    const m = sampleModel();
    m.cases[0]!.id = 'ORG 01';
    expect(() => validateReportModel(m)).toThrow(
      expect.objectContaining({ code: 'PTVR_REPORT_MODEL_INVALID' }),
    );
    m.cases[0]!.id = 't5.maxLength-summary';
    expect(validateReportModel(m).cases[0]!.id).toBe('t5.maxLength-summary');
  });

  it('reads schema 1 (before v12) and schema 2 (v12 reads and writes) alike', () => {
    const v1 = sampleModel();
    expect(v1.schemaVersion).toBe(1);
    expect(() => validateReportModel(v1)).not.toThrow();
    const v2 = {
      ...v1,
      schemaVersion: 2,
      target: {
        ...v1.target,
        api: { write: 'v11', read: ['v11', 'v12'] },
        v12ApiUrl: 'https://api-gw.palvelutietovaranto.trn.suomi.fi',
        v12Routes: { status: 'inferred', source: 'built-in', sha256: 'a'.repeat(64) },
      },
      cases: v1.cases.map((c, i) =>
        i === 0
          ? { ...c, provisional: true, v12: { observedDelayMs: 3010, idMapping: 'same', stalePolls: 12 } }
          : c,
      ),
    };
    expect(() => validateReportModel(v2)).not.toThrow();
    const badApi = { ...v2, target: { ...v2.target, api: { write: 'v13', read: [] } } };
    expect(codeOf(() => validateReportModel(badApi)).message).toContain('/target/api/write');
  });
});
