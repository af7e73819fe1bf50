import type { InlineConfig } from 'vitest/node';

/** This module is the TypeScript source (vitest / tsx running it), not the compiled dist/. */
const FROM_SOURCE = import.meta.url.endsWith('.ts');

/**
 * The one test file of a run: it imports the planned suite files side by side (issue #14). A built
 * engine runs the suites as `npm run build` compiled them (dist/suites/), loaded by Node itself like the
 * rest of dist — no vite transform of ~30 TypeScript files in every run; the engine running from source
 * (its own tests) runs suites/*.ts, so it never runs a stale build.
 */
export const SIDE_BY_SIDE_ENTRY = FROM_SOURCE
  ? 'suites/support/runSideBySide.ts'
  : 'dist/suites/support/runSideBySide.js';

/**
 * The vitest settings of a suite run (`run`, `--list`, `readback`), given inline (`config: false`):
 * vitest then neither looks for nor bundles a config file, which took ~0.25 s of every run's start
 * (issue #14). Root, reporters, provide('ptvr'), the workers' credentials and the sequencer come from
 * the engine (runVitest.ts).
 */
export const SUITE_VITEST_CONFIG = {
  include: ['suites/**/*.suite.ts', SIDE_BY_SIDE_ENTRY],
  // One worker, shared module state: the per-worker PtvClient logs in once, `needs` can refer to cases of
  // earlier files, and the ledger is appended in a readable order. A run is one file (SIDE_BY_SIDE_ENTRY)
  // whose describes run independent suites side by side; flows stay sequential by design.
  pool: 'forks',
  fileParallelism: false,
  maxWorkers: 1,
  isolate: false,
  testTimeout: 120_000,
  hookTimeout: 60_000,
  passWithNoTests: false,
  // Transport retries belong to the client; a test-level retry would duplicate creates.
  retry: 0,
  globals: false,
  // The compiled package, fixtures and suites are loaded by Node itself, not transformed module by
  // module through vite: the worker then starts in a fraction of the time (issue #14). Only suites run
  // from source (the engine's own tests, a tests-only suites directory) are transformed.
  server: { deps: { external: [/\/dist\/(src|fixtures|suites)\//] } },
  watch: false,
  // A bounded heap makes V8 collect garbage before the worker grows: a hostile server's answers are
  // cut to 16 MB each (readBoundedStream), so the live set stays far below this, while a 4 GB default
  // let RSS reach gigabytes of uncollected garbage (issue #18).
  execArgv: ['--max-old-space-size=256'],
} satisfies InlineConfig;

/**
 * Resolve conditions of the suites' imports: `#ptvr` (package.json imports) resolves to the compiled
 * dist/src/index.js, or with `ptvr-source` to src/index.ts when the engine runs from source itself (its
 * own tests), so the worker never runs a stale dist/.
 */
export function suiteResolveConditions(fromSource: boolean): string[] {
  return [...(fromSource ? ['ptvr-source'] : []), 'node', 'development|production'];
}
