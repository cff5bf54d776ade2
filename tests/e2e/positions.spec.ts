import type { Page } from '@playwright/test';
import { expect, test, type App } from './support/fixture';
import { ok, seedWorkspace } from './support/seed';

// Positions end to end, through the UI (roles and labels only): a deputy records stances, one in
// tension with a principle (refused until the tension is explained); the secretary records a stance
// a deputy gave by phone, which that deputy then confirms; after a restart the issue's timeline
// tells all of it. Each test sets its scene through the real channels (support/seed.ts) and clicks
// through only the steps it is about. Every new screen is checked with axe and photographed.

const SAVYOLOVSKY = 'msk-45344000';
const ISSUES = ['Вырубка сквера на Лесной', 'Парковка у школы № 5', 'Поликлиника на Ёлочной', 'Автобус № 12 до метро', 'Детский сад в новом доме'];
const SIXTH = 'Точечная застройка во дворе';
const WORKSPACE = 'Союз депутатов Савёловского';
const ANNA = 'Сергеева Анна Павловна';
const BORIS = 'Борисов Пётр Ильич';
const BORIS_REASONS = 'Сохранить сквер, но перенести дорожку';

interface Scene {
  anna: { id: string };
  boris: { id: string };
  issueIds: string[];
}

/** A new workspace worked on by the secretary: two deputies of Савёловский and the five issues (six with `sixth`). */
async function savyolovsky(app: App, options: { sixth?: boolean } = {}): Promise<Scene> {
  await seedWorkspace(app, { name: WORKSPACE });
  const anna = await ok(app, 'records:create', { collection: 'deputies', data: { name: ANNA, districtId: SAVYOLOVSKY } });
  const boris = await ok(app, 'records:create', { collection: 'deputies', data: { name: BORIS, districtId: SAVYOLOVSKY } });
  const issueIds: string[] = [];
  for (const [index, title] of ISSUES.entries()) {
    const category = ['environment', 'transport', 'healthcare', 'transport', 'education'][index];
    const data = { title, category, districtIds: [SAVYOLOVSKY], principleIds: ['principle-3'], tags: index % 2 ? ['транспорт'] : ['сквер'] };
    issueIds.push((await ok(app, 'records:create', { collection: 'issues', data })).id);
  }
  if (options.sixth) {
    const data = { title: SIXTH, category: 'construction', districtIds: [SAVYOLOVSKY], sources: [{ kind: 'link', ref: 'https://example.ru/plan', title: '' }] };
    issueIds.push((await ok(app, 'records:create', { collection: 'issues', data })).id);
  }
  return { anna, boris, issueIds };
}

/** What Борисов said by phone about the first issue, recorded by the secretary (unconfirmed). */
function borisByPhone(app: App, scene: Scene) {
  return ok(app, 'positions:record', {
    issueId: scene.issueIds[0],
    deputyId: scene.boris.id,
    stance: 'support_amended',
    reasons: BORIS_REASONS,
    onBehalf: { channel: 'phone', givenAt: '2025-11-20T10:30:00.000Z' },
  });
}

/** Сергеева's own stances on the four issues after the first (as quick entry leaves them); she must be "who am I". */
async function annaOnTheOthers(app: App, scene: Scene): Promise<void> {
  const stances = ['support', 'oppose', 'abstain', 'support_amended'];
  for (const [index, issueId] of scene.issueIds.slice(1, 5).entries()) {
    await ok(app, 'positions:record', { issueId, deputyId: scene.anna.id, stance: stances[index], reasons: '' });
  }
}

/** Сергеева's stance on the first issue, against, in tension with principle 3 and explained. */
function annaAgainstTheFirst(app: App, scene: Scene) {
  return ok(app, 'positions:record', {
    issueId: scene.issueIds[0],
    deputyId: scene.anna.id,
    stance: 'oppose',
    reasons: 'Сквер нужен жителям, вырубка не обсуждалась',
    principleChecks: [{ principleId: 'principle-3', verdict: 'tension', note: 'Решение принято без публичных слушаний' }],
  });
}

