// ESLint flat config: @eslint/js and typescript-eslint recommended everywhere,
// typed linting (no floating promises) on src/, and the import boundary that
// keeps the core and the exports free of the editor and of Node I/O.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Node's globals used by the .mjs scripts (no dependency on the `globals` package). */
const nodeGlobals = Object.fromEntries(
  [
    'process', 'console', 'Buffer', 'URL', 'URLSearchParams', 'performance', 'globalThis', 'structuredClone', 'queueMicrotask',
    'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate',
    'TextDecoder', 'TextEncoder', 'AbortController',
  ]
    .map((name) => [name, 'readonly']),
);

/** Imports the pure layers must not use: the editor API and Node I/O. */
const BOUNDARY = [
  { name: 'vscode', message: 'src/core and src/export are pure: the editor hands them text through small interfaces (STYLE.md rule 1).' },
  ...['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'path', 'node:path', 'child_process', 'node:child_process'].map((name) => ({
    name,
    message: 'src/core and src/export run in browsers too: no file system, paths or processes; the CLI and the editor do I/O.',
  })),
];

export default defineConfig(
  globalIgnores(['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'scratch/**', 'media/**']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Typed linting only where it pays: the shipped sources.
    files: ['src/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    files: ['src/core/**', 'src/export/**', 'src/annotations/**', 'src/ledger/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: BOUNDARY }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: nodeGlobals },
  },
);
