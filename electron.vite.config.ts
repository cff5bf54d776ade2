import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// Where the bundles go: out/ by default; ALLIANCE_DESK_OUT_DIR lets a second build (another
// engineer's checkout-local experiment, a benchmark) run without overwriting out/.
const outRoot = process.env.ALLIANCE_DESK_OUT_DIR ?? 'out';

// Three bundles (DESIGN.md §5): the main process as ESM (package.json "type": "module"), the
// sandboxed preload as CommonJS — a sandboxed preload cannot load ES modules — and the renderer.
export default defineConfig({
  main: {
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
});
