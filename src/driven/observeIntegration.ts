import { join, relative } from 'node:path';
import { capString } from '../core/capString.js';
import type { Finding } from '../core/finding.js';
import type { RuleProfile } from '../core/vocabulary.js';
import type { ObserveResult } from '../observe/observeOptions.js';
import { startObserve } from '../observe/startObserve.js';
import type { CaseResult } from '../report/model.js';

export interface IntegrationObserver {
  /** Where the adapter's integration must send its PTV traffic (PTV_API_URL / PTV_TOKEN_URL). */
  apiUrl: string;
  tokenUrl: string;
  /** Stops the proxy and writes its own report under `<run-dir>/observed/<id>/`. */
  finish(interrupted: boolean): Promise<ObserveResult>;
}

/**
 * `run --driver command --observe`: the observe proxy in this process, in front of the run's target,
 * so the integration's own requests are recorded and judged with the rules engine (its own report,
 * nested in the driven run's directory; the driven report summarises it for CONN and T5).
 */
export async function startIntegrationObserver(o: {
  runDir: string;
  target: { apiUrl: string; tokenUrl: string; authShape: 'cte' | 'prod' };
  ruleProfile: RuleProfile;
}): Promise<IntegrationObserver> {
  const h = await startObserve({
    target: {
      name: 'custom',
      apiUrl: o.target.apiUrl,
      tokenUrl: o.target.tokenUrl,
      authShape: o.target.authShape,
    },
    port: 0,
    outDir: join(o.runDir, 'observed'),
    ruleProfile: o.ruleProfile,
    formats: ['md'],
    langs: ['en'],
  });
  return { apiUrl: h.apiUrl, tokenUrl: h.tokenUrl, finish: (interrupted) => h.stop({ interrupted }) };
}

/**
 * Two cases from the observed session: CONN, the integration's own login seen by the proxy; T5, its
 * writes judged by the rules engine and read back (failed when any observed write failed).
 */
export function observedCases(runDir: string, r: ObserveResult): CaseResult[] {
  const dir = relative(runDir, r.runDir);
  const item = (id: string) => r.items.find((i) => i.id === id);
  const failing = (dvv: string[]): Finding[] =>
    r.model.cases
      .filter((c) => dvv.includes(c.dvvItem) && c.status === 'failed')
      .flatMap((c) =>
        c.findings.filter((f) => f.severity === 'error').map((f) => ({ ...f, path: `${c.id} ${f.path}` })),
      )
      .slice(0, 50);
  const base = { durationMs: 0, attempts: 1, evidenceIds: [], entityIds: [], ptvMessages: [], readBacks: [] };
  const conn = item('CONN');
  const t5 = item('T5');
  const connFindings = failing(['CONN']);
  const writeFindings = failing(['T1', 'T2', 'T3', 'T4', 'T5', 'T6']);
  const judged = r.model.cases.filter((c) => c.dvvItem !== 'CONN').length;
  return [
    {
      ...base,
      id: 'DRV-CONN-02',
      dvvItem: 'CONN',
      title: "the integration's own login, seen by the observe proxy",
      status: conn?.status === 'passed' ? 'passed' : connFindings.length ? 'failed' : 'skipped',
      ...(conn?.status !== 'passed' &&
        !connFindings.length && { skipReason: 'the proxy saw no login of the integration' }),
      findings: connFindings,
      file: `${dir}/report.json#CONN`,
    },
    {
      ...base,
      id: 'DRV-T5-OBS',
      dvvItem: 'T5',
      title: capString(
        `the integration's own ${judged} request(s), judged by the rules engine (${dir})`,
        300,
      ),
      status: writeFindings.length || t5?.status === 'failed' ? 'failed' : judged > 0 ? 'passed' : 'skipped',
      ...(judged === 0 && { skipReason: 'the proxy saw no write of the integration' }),
      findings: writeFindings,
      file: `${dir}/report.json`,
    },
  ];
}
