import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_BUILD } from '../../electron/main/build-flags';
import { appPaths } from '../../electron/main/paths';

describe('appPaths', () => {
  const mainDir = path.resolve('/opt/alliance-desk/out/main');
  const env = { ELECTRON_RENDERER_URL: 'http://evil.example/' };

  it('finds the preload and the renderer beside the main bundle', () => {
    const paths = appPaths(mainDir, { devBuild: false, env: {} });
    expect(paths.preload).toBe(path.resolve('/opt/alliance-desk/out/preload/index.cjs'));
    expect(paths.rendererDir).toBe(path.resolve('/opt/alliance-desk/out/renderer'));
  });

  it('ignores ELECTRON_RENDERER_URL unless this is a development build', () => {
    expect(appPaths(mainDir, { devBuild: false, env }).devServerUrl).toBeUndefined();
    expect(appPaths(mainDir, { devBuild: true, env }).devServerUrl).toBe('http://evil.example/');
    expect(appPaths(mainDir, { devBuild: true, env: { ELECTRON_RENDERER_URL: '' } }).devServerUrl).toBeUndefined();
  });

  it('is not a development build unless the bundler says so', () => {
    // The sources run here unbundled: no build-time constant, so not a development build.
    expect(DEV_BUILD).toBe(false);
  });
});