async function becomeDeputy(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Сменить, от чьего имени вы работаете' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Кто вы?' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Найти себя по фамилии' }).fill(name.split(' ')[0]!);
  await page.getByRole('listbox', { name: 'Депутаты союза' }).getByRole('option', { name: new RegExp(name) }).click();
  await page.getByRole('button', { name: `Продолжить как ${name}` }).click();
  await expect(page.getByText(`Вы: ${name}`)).toBeVisible();
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Разделы' });
const openIssue = (page: Page, issueId: string, tail = '') => page.goto(`${new URL(page.url()).origin}/index.html#/issues/${issueId}${tail}`);

test.describe('positions', () => {
  test('the issue list filters with е for ё; the issue form refuses a link that is not http(s); a source link asks before it opens', async ({ app }) => {
    const page = app.page;
    await savyolovsky(app);

    await nav(page).getByRole('link', { name: 'Вопросы' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Вопросы' })).toBeVisible();
    await expect(page.getByRole('main').getByText('5 вопросов', { exact: true })).toBeVisible();
    await app.checkA11y();
    await app.screenshot('issues-list');
    await page.getByRole('searchbox', { name: 'Поиск: название, метки' }).fill('елочной');
    await expect(page.getByText('Показано 1 из 5 вопросов')).toBeVisible();
    await page.getByRole('button', { name: 'Сбросить отбор' }).click();

    // A sixth issue through the form: a link that is not http(s) is refused.
    await page.getByRole('link', { name: 'Добавить вопрос' }).click();
    await page.getByRole('textbox', { name: 'Название' }).fill(SIXTH);
    await page.getByRole('button', { name: /Категория$/ }).click();
    await page.getByRole('option', { name: 'Строительство и расселение' }).click();
    await page.getByRole('combobox', { name: 'Добавить округ' }).fill('савеловский');
    await page.getByRole('option', { name: 'Савёловский' }).click();
    await page.getByRole('button', { name: 'Добавить источник' }).click();
    await page.getByRole('textbox', { name: 'Адрес ссылки' }).fill('ftp://example.ru/plan');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page.getByRole('textbox', { name: 'Адрес ссылки' })).toHaveAccessibleDescription(/Ссылка должна начинаться с https:\/\/ или http:\/\//);
    await app.checkA11y();
    await app.screenshot('issue-form-errors');
    await page.getByRole('textbox', { name: 'Адрес ссылки' }).fill('https://example.ru/plan');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page.getByRole('heading', { level: 1, name: SIXTH })).toBeVisible();

    // The source opens in the browser only once the user has seen the address and agreed.
    await page.getByRole('link', { name: 'https://example.ru/plan' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Открыть ссылку в браузере?' });
    await expect(ask).toContainText('https://example.ru/plan');
    await expect(ask).toContainText('Сайт: example.ru');
    await app.checkA11y();
    await app.screenshot('link-confirm');
    await ask.getByRole('button', { name: 'Отмена' }).click();
    await expect(ask).toBeHidden();
    expect(await app.openedExternally()).toEqual([]);
    await page.getByRole('link', { name: 'https://example.ru/plan' }).click();
    await ask.getByRole('button', { name: 'Открыть в браузере' }).click();
    await expect.poll(() => app.openedExternally()).toEqual(['https://example.ru/plan']);
  });

  test('the secretary records a stance a deputy gave by phone; it waits for the deputy’s confirmation', async ({ app }) => {
    const page = app.page;
    const scene = await savyolovsky(app);

    await openIssue(page, scene.issueIds[0]!);
    await expect(page.getByRole('heading', { level: 1, name: ISSUES[0] })).toBeVisible();
    await page.getByRole('link', { name: 'Записать позицию со слов депутата' }).click();
    await page.getByRole('combobox', { name: 'Депутат' }).fill('борисов');
    await page.getByRole('option', { name: new RegExp(BORIS) }).click();
    await page.getByRole('radio', { name: 'По телефону' }).check();
    await page.getByLabel('Когда').fill('2025-11-20T10:30');
    await page.getByRole('radio', { name: 'За с поправками', exact: true }).check();
    await page.getByRole('textbox', { name: /Обоснование/ }).fill(BORIS_REASONS);
    await page.getByRole('button', { name: 'Записать со слов депутата' }).click();
    await expect(page.getByRole('heading', { level: 1, name: ISSUES[0] })).toBeVisible();
    const borisCard = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: BORIS }) });
    await expect(borisCard).toContainText('Записано секретарём по телефону 20.11.2025, не подтверждено');
    await nav(page).getByRole('link', { name: 'Позиции' }).click();
    await expect(page.getByText('1 позиция ждёт подтверждения')).toBeVisible();
    await app.checkA11y();
    await app.screenshot('positions-pending');
  });

  test('a deputy enters four stances by keyboard in the quick-entry grid, one with reasons', async ({ app }) => {
    const page = app.page;
    await savyolovsky(app, { sixth: true });

    await becomeDeputy(page, ANNA);
    await nav(page).getByRole('link', { name: 'Позиции' }).click();
    await page.getByRole('link', { name: 'Быстрый ввод позиций' }).click();
    const grid = page.getByRole('grid', { name: /Позиции по открытым вопросам/ });
    await expect(grid.getByRole('row')).toHaveCount(7);
    // Each key acts on the focused row: wait for the focus to arrive before the next one.
    const focusedIn = (title: string) => expect(grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title }) }).locator(':focus')).toHaveCount(1);
    await grid.getByRole('rowheader', { name: ISSUES[3] }).click();
    await focusedIn(ISSUES[3]!);
    await page.keyboard.press('1');
    await expect(page.getByRole('status').getByText(`«${ISSUES[3]}»: за — сохранено`)).toBeVisible();
    // Past «Вырубка сквера…» (its stance comes with a principle check, in the form) to the next three.
    await page.keyboard.press('ArrowDown');
    await focusedIn(ISSUES[0]!);
    await page.keyboard.press('ArrowDown');
    await focusedIn(ISSUES[4]!);
    await page.keyboard.press('4');
    await page.keyboard.press('ArrowDown');
    await focusedIn(ISSUES[1]!);
    await page.keyboard.press('2');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Обоснование позиции' });
    await dialog.getByRole('textbox', { name: 'Обоснование' }).fill('Нужен безопасный переход у школы');
    await app.checkA11y();
    await app.screenshot('quick-entry-reasons');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await expect(dialog).toBeHidden();
    await focusedIn(ISSUES[1]!);
    await page.keyboard.press('ArrowDown');
    await focusedIn(ISSUES[2]!);
    // «с» (с поправками) as a Russian keyboard layout types it; Playwright's keyboard knows only the US layout.
    await page.locator(':focus').dispatchEvent('keydown', { key: 'с', code: 'KeyC', bubbles: true });
    await expect(page.getByText('Открытых вопросов: 6; с позицией: 4.', { exact: false })).toBeVisible();
    await expect(grid.getByRole('gridcell', { selected: true })).toHaveCount(4);
    await app.checkA11y();
    await app.screenshot('quick-entry-grid');
  });

  test('a stance in tension with a principle is refused until the tension is explained', async ({ app }) => {
    const page = app.page;
    const scene = await savyolovsky(app);
    await becomeDeputy(page, ANNA);
    await annaOnTheOthers(app, scene);

    await openIssue(page, scene.issueIds[0]!, '/position');
    await page.getByRole('radio', { name: 'Против', exact: true }).check();
    await page.getByRole('textbox', { name: /Обоснование/ }).fill('Сквер нужен жителям, вырубка не обсуждалась');
    const principle3 = page.getByRole('group', { name: /^Принцип 3\./ });
    await principle3.getByRole('radio', { name: 'В противоречии' }).check();
    await page.getByRole('button', { name: 'Сохранить позицию' }).click();
    const note = page.getByRole('textbox', { name: /Примечание к принципу 3/ });
    await expect(note).toHaveAccessibleDescription(/Объясните, в чём противоречие с принципом\./);
    await expect(note).toBeFocused();
    await app.checkA11y();
    await app.screenshot('position-form-principle-check');
    await note.fill('Решение принято без публичных слушаний');
    await page.getByRole('button', { name: 'Сохранить позицию' }).click();
    // The form's heading names the issue too: wait for what only the issue page has, so the save's
    // own navigation back to it cannot land after the next click.
    await expect(page.getByRole('link', { name: 'Изменить мою позицию' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: ISSUES[0] })).toBeVisible();
    await nav(page).getByRole('link', { name: 'Позиции' }).click();
    await expect(page.getByText('5 позиций', { exact: true })).toBeVisible();
  });

  test('a deputy confirms the stance the secretary recorded for them by phone', async ({ app }) => {
    const page = app.page;
    const scene = await savyolovsky(app);
    await borisByPhone(app, scene);

    await becomeDeputy(page, BORIS);
    await nav(page).getByRole('link', { name: 'Позиции' }).click();
    await expect(page.getByText('1 позиция; ждут вашего подтверждения: 1')).toBeVisible();
    await app.checkA11y();
    await app.screenshot('positions-mine');
    await page.getByRole('button', { name: `Подтвердить позицию по вопросу «${ISSUES[0]}»` }).click();
    await expect(page.getByText('1 позиция', { exact: true })).toBeVisible();
  });

  test('a reception with residents, started from the issue', async ({ app }) => {
    const page = app.page;
    const scene = await savyolovsky(app);
    await becomeDeputy(page, BORIS);

    await openIssue(page, scene.issueIds[0]!);
    await expect(page.getByRole('heading', { level: 1, name: ISSUES[0] })).toBeVisible();
    await page.getByRole('link', { name: 'Добавить запись' }).click();
    await page.getByRole('button', { name: /Вид$/ }).click();
    await page.getByRole('option', { name: 'Приём жителей' }).click();
    await page.getByRole('textbox', { name: /Сколько жителей/ }).fill('14');
    await page.getByRole('combobox', { name: 'Добавить депутата' }).fill('борисов');
    await page.getByRole('option', { name: new RegExp(BORIS) }).click();
    await page.getByRole('textbox', { name: /О чём говорили/ }).fill('Жители просят сохранить сквер');
    await app.checkA11y();
    await app.screenshot('contact-form');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect(page.getByRole('heading', { level: 1, name: ISSUES[0] })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Работа с жителями по вопросу' })).toContainText('Жители просят сохранить сквер');

    await nav(page).getByRole('link', { name: 'Работа с жителями' }).click();
    await expect(page.getByText('1 запись; всего 14 жителей')).toBeVisible();
    await app.checkA11y();
    await app.screenshot('contacts');
  });

  test('after a restart, the issue page tells all of it: the timeline, the positions, the work with residents', async ({ app }) => {
    let page = app.page;
    const scene = await savyolovsky(app);
    // The story, through the channels, in the order it happened.
    const phone = await borisByPhone(app, scene);
    await becomeDeputy(page, ANNA);
    await annaOnTheOthers(app, scene);
    await annaAgainstTheFirst(app, scene);
    await becomeDeputy(page, BORIS);
    await ok(app, 'positions:confirm', { id: phone.id });
    await ok(app, 'records:create', {
      collection: 'contacts',
      data: { date: '2025-11-21', kind: 'reception', deputyIds: [scene.boris.id], residents: 14, summary: 'Жители просят сохранить сквер', issueIds: [scene.issueIds[0]] },
    });

    await app.restart();
    page = app.page;
    await page.getByRole('button', { name: `Открыть «${WORKSPACE}»` }).click();
    await expect(page.getByText(`Вы: ${BORIS}`)).toBeVisible();
    await openIssue(page, scene.issueIds[0]!);
    await expect(page.getByRole('heading', { level: 1, name: ISSUES[0] })).toBeVisible();
    const timeline = page.getByRole('region', { name: 'Хронология' });
    await expect(timeline.getByText('Позиция подтверждена депутатом.')).toBeVisible();
    await expect(timeline.getByText('Позиция «За с поправками»: записано секретарём по телефону 20.11.2025, не подтверждено.')).toBeVisible();
    await expect(timeline.getByText('Позиция «Против»: записано самим депутатом.')).toBeVisible();
    await expect(timeline.getByText('Принцип «Реальные интересы жителей»: в противоречии — «Решение принято без публичных слушаний».')).toBeVisible();
    await expect(timeline.getByText('Вопрос заведён.')).toBeVisible();
    const items = timeline.locator('li.history-item');
    await expect(items.first()).toContainText('Позиция подтверждена депутатом.');
    await expect(page.getByRole('region', { name: 'Работа с жителями по вопросу' })).toContainText('Жители просят сохранить сквер');
    await app.checkA11y();
    await app.screenshot('issue-page');
    // The page scrolls inside the window: a picture of each part below the fold.
    await page.getByRole('region', { name: 'Позиции депутатов' }).scrollIntoViewIfNeeded();
    await app.screenshot('issue-page-positions');
    await timeline.scrollIntoViewIfNeeded();
    await app.screenshot('issue-page-timeline');

    await page.getByRole('region', { name: 'Позиции депутатов' }).getByRole('link', { name: ANNA }).click();
    await expect(page.getByRole('heading', { level: 1, name: ANNA })).toBeVisible();
    await expect(page.getByText('5 позиций', { exact: true })).toBeVisible();
    await app.checkA11y();
    await app.screenshot('deputy-page');

    await nav(page).getByRole('link', { name: 'Работа с жителями' }).click();
    await expect(page.getByText('1 запись; всего 14 жителей')).toBeVisible();
    expect(scene.anna.id).not.toBe(scene.boris.id);
  });
});

