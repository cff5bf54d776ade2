import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels';
import type { Dispatch } from '../../electron/ipc/dispatch';
import { registerIpcHandlers, type IpcMainLike, type InvokeEventLike } from '../../electron/ipc/register';
import { createSenderCheck } from '../../electron/ipc/sender-check';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => handlers.delete(channel),
  };
  return { ipc, handlers };
}

const indexHtml = path.resolve('/opt/alliance-desk/out/renderer/index.html');
const appUrl = pathToFileURL(indexHtml).href;
const from = (url: string | null): InvokeEventLike => ({ senderFrame: url === null ? null : { url } });

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per contract channel, and removes them all', () => {
    const { ipc, handlers } = fakeIpcMain();
    const unregister = registerIpcHandlers(ipc, vi.fn(), () => true);
    expect([...handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('passes requests from our page to dispatch', async () => {
    const { ipc, handlers } = fakeIpcMain();
    const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: 'fine' }));
    registerIpcHandlers(ipc, dispatch, createSenderCheck({ rendererIndexHtml: indexHtml }));
    const result = await handlers.get('records:list')!(from(`${appUrl}#/deputies?sort=name`), { collection: 'deputies' });
    expect(result).toEqual({ ok: true, value: 'fine' });
    expect(dispatch).toHaveBeenCalledWith('records:list', { collection: 'deputies' });
  });

  it('refuses requests from any other page without calling dispatch', async () => {
    const { ipc, handlers } = fakeIpcMain();
    const dispatch = vi.fn<Dispatch>();
    registerIpcHandlers(ipc, dispatch, createSenderCheck({ rendererIndexHtml: indexHtml }));
    const strangers = [
      'https://evil.example/',
      pathToFileURL('/tmp/downloaded.html').href,
      pathToFileURL(path.resolve('/opt/alliance-desk/out/renderer/other.html')).href,
      'http://localhost:5173/',
      'about:blank',
      null,
    ];
    for (const url of strangers) {
      expect(await handlers.get('workspace:open')!(from(url), { path: '/home' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('treats a frame that can no longer be read as untrusted', async () => {
    const { ipc, handlers } = fakeIpcMain();
    const dispatch = vi.fn<Dispatch>();
    const check = vi.fn((url: string | null) => url !== null);
    registerIpcHandlers(ipc, dispatch, check);
    const destroyed = {
      get senderFrame(): { url: string } {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(await handlers.get('app:info')!(destroyed)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(check).toHaveBeenCalledWith(null);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses extra arguments', async () => {
    const { ipc, handlers } = fakeIpcMain();
    const dispatch = vi.fn<Dispatch>();
    registerIpcHandlers(ipc, dispatch, () => true);
    expect(await handlers.get('records:get')!(from(appUrl), { collection: 'deputies', id: 'a' }, 'extra')).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('createSenderCheck', () => {
  it('trusts the dev server origin only while developing', () => {
    const dev = createSenderCheck({ rendererIndexHtml: indexHtml, devServerUrl: 'http://localhost:5173' });
    expect(dev('http://localhost:5173/#/principles')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
    expect(dev('https://localhost:5173/')).toBe(false);
    const built = createSenderCheck({ rendererIndexHtml: indexHtml });
    expect(built('http://localhost:5173/')).toBe(false);
    expect(built(appUrl)).toBe(true);
    expect(built('not a url')).toBe(false);
  });

  it('matches the app file however its path is escaped, and only on this machine', () => {
    const russian = path.resolve('/home/Анна/Alliance Desk/out/renderer/index.html');
    const check = createSenderCheck({ rendererIndexHtml: russian });
    expect(check('file:///home/%D0%90%D0%BD%D0%BD%D0%B0/Alliance%20Desk/out/renderer/index.html#/')).toBe(true);
    expect(check('file:///home/Анна/Alliance Desk/out/renderer/index.html')).toBe(true);
    expect(check('file://fileserver/home/Анна/Alliance Desk/out/renderer/index.html')).toBe(false);
    expect(check('file:///home/%E0%A4%A/out/renderer/index.html')).toBe(false);
  });

  it('compares paths case-insensitively on Windows only', () => {
    // (A posix path stands in for C:\…: pathToFileURL follows the OS the tests run on.)
    const windows = createSenderCheck({ rendererIndexHtml: '/opt/App/out/renderer/index.html', platform: 'win32' });
    expect(windows('file:///opt/app/OUT/renderer/index.html')).toBe(true);
    const linux = createSenderCheck({ rendererIndexHtml: '/opt/App/out/renderer/index.html', platform: 'linux' });
    expect(linux('file:///opt/app/out/renderer/index.html')).toBe(false);
  });
});
