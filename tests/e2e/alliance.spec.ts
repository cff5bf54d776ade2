import type { Locator, Page } from '@playwright/test';
import { expect, test, type App } from './support/fixture';

// The agreement screens: the panel on an issue, the alliance line and its form, and the
// /alliance parts — on the demo workspace for full screenshots, and on a hand-made workspace for
// the journey "adopt a line, a deputy changes their stance, their agreement changes".

type Rec = { id: string; [key: string]: unknown };

async function invoke<T = Rec>(app: App, channel: string, input?: unknown): Promise<T> {
  const result = await app.invoke(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** Collects CSP violations from now on (the chart library must not need an exception). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    type Violation = { violatedDirective: string; blockedURI: string; sample: string };
    const scope = globalThis as unknown as {
      cspViolations?: string[];
      document: { addEventListener: (type: string, listener: (event: Violation) => void) => void };
    };
    scope.cspViolations = [];
    scope.document.addEventListener('securitypolicyviolation', (event) => {
      scope.cspViolations!.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  return () => page.evaluate(() => (globalThis as unknown as { cspViolations: string[] }).cspViolations);
}

/**
 * A screenshot of the whole screen: notices dismissed, and the window made as tall as the content
 * (the shell scrolls inside its main area, so a full-page shot alone shows only the first screen).
 */
async function fullShot(app: App, name: string, upTo?: Locator): Promise<void> {
  const page = app.page;
  for (const dismiss of await page.getByRole('button', { name: 'Скрыть уведомление' }).all()) await dismiss.click();
  const height = await page.evaluate(() => {
    type Scroller = { scrollTo: (x: number, y: number) => void; scrollHeight: number };
    const scope = globalThis as unknown as { document: { querySelector: (selector: string) => Scroller | null } };
    const main = scope.document.querySelector('.shell-main');
    main?.scrollTo(0, 0);
    return main?.scrollHeight ?? 800;
  });
  // Down to the bottom of `upTo` only, when the rest of the screen is another engineer's.
  const box = upTo ? await upTo.boundingBox() : null;
  await page.setViewportSize({ width: 1280, height: Math.ceil(Math.min(4_000, box ? box.y + box.height + 24 : height + 80)) });
  await app.screenshot(name);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test.describe('the alliance view, Russian, demo workspace', () => {
  test('the issue panel, common ground, deputies and the line, the matrix, blocs and principles', async ({ app }) => {
    const page = app.page;
    const folder = await app.newTempDir();
    await app.setNextFolder(folder);
    await page.getByRole('button', { name: 'Создать демонстрационное пространство' }).click();
    await page.getByRole('button', { name: 'Я секретарь союза' }).click();
    await expect(page.getByText('Вы: секретарь союза')).toBeVisible();
    const main = page.getByRole('main');
    const violations = await watchCsp(page);

    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Союз в целом' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Союз в целом' })).toBeVisible();
    const tabs = page.getByRole('navigation', { name: 'Разделы страницы «Союз в целом»' });
    await expect(main.getByRole('heading', { level: 2, name: 'Общее и разногласия' })).toBeVisible();
    await expect(main.getByText(/^В отборе 60 вопросов и \d+ депутат/)).toBeVisible();
    await expect(main.getByRole('heading', { level: 3, name: /Где союз расходится/ })).toBeVisible();
    await app.checkA11y();
    await fullShot(app, 'alliance-common');

    // A filter narrows the figures: one category.
    await main.getByRole('button', { name: /Категория вопросов/ }).click();
    await page.getByRole('option', { name: 'Общественный транспорт' }).click();
    await expect(main.getByText(/^В отборе \d+ вопрос/)).not.toHaveText(/60 вопросов/);
    await main.getByRole('button', { name: 'Сбросить отбор' }).click();
    await expect(main.getByText(/^В отборе 60 вопросов/)).toBeVisible();

    await tabs.getByRole('link', { name: 'Депутаты и линия союза' }).click();
    const lineTable = main.getByRole('table', { name: 'Согласие депутатов с линией союза' });
    await expect(lineTable.getByRole('row').nth(1)).toBeVisible();
    // Every share shows its count.
    await expect(lineTable.getByText(/^совпадает в \d+ из \d+ вопрос(а|ов)$/).first()).toBeVisible();
    await app.checkA11y();
    await fullShot(app, 'alliance-deputies');

    await tabs.getByRole('link', { name: 'Матрица позиций' }).click();
    const chart = main.getByRole('img', { name: /^Матрица позиций: \d+ депутат/ });
    await expect(chart).toHaveAttribute('data-rendered', 'true');
    await expect(chart.locator('canvas').first()).toBeVisible();
    await expect(main.getByText(/^Вопросы 1–50 из \d+$/)).toBeVisible();
    await main.getByRole('button', { name: 'Показать видимую часть таблицей' }).click();
    const matrixTable = main.getByRole('table', { name: /^Позиции депутатов 1–\d+ по вопросам 1–50/ });
    await expect(matrixTable.getByRole('row')).not.toHaveCount(0);
    await app.checkA11y();
    await fullShot(app, 'alliance-matrix');
    await main.getByRole('button', { name: 'Следующие вопросы' }).click();
    await expect(main.getByText(/^Вопросы 51–\d+ из \d+$/)).toBeVisible();
    await expect(chart).toHaveAttribute('data-rendered', 'true');
    expect(await violations()).toEqual([]);

    await tabs.getByRole('link', { name: 'Блоки' }).click();
    await expect(main.getByRole('heading', { level: 2, name: 'Блоки' })).toBeVisible();
    await main.getByRole('button', { name: /Порог согласия внутри блока/ }).click();
    await page.getByRole('option', { name: /^70\s%$/ }).click();
    await expect(main.getByText(/^Найдено блоков: \d+/)).toBeVisible();
    // In view first: a popover closes when its scroll container scrolls (react-aria), and
    // Playwright's own scroll-into-view on click would do just that.
    const showAll = main.getByRole('button', { name: 'Показать всех депутатов' });
    await showAll.scrollIntoViewIfNeeded();
    await showAll.click();
    await page.getByRole('option').first().click();
    await expect(main.getByRole('heading', { level: 4, name: 'Чаще всего согласны' })).toBeVisible();
    await expect(main.getByText(/по \d+ общ(ему|им) вопрос(у|ам)/).first()).toBeVisible();
    await app.checkA11y();
    await fullShot(app, 'alliance-blocs');

    await tabs.getByRole('link', { name: 'Принципы' }).click();
    const principles = main.getByRole('table', { name: 'Оценки принципов в позициях: Все категории' });
    await expect(principles.getByRole('row')).toHaveCount(5);
    await app.checkA11y();
    await fullShot(app, 'alliance-principles');

    // The panel of an issue with an adopted line.
    const lines = await invoke<{ items: Rec[] }>(app, 'records:list', { collection: 'allianceLines', query: { limit: 1 } });
    await page.goto(`${page.url().split('#')[0]}#/issues/${String(lines.items[0]!.issueId)}`);
    const panel = main.getByRole('region', { name: 'Согласие в союзе' });
    await expect(panel.getByRole('heading', { level: 3, name: 'Индекс согласия' })).toBeVisible();
    await expect(panel.getByText('правило линии союза')).toBeVisible();
    await panel.getByText('На чём это основано').first().click();
    await expect(panel.getByRole('table').first()).toBeVisible();
    // Only the panel: the rest of the issue page belongs to the issues screen and its own specs.
    await app.checkA11y({ include: ['.agreement-panel'] });
    await fullShot(app, 'alliance-issue-panel', panel);
  });
});

test.describe('the alliance line and a deputy’s agreement', () => {
  test('a line adopted in the form; the deputy changes their stance; their agreement changes', async ({ app }) => {
    const page = app.page;
    const main = page.getByRole('main');
    const folder = await app.newTempDir();
    await app.setNextFolder(folder);
    await page.getByRole('button', { name: 'Создать пространство' }).click();
    const form = page.getByRole('region', { name: 'Новое пространство' });
    await form.getByRole('textbox', { name: 'Название пространства' }).fill('Союз депутатов');
    await form.getByRole('button', { name: 'Создать' }).click();
    await page.getByRole('button', { name: 'Я секретарь союза' }).click();
    await expect(page.getByText('Вы: секретарь союза')).toBeVisible();

    // Three deputies in two districts, three issues; stances given by phone to the secretary.
    const deputy = (name: string, districtId: string) => invoke(app, 'records:create', { collection: 'deputies', data: { name, districtId } });
    const anna = await deputy('Смирнова Анна Петровна', 'msk-45374000');
    const boris = await deputy('Иванов Борис Сергеевич', 'msk-45374000');
    const vera = await deputy('Козлова Вера Андреевна', 'msk-45375000');
    const issues: Rec[] = [];
    for (const title of ['Сквер у школы', 'Платная парковка', 'Новая поликлиника']) {
      issues.push(await invoke(app, 'records:create', { collection: 'issues', data: { title, category: 'transport', districtIds: ['msk-45374000'] } }));
    }
    const phone = { channel: 'phone', givenAt: '2026-03-01T10:00:00.000Z' };
    const stances: [Rec, Rec, string][] = [
      [anna, issues[0]!, 'support'],
      [anna, issues[1]!, 'support'],
      [anna, issues[2]!, 'support'],
      [boris, issues[0]!, 'support'],
      [boris, issues[1]!, 'oppose'],
      [vera, issues[0]!, 'abstain'],
    ];
    for (const [who, issue, stance] of stances) {
      await invoke(app, 'positions:record', { issueId: issue.id, deputyId: who.id, stance, onBehalf: phone });
    }
    await invoke(app, 'lines:adopt', { issueId: issues[1]!.id, stance: 'support', text: '', rule: 'majority', adoptedOn: '2026-03-02' });
    await invoke(app, 'lines:adopt', { issueId: issues[2]!.id, stance: 'support', text: '', rule: 'consent', adoptedOn: '2026-03-02' });

    // The secretary adopts the line on the first issue in the form; an empty form saves nothing.
    await page.goto(`${page.url().split('#')[0]}#/issues/${issues[0]!.id}`);
    const panel = main.getByRole('region', { name: 'Согласие в союзе' });
    await expect(panel.getByText('Союз ещё не принял линию по этому вопросу.')).toBeVisible();
    await panel.getByRole('button', { name: 'Принять линию союза' }).click();
    const lineForm = panel.getByRole('form', { name: 'Линия союза по вопросу' });
    await lineForm.getByRole('button', { name: 'Принять линию' }).click();
    await expect(page.getByRole('alert').getByText(/В форме \d+ ошибк/)).toBeVisible();
    await lineForm.getByRole('button', { name: /Позиция союза/ }).click();
    await page.getByRole('option', { name: 'Поддержать', exact: true }).click();
    await lineForm.getByRole('button', { name: /Правило решения/ }).click();
    await page.getByRole('option', { name: 'Две трети' }).click();
    await expect(lineForm.getByText(/правило «Две трети» по нынешним позициям выполнено: нужно не меньше 2 из 3/)).toBeVisible();
    await lineForm.getByRole('textbox', { name: /Текст линии/ }).fill('Союз за сквер: жители просили о нём на встречах.');
    await app.checkA11y({ include: ['.agreement-panel'] });
    await lineForm.getByRole('button', { name: 'Принять линию' }).click();
    await expect(page.getByRole('status').getByText('Линия союза принята')).toBeVisible();
    await expect(panel.getByText(/^Принята .* по правилу «Две трети»\. Принял\(а\): секретарь союза\.$/)).toBeVisible();
    await expect(panel.locator('.is-line-rule')).toContainText('Две трети');
    await expect(panel.getByText('История линии (1 запись)')).toBeVisible();
    await app.checkA11y({ include: ['.agreement-panel'] });

    // Anna agrees with all three lines.
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Союз в целом' }).click();
    await page.getByRole('navigation', { name: 'Разделы страницы «Союз в целом»' }).getByRole('link', { name: 'Депутаты и линия союза' }).click();
    const annaRow = main.getByRole('row', { name: /Смирнова Анна Петровна/ });
    await expect(annaRow).toContainText('почти всегда совпадает');
    await expect(annaRow).toContainText('100 %');
    await expect(annaRow).toContainText('совпадает в 3 из 3 вопросов');

    // Anna takes the laptop (top bar), and changes her stance on the first issue.
    await page.getByRole('button', { name: 'Сменить, от чьего имени вы работаете' }).click();
    await page.getByRole('listbox', { name: 'Депутаты союза' }).getByRole('option', { name: /Смирнова Анна Петровна/ }).click();
    await page.getByRole('button', { name: 'Продолжить как Смирнова Анна Петровна' }).click();
    await expect(page.getByText('Вы: Смирнова Анна Петровна')).toBeVisible();
    await invoke(app, 'positions:record', { issueId: issues[0]!.id, deputyId: anna.id, stance: 'oppose' });

    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Союз в целом' }).click();
    await page.getByRole('navigation', { name: 'Разделы страницы «Союз в целом»' }).getByRole('link', { name: 'Депутаты и линия союза' }).click();
    await expect(annaRow).toContainText('то совпадает, то нет');
    await expect(annaRow).toContainText('67 %');
    await expect(annaRow).toContainText('совпадает в 2 из 3 вопросов');
    await app.checkA11y();

    // A deputy sees the line but cannot change it.
    await page.goto(`${page.url().split('#')[0]}#/issues/${issues[0]!.id}`);
    await expect(panel.getByText('Линию союза принимает и меняет секретарь союза.')).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Изменить линию союза' })).toHaveCount(0);
    await expect(panel.locator('.rule-item.is-line-rule')).toContainText('не выполнено');
  });
});
