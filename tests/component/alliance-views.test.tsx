import { useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { createI18n } from '../../renderer/src/i18n';
import { initialWindow } from '../../renderer/src/screens/alliance/matrixData';
import type { MatrixChartProps } from '../../renderer/src/screens/alliance/MatrixChart';
import { startApp, type TestApp } from './support/realApp';
import { seedAlliance, type AllianceIds } from './support/seed-alliance';

// jsdom has no canvas: the echarts chart is replaced by a stand-in that reports the first window,
// as the chart does. The chart itself is checked in Chromium (tests/e2e/alliance.spec.ts).
vi.mock('../../renderer/src/screens/alliance/MatrixChart', () => ({
  default: function MatrixChartStandIn({ page, onWindowChange, label }: MatrixChartProps) {
    // Once per page, like the chart (the callback is a new function on every render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    useEffect(() => onWindowChange(initialWindow(page)), [page]);
    return <div role="img" aria-label={label} />;
  },
}));

// Figures arrive through a few asynchronous calls; on a busy machine that takes longer than the
// default second, so waits are longer (nothing here depends on timing).
const SLOW = { timeout: 5_000 };
vi.setConfig({ testTimeout: 30_000 });

/** Text as read, with the no-break spaces of numbers ("100 %") as plain spaces. */
const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The texts of a table row's header and data cells. */
const cellsOf = (row: Element) => [...row.querySelectorAll('th, td')].map(text);

type Rendered = Awaited<ReturnType<TestApp['render']>>;

async function openAlliance(path: string, language: 'ru' | 'en' = 'ru'): Promise<Rendered & { ids: AllianceIds; app: TestApp }> {
  const app = await startApp(language === 'ru' ? {} : { language, locale: 'en-US', settings: { language, theme: 'system' } });
  const ids = await seedAlliance(app);
  return { ...(await app.render(`#/alliance/${path}`)), ids, app };
}

async function choose(user: Rendered['user'], label: RegExp, option: string | RegExp) {
  await user.click(screen.getByRole('button', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('deputies and the alliance line', () => {
  it('shows each deputy’s share in plain words, always with the count of issues it rests on', async () => {
    await openAlliance('deputies');
    const table = await screen.findByRole('table', { name: 'Согласие депутатов с линией союза' });
    const rows = (await within(table).findAllByRole('row', undefined, SLOW)).slice(1).map((row) => cellsOf(row));
    expect(rows).toEqual([
      ['Белова Анна', 'Арбат', 'почти всегда совпадает', '100 %', 'совпадает в 3 из 3 вопросов', '3 / 0 / 0'],
      ['Зайцев Пётр', 'Аэропорт', 'то совпадает, то нет', '50 %', 'совпадает в 1 из 3 вопросов', '1 / 1 / 1'],
      ['Жукова Вера', 'Басманный', 'слишком мало вопросов, чтобы судить', '100 %', 'совпадает в 2 из 2 вопросов', '2 / 0 / 0'],
      ['Ершов Олег', 'Арбат', 'слишком мало вопросов, чтобы судить', '100 %', 'совпадает в 1 из 1 вопроса', '1 / 0 / 0'],
      ['Лебедев Иван', 'Аэропорт', 'слишком мало вопросов, чтобы судить', '50 %', 'совпадает в 1 из 2 вопросов', '1 / 0 / 1'],
      ['Кузнецова Мария', 'Басманный', 'слишком мало вопросов, чтобы судить', '—', 'нет общих вопросов с линией', '0 / 0 / 0'],
    ]);
    expect(screen.getByText('6 депутатов, из них у 2 хватает вопросов для оценки.')).toBeInTheDocument();
  });

  it('speaks the bands in English', async () => {
    await openAlliance('deputies', 'en');
    const table = await screen.findByRole('table', { name: 'Deputies’ agreement with the alliance line' });
    const anna = (await within(table).findByRole('link', { name: 'Белова Анна' })).closest('tr')!;
    expect(text(anna)).toContain('almost always agrees');
    expect(text(anna)).toContain('agrees on 3 of 3 issues');
    expect(text(within(table).getByRole('link', { name: 'Ершов Олег' }).closest('tr')!)).toContain('agrees on 1 of 1 issue');
  });
});

describe('common ground and divergence', () => {
  it('lists the issues with their figures and counts, and narrows them by category and okrug', async () => {
    const { user, app, ids } = await openAlliance('common');
    expect(await screen.findByText('В отборе 5 вопросов и 6 депутатов.', undefined, SLOW)).toBeInTheDocument();
    const common = screen.getByRole('table', { name: 'Где союз согласен' });
    expect(within(common).getAllByRole('row').slice(1).map(cellsOf)).toEqual([['Платная парковка', 'Общественный транспорт', '«за»', '1,00', '0,72 (3 округа)', '5 / 0 / 1']]);
    const divergent = screen.getByRole('table', { name: 'Где союз расходится' });
    expect(within(divergent).getAllByRole('row').slice(1).map(cellsOf)).toEqual([['Сквер у школы', 'Общественный транспорт', '«за»', '0,25', '0,44 (3 округа)', '4 / 1 / 2']]);
    expect(within(divergent).getByRole('link', { name: 'Сквер у школы' })).toHaveAttribute('href', `#/issues/${ids.issues[0]!}`);

    await choose(user, /Категория вопросов/, 'Здравоохранение');
    expect(await screen.findByText('В отборе 1 вопрос и 6 депутатов.', undefined, SLOW)).toBeInTheDocument();
    expect(screen.getByText('Вопросов с широким согласием в этом отборе нет.')).toBeInTheDocument();
    expect(app.bridge.callsTo('agreement:overview').at(-1)).toEqual({ scope: { category: 'healthcare' }, limit: 200 });

    await user.click(screen.getByRole('button', { name: 'Сбросить отбор' }));
    await choose(user, /Административный округ/, 'ЦАО · Центральный административный округ');
    expect(await screen.findByText('В отборе 3 вопроса и 4 депутата.', undefined, SLOW)).toBeInTheDocument();
    expect(app.bridge.callsTo('agreement:overview').at(-1)).toEqual({ scope: { okrug: 'ЦАО' }, limit: 200 });

    // The filter is remembered for the session (and by the next tests): clear it.
    await user.click(screen.getByRole('button', { name: 'Сбросить отбор' }));
    expect(await screen.findByText('В отборе 5 вопросов и 6 депутатов.', undefined, SLOW)).toBeInTheDocument();
  });
});

describe('the stance matrix', () => {
  it('summarises the page with counts and shows the window in view as a table', async () => {
    const { user } = await openAlliance('matrix');
    expect(await screen.findByText('Вопросы 1–5 из 5', undefined, SLOW)).toBeInTheDocument();
    expect(screen.getByText('На этой странице 6 депутатов и 5 вопросов; клеток с позицией — 16 из 30.')).toBeInTheDocument();
    const legend = screen.getByRole('list', { name: 'Условные обозначения' });
    expect(within(legend).getAllByRole('listitem').map(text)).toEqual([
      'За — 10',
      'За с поправками — 1',
      'Воздержались — 2',
      'Против — 2',
      'Не определились — 1',
      'Нет позиции — 14',
    ]);
    expect(await screen.findByRole('img', { name: 'Матрица позиций: 6 депутатов × 5 вопросов. Текстовое описание и таблица — ниже.' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Следующие вопросы' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Показать видимую часть таблицей' }));
    const table = screen.getByRole('table', { name: 'Позиции депутатов 1–6 по вопросам 1–5 этой страницы' });
    const header = within(table).getAllByRole('columnheader').map(text);
    const anna = within(table).getByRole('rowheader', { name: 'Белова Анна' }).closest('tr')!;
    const cells = within(anna).getAllByRole('cell').map(text);
    const at = (title: string) => cells[header.indexOf(title) - 1];
    expect([at('Сквер у школы'), at('Новая поликлиника'), at('Автобусный маршрут')]).toEqual(['За', 'Против', '—']);
    expect(within(table).getAllByRole('row')).toHaveLength(7);
    expect(screen.getByRole('button', { name: 'Скрыть таблицу' })).toHaveAttribute('aria-expanded', 'true');
  });
});

describe('blocs', () => {
  it('lists blocs with what they rest on, and whom a chosen deputy agrees with', async () => {
    const { user } = await openAlliance('blocs');
    // Only two pairs share three issues: Белова–Жукова (½ + 1 + 1 = 83 %) and Белова–Зайцев (33 %).
    const bloc = await screen.findByRole('heading', { level: 3, name: 'Блок 1: 2 депутата' });
    const card = bloc.closest('li')!;
    expect(within(card).getByText('Согласие внутри блока: 83 % — в среднем по 1 паре депутатов; всего сравнений по общим вопросам: 3.')).toBeInTheDocument();
    expect(within(card).getAllByRole('link').map(text)).toEqual(['Белова Анна', 'Жукова Вера']);
    expect(screen.getByText('Найдено блоков: 1 среди 6 депутатов.')).toBeInTheDocument();

    await user.type(screen.getByRole('combobox', { name: 'Депутат' }), 'белова');
    await user.click(await screen.findByRole('option', { name: /Белова Анна/ }));
    const most = await screen.findByRole('list', { name: 'Чаще всего согласны' });
    expect(within(most).getAllByRole('listitem').map(text)).toEqual([
      'Жукова Вера · Басманный — 83 % — по 3 общим вопросам',
      'Зайцев Пётр · Аэропорт — 33 % — по 3 общим вопросам',
    ]);
    expect(screen.getByText('Ещё у 3 депутатов меньше трёх общих вопросов с выбранным — о них судить рано.')).toBeInTheDocument();

    await choose(user, /Порог согласия внутри блока/, /^90\s%$/);
    expect(await screen.findByText('При таком пороге блоков нет: ни одна группа депутатов не согласна друг с другом настолько часто.', undefined, SLOW)).toBeInTheDocument();
  });
});

describe('principles in the stances', () => {
  it('counts how often each principle is upheld or in tension, overall and by category', async () => {
    const { user } = await openAlliance('principles');
    expect(await screen.findByText('Основано на 2 позициях, где отмечены принципы.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Оценки принципов в позициях: Все категории' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => cellsOf(row).slice(0, 5));
    expect(rows[0]).toEqual(['1. Независимость', '2 (100 %)', '0 (0 %)', '0 (0 %)', '2']);
    expect(rows[2]).toEqual([expect.stringMatching(/^3\. /), '0 (0 %)', '1 (100 %)', '0 (0 %)', '1']);
    expect(rows).toHaveLength(4);

    await choose(user, /Категория вопросов/, 'Здравоохранение');
    const healthcare = await screen.findByRole('table', { name: 'Оценки принципов в позициях: Здравоохранение' });
    expect(within(healthcare).getAllByRole('row').slice(1).map((row) => text(within(row).getAllByRole('cell')[3]!))).toEqual(['0', '0', '0', '0']);
  });
});

describe('figures in words', () => {
  it('writes counts with Russian plurals and digit grouping', async () => {
    const i18n = await createI18n('ru');
    const issues = (count: number) => i18n.t('alliance.issues', { count }).replace(/\s/g, ' ');
    expect([1, 3, 5, 21, 10_000].map(issues)).toEqual(['1 вопрос', '3 вопроса', '5 вопросов', '21 вопрос', '10 000 вопросов']);
    expect(i18n.t('alliance.deputiesView.restsOn', { agreed: 18, count: 19 })).toBe('совпадает в 18 из 19 вопросов');
    expect(i18n.t('alliance.deputiesView.restsOn', { agreed: 20, count: 21 })).toBe('совпадает в 20 из 21 вопроса');
    expect(i18n.t('alliance.blocs.commonIssues', { count: 1 })).toBe('по 1 общему вопросу');
    expect(i18n.t('alliance.consensus.groupsCount', { count: 21 })).toBe('21 округу');
  });
});
