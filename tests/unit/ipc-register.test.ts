import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels';
import type { Dispatch } from '../../electron/ipc/dispatch';
import { registerIpcHandlers, type IpcMainLike, type InvokeEventLike } from '../../electron/ipc/register';
import { createSenderCheck } from '../../electron/ipc/sender-check';
import { APP_INDEX_URL } from '../../electron/ipc/app-origin';

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
const appUrl = APP_INDEX_URL;
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
    registerIpcHandlers(ipc, dispatch, createSenderCheck());
    const result = await handlers.get('records:list')!(from(`${appUrl}#/deputies?sort=name`), { collection: 'deputies' });
    expect(result).toEqual({ ok: true, value: 'fine' });
    expect(dispatch).toHaveBeenCalledWith('records:list', { collection: 'deputies' });
  });

  it('refuses requests from any other page without calling dispatch', async () => {
    const { ipc, handlers } = fakeIpcMain();
    const dispatch = vi.fn<Dispatch>();
    registerIpcHandlers(ipc, dispatch, createSenderCheck());
    const strangers = [
      'https://evil.example/',
      pathToFileURL(indexHtml).href, // the built page itself, but over file://
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
