import { rename } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { startServices } from '../support/app-services';
import { startApp } from './support/realApp';

describe('start screen', () => {
  it('is in Russian on a Russian system and creates a workspace in the chosen folder, by its token', async () => {
    const app = await startApp({ workspace: false });
    app.host.folder = path.join(app.root, 'Союз');
    const { user } = await app.render();

    expect(await screen.findByRole('heading', { level: 1, name: 'Alliance Desk' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ru');
    await user.click(screen.getByRole('button', { name: 'Создать пространство' }));

    const form = await screen.findByRole('region', { name: 'Новое пространство' });
    expect(within(form).getByText('Союз')).toBeInTheDocument();
    expect(app.bridge.callsTo('workspace:chooseFolder')).toEqual([{ purpose: 'create' }]);
    await user.click(within(form).getByRole('button', { name: 'Создать' }));
    expect(await within(form).findByText('Заполните это поле.')).toBeInTheDocument();
    expect(app.bridge.callsTo('workspace:create')).toHaveLength(0);

    await user.type(within(form).getByRole('textbox', { name: 'Название пространства' }), 'Союз депутатов');
    await user.click(within(form).getByRole('button', { name: 'Создать' }));
    expect(app.bridge.callsTo('workspace:create')).toEqual([{ token: expect.any(String), name: 'Союз депутатов', language: 'ru' }]);
    // A new workspace has no "who am I" yet.
    expect(await screen.findByRole('heading', { level: 1, name: 'Кто вы?' })).toBeInTheDocument();
    expect((await app.call('workspace:current'))?.name).toBe('Союз депутатов');
    // The page never sent the folder's path anywhere.
    expect(JSON.stringify(app.bridge.calls)).not.toContain(app.root);
  });

  it('asks to pick the folder again when the pick went stale before the form was sent', async () => {
    const app = await startApp({ workspace: false });
    app.host.folder = path.join(app.root, 'Союз');
    const { user } = await app.render();
    await user.click(await screen.findByRole('button', { name: 'Создать пространство' }));
    const form = await screen.findByRole('region', { name: 'Новое пространство' });
    await user.type(within(form).getByRole('textbox', { name: 'Название пространства' }), 'Союз депутатов');
    // Later picks (another window's) push the page's pick out of the few the services keep.
    for (let i = 0; i < 8; i++) await app.call('workspace:chooseFolder', { purpose: 'create' });
    await user.click(within(form).getByRole('button', { name: 'Создать' }));

    expect(await screen.findByText('Выбор папки больше не действует. Выберите папку ещё раз.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Новое пространство' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Создать пространство' })).toBeEnabled();
    expect(await app.call('workspace:current')).toBeNull();
  });

  it('shows a translated error when the workspace is locked', async () => {
    const app = await startApp({ workspace: false });
    const folder = path.join(app.root, 'Союз');
    // Another window of the app (same device) holds the workspace open.
    const other = await startServices(app.configDir);
    try {
      await other.createWorkspace(folder);
      app.host.folder = folder;
      const { user } = await app.render();
      await user.click(await screen.findByRole('button', { name: 'Открыть пространство' }));
      expect(await screen.findByText(/уже открыто в другом окне/)).toBeInTheDocument();
      expect(app.bridge.callsTo('workspace:chooseFolder')).toEqual([{ purpose: 'open' }]);
      expect(app.bridge.callsTo('workspace:open')).toEqual([{ token: expect.any(String) }]);
    } finally {
      await other.services.dispose();
    }
  });

  it('does nothing when the folder picker is cancelled', async () => {
    const app = await startApp({ workspace: false });
    app.host.folder = null;
    const { user } = await app.render();
    await user.click(await screen.findByRole('button', { name: 'Создать демонстрационное пространство' }));
    expect(app.bridge.callsTo('workspace:chooseFolder')).toEqual([{ purpose: 'create' }]);
    expect(app.bridge.callsTo('workspace:createDemo')).toHaveLength(0);
    expect(screen.getByRole('heading', { level: 1, name: 'Alliance Desk' })).toBeInTheDocument();
  });

  it('lets the secretary in when there are no deputies yet', async () => {
    const app = await startApp();
    await app.forgetIdentity();
    const { user } = await app.render();
    expect(await screen.findByText(/пока нет депутатов/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Я секретарь союза' }));
    expect(app.bridge.callsTo('identity:set')).toEqual([{ kind: 'secretary' }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Принципы союза' })).toBeInTheDocument();
    expect(screen.getByText('Вы: секретарь союза')).toBeInTheDocument();
  });

  it('opens a recent workspace by its entry and says when a folder is not a workspace', async () => {
    const app = await startApp({ workspace: false });
    const folder = path.join(app.root, 'союз');
    await app.createWorkspace(folder, 'Союз депутатов');
    await app.call('workspace:close');
    // The folder went away (a USB stick taken out): the entry stays, and opening it says why it fails.
    await rename(folder, `${folder}.away`);
    const { user } = await app.render();
    const recent = await screen.findByRole('button', { name: 'Открыть «Союз депутатов»' });
    expect(screen.getByText(folder)).toBeInTheDocument();
    expect(screen.getByText(/открыто \d{1,2} [а-я]+ \d{4}/)).toBeInTheDocument();

    await user.click(recent);
    expect(await screen.findByText('В этой папке нет пространства Alliance Desk.')).toBeInTheDocument();
    await rename(`${folder}.away`, folder);
    await user.click(screen.getByRole('button', { name: 'Открыть «Союз депутатов»' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Кто вы?' })).toBeInTheDocument();
    const [entry] = await app.call('workspace:recent');
    expect(app.bridge.callsTo('workspace:openRecent')).toEqual([{ id: entry!.id }, { id: entry!.id }]);
    expect(app.bridge.callsTo('workspace:open')).toEqual([]);
  });
});
