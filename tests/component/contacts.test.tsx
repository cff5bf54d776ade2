import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { startApp } from './support/realApp';
import { seedIssues } from './support/seed-real';

async function alliance() {
  const app = await startApp();
  const anna = await app.create('deputies', { name: 'Сергеева Анна', districtId: 'msk-45374000', groupIds: [] });
  const issues = await seedIssues(app, 3, ['msk-45374000']);
  return { app, anna, issues };
}

describe('contacts with residents', () => {
  it('refuses a number of residents that is not a whole number, saving nothing', async () => {
    const { app } = await alliance();
    const { user } = await app.render('#/contacts/new');
    await screen.findByRole('heading', { level: 1, name: 'Новая запись' });
    await user.type(screen.getByRole('textbox', { name: /Сколько жителей/ }), 'двенадцать');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(await screen.findByText('Число жителей — целое, от 0 до 1 000 000.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Вид$/ })).toHaveAccessibleDescription('Выберите значение из списка.');
    expect(app.bridge.callsTo('records:create')).toHaveLength(0);
  });

  it('logs a reception started from an issue and shows it on the issue, the deputy page and the log', async () => {
    const { app, anna, issues } = await alliance();
    const issue = issues[1]!;
    const { user } = await app.render(`#/issues/${issue.id}`);
    await screen.findByRole('heading', { level: 1, name: issue.title as string });
    await user.click(screen.getByRole('link', { name: 'Добавить запись' }));
    await screen.findByRole('heading', { level: 1, name: 'Новая запись' });
    // The issue it was started from is already linked.
    expect(screen.getByRole('button', { name: `Убрать «${issue.title as string}»` })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Вид$/ }));
    await user.click(screen.getByRole('option', { name: 'Приём жителей' }));
    await user.type(screen.getByRole('textbox', { name: /Сколько жителей/ }), '12');
    await user.type(screen.getByRole('combobox', { name: 'Добавить депутата' }), 'сергеева');
    await user.click(await screen.findByRole('option', { name: /Сергеева Анна/ }));
    await user.type(screen.getByRole('textbox', { name: /О чём говорили/ }), 'Жители против вырубки');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));

    await screen.findByRole('heading', { level: 1, name: issue.title as string });
    expect((await app.all('contacts'))[0]).toMatchObject({ kind: 'reception', residents: 12, deputyIds: [anna.id], issueIds: [issue.id], summary: 'Жители против вырубки' });
    const section = screen.getByRole('region', { name: 'Работа с жителями по вопросу' });
    await waitFor(() => expect(within(section).getByText('Жители против вырубки')).toBeInTheDocument());
    expect(within(section).getByText('12 жителей')).toBeInTheDocument();

    await user.click(within(section).getByRole('link', { name: 'Сергеева Анна' }));
    await screen.findByRole('heading', { level: 1, name: 'Сергеева Анна' });
    const onDeputy = screen.getByRole('region', { name: 'Работа с жителями' });
    expect(await within(onDeputy).findByRole('link', { name: issue.title as string })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Изменить данные' })).toHaveAttribute('href', `#/deputies/${anna.id}`);

    await user.click(within(screen.getByRole('navigation', { name: 'Разделы' })).getByRole('link', { name: 'Работа с жителями' }));
    await screen.findByRole('heading', { level: 1, name: 'Работа с жителями' });
    expect(screen.getByText('1 запись; всего 12 жителей')).toBeInTheDocument();
  });
});
