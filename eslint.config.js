import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import n from 'eslint-plugin-n';

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
  {
    // The example integration is plain Node ESM, as a supplier would write it.
    files: ['examples/**/*.mjs'],
    languageOptions: { globals: n.configs['flat/recommended-module'].languageOptions.globals },
  },
  {
    // The report layer only knows the ReportModel: it never talks HTTP or runs the simulator.
    files: ['src/report/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/client/**', '**/simulator/**', '**/engine/**', 'undici'] },
      ],
    },
  },
  {
    // core is the bottom layer.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/rules/**',
            '**/client/**',
            '**/simulator/**',
            '**/engine/**',
            '**/report/**',
            '**/cli/**',
          ],
        },
      ],
    },
  },
);
