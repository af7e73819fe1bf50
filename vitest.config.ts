import { defineConfig } from 'vitest/config';

// `#ptvr` (package.json imports) resolves to src/index.ts under this condition, to dist/ under plain Node
// (the built fixtures, which `content --target sim` uses). The other two are vitest's defaults.
const ssr = { resolve: { conditions: ['ptvr-source', 'node', 'development|production'] } };

// The repository's own tests, in three tiers split by file suffix. The product's suites/ are not
// run from here: they need the values `ptv-readiness run` provides, and run through the CLI (e2e).
export default defineConfig({
  test: {
    reporters: ['default', './test/plainSummaryReporter.ts'],
    projects: [
      {
        ssr,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'fixtures/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/*.e2e.test.ts', 'node_modules/**'],
          // A few unit tests render a report or compile every schema: seconds on a busy 2-core box.
          testTimeout: 20_000,
        },
      },
      {
        ssr,
        test: {
          name: 'integration',
          include: [
            'src/**/*.int.test.ts',
            'fixtures/**/*.int.test.ts',
            'examples/**/*.int.test.ts',
            'test/fidelity/**/*.int.test.ts',
          ],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        ssr,
        test: {
          name: 'e2e',
          include: [
            'src/**/*.e2e.test.ts',
            'test/**/*.e2e.test.ts',
            'suites/**/*.e2e.test.ts',
            'examples/**/*.e2e.test.ts',
          ],
          testTimeout: 300_000,
          hookTimeout: 120_000,
          // CLI runs spawn their own vitest and simulator: keep them from starving each other on 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
