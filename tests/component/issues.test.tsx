import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { startApp } from './support/realApp';
import { seedIssues } from './support/seed-real';
import { builtinDistrictRecords } from '../../shared/data/builtin-districts';

const SAVYOLOVSKY = builtinDistrictRecords().find((d) => d.data.name === 'Савёловский')!.id;

function titles(): string[] {
  return within(screen.getByRole('region', { name: 'Список вопросов' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]!.textContent ?? '');
}

async function setup(count: number) {
  const app = await startApp();
  const issues = await seedIssues(app, count);
  const rendered = await app.render('#/issues');
  await screen.findByRole('region', { name: 'Список вопросов' });
  return { ...rendered, app, issues };
}

describe('issue list', () => {
  it('draws only the rows in view of 10,000 issues and counts them all', async () => {
    const { app } = await setup(10_000);
    const table = within(screen.getByRole('region', { name: 'Список вопросов' })).getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', '10001');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(60);
    // Grouped with a no-break space, which the query reads as a space.
    expect(screen.getByText('10 000 вопросов')).toBeInTheDocument();
    // The list asked for the lean summaries, not for 10,000 whole records.
    expect(app.bridge.callsTo('issues:summaries')).toHaveLength(1);
    expect(app.bridge.callsTo('records:list').filter((call) => (call as { collection: string }).collection === 'issues')).toHaveLength(0);
  }, 60_000);

  it('filters by free text with ё read as е, by category and by status, saying how many are shown', async () => {
    const { user } = await setup(40);
    await user.type(screen.getByRole('searchbox', { name: 'Поиск: название, метки' }), 'елочной');
    expect(titles()).toHaveLength(8);
    expect(titles().every((title) => title.startsWith('Поликлиника на Ёлочной'))).toBe(true);
    expect(screen.getByText('Показано 8 из 40 вопросов')).toBeInTheDocument();

    await user.clear(screen.getByRole('searchbox', { name: 'Поиск: название, метки' }));
    const filters = screen.getByRole('region', { name: 'Отбор вопросов' });
    await user.click(within(filters).getByRole('button', { name: /Категория$/ }));
    await user.click(screen.getByRole('option', { name: 'Общественный транспорт' }));
    expect(screen.getByText('Показано 16 из 40 вопросов')).toBeInTheDocument();
    await user.click(within(filters).getByRole('button', { name: /Статус$/ }));
    await user.click(screen.getByRole('option', { name: 'Закрыт' }));
    // Transport: i % 5 is 1 or 3; closed: i % 4 = 3; both: i = 3, 11, 23, 31.
    expect(screen.getByText('Показано 4 из 40 вопросов')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Сбросить отбор' }));
    expect(screen.getByText('40 вопросов')).toBeInTheDocument();
  });

  it('sorts by a column and reverses on a second click', async () => {
    const { user } = await setup(12);
    const header = screen.getByRole('columnheader', { name: /Вопрос/ });
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(titles()[0]).toBe('Автобус № 12 00004');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(titles()[0]).toBe('Сквер на Лесной 00011');
    const hearing = screen.getByRole('columnheader', { name: /Слушания/ });
    await user.click(within(hearing).getByRole('button'));
    expect(hearing).toHaveAttribute('aria-sort', 'ascending');
    expect(header).toHaveAttribute('aria-sort', 'none');
    // Issues with a hearing date first (1, 6, 11), the rest after them.
    const rows = screen.getAllByRole('row').slice(1);
    expect(within(rows[0]!).getAllByRole('cell')[4]).toHaveTextContent('20.11.2025');
    expect(within(rows[3]!).getAllByRole('cell')[4]).toHaveTextContent('');
  });
});

describe('issue form', () => {
  it('refuses a missing title, an unset category and a link that is not http(s), saving nothing', async () => {
    const app = await startApp();
    const { user } = await app.render('#/issues/new');
    await screen.findByRole('heading', { level: 1, name: 'Новый вопрос' });
    await user.click(screen.getByRole('button', { name: 'Добавить источник' }));
    await user.type(screen.getByRole('textbox', { name: 'Адрес ссылки' }), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));

    expect(await screen.findByText('Ссылка должна начинаться с https:// или http://')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Название' })).toHaveAccessibleDescription('Заполните это поле.');
    expect(screen.getByRole('textbox', { name: 'Название' })).toHaveFocus();
    expect(screen.getByRole('button', { name: /Категория$/ })).toHaveAccessibleDescription('Выберите значение из списка.');
    expect(app.bridge.callsTo('records:create')).toHaveLength(0);
  });

  it('creates an issue with districts picked by okrug, sources, tags and principles, and opens it', async () => {
    const app = await startApp();
    const { user } = await app.render('#/issues/new');
    await screen.findByRole('heading', { level: 1, name: 'Новый вопрос' });
    await user.type(screen.getByRole('textbox', { name: 'Название' }), 'Вырубка сквера на Лесной');
    await user.click(screen.getByRole('button', { name: /Категория$/ }));
    await user.click(screen.getByRole('option', { name: 'Чистый воздух и экология' }));
    await user.type(screen.getByRole('combobox', { name: 'Добавить округ' }), 'савеловский');
    await user.click(await screen.findByRole('option', { name: 'Савёловский' }));
    expect(screen.getByRole('button', { name: 'Убрать «Савёловский»' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Добавить округ' })).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Добавить источник' }));
    await user.type(screen.getByRole('textbox', { name: 'Адрес ссылки' }), 'https://example.ru/decision');
    await user.click(screen.getByRole('button', { name: 'Добавить источник' }));
    const second = screen.getByRole('group', { name: 'Источник 2' });
    await user.click(within(second).getByRole('radio', { name: 'Документ' }));
    await user.type(within(second).getByRole('textbox', { name: 'Реквизиты документа' }), 'Решение СД № 12/3');
    await user.type(screen.getByRole('textbox', { name: /Метки/ }), 'сквер, вырубка, сквер');
    await user.click(screen.getByRole('checkbox', { name: /Принцип 3\./ }));
    await user.click(screen.getByRole('button', { name: 'Сохранить' }));

    await screen.findByRole('heading', { level: 1, name: 'Вырубка сквера на Лесной' });
    const [created] = await app.all('issues');
    expect(created).toMatchObject({
      category: 'environment',
      districtIds: [SAVYOLOVSKY],
      tags: ['сквер', 'вырубка'],
      principleIds: ['principle-3'],
      sources: [
        { kind: 'link', ref: 'https://example.ru/decision', title: '' },
        { kind: 'document', ref: 'Решение СД № 12/3', title: '' },
      ],
    });
    expect(screen.getByRole('link', { name: 'https://example.ru/decision' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('region', { name: 'Хронология' })).toHaveTextContent('Вопрос заведён.'));
  });
});
