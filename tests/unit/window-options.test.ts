import { describe, expect, it, vi } from 'vitest';
import { NO_DICTIONARIES_URL, turnOffSpellcheck } from '../../electron/main/spellcheck';
import { buildWindowOptions, printWindowOptions } from '../../electron/main/window-options';
import { EXPECTED_SECURE_WEB_PREFERENCES } from '../support/electron-stand-in/secure-web-preferences';

describe('window options', () => {
  const options = buildWindowOptions({
    preload: '/app/out/preload/index.cjs',
    bounds: { x: 10, y: 20, width: 1200, height: 800 },
    backgroundColor: '#ffffff',
    title: 'Alliance Desk',
  });
  const secure = EXPECTED_SECURE_WEB_PREFERENCES;

  it('isolates and sandboxes the page, without Node, webview or spellcheck', () => {
    expect(options.webPreferences).toMatchObject(secure);
  });

  it('uses the bundled CommonJS preload and stays hidden until ready-to-show', () => {
    expect(options.webPreferences?.preload).toBe('/app/out/preload/index.cjs');
    expect(options.show).toBe(false);
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800 });
  });

  it('gives the PDF print window the same protections, hidden and without a preload', () => {
    const print = printWindowOptions();
    expect(print.webPreferences).toMatchObject(secure);
    expect(print.webPreferences?.preload).toBeUndefined();
    expect(print.show).toBe(false);
  });
});

describe('turnOffSpellcheck', () => {
  it('switches the session spellchecker off and points its dictionary download at nothing on the network', () => {
    const session = { setSpellCheckerEnabled: vi.fn(), setSpellCheckerDictionaryDownloadURL: vi.fn() };
    turnOffSpellcheck(session);
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(session.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith(NO_DICTIONARIES_URL);
    expect(new URL(NO_DICTIONARIES_URL).protocol).toBe('app:');
    expect(NO_DICTIONARIES_URL.endsWith('/')).toBe(true); // Chromium appends the file name
  });
});
