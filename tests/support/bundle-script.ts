import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * Bundles a TypeScript script of tests/support into one ESM file in a new temp folder, so that the
 * child processes of a test start in milliseconds with plain node. Returns the bundle's path.
 */
export async function bundleScript(entry: string, name: string): Promise<string> {
  const outfile = path.join(await mkdtemp(path.join(tmpdir(), `${name}-`)), `${name}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'error',
  });
  return outfile;
}
