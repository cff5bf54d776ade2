import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { FakeApi } from './support/fakeApi';
import { seedIssues } from './support/fake-positions';
import { renderApp } from './support/renderApp';
import { seedWorkspace } from './support/seed';

function alliance() {
  const fake = seedWorkspace(new FakeApi());
  const anna = fake.seed('deputies', { name: 'Сергеева Анна', districtId: 'msk-45374000', groupIds: [] });
  const issues = seedIssues(fake, 3, ['msk-45374000']);
  fake.openWorkspace({ kind: 'secretary' });
  return { fake, anna, issues };
}

describe('contacts with residents', () => {
  it('refuses a number of residents that is not a whole number, saving nothing', async () => {
    const { fake } = alliance();
    const { user } = await renderApp(fake, '#/contacts/new');
    await screen.findByRole('heading', { level: 1, name: 'Новая запись' });
    await user.type(screen.getByRole('textbox', { name: /Сколько жителей/ }), 'двенадцать');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));
    expect(await screen.findByText('Число жителей — целое, от 0 до 1 000 000.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Вид$/ })).toHaveAccessibleDescription('Выберите значение из списка.');
    expect(fake.callsTo('records:create')).toHaveLength(0);
  });

  it('logs a reception started from an issue and shows it on the issue, the deputy page and the log', async () => {
    const { fake, anna, issues } = alliance();
    const issue = issues[1]!;
    const { user } = await renderApp(fake, `#/issues/${issue.id}`);
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
    expect(fake.all('contacts')[0]).toMatchObject({ kind: 'reception', residents: 12, deputyIds: [anna.id], issueIds: [issue.id], summary: 'Жители против вырубки' });
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
