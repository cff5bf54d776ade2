import { describe, expect, it } from 'vitest';
import { buildWindowOptions } from '../../electron/main/window-options';

describe('window options', () => {
  const options = buildWindowOptions({
    preload: '/app/out/preload/index.cjs',
    bounds: { x: 10, y: 20, width: 1200, height: 800 },
    backgroundColor: '#ffffff',
    title: 'Alliance Desk',
  });

  it('isolates and sandboxes the page, without Node or webview', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('uses the bundled CommonJS preload and stays hidden until ready-to-show', () => {
    expect(options.webPreferences?.preload).toBe('/app/out/preload/index.cjs');
    expect(options.show).toBe(false);
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800 });
  });
});
