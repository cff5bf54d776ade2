// Bundles the CLI into one ESM file that runs with plain `node` (no Electron, no tsx).
import { build } from 'esbuild';
import { chmod } from 'node:fs/promises';

const outfile = 'out/cli/alliance-desk.mjs';
await build({
  entryPoints: ['electron/cli/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: {
    // A shebang for `bin`, and require() for the few CommonJS dependencies bundled into ESM.
    js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  external: ['electron', 'playwright-core'],
  logLevel: 'warning',
});
await chmod(outfile, 0o755);
