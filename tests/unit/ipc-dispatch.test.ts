import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels';
import { createDispatch } from '../../electron/ipc/dispatch';
import type { ChannelHandlers } from '../../electron/core/channel-handlers';
import { ServiceError } from '../../electron/core/service-error';
import { StoreError } from '../../electron/store/errors';

/** Handlers that fail loudly unless a test overrides them. */
function fakeHandlers(overrides: Partial<ChannelHandlers> = {}): ChannelHandlers {
  const handlers = Object.fromEntries(
    INVOKE_CHANNELS.map((channel) => [channel, vi.fn(async () => Promise.reject(new Error(`${channel} not expected`)))]),
  ) as unknown as ChannelHandlers;
  return Object.assign(handlers, overrides);
}

describe('dispatch', () => {
  it('parses the input with the contract and passes the parsed value to the handler', async () => {
    const list = vi.fn(async () => ({ items: [], total: 0 }));
    const dispatch = createDispatch(fakeHandlers({ 'records:list': list }));
    const result = await dispatch('records:list', { collection: 'deputies', query: { orderBy: 'name', limit: 5 } });
    expect(result).toEqual({ ok: true, value: { items: [], total: 0 } });
    expect(list).toHaveBeenCalledWith({ collection: 'deputies', query: { orderBy: 'name', limit: 5 } });
  });

  it('rejects bad input with field issues and never calls the handler', async () => {
    const create = vi.fn();
    const dispatch = createDispatch(fakeHandlers({ 'records:create': create }));
    const result = await dispatch('records:create', { collection: 'wizards', data: 'nope' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.issues?.map((issue) => issue.path)).toEqual(expect.arrayContaining([['collection'], ['data']]));
    expect(create).not.toHaveBeenCalled();
  });

  it('refuses input on a channel that takes none, and unknown channels', async () => {
    const dispatch = createDispatch(fakeHandlers());
    expect(await dispatch('app:info', { sneaky: true })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch('fs:readFile', '/etc/passwd')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch('__proto__', undefined)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses non-http links before they reach the service', async () => {
    const open = vi.fn();
    const dispatch = createDispatch(fakeHandlers({ 'shell:openExternal': open }));
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,hi', 'alliance://x']) {
      expect(await dispatch('shell:openExternal', { url })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(open).not.toHaveBeenCalled();
  });

  it('maps store errors to their codes, with the record issues for forms', async () => {
    const issues = [{ path: ['email'], message: 'error.email' }];
    const dispatch = createDispatch(
      fakeHandlers({
        'records:create': async () => Promise.reject(new StoreError('invalid', 'deputies/x: email: error.email', issues)),
        'workspace:open': async () => Promise.reject(new StoreError('locked', 'in use by another process')),
      }),
    );
    expect(await dispatch('records:create', { collection: 'deputies', data: {} })).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'deputies/x: email: error.email', issues },
    });
    expect(await dispatch('workspace:open', { token: 'a-token-from-the-picker' })).toEqual({ ok: false, error: { code: 'locked', message: 'in use by another process' } });
  });

  it('passes service errors through and hides unexpected ones as internal, without the stack', async () => {
    const logError = vi.fn();
    const dispatch = createDispatch(
      fakeHandlers({
        'records:delete': async () => Promise.reject(new ServiceError('forbidden', 'choose who you are')),
        'records:get': async () => Promise.reject(new TypeError('secret /home/anna/.ssh/id_rsa at line 3')),
      }),
      { logError },
    );
    expect(await dispatch('records:delete', { collection: 'deputies', id: 'a' })).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'choose who you are' },
    });
    const hidden = await dispatch('records:get', { collection: 'deputies', id: 'a' });
    expect(hidden).toEqual({ ok: false, error: { code: 'internal', message: 'internal error' } });
    expect(JSON.stringify(hidden)).not.toContain('id_rsa');
    expect(logError).toHaveBeenCalledWith('records:get', expect.any(TypeError));
  });

  it('can check outputs against the contract, turning drift into an internal error', async () => {
    const dispatch = createDispatch(fakeHandlers({ 'settings:get': async () => ({ language: 'klingon', theme: 'dark' }) as never }), {
      checkOutputs: true,
    });
    expect(await dispatch('settings:get', undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
