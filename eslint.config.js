import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Zones of DESIGN.md §5, enforced here: shared/ imports no Electron, no Node built-ins and no DOM
// code; renderer/ imports no Electron and no Node; nothing but the renderer imports renderer/.
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'events', 'worker_threads', 'http', 'https', 'net'];
const electronModules = '^(electron|electron/.*)$'; // @electron/* tools (asar, fuses) load no binary
const rendererPaths = ['**/renderer/**', '../renderer/*', '../../renderer/*'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'shared/ runs on both sides: no Node built-ins.' },
            { regex: electronModules, message: 'shared/ must not import Electron.' },
            { group: rendererPaths, message: 'Only the renderer imports renderer/.' },
            { group: ['react', 'react-dom', 'react-*'], message: 'shared/ has no UI code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/component/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'The renderer has no Node: go through the preload API.' },
            { regex: electronModules, message: 'The renderer must not import Electron: go through the preload API.' },
            { group: ['**/electron/**', '../electron/*', '../../electron/*'], message: 'The renderer must not import main-process code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*', 'tests/unit/**/*.ts', 'tests/integration/**/*.ts', 'tests/bench/**/*.ts', 'tests/e2e/**/*.ts', 'tests/support/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: rendererPaths, message: 'Only the renderer imports renderer/.' }] }],
    },
  },
  {
    // Node-side tests and tools never load the Electron binary (it cannot be installed here).
    files: ['tests/**/*.ts', 'scripts/**/*', 'electron/cli/**/*.ts', 'electron/store/**/*.ts', 'electron/demo/**/*.ts', 'electron/exchange/**/*.ts', 'electron/export/**/*.ts', 'electron/domain/**/*.ts', 'electron/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: electronModules, message: 'Node-side code and tests must not load Electron.' },
            { group: rendererPaths, message: 'Only the renderer imports renderer/.' },
          ],
        },
      ],
    },
  },
);
