import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { FakeApi } from './support/fakeApi';
import { renderApp } from './support/renderApp';
import { seedWorkspace } from './support/seed';

describe('groups', () => {
  it('creates a group, then adds and removes members', async () => {
    const fake = seedWorkspace(new FakeApi().openWorkspace({ kind: 'secretary' }));
    const anna = fake.seed('deputies', { name: 'Белова Анна', districtId: 'msk-45374000' });
    fake.seed('deputies', { name: 'Ершов Олег', districtId: 'msk-45375000' });
    const { user } = await renderApp(fake, '#/groups');

    await user.click(await screen.findByRole('link', { name: 'Создать группу' }));
    await user.click(await screen.findByRole('button', { name: 'Сохранить' }));
    expect(screen.getByRole('textbox', { name: 'Название' })).toHaveAccessibleDescription('Заполните это поле.');
    await user.type(screen.getByRole('textbox', { name: 'Название' }), 'Транспорт');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));

    const members = await screen.findByRole('region', { name: /Участники/ });
    expect(await within(members).findByText('В группе пока никого нет.')).toBeInTheDocument();
    await user.type(within(members).getByRole('combobox', { name: 'Депутат' }), 'белова');
    await user.click(await screen.findByRole('option', { name: 'Белова Анна' }));
    await user.click(within(members).getByRole('button', { name: 'Добавить участника' }));

    expect(await within(members).findByRole('link', { name: 'Белова Анна' })).toBeInTheDocument();
    expect(within(members).getByText('1 участник')).toBeInTheDocument();
    const group = fake.all('groups')[0]!;
    expect(fake.all('deputies').find((d) => d.id === anna.id)?.groupIds).toEqual([group.id]);

    await user.click(within(members).getByRole('button', { name: 'Убрать Белова Анна из группы' }));
    expect(await within(members).findByText('В группе пока никого нет.')).toBeInTheDocument();

    await user.click(within(screen.getByRole('navigation', { name: 'Разделы' })).getByRole('link', { name: 'Группы' }));
    expect(await screen.findByText('Рабочая группа · 0 участников')).toBeInTheDocument();
  });
});
