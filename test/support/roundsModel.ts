import type { CaseResult, DvvItem, ReportModel } from '../../src/report/model.js';
import type { Finding } from '../../src/core/finding.js';

/** A case of `item` with the given status and error findings on `paths` (rule readback.mismatch). */
export function aCase(
  id: string,
  item: DvvItem,
  status: CaseResult['status'],
  paths: string[] = [],
): CaseResult {
  const findings: Finding[] = paths.map((path) => ({
    path,
    message: `${path} was not changed`,
    rule: 'readback.mismatch',
    severity: 'error',
  }));
  return {
    id,
    dvvItem: item,
    title: `case ${id}`,
    status,
    durationMs: 1,
    attempts: 1,
    findings,
    evidenceIds: [],
    entityIds: [],
    ptvMessages: [],
    readBacks: [],
    file: 'suites/x.suite.ts',
  };
}

/** A minimal valid report model of a CTE run with these cases (every suite selected). */
export function aRun(id: string, cases: CaseResult[], over: Partial<ReportModel> = {}): ReportModel {
  const failed = cases.some((c) => c.status === 'failed');
  return {
    schemaVersion: 1,
    status: failed ? 'failed' : 'passed',
    coverage: { selected: ['CONN', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'PIT'], notRun: [] },
    run: {
      id,
      startedAt: '2026-11-26T10:00:00.000Z',
      finishedAt: '2026-11-26T10:01:00.000Z',
      durationMs: 60_000,
      seed: 1,
      referenceDate: '2026-11-26',
      ruleProfile: 'live2026',
      suites: ['conn', 't1', 't2', 't3', 't4', 't5', 't6', 'pit'],
      kept: false,
    },
    target: {
      name: 'cte',
      apiUrl: 'https://api.palvelutietovaranto.trn.suomi.fi',
      tokenUrl: 'https://palvelutietovaranto.trn.suomi.fi/api/auth/api-login',
      apiVersion: 'v11',
      simulated: false,
    },
    tool: { name: 'ptv-readiness', version: '0.0.0', node: '20', vitest: '4.1', faker: '10' },
    organization: { name: 'Testikunta Äänekoski', businessId: '0201256-6' },
    tester: { name: 'Testi Henkilö', email: 'testi@example.fi' },
    cases,
    material: [],
    evidence: [],
    evidenceTotal: 0,
    errors: [],
    ...over,
  };
}
