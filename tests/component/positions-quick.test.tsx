import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { startApp } from './support/realApp';
import { seedIssues } from './support/seed-real';

async function quickEntry() {
  const app = await startApp();
  const anna = await app.create('deputies', { name: 'Сергеева Анна', districtId: 'msk-45374000' });
  // Four issues of her district (the fourth is closed) and one of another district.
  const issues = await seedIssues(app, 4, ['msk-45374000']);
  await seedIssues(app, 1, ['msk-45375000']);
  await app.actAs({ kind: 'deputy', deputyId: anna.id });
  const rendered = await app.render('#/positions/quick');
  const grid = await screen.findByRole('grid', { name: /Позиции по открытым вопросам/ });
  return { ...rendered, app, anna, issues, grid };
}

const bodyRows = (grid: HTMLElement) => within(grid).getAllByRole('row').slice(1);

describe('quick entry', () => {
  it('is an ARIA grid of the open issues of the deputy’s district with one tab stop', async () => {
    const { grid } = await quickEntry();
    expect(bodyRows(grid).map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Парковка у школы 00002',
      'Поликлиника на Ёлочной 00003',
      'Сквер на Лесной 00001',
    ]);
    // Each column header is named by the full stance (the digit and the short label are for the eye).
    for (const name of ['Вопрос', 'За', 'За с поправками', 'Воздерживается', 'Против', 'Пока без решения', 'Обоснование']) {
      expect(within(grid).getByRole('columnheader', { name })).toBeInTheDocument();
    }
    const focusable = grid.querySelectorAll('[tabindex="0"]');
    expect(focusable).toHaveLength(1);
    expect(within(bodyRows(grid)[0]!).getAllByRole('gridcell')).toHaveLength(6);
  });

  it('moves by arrows, sets stances by digits and letters, saving each at once and saying so', async () => {
    const { user, app, grid, anna } = await quickEntry();
    await user.click(within(bodyRows(grid)[0]!).getByRole('rowheader'));
    await user.keyboard('2');
    await waitFor(() => expect(app.bridge.callsTo('positions:record')).toHaveLength(1));
    expect(app.bridge.callsTo('positions:record')[0]).toMatchObject({ deputyId: anna.id, stance: 'support_amended', reasons: '', principleChecks: [] });
    expect(await screen.findByText('«Парковка у школы 00002»: за с поправками — сохранено')).toBeInTheDocument();
    expect(within(bodyRows(grid)[0]!).getAllByRole('gridcell')[1]).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{ArrowDown}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    const opposeCell = within(bodyRows(grid)[1]!).getAllByRole('gridcell')[3]!;
    expect(opposeCell).toHaveFocus();
    expect(opposeCell).toHaveAttribute('tabindex', '0');
    await user.keyboard(' ');
    await waitFor(() => expect(app.bridge.callsTo('positions:record')).toHaveLength(2));
    expect(app.bridge.callsTo('positions:record')[1]).toMatchObject({ stance: 'oppose' });

    // Russian letters: «в» — воздерживается.
    await user.keyboard('{ArrowDown}в');
    await waitFor(() => expect(app.bridge.callsTo('positions:record')).toHaveLength(3));
    expect(app.bridge.callsTo('positions:record')[2]).toMatchObject({ stance: 'abstain' });
    expect(await screen.findByText('Открытых вопросов: 3; с позицией: 3.', { exact: false })).toBeInTheDocument();
  });

  it('opens the reasons with Enter and saves them with the stance', async () => {
    const { user, app, grid } = await quickEntry();
    await user.click(within(bodyRows(grid)[2]!).getByRole('rowheader'));
    await user.keyboard('{Enter}');
    // No stance yet: reasons cannot be saved on their own.
    expect(await screen.findByText('Сначала выберите позицию по этому вопросу.')).toBeInTheDocument();
    await user.keyboard('1{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Обоснование позиции' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Обоснование' }), 'Жители за сквер');
    await user.click(within(dialog).getByRole('button', { name: 'Сохранить' }));
    await waitFor(() => expect(app.bridge.callsTo('positions:record')).toHaveLength(2));
    expect(app.bridge.callsTo('positions:record')[1]).toMatchObject({ stance: 'support', reasons: 'Жители за сквер' });
    await waitFor(() => expect(within(bodyRows(grid)[2]!).getByRole('rowheader')).toHaveFocus());
    await waitFor(() => expect(within(bodyRows(grid)[2]!).getAllByRole('gridcell')[5]).toHaveTextContent('Жители за сквер'));
  });
});

describe('quick entry by the secretary', () => {
  it('asks whose stances and how they were given, and records each as given by that deputy', async () => {
    const app = await startApp();
    const boris = await app.create('deputies', { name: 'Борисов Пётр', districtId: 'msk-45374000' });
    await seedIssues(app, 2, ['msk-45374000']);
    const { user } = await app.render('#/positions/quick');
    expect(await screen.findByText('Выберите депутата, чтобы увидеть вопросы его округа.')).toBeInTheDocument();
    await user.type(screen.getByRole('combobox', { name: 'Для кого вводите позиции' }), 'борисов');
    await user.click(await screen.findByRole('option', { name: /Борисов Пётр/ }));
    await user.click(screen.getByRole('radio', { name: 'На встрече' }));
    const grid = await screen.findByRole('grid');
    await user.click(within(bodyRows(grid)[0]!).getByRole('rowheader'));
    await user.keyboard('4');
    await waitFor(() => expect(app.bridge.callsTo('positions:record')).toHaveLength(1));
    expect(app.bridge.callsTo('positions:record')[0]).toMatchObject({ deputyId: boris.id, stance: 'oppose', onBehalf: { channel: 'meeting' } });
    expect(await within(bodyRows(grid)[0]!).findByText('(не подтверждено)')).toBeInTheDocument();
  });
});
