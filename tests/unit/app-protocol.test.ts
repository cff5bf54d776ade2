import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { APP_CSP, createAppRequestHandler, resolveAppRequest, type AppResponse } from '../../electron/main/app-protocol';
import { PrintPages } from '../../electron/main/print-pages';
import { useTempDirs } from '../support/temp-dir';

// The app:// protocol serves the built renderer folder and nothing else (electron/main/app-protocol.ts).

const tempDir = useTempDirs();
let outside: string; // a folder beside the renderer, holding a secret
let root: string; // the "built renderer"

beforeEach(async () => {
  const base = await tempDir();
  outside = path.join(base, 'outside');
  root = path.join(base, 'renderer');
  await mkdir(outside, { recursive: true });
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(outside, 'secret.txt'), 'deputies.json contents');
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Alliance Desk</title>');
  await writeFile(path.join(root, 'assets', 'index-abc.js'), 'export {}');
  await writeFile(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(path.join(root, 'assets', 'pt-sans.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(path.join(root, 'assets', 'data.bin'), 'x');
  await symlink(path.join(outside, 'secret.txt'), path.join(root, 'assets', 'escape.txt'));
  await symlink(outside, path.join(root, 'linked'));
  await symlink(path.join(root, 'assets', 'index-abc.css'), path.join(root, 'assets', 'inside.css'));
});

const text = (response: AppResponse) => (typeof response.body === 'string' ? response.body : Buffer.from(response.body ?? []).toString('utf8'));

describe('resolveAppRequest', () => {
  it('serves index.html with the page CSP as a header', async () => {
    const response = await resolveAppRequest(root, 'app://alliance-desk/index.html');
    expect(response.status).toBe(200);
    expect(response.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(response.headers['Content-Security-Policy']).toBe(APP_CSP);
    expect(response.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(text(response)).toContain('<title>Alliance Desk</title>');
    // The root serves the same page; the hash and the query do not matter.
    expect(text(await resolveAppRequest(root, 'app://alliance-desk/'))).toContain('Alliance Desk');
    expect((await resolveAppRequest(root, 'app://alliance-desk/index.html?x=1#/deputies')).status).toBe(200);
  });

  it('sends each file with its MIME type (module scripts need text/javascript)', async () => {
    const types: Record<string, string> = {
      'assets/index-abc.js': 'text/javascript; charset=utf-8',
      'assets/index-abc.css': 'text/css; charset=utf-8',
      'assets/pt-sans.woff2': 'font/woff2',
      'assets/logo.svg': 'image/svg+xml',
      'assets/data.bin': 'application/octet-stream',
      'assets/inside.css': 'text/css; charset=utf-8', // a symlink that stays inside
    };
    for (const [file, type] of Object.entries(types)) {
      const response = await resolveAppRequest(root, `app://alliance-desk/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers['Content-Type'], file).toBe(type);
      expect(response.headers['Content-Security-Policy'], file).toBeUndefined();
    }
    expect(text(await resolveAppRequest(root, 'app://alliance-desk/assets/index-abc.js'))).toBe('export {}');
  });

  it('answers 404 to every path that leaves the folder, and never sends the secret', async () => {
    const outsideFile = path.join(outside, 'secret.txt');
    const attempts = [
      'app://alliance-desk/../outside/secret.txt',
      'app://alliance-desk/assets/../../outside/secret.txt',
      'app://alliance-desk/%2e%2e/outside/secret.txt',
      'app://alliance-desk/%2E%2E/outside/secret.txt',
      'app://alliance-desk/assets/%2e%2e%2f%2e%2e%2foutside%2fsecret.txt',
      'app://alliance-desk/..%2foutside%2fsecret.txt',
      'app://alliance-desk/..%5coutside%5csecret.txt',
      'app://alliance-desk/..\\outside\\secret.txt',
      'app://alliance-desk/assets\\..\\..\\outside\\secret.txt',
      `app://alliance-desk/${encodeURIComponent(outsideFile)}`,
      `app://alliance-desk/${outsideFile}`, // an absolute path after the host: //tmp/…
      `app://alliance-desk//${outsideFile}`,
      'app://alliance-desk/C:%5CWindows%5Cwin.ini',
      'app://alliance-desk/C:/Windows/win.ini',
      'app://alliance-desk/assets/escape.txt', // a symlink to a file outside
      'app://alliance-desk/linked/secret.txt', // a symlinked folder outside
      'app://alliance-desk/index.html%00.js',
      'app://alliance-desk/%E0%A4%A', // malformed escape
      'app://alliance-desk/assets/', // a folder
      'app://alliance-desk/assets',
      'app://alliance-desk/missing.js',
      'app://other-host/index.html',
      'app://alliance-desk:1/index.html',
      'app://user@alliance-desk/index.html',
      'file:///etc/passwd',
      'https://alliance-desk/index.html',
      'not a url',
    ];
    for (const url of attempts) {
      const response = await resolveAppRequest(root, url);
      expect(response.status, url).toBe(404);
      expect(text(response), url).not.toContain('deputies.json');
    }
  });

  it('answers 404 when the folder itself is missing', async () => {
    expect((await resolveAppRequest(path.join(root, 'nope'), 'app://alliance-desk/index.html')).status).toBe(404);
  });
});

describe('createAppRequestHandler', () => {
  it('is read-only: GET and HEAD only, HEAD without a body', async () => {
    const handle = createAppRequestHandler({ rootDir: root, printPages: new PrintPages() });
    expect((await handle({ url: 'app://alliance-desk/index.html', method: 'GET' })).status).toBe(200);
    const head = await handle({ url: 'app://alliance-desk/index.html', method: 'HEAD' });
    expect(head).toMatchObject({ status: 200, body: null });
    for (const method of ['POST', 'PUT', 'DELETE']) {
      expect((await handle({ url: 'app://alliance-desk/index.html', method })).status, method).toBe(405);
    }
  });

  it('serves a held print page once, on its own host, and nothing after it is removed', async () => {
    const pages = new PrintPages();
    const handle = createAppRequestHandler({ rootDir: root, printPages: pages });
    const page = pages.add('<!doctype html><p>Сводка</p>');
    expect(page.url).toMatch(/^app:\/\/alliance-desk-print\/[A-Za-z0-9_-]{32}\.html$/);
    // Not on the app's host, and not under another token.
    expect((await handle({ url: page.url.replace('alliance-desk-print', 'alliance-desk'), method: 'GET' })).status).toBe(404);
    expect((await handle({ url: 'app://alliance-desk-print/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.html', method: 'GET' })).status).toBe(404);
    const served = await handle({ url: page.url, method: 'GET' });
    expect(served.status).toBe(200);
    expect(served.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(served.headers['Cache-Control']).toBe('no-store');
    expect(text(served)).toBe('<!doctype html><p>Сводка</p>');
    expect((await handle({ url: page.url, method: 'GET' })).status).toBe(404); // one-shot
    const unserved = pages.add('<p>x</p>');
    unserved.remove();
    expect((await handle({ url: unserved.url, method: 'GET' })).status).toBe(404);
    expect(pages.size).toBe(0);
    // The print host serves no files of the renderer.
    expect((await handle({ url: 'app://alliance-desk-print/index.html', method: 'GET' })).status).toBe(404);
  });
});

describe('APP_CSP', () => {
  it('is exactly the policy of the <meta> in renderer/index.html', async () => {
    const html = await readFile(fileURLToPath(new URL('../../renderer/index.html', import.meta.url)), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeDefined();
    expect(APP_CSP).toBe(meta);
    expect(APP_CSP).not.toContain('unsafe');
  });
});
