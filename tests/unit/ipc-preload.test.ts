import { describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../shared/ipc/channels';
import { createPreloadApi, type IpcRendererLike } from '../../electron/preload/create-api';
import type { AllianceDeskApi } from '../../shared/ipc/api';

function fakeIpcRenderer() {
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  const ipc = {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args } })),
    on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    }),
    removeListener: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      listeners.get(channel)?.delete(listener);
    }),
  } satisfies IpcRendererLike;
  const send = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'the ipc event' }, payload);
  };
  return { ipc, send, listeners };
}

type Api = Record<string, (...args: unknown[]) => unknown>;

/** The API as an untyped page would call it (extra arguments, unknown events). */
const loosely = (api: AllianceDeskApi): Api => Object.fromEntries(Object.entries(api)) as Api;

describe('preload API', () => {
  it('has exactly one function per channel plus on, and nothing of ipcRenderer', () => {
    const api = createPreloadApi(fakeIpcRenderer().ipc);
    expect(Object.keys(api).sort()).toEqual([...INVOKE_CHANNELS, 'on'].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('forwards one input to the named channel', async () => {
    const { ipc } = fakeIpcRenderer();
    const api = loosely(createPreloadApi(ipc));
    await api['records:list']!({ collection: 'deputies' }, 'ignored extra');
    await api['app:info']!();
    expect(ipc.invoke).toHaveBeenNthCalledWith(1, 'records:list', { collection: 'deputies' });
    expect(ipc.invoke).toHaveBeenNthCalledWith(2, 'app:info', undefined);
  });

  it('delivers only the payload of the listed events, and unsubscribes', () => {
    const { ipc, send, listeners } = fakeIpcRenderer();
    const api = loosely(createPreloadApi(ipc));
    const seen: unknown[] = [];
    const off = api.on!('records:changed', (payload: unknown) => seen.push(payload)) as () => void;
    send('records:changed', { collection: 'deputies', id: 'a', kind: 'put', origin: 'local' });
    expect(seen).toEqual([{ collection: 'deputies', id: 'a', kind: 'put', origin: 'local' }]);
    off();
    send('records:changed', { id: 'b' });
    expect(seen).toHaveLength(1);
    expect(listeners.get('records:changed')?.size).toBe(0);
    expect(EVENT_CHANNELS).toContain('records:changed');
  });

  it('refuses to listen to anything but the event channels', () => {
    const { ipc } = fakeIpcRenderer();
    const api = loosely(createPreloadApi(ipc));
    expect(() => api.on!('records:create', () => undefined)).toThrow(/unknown event/);
    expect(() => api.on!('workspace:changed', 'not a function')).toThrow();
    expect(ipc.on).not.toHaveBeenCalled();
  });
});