test.describe('positions, English, on the demo workspace', () => {
  test.use({ locale: 'en-US' });

  test('the issue list, an issue page, my positions and quick entry in English', async ({ app }) => {
    const page = app.page;
    await seedWorkspace(app, { demo: true, lang: 'en', as: null });
    await page.getByRole('listbox').getByRole('option').first().click();
    await page.getByRole('button', { name: /^Continue as / }).click();
    const nav = page.getByRole('navigation', { name: 'Areas' });

    await nav.getByRole('link', { name: 'Issues' }).click();
    await expect(page.getByRole('main').getByText('60 issues', { exact: true })).toBeVisible();
    await page.getByRole('region', { name: 'Filter issues' }).getByRole('button', { name: /Status$/ }).click();
    await page.getByRole('option', { name: 'Open', exact: true }).click();
    await expect(page.getByText(/^Showing \d+ of 60 issues$/)).toBeVisible();
    await app.checkA11y();
    await app.screenshot('issues-list-en');

    await page.getByRole('region', { name: 'Issues' }).getByRole('table').getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 2, name: 'Positions of the deputies' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Timeline' }).getByText('Issue created.')).toBeVisible();
    await app.checkA11y();
    await app.screenshot('issue-page-en');

    await nav.getByRole('link', { name: 'Positions' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My positions' })).toBeVisible();
    await app.checkA11y();
    await page.getByRole('link', { name: 'Quick entry of positions' }).click();
    await expect(page.getByRole('grid', { name: /Positions on the open issues/ })).toBeVisible();
    await app.checkA11y();
    await app.screenshot('quick-entry-en');
  });
});

test.describe('positions, dark theme, on the demo workspace', () => {
  test.use({ colorScheme: 'dark' });

  test('the new screens keep their contrast in the dark theme', async ({ app }) => {
    const page = app.page;
    await seedWorkspace(app, { demo: true });
    const nav = page.getByRole('navigation', { name: 'Разделы' });

    await nav.getByRole('link', { name: 'Вопросы' }).click();
    await expect(page.getByRole('main').getByText('60 вопросов', { exact: true })).toBeVisible();
    await app.checkA11y();
    await app.screenshot('issues-list-dark');
    await page.getByRole('region', { name: 'Список вопросов' }).getByRole('table').getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 2, name: 'Позиции депутатов' })).toBeVisible();
    await app.checkA11y();
    await app.screenshot('issue-page-dark');

    await nav.getByRole('link', { name: 'Позиции' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Позиции, ждущие подтверждения' })).toBeVisible();
    await expect(page.getByRole('table')).toBeVisible();
    await app.checkA11y();
    await app.screenshot('positions-pending-dark');
    // The deputy of the first pending position, and quick entry for them.
    await page.getByRole('table').getByRole('row').nth(1).getByRole('link').nth(1).click();
    await expect(page.getByRole('heading', { level: 2, name: 'О депутате' })).toBeVisible();
    await app.checkA11y();
    await app.screenshot('deputy-page-dark');
    await page.getByRole('link', { name: 'Быстрый ввод позиций' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Быстрый ввод позиций' })).toBeVisible();
    await expect(page.getByRole('grid')).toBeVisible();
    await app.checkA11y();
    await app.screenshot('quick-entry-dark');

    await nav.getByRole('link', { name: 'Работа с жителями' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Работа с жителями' })).toBeVisible();
    await app.checkA11y();
    await app.screenshot('contacts-dark');
  });
});
