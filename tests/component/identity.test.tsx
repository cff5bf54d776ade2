import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { startApp } from './support/realApp';

describe('who am I', () => {
  it('finds the deputy by surname and signs edits as them; the header offers a change', async () => {
    const app = await startApp();
    const vera = await app.create('deputies', { name: 'Алёшина Вера', districtId: 'msk-45344000' });
    await app.create('deputies', { name: 'Богданов Иван', districtId: 'msk-45374000' });
    await app.forgetIdentity();
    const { user } = await app.render();

    await user.type(await screen.findByRole('searchbox', { name: 'Найти себя по фамилии' }), 'алешина');
    expect(screen.queryByRole('option', { name: /Богданов/ })).not.toBeInTheDocument();
    // The district is part of what is shown and read for each deputy.
    await user.click(await screen.findByRole('option', { name: /^Алёшина Вера\s*Савёловский$/ }));
    await user.click(screen.getByRole('button', { name: 'Продолжить как Алёшина Вера' }));

    expect(app.bridge.callsTo('identity:set')).toEqual([{ kind: 'deputy', deputyId: vera.id }]);
    expect(await screen.findByText('Вы: Алёшина Вера')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Сменить/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Кто вы?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Я секретарь союза' }));
    expect(await screen.findByText('Вы: секретарь союза')).toBeInTheDocument();
  });

  it('has a skip link and a labelled navigation with every area', async () => {
    await (await startApp()).render('#/groups');
    expect(await screen.findByRole('heading', { level: 1, name: 'Группы' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Перейти к содержанию' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Разделы' });
    const labels = ['Принципы', 'Округа', 'Депутаты', 'Группы', 'Вопросы', 'Позиции', 'Союз в целом', 'Заявления', 'Работа с жителями', 'Экспорт сводок', 'Обмен данными', 'Настройки'];
    for (const label of labels) expect(nav).toContainElement(screen.getByRole('link', { name: label }));
    for (const group of ['Союз', 'Работа', 'Данные']) expect(within(nav).getByRole('list', { name: group })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Группы' })).toHaveAttribute('aria-current', 'page');
  });
});
