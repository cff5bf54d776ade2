import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { Identity } from '../../shared/ipc/contract';
import { startApp, type TestApp } from './support/realApp';
import { seedAlliance, type AllianceIds } from './support/seed-alliance';

// The agreement panel of an issue (on /issues/:id of the issues screen), on the small alliance of
// seedAlliance. The first issue, "Сквер у школы", among 6 active deputies (a former one's
// stance does not count): support 1, with amendments 1, abstain 1, oppose 1, undecided 1, none 1.
// For 2, against 1, abstain 1 → majority "for"; AI = (2 − ½·2) / 4 = 0.25.
// By district, for "for": Арбат 2 of 2 → 3/4; Басманный 0 of 1 → 1/3; Аэропорт 0 of 1 → 1/3;
// geometric mean ∛(3/4 · 1/3 · 1/3) = 0.44.

// Figures arrive through a few asynchronous calls; on a busy machine that takes longer than the
// default second, so waits are longer (nothing here depends on timing).
const SLOW = { timeout: 5_000 };
vi.setConfig({ testTimeout: 30_000 });

/** Text as read, with the no-break spaces of numbers ("17 %") as plain spaces. */
const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ');

interface PanelOptions {
  issue?: (ids: AllianceIds, app: TestApp) => Promise<string> | string;
  identity?: (ids: AllianceIds) => Identity;
  language?: 'ru' | 'en';
}

async function renderPanel({ issue = (ids) => ids.issues[0]!, identity = () => ({ kind: 'secretary' }), language = 'ru' }: PanelOptions = {}) {
  const app = await startApp(language === 'ru' ? {} : { language, locale: 'en-US', settings: { language, theme: 'system' } });
  const ids = await seedAlliance(app);
  const issueId = await issue(ids, app);
  await app.actAs(identity(ids));
  const { user } = await app.render(`#/issues/${issueId}`);
  const panel = await screen.findByRole('region', { name: language === 'ru' ? 'Согласие в союзе' : 'Agreement in the alliance' }, SLOW);
  return { app, ids, user, panel };
}

