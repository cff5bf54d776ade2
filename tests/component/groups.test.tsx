import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { startApp } from './support/realApp';

describe('groups', () => {
  it('creates a group, then adds and removes members', async () => {
    const app = await startApp();
    const anna = await app.create('deputies', { name: 'Белова Анна', districtId: 'msk-45374000' });
    await app.create('deputies', { name: 'Ершов Олег', districtId: 'msk-45375000' });
    const { user } = await app.render('#/groups');

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
    const [group] = await app.all('groups');
    expect((await app.get('deputies', anna.id))?.groupIds).toEqual([group!.id]);

    await user.click(within(members).getByRole('button', { name: 'Убрать Белова Анна из группы' }));
    expect(await within(members).findByText('В группе пока никого нет.')).toBeInTheDocument();

    await user.click(within(screen.getByRole('navigation', { name: 'Разделы' })).getByRole('link', { name: 'Группы' }));
    expect(await screen.findByText('Рабочая группа · 0 участников')).toBeInTheDocument();
  });
});
