import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The three zones, enforced here: shared/ imports no Electron, no Node built-ins and no DOM
// code; renderer/ imports no Electron and no Node; nothing but the renderer imports renderer/.
const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'events', 'worker_threads', 'http', 'https', 'net'];
const electronModules = '^(electron|electron/.*)$'; // @electron/* tools (asar, fuses) load no binary
const rendererPaths = ['**/renderer/**', '../renderer/*', '../../renderer/*'];

const rendererPatterns = [
  { group: nodeBuiltins, message: 'The renderer has no Node: go through the preload API.' },
  { regex: electronModules, message: 'The renderer must not import Electron: go through the preload API.' },
  { group: ['**/electron/**', '../electron/*', '../../electron/*'], message: 'The renderer must not import main-process code.' },
];

// Each renderer/src/screens/<feature>/ imports only itself, screens/shared and the non-screen folders
// (api, components, forms, layout, lib, i18n, state); renderer/src/app composes the features.
// One block per feature and folder depth, read from disk so that a new feature is covered at once.
const screensDir = new URL('./renderer/src/screens/', import.meta.url);

function folderDepths(url, depth = 0) {
  const folders = readdirSync(url, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return [depth, ...folders.flatMap((folder) => folderDepths(new URL(`${folder.name}/`, url), depth + 1))];
}

function featureBoundaries() {
  const features = readdirSync(screensDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  return features.flatMap((feature) =>
    [...new Set(folderDepths(new URL(`${feature}/`, screensDir)))].map((depth) => {
      const upToScreens = '\\.\\./'.repeat(depth + 1);
      const message = `screens/${feature} may import only from itself, screens/shared and the non-screen folders: move what features share to screens/shared, api, components, forms or lib.`;
      return {
        files: [`renderer/src/screens/${feature}/${'*/'.repeat(depth)}*.{ts,tsx}`],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: [
                ...rendererPatterns,
                // ../<other> from the feature's root, ../../<other> one folder down, and so on.
                { regex: `^${upToScreens}(?!\\.\\.(/|$)|shared(/|$)|${feature}(/|$))[^/]+`, message },
                // A path that climbs out of screens/ and back into another feature.
                { regex: '(^|/)screens/(?!shared(/|$))', message },
              ],
            },
          ],
        },
      };
    }),
  );
}

// The folders of electron/ are layers: each imports only the folders listed for it (all lower), so
// the main process has no import cycle between folders. A new folder must be placed here.
const electronLayers = {
  store: [],
  exchange: ['store'],
  export: ['store'],
  demo: ['store'],
  core: ['store', 'exchange', 'export', 'demo'],
  features: ['store', 'exchange', 'export', 'demo', 'core'],
  services: ['store', 'exchange', 'export', 'demo', 'core', 'features'],
  cli: ['store', 'exchange', 'export', 'demo'],
  ipc: ['store', 'exchange', 'export', 'core', 'services'],
  main: ['store', 'exchange', 'export', 'demo', 'core', 'features', 'services', 'ipc'],
  preload: [],
};
// Folders whose code runs in plain Node (tests, the CLI) and so never loads the Electron binary.
const nodeSideLayers = new Set(['store', 'exchange', 'export', 'demo', 'core', 'features', 'services', 'cli']);
// Feature modules sit one folder deeper (electron/features/<name>/), and a feature imports no other
// feature: another feature's service or handlers are its internals.
const featureLayers = new Set(['features']);

/** The import rule of one layer of electron/, for files in it (or, for features, in one of its folders). */
function layerBlock(folder) {
  const allowed = electronLayers[folder];
  const nested = featureLayers.has(folder);
  const up = nested ? '\\.\\./\\.\\./' : '\\.\\./';
  const message = `electron/${folder} may import only ${allowed.length ? allowed.map((name) => `electron/${name}`).join(', ') : 'itself'} and shared/: the layers of eslint.config.js keep the main process free of cycles.`;
  const patterns = [
    { group: rendererPaths, message: 'Only the renderer imports renderer/.' },
    ...(nodeSideLayers.has(folder) ? [{ regex: electronModules, message: 'Node-side code and tests must not load Electron.' }] : []),
    // A folder of electron/ that is not below this layer; one more ../ reaches shared/.
    { regex: `^${up}(?!(${[...allowed, '\\.\\.'].join('|')})(/|$))[^/]+`, message },
    ...(nested ? [{ regex: '^\\.\\./(?!\\.\\.)[^/]+', message: 'A feature imports no other feature: electron/features/<name>/ talks to the others only through the layers below it.' }] : []),
  ];
  return {
    files: [nested ? `electron/${folder}/*/**/*.ts` : `electron/${folder}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

function electronLayerBlocks() {
  const folders = readdirSync(new URL('./electron/', import.meta.url), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const unplaced = folders.filter((folder) => !(folder in electronLayers));
  if (unplaced.length > 0) throw new Error(`eslint.config.js: place electron/${unplaced.join(', electron/')} in electronLayers`);
  return folders.map(layerBlock);
}

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
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: rendererPatterns }],
    },
  },
  {
    // Component tests render the page in jsdom over the real main-process services (Node side),
    // so they may import both; like every Node-side test they never load the Electron binary.
    files: ['tests/component/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [{ regex: electronModules, message: 'Node-side code and tests must not load Electron.' }] }],
    },
  },
  ...featureBoundaries(),
  {
    files: ['electron/**/*.ts', 'scripts/**/*', 'tests/unit/**/*.ts', 'tests/integration/**/*.ts', 'tests/bench/**/*.ts', 'tests/e2e/**/*.ts', 'tests/support/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: rendererPaths, message: 'Only the renderer imports renderer/.' }] }],
    },
  },
  {
    // Node-side tests and tools never load the Electron binary (it cannot be installed here).
    files: ['tests/**/*.ts', 'scripts/**/*', 'electron/cli/**/*.ts', 'electron/store/**/*.ts', 'electron/demo/**/*.ts', 'electron/exchange/**/*.ts', 'electron/export/**/*.ts', 'electron/core/**/*.ts', 'electron/features/**/*.ts', 'electron/services/**/*.ts'],
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
  ...electronLayerBlocks(),
);
