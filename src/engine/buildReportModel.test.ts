import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/resolveConfig.js';
import { buildReportModel, type ModelInputs } from './buildReportModel.js';

function inputs(file: Record<string, unknown>, organization?: ModelInputs['organization']): ModelInputs {
  const runDir = mkdtempSync(join(tmpdir(), 'ptvr-model-'));
  return {
    runId: 'r1',
    runDir,
    config: resolveConfig({ flags: {}, env: {}, file, cwd: runDir }),
    cases: [],
    status: 'passed',
    errors: [],
    startedAt: new Date('2026-11-26T10:00:00Z'),
    finishedAt: new Date('2026-11-26T10:00:05Z'),
    suites: ['conn'],
    ...(organization && { organization }),
  };
}

describe('buildReportModel: organisation on the cover', () => {
  it('takes name and business id from PTV when the config does not give them', () => {
    const m = buildReportModel(inputs({}, { name: 'Simulaattorin kunta', businessId: '0201256-6' }));
    expect(m.organization).toEqual({ name: 'Simulaattorin kunta', businessId: '0201256-6' });
  });

  it('lets the config file win over what PTV says', () => {
    const m = buildReportModel(
      inputs(
        { organization: { name: 'Esimerkkikunta', businessId: '1234567-1' } },
        { name: 'Other', businessId: '0201256-6' },
      ),
    );
    expect(m.organization).toEqual({ name: 'Esimerkkikunta', businessId: '1234567-1' });
  });
});
