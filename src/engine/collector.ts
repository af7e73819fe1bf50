import { relative } from 'node:path';
import { ITEM_OF_SUITE } from './decideOutcome.js';
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import type { SerializedError } from 'vitest';
import { capString } from '../core/capString.js';
import type { Redactor } from '../core/redactor.js';
import { capCase } from './capCase.js';
import type { CaseResult, DvvItem } from '../report/model.js';
import type { CaseMeta } from '../suite/caseMeta.js';
import '../suite/provided.js';

export type RunEndReason = 'passed' | 'failed' | 'interrupted';

export interface CollectorEvents {
  /** Called once per finished case (progress output). */
  onCase?: (c: CaseResult) => void;
  /** Called once per collected case, before it runs (progress totals). */
  onCollected?: (c: CaseResult) => void;
}

/** DVV item for a test that was not written with step(): from its file name (`t3-….suite.ts`). */
function dvvFromFile(file: string): DvvItem {
  const base = file.split('/').pop() ?? '';
  const id = /^([a-z]+\d?)/i.exec(base)?.[1]?.toLowerCase() ?? '';
  return ITEM_OF_SUITE[id] ?? 'PIT';
}

/**
 * The vitest Reporter that turns results into ReportModel cases. Implements the interface (no built-in
 * reporter is extended). Cases are kept as they finish, so an interrupted run still reports what it has;
 * collected-but-unrun cases are reported as skipped.
 */
export class Collector implements Reporter {
  private readonly cases = new Map<string, CaseResult>();
  private readonly order: string[] = [];
  readonly unhandledErrors: { code: string; message: string }[] = [];
  reason: RunEndReason | undefined;

  constructor(
    private readonly root: string,
    private readonly redactor: Redactor,
    private readonly events: CollectorEvents = {},
  ) {}

  onTestModuleCollected(module: TestModule): void {
    for (const tc of module.children.allTests()) {
      if (this.cases.has(tc.id)) continue;
      this.order.push(tc.id);
      const c: CaseResult = { ...this.base(tc), status: 'skipped', skipReason: 'not run' };
      this.cases.set(tc.id, c);
      this.events.onCollected?.(c);
    }
  }

  onTestCaseResult(tc: TestCase): void {
    if (!this.cases.has(tc.id)) this.order.push(tc.id);
    // Capped where it is stored: findings, read-backs and messages may carry megabytes from the server.
    const c = capCase(this.toCase(tc));
    this.cases.set(tc.id, c);
    this.events.onCase?.(c);
  }

  onTestRunEnd(
    modules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: RunEndReason,
  ): void {
    this.reason = reason;
    // A suite file that fails to load (syntax error, bad import) has no cases to fail: without this
    // it would vanish from the report. It is a harness error (exit 2), not a failed check.
    for (const m of modules) {
      for (const e of m.errors()) {
        const file = relative(this.root, m.moduleId);
        this.unhandledErrors.push({
          code: 'PTVR_INTERNAL',
          message: capString(this.redactor.redactString(`${file}: ${e.message}`)),
        });
      }
    }
    for (const e of unhandledErrors) {
      this.unhandledErrors.push({
        code: 'PTVR_INTERNAL',
        message: capString(this.redactor.redactString(e.message)),
      });
    }
  }

  /** Cases in collection order. */
  results(interrupted: boolean): CaseResult[] {
    return this.order.flatMap((id) => {
      const c = this.cases.get(id);
      if (!c) return [];
      // Cases vitest skipped because of the cancel carry no reason of their own (or vitest's abort note).
      const unrun =
        c.status === 'skipped' &&
        c.blockedBy === undefined &&
        (c.skipReason === 'not run' || c.skipReason === 'skipped' || /aborted/i.test(c.skipReason ?? ''));
      if (unrun && interrupted) return [{ ...c, skipReason: 'not run: the run was interrupted' }];
      return [c];
    });
  }

  private base(tc: TestCase): Omit<CaseResult, 'status'> {
    const meta: CaseMeta | undefined = tc.meta().ptvr;
    const file = relative(this.root, tc.module.moduleId);
    const [firstWord, ...rest] = tc.name.split(' ');
    return {
      id: meta?.id ?? firstWord ?? tc.name,
      dvvItem: meta?.dvvItem ?? dvvFromFile(file),
      title: meta?.title ?? (rest.join(' ') || tc.name),
      durationMs: 0,
      attempts: meta?.attempts ?? 0,
      findings: meta?.findings ?? [],
      evidenceIds: meta?.evidenceIds ?? [],
      entityIds: meta?.entityIds ?? [],
      ptvMessages: meta?.ptvMessages ?? [],
      readBacks: meta?.readBacks ?? [],
      file,
      ...(meta?.blockedBy !== undefined && { blockedBy: meta.blockedBy }),
      ...(meta?.skipReason !== undefined && { skipReason: meta.skipReason }),
      ...(meta?.provisional === true && { provisional: true }),
    };
  }

  private toCase(tc: TestCase): CaseResult {
    const r = tc.result();
    const base = this.base(tc);
    const durationMs = Math.round(tc.diagnostic()?.duration ?? 0);
    if (r.state === 'failed') {
      const first = r.errors[0];
      const error = first ? this.redactor.redactString(first.message) : undefined;
      const { skipReason: _ignored, ...rest } = base;
      return { ...rest, status: 'failed', durationMs, ...(error !== undefined && { error }) };
    }
    if (r.state === 'skipped' || r.state === 'pending') {
      const note = r.state === 'skipped' ? r.note : undefined;
      const skipReason = base.skipReason ?? note ?? 'skipped';
      return { ...base, status: 'skipped', durationMs, skipReason };
    }
    return { ...base, status: 'passed', durationMs };
  }
}
