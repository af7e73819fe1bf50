import type { EvidenceEntry } from '../core/evidenceEntry.js';
import type { Finding } from '../core/finding.js';
import type { CaseResult } from '../report/model.js';

/** What the observe proxy recorded of the integration in this process (`run --observe`). */
export interface ObservedSession {
  evidence: readonly EvidenceEntry[];
  /** The proxy's judged cases (`OBS-0001`…), each naming the evidence of its exchange. */
  cases: readonly CaseResult[];
}

/** One step's time window: from the source change to the change seen in PTV (or the step's end). */
export interface StepWindow {
  caseId: string;
  from: string;
  to: string;
}

export interface StepObservation {
  evidence: EvidenceEntry[];
  findings: Finding[];
}

/** Observed evidence ids get a prefix: the proxy numbers its entries `E000001` too. */
export const observedEvidenceId = (id: string): string => `O${id}`;

/**
 * The integration's own requests made during each step, with what the rules engine and PTV's answer
 * said of them: the requests the proxy saw between the source change and the change visible in PTV
 * belong to that step (the tool's own polling reads do not go through the proxy). A request outside
 * every window (a scheduled round between steps) stays in the run-level summary only.
 */
export function observedPerStep(
  session: ObservedSession,
  windows: readonly StepWindow[],
): Map<string, StepObservation> {
  const out = new Map<string, StepObservation>();
  const stepOf = (at: string): string | undefined => {
    const t = Date.parse(at);
    return windows.find((w) => Date.parse(w.from) <= t && t <= Date.parse(w.to))?.caseId;
  };
  const byEvidence = new Map(session.evidence.map((e) => [e.id, e]));
  const claimed = new Set<string>();
  for (const c of session.cases) {
    const first = c.evidenceIds.map((id) => byEvidence.get(id)).find((e) => e !== undefined);
    const step = first && stepOf(first.startedAt);
    if (!step) continue;
    const o = out.get(step) ?? { evidence: [], findings: [] };
    for (const id of c.evidenceIds) {
      const e = byEvidence.get(id);
      if (!e || claimed.has(id)) continue;
      claimed.add(id);
      o.evidence.push({ ...e, id: observedEvidenceId(e.id), caseId: step });
    }
    o.findings.push(
      ...c.findings
        .filter((f) => f.severity !== 'info')
        .map((f) => ({ ...f, path: `${c.id} ${f.path}`, rule: `observed.${f.rule}` })),
    );
    out.set(step, o);
  }
  return out;
}
