import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// Where the bundles go: out/ by default; ALLIANCE_DESK_OUT_DIR lets a second build (another
// engineer's checkout-local experiment, a benchmark) run without overwriting out/.
const outRoot = process.env.ALLIANCE_DESK_OUT_DIR ?? 'out';

// Three bundles: the main process as ESM (package.json "type": "module"), the sandboxed preload as
// CommonJS — a sandboxed preload cannot load ES modules — and the renderer.
export default defineConfig(({ command }) => ({
  main: {
    // true only for `electron-vite dev` ('serve'): a built main process (`npm run build`, and
    // `npm start` = `electron-vite preview`, which also runs unpackaged) never loads the page named
    // by ELECTRON_RENDERER_URL (electron/main/build-flags.ts).
    define: { __ALLIANCE_DESK_DEV_BUILD__: JSON.stringify(command === 'serve') },
    build: {
      outDir: `${outRoot}/main`,
      lib: { entry: resolve('electron/main/index.ts'), formats: ['es'], fileName: () => 'index.js' },
    },
  },
  preload: {
    build: {
      outDir: `${outRoot}/preload`,
      // Everything inlined: a sandboxed preload can require only a few Electron modules.
      externalizeDeps: false,
      lib: { entry: resolve('electron/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: resolve(`${outRoot}/renderer`),
      rolldownOptions: { input: resolve('renderer/index.html') },
    },
  },
}));
