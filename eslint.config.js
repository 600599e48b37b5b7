// Lint rules: the recommended sets of ESLint and typescript-eslint, nothing exotic.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'radar57-data/', 'web/dist/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
    },
  },
  {
    // Everything the CLI prints goes through src/serve/cli/output.ts, which neutralises the escape
    // sequences and bidi controls that titles from the public record may carry (issue 10, item 12).
    files: ['src/serve/cli/**/*.ts'],
    ignores: ['src/serve/cli/output.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='write'][callee.object.property.name=/^std(out|err)$/]",
          message: 'Print through src/serve/cli/output.ts (printText, printError, printJson).',
        },
      ],
    },
  },
  {
    // The store is asynchronous: a promise left unawaited would let a write run outside its
    // transaction, or a failure pass unseen. These rules need type information, so they read the
    // TypeScript project (node:test's own test() and hooks handle their promises themselves).
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', name: ['test', 'it', 'describe', 'suite', 'before', 'after', 'beforeEach', 'afterEach'], package: 'node:test' }] },
      ],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, properties: false } }],
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    // A store method that throws before it returns its promise would escape a caller's
    // `await … catch`; async functions turn every throw into a rejection. The executors build their
    // promises by hand on purpose (a statement runs at once, synchronously).
    files: ['src/store/**/*.ts'],
    ignores: ['src/store/*/executor.ts'],
    rules: { '@typescript-eslint/promise-function-async': ['error', { checkArrowFunctions: false }] },
  },
  {
    files: ['bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
