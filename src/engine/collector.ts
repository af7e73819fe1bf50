import { relative } from 'node:path';
import { ITEM_OF_SUITE } from './decideOutcome.js';
import type { Reporter, TestCase, TestModule, TestSuite } from 'vitest/node';
import type { SerializedError } from 'vitest';
import { capString } from '../core/capString.js';
import type { Redactor } from '../core/redactor.js';
import { capCase } from './capCase.js';
import type { CaseResult, DvvItem } from '../report/model.js';
import { SUB_CASES_FAILED, type CaseMeta } from '../suite/caseMeta.js';
import { isFailing } from '../core/finding.js';
import '../suite/provided.js';

export type RunEndReason = 'passed' | 'failed' | 'interrupted';

export interface CollectorEvents {
  /** Called once per finished case (progress output). */
  onCase?: (c: CaseResult) => void;
  /** Called once per collected case, before it runs (progress totals). */
  onCollected?: (c: CaseResult) => void;
}

const NO_TESTS = /^No test found in suite /;

/**
 * The suite file of a case or suite, relative to the package root: the side-by-side entry's wrapper
 * names it in meta.ptvrFile (src/engine/planSuites.ts); a file run on its own is its module.
 */
export function suiteFileOf(t: TestCase | TestSuite | TestModule, root: string): string {
  const own = t.type === 'module' ? undefined : t.meta().ptvrFile;
  return own ?? relative(root, t.type === 'module' ? t.moduleId : t.module.moduleId);
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
  /** Steps reported as their run-time sub-cases (`V12-<role>`), by vitest test id. */
  private readonly expanded = new Map<string, CaseResult[]>();
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
    const subs = tc.meta().ptvr?.subCases ?? [];
    if (subs.length === 0) return void this.events.onCase?.(c);
    const cases = subs.map((s) => capCase(subCaseResult(s, c.file)));
    // The step itself stays only when something of its own went wrong (an exception, its own finding).
    const own = c.findings.length > 0 || (c.status === 'failed' && !c.error?.startsWith(SUB_CASES_FAILED));
    const shown = own ? [c, ...cases] : cases;
    this.expanded.set(tc.id, shown);
    for (const x of shown) this.events.onCase?.(x);
  }

  onTestRunEnd(
    modules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: RunEndReason,
  ): void {
    this.reason = reason;
    // A suite file that fails to load (syntax error, bad import) has no cases to fail: without this
    // it would vanish from the report. It is a harness error (exit 2), not a failed check.
    // Run side by side, a suite file is imported inside a describe of the one entry file: its load
    // error is that describe's, and names the suite file through meta.ptvrFile.
    for (const m of modules) {
      const failed = [m, ...m.children.allSuites()].flatMap((s) =>
        s.errors().map((e) => ({ file: suiteFileOf(s, this.root), e })),
      );
      // The describes around a file that failed to load are empty too: vitest's "No test found" about
      // them only repeats the load error.
      const loadFailed = new Set(failed.filter((x) => !NO_TESTS.test(x.e.message)).map((x) => x.file));
      for (const { file, e } of failed) {
        if (NO_TESTS.test(e.message) && loadFailed.has(file)) continue;
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
      const subs = this.expanded.get(id);
      if (subs) return subs;
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
    const file = suiteFileOf(tc, this.root);
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
      ...(meta?.v12 !== undefined && { v12: meta.v12 }),
    };
  }

  private toCase(tc: TestCase): CaseResult {
    const r = tc.result();
    const base = this.base(tc);
    // The step's own time (without its wait for needs and a place) when it recorded one.
    const durationMs = tc.meta().ptvr?.durationMs ?? Math.round(tc.diagnostic()?.duration ?? 0);
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

/** A run-time sub-case as a case: skipped with its reason, failed on an error finding, else passed. */
export function subCaseResult(s: CaseMeta, file: string): CaseResult {
  const status: CaseResult['status'] =
    s.skipReason !== undefined ? 'skipped' : isFailing(s.findings) ? 'failed' : 'passed';
  return {
    id: s.id,
    dvvItem: s.dvvItem,
    title: s.title,
    status,
    durationMs: s.durationMs ?? 0,
    attempts: s.attempts,
    findings: s.findings,
    evidenceIds: s.evidenceIds,
    entityIds: s.entityIds,
    ptvMessages: s.ptvMessages,
    readBacks: s.readBacks,
    file,
    ...(s.skipReason !== undefined && { skipReason: s.skipReason }),
    ...(s.provisional === true && { provisional: true }),
    ...(s.v12 !== undefined && { v12: s.v12 }),
  };
}
