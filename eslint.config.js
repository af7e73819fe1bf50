import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import n from 'eslint-plugin-n';

/** Test and sample support (test/support/) never ships: product code must not import it. */
const TEST_SUPPORT = {
  group: ['**/test/support', '**/test/support/**'],
  message: 'test/support is for tests only; product code must not import it.',
};

/**
 * The import arrows of one folder. `no-restricted-imports` is one rule, so a later block replaces an earlier
 * one: the folder's tests get its patterns without TEST_SUPPORT, and inner folders come after outer ones.
 */
function layer(dir, group) {
  const own = group.length ? [{ group }] : [];
  const rule = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
  return [
    { files: [`${dir}/**/*.ts`], rules: rule([...own, TEST_SUPPORT]) },
    { files: [`${dir}/**/*.test.ts`], rules: rule(own) },
  ];
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'reports/**', 'coverage/**', 'docs/sample-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { n },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'n/no-process-exit': 'error',
      'n/prefer-node-protocol': 'error',
    },
  },
  ...layer('src', []),
  // The report layer only knows the ReportModel: it never talks HTTP or runs the simulator.
  ...layer('src/report', ['**/client/**', '**/simulator/**', '**/engine/**', 'undici']),
  // The simulator's v12 out-mappers and src/neutral are two independent readings of one mapping table
  // (v12-migration.md §4.4): the simulator must not borrow the neutral model, or a misreading goes unseen.
  ...layer('src/simulator', ['**/neutral', '**/neutral/**']),
  // core is the bottom layer.
  ...layer('src/core', [
    '**/rules/**',
    '**/client/**',
    '**/simulator/**',
    '**/engine/**',
    '**/report/**',
    '**/cli/**',
  ]),
  // The simulator's v12 projection is an independent reading of the v11 → v12 mapping: it must not share
  // the neutral model's code, or one misreading would pass both sides (v12-migration.md §4.4).
  ...layer('src/simulator/v12', ['**/neutral/**', '**/neutral']),
  {
    // The example integration is plain Node ESM, as a supplier would write it.
    files: ['examples/**/*.mjs'],
    languageOptions: { globals: n.configs['flat/recommended-module'].languageOptions.globals },
  },
  {
    // Suites and fixtures use the product as anyone writing their own suites would: through its public entry.
    // (Repository tests beside them may reach further, like the tests in src/.)
    files: ['suites/**/*.ts', 'fixtures/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src', '**/src/**', 'ptv-readiness', 'ptv-readiness/*'],
              message: "Import the product through '#ptvr' (src/index.ts).",
            },
            TEST_SUPPORT,
          ],
        },
      ],
    },
  },
);
