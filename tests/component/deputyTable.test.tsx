import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { startApp } from './support/realApp';
import { seedDeputies } from './support/seed-real';

function bodyRows(): HTMLElement[] {
  const table = screen.getByRole('table');
  // Header row + data rows; the spacer rows of the virtualizer are aria-hidden.
  return within(table).getAllByRole('row').slice(1);
}

function names(): string[] {
  return bodyRows().map((row) => within(row).getAllByRole('cell')[0]!.textContent ?? '');
}

async function setup(count: number) {
  const app = await startApp();
  await seedDeputies(app, count);
  const rendered = await app.render('#/deputies');
  await screen.findByRole('table');
  return { ...rendered, app };
}

describe('deputies table', () => {
  it('renders only the rows in view of 450, while announcing the full row count', async () => {
    await setup(450);
    const table = screen.getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', '451');
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    expect(screen.getByText('450 депутатов')).toBeInTheDocument();
  });

  it('sorts by a column, and reverses on a second click', async () => {
    const { user } = await setup(12);
    const nameHeader = screen.getByRole('columnheader', { name: /ФИО/ });
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(names()[0]).toBe('Иванова 001');

    await user.click(within(nameHeader).getByRole('button'));
    expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    expect(names()[0]).toBe('Соколова 005');

    const districtHeader = screen.getByRole('columnheader', { name: /Округ/ });
    await user.click(within(districtHeader).getByRole('button'));
    expect(districtHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(nameHeader).toHaveAttribute('aria-sort', 'none');
    const districts = bodyRows().map((row) => within(row).getAllByRole('cell')[1]!.textContent ?? '');
    expect(districts).toEqual([...districts].sort((a, b) => a.localeCompare(b, 'ru')));
  });

  it('filters by search (ё as е), status and affiliation', async () => {
    const { user, app } = await setup(30);
    // Added while the list is shown, as from another window: the list follows.
    await app.create('deputies', { name: 'Семёнова Алёна', districtId: 'msk-45374000' });

    await user.type(await screen.findByRole('searchbox', { name: /Поиск/ }), 'семенова');
    expect(names()).toEqual(['Семёнова Алёна']);
    expect(screen.getByText('Показано 1 из 31 депутата')).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: /Поиск/ }));

    const filters = screen.getByRole('region', { name: 'Отбор депутатов' });
    await user.click(within(filters).getByRole('button', { name: /Статус/ }));
    await user.click(await screen.findByRole('option', { name: 'Бывший депутат' }));
    // Deputies 1, 8, 15, 22, 29 (every 7th) are former.
    expect(names()).toHaveLength(5);

    await user.click(within(filters).getByRole('button', { name: /Партийность/ }));
    await user.click(await screen.findByRole('option', { name: 'Независимые' }));
    // Of those, the ones without a party (every 3rd has one, so 001 and 022 drop out).
    expect(names().sort()).toEqual(['Козлов 008', 'Новикова 029', 'Соколова 015']);

    await user.click(screen.getByRole('button', { name: 'Сбросить отбор' }));
    expect(screen.getByText('31 депутат')).toBeInTheDocument();
  });

  it('filters by okrug', async () => {
    const { user } = await setup(146);
    await user.click(screen.getByRole('button', { name: /Округ Москвы или регион/ }));
    await user.click(await screen.findByRole('option', { name: /^ЗелАО/ }));
    // One deputy per district, and Zelenograd has five districts.
    expect(await screen.findByText('Показано 5 из 146 депутатов')).toBeInTheDocument();
  });
});
