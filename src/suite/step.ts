import { describe, test, type TestContext } from 'vitest';
import { capString } from '../core/capString.js';
import { PtvrError } from '../core/errors.js';
import { CASE_LIMITS, capFinding, capReadBack } from '../engine/capCase.js';
import { isFailing, type Finding } from '../core/finding.js';
import { CaseOutcomes, type FlowState } from './blocking.js';
import { newCaseMeta, type CaseMeta } from './caseMeta.js';
import { currentStep } from './currentStep.js';
import { suiteClient } from './suiteClient.js';
import { suiteSettings } from './suiteSettings.js';
import type { StepContext, StepMeta } from './types.js';
import './provided.js';

let collecting: FlowState | undefined;
/** Outcome of every case this worker has run, for flow blocking and `needs` (see blocking.ts). */
const outcomes = new CaseOutcomes();

/**
 * A dependent flow: describe(name, { concurrent: false }); a failed or blocked step blocks the later
 * ones (rules in blocking.ts).
 */
export function flow(name: string, body: () => void): void {
  describe(name, { concurrent: false }, () => {
    const previous = collecting;
    collecting = { name };
    try {
      body();
    } finally {
      collecting = previous;
    }
  });
}

function summarise(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error');
  const lines = errors.slice(0, 10).map((f) => `  - [${f.rule}] ${f.path}: ${f.message}`);
  if (errors.length > 10) lines.push(`  … and ${errors.length - 10} more`);
  return `${errors.length} error finding(s):\n${lines.join('\n')}`;
}

/**
 * One case: test name `${id} ${title}`, meta in task.meta.ptvr; fails when an error-severity finding
 * was recorded; skipped as `blocked by <root id>` after an earlier failure or block in its flow or an
 * unmet `needs`.
 */
export function step(meta: StepMeta & { needs?: string[] }, fn: (ctx: StepContext) => Promise<void>): void {
  const flowState = collecting;
  test(`${meta.id} ${meta.title}`, { meta: { ptvr: newCaseMeta(meta) } }, async (ctx) => {
    // A retry starts from a clean record; attempts/evidence of earlier tries stay in evidence.ndjson.
    const m: CaseMeta = newCaseMeta(meta);
    ctx.task.meta.ptvr = m;
    ctx.onTestFailed(() => outcomes.failed(meta.id, flowState));
    const block = outcomes.blockFor(meta.id, meta.needs ?? [], flowState);
    if (block !== undefined) {
      m.blockedBy = block.root;
      m.skipReason = block.skipReason;
      ctx.skip(m.skipReason);
    }
    await currentStep.run(m, () => fn(stepContext(m, ctx, flowState)));
    if (isFailing(m.findings)) throw new Error(summarise(m.findings));
    outcomes.passed(meta.id);
  });
}

function stepContext(m: CaseMeta, ctx: TestContext, flowState: FlowState | undefined): StepContext {
  return {
    caseId: m.id,
    get client() {
      return suiteClient();
    },
    settings: suiteSettings(),
    record: {
      // Capped where recorded: the meta travels to the main process on every task update, and a
      // hostile server's megabytes must not (capCase caps again, the counts included, when collected).
      finding: (f) => void m.findings.push(capFinding(f)),
      readBack: (rb) => void m.readBacks.push(capReadBack(rb)),
      ptvMessages: (...messages) =>
        void m.ptvMessages.push(...messages.slice(0, CASE_LIMITS.ptvMessages).map((t) => capString(t))),
      provisional: () => void (m.provisional = true),
      entity: (raw) => {
        const id = capString(raw, 200);
        if (!m.entityIds.includes(id)) m.entityIds.push(id);
      },
    },
    skip: (reason: string, opts?: { blockFlow?: boolean }): never => {
      m.skipReason = reason;
      outcomes.skipped(m.id, flowState, opts?.blockFlow === true);
      ctx.skip(reason);
      // ctx.skip throws; this line only satisfies the `never` type.
      throw new PtvrError('PTVR_INTERNAL', 'skip did not stop the step');
    },
  };
}
