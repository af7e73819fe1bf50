import type { Reporter, TestCase, TestModule } from 'vitest/node';
import { sinceStart, type PhaseTimes } from './phaseTimes.js';

/**
 * A vitest reporter that times the inside of `vitest.start`: until the first file is collected
 * (worker start, transform, suite import), and each suite file from its first case to its last.
 */
export function phaseReporter(times: PhaseTimes, now: () => number = sinceStart): Reporter {
  let started: number | undefined;
  let firstCollected: number | undefined;
  const files = new Map<string, { start: number; end: number }>();
  const nameOf = (path: string): string =>
    path
      .split('/')
      .pop()
      ?.replace(/\.suite\.[jt]s$/, '')
      .replace(/\.[jt]s$/, '') ?? '';
  const fileOf = (m: TestModule): string => nameOf(m.moduleId);
  // Side by side, every case is in the one entry module: its own suite file is in its meta.
  const suiteOf = (tc: TestCase): string => nameOf(tc.meta().ptvrFile ?? tc.module.moduleId);
  return {
    onTestRunStart() {
      started = now();
    },
    onTestModuleCollected() {
      if (firstCollected === undefined && started !== undefined) {
        firstCollected = now();
        times.add('vitest: worker, transform, collect', started, firstCollected);
      }
    },
    onTestCaseReady(tc: TestCase) {
      const f = suiteOf(tc);
      if (!files.has(f)) files.set(f, { start: now(), end: now() });
    },
    onTestCaseResult(tc: TestCase) {
      const span = files.get(suiteOf(tc));
      if (span) span.end = now();
    },
    onTestModuleEnd(m: TestModule) {
      // vitest's own account of the file: harness set-up, then import + collection (transform included).
      const d = m.diagnostic();
      times.add(`  ${fileOf(m)}: vitest prepare`, 0, d.prepareDuration);
      times.add(`  ${fileOf(m)}: import and collect`, 0, d.collectDuration);
    },
    onTestRunEnd() {
      for (const [f, s] of files) times.add(`suite ${f}`, s.start, s.end);
    },
  };
}
