import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../shared/ipc/channels';
import type { IpcResult } from '../../shared/ipc/contract';
import { expect, test } from './support/fixture';

type PageApi = Record<string, ((input?: unknown) => Promise<unknown>) | undefined>;

test.describe('smoke', () => {
  test('the app loads and the preload API answers', async ({ app }) => {
    await expect(app.page.locator('body')).not.toBeEmpty();
    const info = await app.invoke('app:info');
    expect(info).toEqual({
      ok: true,
      value: {
        version: expect.any(String),
        platform: expect.any(String),
        systemLanguage: 'ru',
        host: app.host === 'electron' ? 'electron' : 'browser',
      },
    });
  });

  test('the page sees exactly the preload API: one function per channel and on()', async ({ app }) => {
    const shape = await app.page.evaluate(() => {
      const api = (globalThis as unknown as { allianceDesk: PageApi }).allianceDesk;
      return {
        keys: Object.keys(api).sort(),
        types: [...new Set(Object.values(api).map((value) => typeof value))],
        frozen: Object.isFrozen(api),
        exposed: Object.keys(globalThis).filter((key) => /ipc|electron|bridge/i.test(key)),
      };
    });
    expect(shape).toEqual({ keys: [...INVOKE_CHANNELS, 'on'].sort(), types: ['function'], frozen: true, exposed: [] });
  });

  test('bad input comes back as a typed error, and events reach the page', async ({ app }) => {
    expect(await app.invoke('settings:update', { language: 'fr' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: ['language'] }] },
    });
    const received = await app.page.evaluate(async () => {
      const api = (globalThis as unknown as { allianceDesk: PageApi }).allianceDesk;
      const on = api.on as unknown as (event: string, listener: (payload: unknown) => void) => () => void;
      const payload = new Promise((resolve) => {
        const off = on('settings:changed', (value) => {
          off();
          resolve(value);
        });
      });
      await api['settings:update']!({ theme: 'dark' });
      return payload;
    });
    expect(received).toEqual({ language: 'system', theme: 'dark' });
    expect(EVENT_CHANNELS).toContain('settings:changed');
  });

  test('the folder picker answers what the test set, once, as a token and the folder name', async ({ app }) => {
    const folder = await app.newTempDir();
    await app.setNextFolder(folder);
    const picked = await app.invoke('workspace:chooseFolder', { purpose: 'create' });
    expect(picked).toEqual({ ok: true, value: { token: expect.any(String), label: folder.split('/').pop() } });
    expect(JSON.stringify(picked)).not.toContain(folder);
    expect(await app.invoke('workspace:chooseFolder', { purpose: 'create' })).toEqual({ ok: true, value: null });
  });

  test('a workspace survives a restart of the app, and the page can name no path', async ({ app }) => {
    const folder = await app.newTempDir();
    const refused = await app.invoke('workspace:create', { path: folder, name: 'Союз депутатов', language: 'ru' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await app.setNextFolder(folder);
    const picked = (await app.invoke('workspace:chooseFolder', { purpose: 'create' })) as IpcResult<{ token: string }>;
    if (!picked.ok) throw new Error(picked.error.message);
    const created = await app.invoke('workspace:create', { token: picked.value.token, name: 'Союз депутатов', language: 'ru' });
    expect(created).toMatchObject({ ok: true, value: { path: folder, identity: null } });
    expect(await app.invoke('identity:set', { kind: 'secretary' })).toMatchObject({ ok: true });
    await app.invoke('settings:update', { language: 'en' });
    await app.restart();
    expect(await app.invoke('settings:get')).toEqual({ ok: true, value: { language: 'en', theme: 'system' } });
    const recent = (await app.invoke('workspace:recent')) as IpcResult<{ id: string }[]>;
    expect(recent).toMatchObject({ ok: true, value: [{ id: expect.any(String), path: folder, name: 'Союз депутатов' }] });
    if (!recent.ok) throw new Error(recent.error.message);
    expect(await app.invoke('workspace:open', { token: picked.value.token })).toMatchObject({ ok: false, error: { code: 'choice_expired' } });
    expect(await app.invoke('workspace:openRecent', { id: recent.value[0]!.id })).toMatchObject({ ok: true, value: { identity: { kind: 'secretary' } } });
  });

  test('the accessibility check catches a serious violation', async ({ app }) => {
    await app.page.evaluate(() => {
      const doc = (globalThis as unknown as { document: { body: { insertAdjacentHTML(where: string, html: string): void } } }).document;
      doc.body.insertAdjacentHTML('beforeend', '<button id="unnamed-button"></button>');
    });
    await expect(app.checkA11y()).rejects.toThrow(/button-name/);
    await expect(app.checkA11y({ exclude: ['#unnamed-button'] })).resolves.toBeUndefined();
  });

  test('the start screen has no serious accessibility problems', async ({ app }) => {
    await app.checkA11y();
    const file = await app.screenshot('smoke-start');
    expect(file).toMatch(new RegExp(`${app.host}-smoke-start\\.png$`));
  });
});
