import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../electron/ipc/dispatch';
import { AppServices } from '../../electron/services/app-services';
import type { AppEvent } from '../../electron/core/events';
import type { Platform } from '../../electron/core/platform';
import { startServices, testPlatform } from '../support/app-services';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();

function fakePlatform(locale = 'ru-RU'): Platform & { opened: string[] } {
  const opened: string[] = [];
  return {
    ...testPlatform,
    host: 'browser',
    version: '0.1.0-test',
    platform: 'linux',
    systemLocale: () => locale,
    chooseFolder: async () => null,
    openExternal: async (url) => {
      opened.push(url);
    },
    opened,
  };
}

async function start(configDir: string, platform: Platform = fakePlatform()) {
  const services = await AppServices.start({ configDir, platform });
  const dispatch = createDispatch(services.handlers, { checkOutputs: true });
  const events: AppEvent[] = [];
  services.onEvent((event) => events.push(event));
  return { services, dispatch, events };
}

describe('app services: settings, device, recent list', () => {
  it('reports the app and the system language', async () => {
    const { dispatch } = await start(await tempDir(), fakePlatform('ru-RU'));
    expect(await dispatch('app:info', undefined)).toEqual({
      ok: true,
      value: { version: '0.1.0-test', platform: 'linux', systemLanguage: 'ru', host: 'browser' },
    });
    const english = await start(await tempDir(), fakePlatform('de-DE'));
    expect(await english.dispatch('app:info', undefined)).toMatchObject({ value: { systemLanguage: 'en' } });
  });

  it('keeps settings and the device id across a restart, and announces changes', async () => {
    const configDir = await tempDir();
    const first = await start(configDir);
    expect(await first.dispatch('settings:get', undefined)).toEqual({ ok: true, value: { language: 'system', theme: 'system' } });
    expect(await first.dispatch('settings:update', { language: 'en' })).toEqual({ ok: true, value: { language: 'en', theme: 'system' } });
    expect(await first.dispatch('settings:update', { theme: 'dark' })).toEqual({ ok: true, value: { language: 'en', theme: 'dark' } });
    expect(first.events).toEqual([
      { channel: 'settings:changed', payload: { language: 'en', theme: 'system' } },
      { channel: 'settings:changed', payload: { language: 'en', theme: 'dark' } },
    ]);
    expect(first.services.language()).toBe('en');

    const second = await start(configDir);
    expect(await second.dispatch('settings:get', undefined)).toEqual({ ok: true, value: { language: 'en', theme: 'dark' } });
    expect(second.services.device).toBe(first.services.device);
    expect(second.services.device).toMatch(/^[A-Za-z0-9_-]+$/);
    const other = await start(await tempDir());
    expect(other.services.device).not.toBe(first.services.device);
  });

  it('rejects a bad setting with issues and changes nothing', async () => {
    const configDir = await tempDir();
    const { dispatch, events } = await start(configDir);
    await dispatch('settings:update', { theme: 'light' });
    const before = await readFile(path.join(configDir, 'settings.json'), 'utf8');
    const result = await dispatch('settings:update', { language: 'fr' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: ['language'] }] } });
    expect(await readFile(path.join(configDir, 'settings.json'), 'utf8')).toBe(before);
    expect(events).toHaveLength(1);
  });

  it('falls back to defaults when the settings file is damaged, keeping it aside', async () => {
    const configDir = await tempDir();
    await start(configDir);
    await writeFile(path.join(configDir, 'settings.json'), '{"language": "ru", ');
    const { services, dispatch } = await start(configDir);
    expect(await dispatch('settings:get', undefined)).toEqual({ ok: true, value: { language: 'system', theme: 'system' } });
    expect(services.warnings.join('\n')).toMatch(/settings\.json: unreadable/);
    expect((await readdir(configDir)).some((name) => name.startsWith('settings.json.unreadable-'))).toBe(true);
  });

  it('opens only http(s) links, through the platform', async () => {
    const platform = fakePlatform();
    const { dispatch } = await start(await tempDir(), platform);
    expect(await dispatch('shell:openExternal', { url: 'https://mos.ru/' })).toEqual({ ok: true, value: null });
    expect(await dispatch('shell:openExternal', { url: 'javascript:alert(1)' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch('shell:openExternal', { url: 'https://user:pw@evil.example/' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(platform.opened).toEqual(['https://mos.ru/']);
  });

  it('answers the folder picker through the platform', async () => {
    const platform = fakePlatform();
    platform.chooseFolder = vi.fn(async (purpose) => (purpose === 'create' ? '/tmp/new' : null));
    const { dispatch } = await start(await tempDir(), platform);
    expect(await dispatch('workspace:chooseFolder', { purpose: 'create' })).toEqual({ ok: true, value: { token: expect.any(String), label: 'new' } });
    expect(await dispatch('workspace:chooseFolder', { purpose: 'open' })).toEqual({ ok: true, value: null });
    expect(await dispatch('workspace:chooseFolder', { purpose: 'delete' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('remembers the ten most recent workspaces, newest first, across a restart', async () => {
    const configDir = await tempDir();
    const app = await startServices(configDir);
    const folders: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const folder = path.join(await tempDir(), `ws-${i}`);
      folders.push(folder);
      await app.createWorkspace(folder, `Союз ${i}`);
    }
    // Reopening an older one moves it to the top instead of adding a second entry.
    await app.openWorkspace(folders[5]!);
    await app.dispatch('workspace:close', undefined);

    const restarted = await start(configDir);
    const recent = await restarted.dispatch('workspace:recent', undefined);
    if (!recent.ok) throw new Error(recent.error.message);
    const paths = (recent.value as { path: string }[]).map((entry) => entry.path);
    expect(paths).toHaveLength(10);
    expect(paths[0]).toBe(folders[5]);
    expect(paths.slice(1, 4)).toEqual([folders[11], folders[10], folders[9]]);
    expect(new Set(paths).size).toBe(10);
    expect(paths).not.toContain(folders[0]);
    expect(recent.value).toContainEqual(expect.objectContaining({ path: folders[5], name: 'Союз 5' }));
  });
});
