import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSenderCheck } from '../../electron/ipc/sender-check';
import { APP_INDEX_URL } from '../../electron/ipc/app-origin';

// Which page may call the IPC handlers: the app:// index page, and the dev server only in a
// development build (electron/main/paths.ts gives it no dev server URL otherwise).

describe('createSenderCheck', () => {
  const built = createSenderCheck();

  it('trusts the app:// index page, on any hash route', () => {
    expect(APP_INDEX_URL).toBe('app://alliance-desk/index.html');
    expect(built(APP_INDEX_URL)).toBe(true);
    expect(built('app://alliance-desk/index.html#/deputies?sort=name')).toBe(true);
  });

  it('refuses every other app:// page and host, and file:// altogether', () => {
    for (const url of [
      'app://alliance-desk/',
      'app://alliance-desk/other.html',
      'app://alliance-desk/assets/index.js',
      'app://alliance-desk/sub/index.html',
      'app://alliance-desk-print/0123456789abcdef0123456789abcdef.html', // a print page
      'app://evil/index.html',
      'app://alliance-desk.evil.example/index.html',
      'app://alliance-desk:8080/index.html',
      'app://user:pass@alliance-desk/index.html',
      pathToFileURL(path.resolve('/opt/alliance-desk/out/renderer/index.html')).href,
      'file:///index.html',
      'https://alliance-desk/index.html',
      'about:blank',
      'not a url',
      '',
      null,
      undefined,
    ]) {
      expect(built(url), String(url)).toBe(false);
    }
  });

  it('trusts the dev server origin only when it is given (a development build)', () => {
    const dev = createSenderCheck({ devServerUrl: 'http://localhost:5173' });
    expect(dev('http://localhost:5173/#/principles')).toBe(true);
    expect(dev(APP_INDEX_URL)).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
    expect(dev('https://localhost:5173/')).toBe(false);
    expect(built('http://localhost:5173/')).toBe(false);
    // A dev server URL that has no real origin trusts nothing extra.
    expect(createSenderCheck({ devServerUrl: 'data:text/html,x' })('data:text/html,x')).toBe(false);
  });
});
