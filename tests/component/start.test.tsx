import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { FakeApi } from './support/fakeApi';
import { renderApp } from './support/renderApp';
import { seedWorkspace } from './support/seed';

describe('start screen', () => {
  it('is in Russian on a Russian system and creates a workspace in the chosen folder, by its token', async () => {
    const fake = new FakeApi();
    fake.nextFolder = '/home/deputy/Союз';
    const { user } = await renderApp(fake);

    expect(await screen.findByRole('heading', { level: 1, name: 'Alliance Desk' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ru');
    await user.click(screen.getByRole('button', { name: 'Создать пространство' }));

    const form = await screen.findByRole('region', { name: 'Новое пространство' });
    expect(within(form).getByText('Союз')).toBeInTheDocument();
    expect(fake.callsTo('workspace:chooseFolder')).toEqual([{ purpose: 'create' }]);
    await user.click(within(form).getByRole('button', { name: 'Создать' }));
    expect(await within(form).findByText('Заполните это поле.')).toBeInTheDocument();
    expect(fake.callsTo('workspace:create')).toHaveLength(0);

    await user.type(within(form).getByRole('textbox', { name: 'Название пространства' }), 'Союз депутатов');
    await user.click(within(form).getByRole('button', { name: 'Создать' }));
    expect(fake.callsTo('workspace:create')).toEqual([{ token: expect.stringMatching(/^fake-token-/), name: 'Союз депутатов', language: 'ru' }]);
    // A new workspace has no "who am I" yet.
    expect(await screen.findByRole('heading', { level: 1, name: 'Кто вы?' })).toBeInTheDocument();
    // The page never sent the folder's path anywhere.
    expect(JSON.stringify(fake.calls)).not.toContain('/home/deputy');
  });

  it('asks to pick the folder again when the pick went stale before the form was sent', async () => {
    const fake = new FakeApi();
    fake.nextFolder = '/home/deputy/Союз';
    const { user } = await renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Создать пространство' }));
    const form = await screen.findByRole('region', { name: 'Новое пространство' });
    await user.type(within(form).getByRole('textbox', { name: 'Название пространства' }), 'Союз депутатов');
    fake.picked.clear();
    await user.click(within(form).getByRole('button', { name: 'Создать' }));

    expect(await screen.findByText('Выбор папки больше не действует. Выберите папку ещё раз.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Новое пространство' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Создать пространство' })).toBeEnabled();
    expect(fake.workspace).toBeNull();
  });

  it('shows a translated error when the workspace is locked', async () => {
    const fake = new FakeApi();
    fake.failNext('workspace:open', { code: 'locked' });
    const { user } = await renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Открыть пространство' }));
    expect(await screen.findByText(/уже открыто в другом окне/)).toBeInTheDocument();
    expect(fake.callsTo('workspace:chooseFolder')).toEqual([{ purpose: 'open' }]);
    expect(fake.callsTo('workspace:open')).toEqual([{ token: expect.stringMatching(/^fake-token-/) }]);
  });

  it('does nothing when the folder picker is cancelled', async () => {
    const fake = new FakeApi();
    fake.nextFolder = null;
    const { user } = await renderApp(fake);
    await user.click(await screen.findByRole('button', { name: 'Создать демонстрационное пространство' }));
    expect(fake.callsTo('workspace:createDemo')).toHaveLength(0);
    expect(screen.getByRole('heading', { level: 1, name: 'Alliance Desk' })).toBeInTheDocument();
  });

  it('lets the secretary in when there are no deputies yet', async () => {
    const fake = seedWorkspace(new FakeApi().openWorkspace(null));
    const { user } = await renderApp(fake);
    expect(await screen.findByText(/пока нет депутатов/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Я секретарь союза' }));
    expect(fake.callsTo('identity:set')).toEqual([{ kind: 'secretary' }]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Принципы союза' })).toBeInTheDocument();
    expect(screen.getByText('Вы: секретарь союза')).toBeInTheDocument();
  });

  it('opens a recent workspace by its entry and says when a folder is not a workspace', async () => {
    const fake = new FakeApi();
    fake.recent = [{ id: 'entry-1', path: '/data/союз', name: 'Союз депутатов', openedAt: '2025-03-05T11:07:00.000Z' }];
    fake.failNext('workspace:openRecent', { code: 'not_a_workspace' });
    const { user } = await renderApp(fake);
    const recent = await screen.findByRole('button', { name: 'Открыть «Союз депутатов»' });
    expect(screen.getByText('/data/союз')).toBeInTheDocument();
    expect(screen.getByText(/открыто 5 марта 2025/)).toBeInTheDocument();

    await user.click(recent);
    expect(await screen.findByText('В этой папке нет пространства Alliance Desk.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Открыть «Союз депутатов»' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Кто вы?' })).toBeInTheDocument();
    expect(fake.callsTo('workspace:openRecent')).toEqual([{ id: 'entry-1' }, { id: 'entry-1' }]);
    expect(fake.callsTo('workspace:open')).toEqual([]);
  });
});
