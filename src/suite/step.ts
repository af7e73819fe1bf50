import { describe, test, type TestContext } from 'vitest';
import { capString } from '../core/capString.js';
import { PtvrError } from '../core/errors.js';
import { CASE_LIMITS, capFinding, capReadBack } from '../engine/capCase.js';
import { isFailing, type Finding } from '../core/finding.js';
import { CaseOutcomes, type FlowState } from './blocking.js';
import { newCaseMeta, SUB_CASES_FAILED, type CaseMeta } from './caseMeta.js';
import { currentStep } from './currentStep.js';
import { CaseSlots } from './caseSlots.js';
import { withinCaseTimeout } from './caseTimeout.js';
import { suiteClient } from './suiteClient.js';
import { suiteSettings } from './suiteSettings.js';
import type { StepContext, StepMeta, StepOrder, StepRecorder } from './types.js';
import './provided.js';

interface FlowOptions {
  alongside?: boolean;
}

let collecting: FlowState | undefined;
/** Outcome of every case this worker has run, for flow blocking and `needs` (see blocking.ts). */
const outcomes = new CaseOutcomes();
/**
 * Up to --concurrency cases running at once (waiting ones do not count, caseSlots.ts); made at the
 * first step, which has the settings.
 */
let slots: CaseSlots | undefined;
/** Cases another case `needs` or runs `after` (collected before any case runs): they go first. */
const awaitedIds = new Set<string>();

/** The cases this one waits for: those it `needs` and those it runs `after`. */
const waitsFor = (meta: StepOrder): string[] => [...(meta.needs ?? []), ...(meta.after ?? [])];

/**
 * A dependent flow: its steps run in order, and a failed or blocked step blocks the later ones (rules in
 * blocking.ts). `alongside`: the flow runs side by side with the flows next to it that say so too (T3's
 * five channel types), up to --concurrency at once; its own steps still run one after the other.
 */
export function flow(name: string, body: () => void): void;
export function flow(name: string, opts: FlowOptions, body: () => void): void;
export function flow(name: string, a: (() => void) | FlowOptions, b?: () => void): void {
  const [opts, body] = typeof a === 'function' ? [{}, a] : [a, b!];
  // vitest runs consecutive concurrent children of a suite at once; the steps opt out (step()).
  describe(name, { concurrent: opts.alongside === true }, () => {
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
export function step(meta: StepMeta & StepOrder, fn: (ctx: StepContext) => Promise<void>): void {
  const flowState = collecting;
  // Inside a flow the steps are sequential even when the flow runs alongside others (concurrent describe).
  const order = flowState === undefined ? {} : { concurrent: false };
  for (const id of waitsFor(meta)) awaitedIds.add(id);
  // timeout 0: vitest's would count the wait for needs and a place; withinCaseTimeout counts the running.
  test(
    `${meta.id} ${meta.title}`,
    { ...order, timeout: 0, meta: { ptvr: newCaseMeta(meta) } },
    async (ctx) => {
      outcomes.started(meta.id);
      // Its place only once it may run: a case that waits for another holds none.
      await outcomes.settled(waitsFor(meta));
      // vitest runs a sequential describe's steps one by one: the next one waits for this one too.
      const awaited = ctx.task.concurrent !== true || awaitedIds.has(meta.id);
      // A chain's tail (T6's ARC-07/08), released late, or a case of several round trips: in arrival
      // order it queued behind all of T5's independent cases and set the run's end (issue #14).
      const early = waitsFor(meta).length > 0 || meta.early === true;
      slots ??= new CaseSlots(suiteSettings().concurrency);
      const release = await slots.acquire({ awaited, early });
      try {
        await withinCaseTimeout(runStep(meta, fn, ctx, flowState));
      } finally {
        release();
        // Thrown (not a skip, which is recorded): failed — and whatever waits on it may go on.
        if (!outcomes.has(meta.id)) outcomes.failed(meta.id, flowState);
      }
    },
  );
}

async function runStep(
  meta: StepMeta & StepOrder,
  fn: (ctx: StepContext) => Promise<void>,
  ctx: TestContext,
  flowState: FlowState | undefined,
): Promise<void> {
  // A retry starts from a clean record; attempts/evidence of earlier tries stay in evidence.ndjson.
  const m: CaseMeta = newCaseMeta(meta);
  ctx.task.meta.ptvr = m;
  ctx.onTestFailed(() => outcomes.failed(meta.id, flowState));
  // The case's own time, from its place on: vitest's duration would include the wait for needs and a place.
  const started = performance.now();
  try {
    const block = outcomes.blockFor(meta.id, meta.needs ?? [], flowState);
    if (block !== undefined) {
      m.blockedBy = block.root;
      m.skipReason = block.skipReason;
      ctx.skip(m.skipReason);
    }
    await currentStep.run(m, () => fn(stepContext(m, ctx, flowState)));
  } finally {
    m.durationMs = Math.round(performance.now() - started);
  }
  if (isFailing(m.findings)) throw new Error(summarise(m.findings));
  const failedSubs = (m.subCases ?? []).filter((s) => isFailing(s.findings)).map((s) => s.id);
  if (failedSubs.length > 0) throw new Error(`${SUB_CASES_FAILED}: ${failedSubs.join(', ')}`);
  outcomes.passed(meta.id);
}

/** The recorder of one case's meta: capped where recorded (the meta travels on every task update). */
function recorderOf(m: CaseMeta): StepRecorder {
  return {
    // Capped where recorded: the meta travels to the main process on every task update, and a
    // hostile server's megabytes must not (capCase caps again, the counts included, when collected).
    finding: (f) => void m.findings.push(capFinding(f)),
    readBack: (rb) => void m.readBacks.push(capReadBack(rb)),
    ptvMessages: (...messages) =>
      void m.ptvMessages.push(...messages.slice(0, CASE_LIMITS.ptvMessages).map((t) => capString(t))),
    entity: (raw) => {
      const id = capString(raw, 200);
      if (!m.entityIds.includes(id)) m.entityIds.push(id);
    },
    v12: (info) => void (m.v12 = { ...m.v12, ...info }),
    provisional: () => void (m.provisional = true),
  };
}

function stepContext(m: CaseMeta, ctx: TestContext, flowState: FlowState | undefined): StepContext {
  return {
    caseId: m.id,
    get client() {
      return suiteClient();
    },
    settings: suiteSettings(),
    record: recorderOf(m),
    subCase: async (sub, body) => {
      const s = newCaseMeta({ id: capString(sub.id, 100), dvv: m.dvvItem, title: capString(sub.title, 500) });
      (m.subCases ??= []).push(s);
      const started = performance.now();
      // Its requests are its evidence: the sub-case is the current step while its body runs.
      await currentStep.run(s, () =>
        body({ record: recorderOf(s), skip: (reason) => void (s.skipReason = capString(reason)) }),
      );
      s.durationMs = Math.round(performance.now() - started);
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
