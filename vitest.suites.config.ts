import { defineConfig } from 'vitest/config';

// The vitest config `ptv-readiness run` drives programmatically (src/engine/runVitest.ts). Root, reporters,
// provide('ptvr') and the workers' credentials come from the engine; do not run this file directly.
export default defineConfig({
  // `#ptvr` (package.json imports) resolves to the compiled dist/src/index.js here; the engine adds the
  // `ptvr-source` condition (src/index.ts) only when it runs from source itself (tests: runVitest.ts).
  ssr: { resolve: { conditions: ['node', 'development|production'] } },
  test: {
    include: ['suites/**/*.suite.ts'],
    // One worker, shared module state: the per-worker PtvClient logs in once, `needs` can refer to cases of
    // earlier files, and the ledger is appended in a readable order. Flows are sequential by design.
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    isolate: false,
    sequence: { concurrent: false, shuffle: false },
    testTimeout: 120_000,
    hookTimeout: 60_000,
    passWithNoTests: false,
    // Transport retries belong to the client; a test-level retry would duplicate creates.
    retry: 0,
    globals: false,
    // The compiled package is loaded by Node itself, not transformed module by module through vite: the
    // worker then starts in a fraction of the time (issue #14). Only the suites and fixtures are transformed.
    server: { deps: { external: [/\/dist\/(src|fixtures)\//] } },
    watch: false,
    // A bounded heap makes V8 collect garbage before the worker grows: a hostile server's answers are
    // cut to 16 MB each (readBoundedStream), so the live set stays far below this, while a 4 GB default
    // let RSS reach gigabytes of uncollected garbage (issue #18).
    execArgv: ['--max-old-space-size=256'],
  },
});
