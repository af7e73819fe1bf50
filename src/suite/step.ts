import { describe, test, type TestContext } from 'vitest';
import { PtvrError } from '../core/errors.js';
import { isFailing, type Finding } from '../core/finding.js';
import { newCaseMeta, type CaseMeta } from './caseMeta.js';
import { currentStep } from './currentStep.js';
import { suiteClient } from './suiteClient.js';
import { suiteSettings } from './suiteSettings.js';
import type { StepContext, StepMeta } from './types.js';
import './provided.js';

/** Per-flow state: the first case that failed; every later step is blocked by it. */
interface FlowState {
  name: string;
  failed?: string;
}

let collecting: FlowState | undefined;
/** Outcome of every case this worker has run, for `needs` (cases may live in other flows/files). */
const outcomes = new Map<string, 'passed' | 'failed' | 'skipped'>();

/** A dependent flow: describe(name, { concurrent: false }); a failed step blocks the later ones. */
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

/** The first `needs` case that did not pass in this worker (failed, skipped or never ran). */
function unmetNeed(needs: readonly string[]): { id: string; why: string } | undefined {
  for (const id of needs) {
    const o = outcomes.get(id);
    if (o !== 'passed') return { id, why: o === undefined ? 'did not run' : o };
  }
  return undefined;
}

/**
 * One case: test name `${id} ${title}`, meta in task.meta.ptvr; fails when an error-severity finding
 * was recorded; skipped as `blocked by <id>` after an earlier failure in its flow or an unmet `needs`.
 */
export function step(meta: StepMeta & { needs?: string[] }, fn: (ctx: StepContext) => Promise<void>): void {
  const flowState = collecting;
  test(`${meta.id} ${meta.title}`, { meta: { ptvr: newCaseMeta(meta) } }, async (ctx) => {
    // A retry starts from a clean record; attempts/evidence of earlier tries stay in evidence.ndjson.
    const m: CaseMeta = newCaseMeta(meta);
    ctx.task.meta.ptvr = m;
    ctx.onTestFailed(() => {
      outcomes.set(meta.id, 'failed');
      if (flowState && flowState.failed === undefined) flowState.failed = meta.id;
    });
    const blocker = flowState?.failed ?? unmetNeed(meta.needs ?? [])?.id;
    if (blocker !== undefined) {
      const need = flowState?.failed === undefined ? unmetNeed(meta.needs ?? []) : undefined;
      m.blockedBy = blocker;
      m.skipReason = need ? `blocked by ${blocker} (needed case ${need.why})` : `blocked by ${blocker}`;
      outcomes.set(meta.id, 'skipped');
      ctx.skip(m.skipReason);
    }
    await currentStep.run(m, () => fn(stepContext(m, ctx)));
    if (isFailing(m.findings)) throw new Error(summarise(m.findings));
    outcomes.set(meta.id, 'passed');
  });
}

function stepContext(m: CaseMeta, ctx: TestContext): StepContext {
  return {
    caseId: m.id,
    get client() {
      return suiteClient();
    },
    settings: suiteSettings(),
    record: {
      finding: (f) => void m.findings.push(f),
      readBack: (rb) => void m.readBacks.push(rb),
      ptvMessages: (...messages) => void m.ptvMessages.push(...messages),
      entity: (id) => {
        if (!m.entityIds.includes(id)) m.entityIds.push(id);
      },
    },
    skip: (reason: string): never => {
      m.skipReason = reason;
      outcomes.set(m.id, 'skipped');
      ctx.skip(reason);
      // ctx.skip throws; this line only satisfies the `never` type.
      throw new PtvrError('PTVR_INTERNAL', 'skip did not stop the step');
    },
  };
}
