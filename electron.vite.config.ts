import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// Three bundles (DESIGN.md §5): the main process as ESM (package.json "type": "module"), the
// sandboxed preload as CommonJS — a sandboxed preload cannot load ES modules — and the renderer.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve('electron/main/index.ts'), formats: ['es'], fileName: () => 'index.js' },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Everything inlined: a sandboxed preload can require only a few Electron modules.
      externalizeDeps: false,
      lib: { entry: resolve('electron/preload/index.ts'), formats: ['cjs'], fileName: () => 'index.cjs' },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      rolldownOptions: { input: resolve('renderer/index.html') },
    },
  },
});