describe('the agreement panel of an issue', () => {
  it('shows the distribution, the index and the consensus, each with the counts it rests on', async () => {
    const { panel, user } = await renderPanel();
    expect(await within(panel).findByText('0,25')).toBeInTheDocument();
    const legend = within(panel.querySelector('.stance-legend') as HTMLElement).getAllByRole('listitem').map(text);
    expect(legend).toEqual(['За1 (17 %)', 'За с поправками1 (17 %)', 'Воздержались1 (17 %)', 'Против1 (17 %)', 'Не определились1 (17 %)', 'Нет позиции1 (17 %)']);
    const counts = within(within(panel).getByRole('group', { name: 'На чём основаны цифры' }));
    expect(counts.getAllByRole('term').map(text)).toEqual(['Высказались', 'из них воздержались', 'Не высказались (нет позиции или «не определился»)', 'Всего действующих депутатов']);
    expect(counts.getAllByRole('definition').map(text)).toEqual(['4', '1', '2', '6']);

    expect(within(panel).getByText('Согласие и правила считаются для стороны «за» — за неё большинство высказавшихся.')).toBeInTheDocument();
    expect(within(panel).getByText('0,44 — по 3 округам')).toBeInTheDocument();
    expect(within(panel).getByText('0,75 — по 1 группе')).toBeInTheDocument();
    expect(within(panel).getByText(/^Чтобы один-два депутата не решали за весь округ/)).toBeInTheDocument();

    // What the district figure rests on: each district's counts, behind a disclosure.
    await user.click(within(panel).getAllByText('На чём это основано')[0]!);
    const table = within(panel).getByRole('table', { name: /Позиции по округам/ });
    const rows = within(table).getAllByRole('row').map(text);
    expect(rows).toEqual(['ОкругВысказалисьНа стороне «за»Доля с поправкой', 'Арбат2275 %', 'Аэропорт1033 %', 'Басманный1033 %']);

    // Decision rules among the 4 who took a stance, none met for "for" (2 of 4, 1 against).
    const rules = within(panel).getAllByRole('listitem').filter((item) => item.classList.contains('rule-item'));
    expect(rules.map(text)).toEqual([
      expect.stringContaining('Единогласие — не выполнено'),
      expect.stringContaining('Согласие без возражений — не выполнено'),
      expect.stringContaining('Две трети — не выполнено'),
      expect.stringContaining('Простое большинство — не выполнено'),
    ]);
    expect(rules[3]).toHaveTextContent('нужно не меньше 3 из 4, на стороне «за» — 2');
    expect(rules[1]).toHaveTextContent('на стороне «за» 2, возражений: 1');
  });

  it('highlights the rule of the adopted line and counts for the line’s side', async () => {
    // The third issue: line "oppose" by majority; for 2 (Пётр, Иван), against 1 (Анна) of 3.
    const { panel } = await renderPanel({ issue: (ids) => ids.issues[2]! });
    expect(await within(panel).findByText('Согласие и правила считаются для стороны «против» — это линия союза.', undefined, SLOW)).toBeInTheDocument();
    const lineRule = panel.querySelector('.rule-item.is-line-rule')!;
    expect(lineRule).toHaveTextContent('Простое большинство — не выполненоправило линии союза');
    expect(lineRule).toHaveTextContent('нужно не меньше 2 из 3, на стороне «против» — 1');
    expect(within(panel).getByText('Выступить против')).toBeInTheDocument();
    expect(within(panel).getByText('Принята 2 марта 2026 г. по правилу «Простое большинство». Принял(а): секретарь союза.')).toBeInTheDocument();
  });

  it('refuses an empty line form, says whether the chosen rule is met, then adopts and changes the line with history', async () => {
    const { panel, user, app, ids } = await renderPanel();
    expect(await within(panel).findByText('Союз ещё не принял линию по этому вопросу.', undefined, SLOW)).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Принять линию союза' }));
    const form = within(panel).getByRole('form', { name: 'Линия союза по вопросу' });
    await user.click(within(form).getByRole('button', { name: 'Принять линию' }));
    expect(await screen.findByText('В форме 2 ошибки. Исправьте отмеченные поля.', undefined, SLOW)).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: /Позиция союза/ })).toHaveAccessibleDescription('Выберите значение из списка.');
    expect(within(form).getByRole('button', { name: /Правило решения/ })).toHaveAccessibleDescription('Выберите значение из списка.');
    expect(app.bridge.callsTo('lines:adopt')).toEqual([]);

    await user.click(within(form).getByRole('button', { name: /Позиция союза/ }));
    await user.click(await screen.findByRole('option', { name: 'Поддержать' }));
    await user.click(within(form).getByRole('button', { name: /Правило решения/ }));
    await user.click(await screen.findByRole('option', { name: 'Простое большинство' }));
    expect(within(form).getByText(/правило «Простое большинство» по нынешним позициям не выполнено: нужно не меньше 3 из 4, на стороне «за» — 2/)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: /Правило решения/ }));
    await user.click(await screen.findByRole('option', { name: 'Согласие без возражений' }));
    expect(within(form).getByText(/правило «Согласие без возражений» по нынешним позициям не выполнено: на стороне «за» 2, возражений: 1/)).toBeInTheDocument();
    await user.type(within(form).getByRole('textbox', { name: /Текст линии/ }), 'Сквер нужен жителям.');
    await user.click(within(form).getByRole('button', { name: 'Принять линию' }));

    expect(await screen.findByText('Линия союза принята', undefined, SLOW)).toBeInTheDocument();
    expect(app.bridge.callsTo('lines:adopt')).toEqual([expect.objectContaining({ issueId: ids.issues[0], stance: 'support', rule: 'consent', text: 'Сквер нужен жителям.' })]);
    expect(await within(panel).findByText('Сквер нужен жителям.', undefined, SLOW)).toBeInTheDocument();
    expect(panel.querySelector('.rule-item.is-line-rule')).toHaveTextContent('Согласие без возражений');
    // Focus returns to the button that opened the form.
    expect(within(panel).getByRole('button', { name: 'Изменить линию союза' })).toHaveFocus();

    await user.click(within(panel).getByRole('button', { name: 'Изменить линию союза' }));
    const change = within(panel).getByRole('form', { name: 'Линия союза по вопросу' });
    await user.click(within(change).getByRole('button', { name: /Позиция союза/ }));
    await user.click(await screen.findByRole('option', { name: 'Выступить против' }));
    await user.click(within(change).getByRole('button', { name: 'Сохранить изменение' }));
    expect(await screen.findByText('Линия союза изменена', undefined, SLOW)).toBeInTheDocument();
    expect(await within(panel).findByText('История линии (2 записи)', undefined, SLOW)).toBeInTheDocument();
    await user.click(within(panel).getByText('История линии (2 записи)'));
    expect(within(panel).getByText('Позиция союза: Поддержать → Выступить против')).toBeInTheDocument();
    expect(await within(panel).findByText('Согласие и правила считаются для стороны «против» — это линия союза.', undefined, SLOW)).toBeInTheDocument();
  });

  it('lets a deputy read the line but not adopt it', async () => {
    const { panel } = await renderPanel({ issue: (ids) => ids.issues[1]!, identity: (ids) => ({ kind: 'deputy', deputyId: ids.deputies.anna }) });
    expect(await within(panel).findByText('Линию союза принимает и меняет секретарь союза.', undefined, SLOW)).toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: /линию союза/ })).toBeNull();
    expect(panel.querySelector('.rule-item.is-line-rule')).toHaveTextContent('Единогласие — выполнено');
  });

  it('speaks English', async () => {
    const { panel } = await renderPanel({ language: 'en' });
    expect(await within(panel).findByText('0.25', undefined, SLOW)).toBeInTheDocument();
    expect(within(panel).getByText('0.44 — across 3 districts')).toBeInTheDocument();
    expect(within(panel).getByText('Agreement and rules are counted for the side “for”: the one most deputies took.')).toBeInTheDocument();
  });

  it('says there is nothing to count when nobody took a stance, and still shows the counts', async () => {
    const { panel } = await renderPanel({ issue: async (_, app) => (await app.create('issues', { title: 'Тихий вопрос', category: 'other' })).id });
    expect(await within(panel).findByText(/Пока никто из действующих депутатов не высказался/, undefined, SLOW)).toBeInTheDocument();
    const counts = within(within(panel).getByRole('group', { name: 'На чём основаны цифры' }));
    expect(counts.getAllByRole('definition').map(text)).toEqual(['0', '0', '6', '6']);
    expect(within(panel).queryByText('Индекс согласия')).toBeNull();
  });
});
