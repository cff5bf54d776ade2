import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type App } from './support/fixture';
import { ok, openWorkspaceFolder, seedWorkspace } from './support/seed';

// Exchange between laptops through the UI: two running apps, each its own device, on copies of one
// workspace, exchanging bundles both ways. Each test brings the laptops to its step through the
// real channels (records, and the bundles of the steps before it); the step itself goes through
// the exchange screens.

const ISSUE = 'Пешеходный переход у школы на Лесной';
const REASONS_A = 'Дети переходят здесь каждый день.';
const REASONS_B = 'Сначала нужен светофор, а не зебра.';

interface Laptop {
  app: App;
  deputy: { name: string; id: string; device: string };
}

/**
 * Two laptops on one demo workspace: A made it, B started from a copy of its folder (without A's
 * device-local files); a different deputy at each. `issue` is a new issue A then recorded, with
 * A's deputy's stance on it.
 */
async function twoLaptops(app: App): Promise<{ a: Laptop; b: Laptop; issue: { id: string }; bundles: string }> {
  const folderA = await seedWorkspace(app, { demo: true, as: null });
  const deputyA = await beDeputy(app, 0);
  const folderB = path.join(await app.newTempDir(), 'союз');
  await cp(folderA, folderB, { recursive: true, filter: (source) => !source.startsWith(path.join(folderA, 'local')) });
  const other = await app.another();
  await openWorkspaceFolder(other, folderB);
  const deputyB = await beDeputy(other, 1);
  const issue = await ok<{ id: string }>(app, 'records:create', { collection: 'issues', data: { title: ISSUE, category: 'transport', description: 'Жители просят переход.' } });
  await ok(app, 'positions:record', { issueId: issue.id, deputyId: deputyA.id, stance: 'support', reasons: REASONS_A });
  return { a: { app, deputy: deputyA }, b: { app: other, deputy: deputyB }, issue, bundles: await app.newTempDir() };
}

/** A bundle carried from one laptop to the other through the exchange channels (for the steps a test is not about). */
async function carry(from: App, to: App, file: string, since: string | null = null): Promise<void> {
  await from.setNextFolder(file);
  const saved = await ok<{ status: string }>(from, 'exchange:exportBundle', { since });
  if (saved.status !== 'saved') throw new Error(`the bundle was not saved: ${JSON.stringify(saved)}`);
  await to.setNextFolder(file);
  const check = await ok<{ status: string; token?: string }>(to, 'exchange:chooseBundle');
  if (check.status !== 'preview' || !check.token) throw new Error(`the bundle was not accepted: ${JSON.stringify(check)}`);
  const outcome = await ok<{ status: string }>(to, 'exchange:apply', { token: check.token });
  if (outcome.status !== 'applied') throw new Error(`the bundle was not imported: ${JSON.stringify(outcome)}`);
}

/** Says who is at this laptop: the deputy at `index` in the "who am I" list. Returns the name and id. */
async function beDeputy(app: App, index: number): Promise<{ name: string; id: string; device: string }> {
  const page = app.page;
  await expect(page.getByRole('heading', { level: 1, name: 'Кто вы?' })).toBeVisible();
  await page.getByRole('listbox', { name: 'Депутаты союза' }).getByRole('option').nth(index).click();
  const proceed = page.getByRole('button', { name: /^Продолжить как / });
  const name = (await proceed.innerText()).replace('Продолжить как ', '');
  await proceed.click();
  await expect(page.getByText(`Вы: ${name}`)).toBeVisible();
  const info = await ok<{ device: string; identity: { deputyId: string } }>(app, 'workspace:current');
  return { name, id: info.identity.deputyId, device: info.device };
}

async function openExchange(app: App): Promise<void> {
  await app.page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Обмен данными' }).click();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Обмен данными' })).toBeVisible();
}

/** Saves a bundle from the exchange screen (everything, or only what `since` lacks) to `file`. */
async function saveBundle(app: App, file: string, since?: string): Promise<void> {
  await openExchange(app);
  const send = app.page.getByRole('region', { name: 'Отправить данные' });
  if (since) await send.getByRole('radio', { name: new RegExp(`^Только новое для устройства ${since}`) }).check();
  await app.setNextFolder(file);
  await send.getByRole('button', { name: 'Сохранить пакет…' }).click();
  await expect(send.getByRole('status')).toContainText(`Пакет сохранён: ${path.basename(file)}`);
}

/** Chooses a bundle on the exchange screen and waits for its preview. */
async function previewBundle(app: App, file: string): Promise<void> {
  await openExchange(app);
  await app.setNextFolder(file);
  await app.page.getByRole('button', { name: 'Выбрать пакет…' }).click();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Загрузка пакета' })).toBeVisible();
  await expect(app.page.getByText(`Файл: ${path.basename(file)}`)).toBeVisible();
}

async function importPreviewed(app: App): Promise<void> {
  await app.page.getByRole('button', { name: 'Загрузить', exact: true }).click();
  await expect(app.page.getByRole('main').getByText(/^Пакет загружен: записано \d+/)).toBeVisible();
}

/** The issue's summary in the export preview: every deputy's stance and reasons are in it. */
async function issueSummary(app: App) {
  const page = app.page;
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Экспорт сводок' }).click();
  await page.getByRole('radio', { name: 'Один вопрос' }).check();
  await page.getByRole('combobox', { name: 'Вопрос' }).fill('пешеходный переход');
  await page.getByRole('option', { name: ISSUE }).click();
  const preview = page.getByRole('region', { name: 'Предпросмотр' });
  await expect(preview.getByRole('heading', { level: 3 })).toContainText(ISSUE);
  return preview;
}

test.describe('exchange', () => {
  test('A → B: the preview shows what will be added, by collection, before anything changes; then it is imported', async ({ app }) => {
    const { a, b, bundles } = await twoLaptops(app);

    await saveBundle(a.app, path.join(bundles, 'от-A.adbundle'));
    await previewBundle(b.app, path.join(bundles, 'от-A.adbundle'));
    const changes = b.app.page.getByRole('region', { name: 'Что изменится' });
    await expect(changes.getByRole('heading', { level: 3, name: 'Вопросы' })).toBeVisible();
    await expect(changes.getByRole('heading', { level: 3, name: 'Позиции депутатов' })).toBeVisible();
    await expect(changes.getByText(`${a.deputy.name} — ${ISSUE}`)).toBeVisible();
    await b.app.checkA11y();
    await b.app.screenshot('import-preview');
    // Nothing has changed before the import.
    expect(await ok<unknown>(b.app, 'records:list', { collection: 'issues', query: { where: { title: ISSUE } } })).toMatchObject({ total: 0 });
    await importPreviewed(b.app);
    expect(await ok<unknown>(b.app, 'records:list', { collection: 'issues', query: { where: { title: ISSUE } } })).toMatchObject({ total: 1 });
  });

  test('B → A with only what A lacks; each laptop then shows both stances', async ({ app }) => {
    const { a, b, issue, bundles } = await twoLaptops(app);
    await carry(a.app, b.app, path.join(bundles, 'от-A.adbundle'));

    // Laptop B: its own deputy's stance on the same issue; B → A with only what A lacks.
    await ok(b.app, 'positions:record', { issueId: issue.id, deputyId: b.deputy.id, stance: 'oppose', reasons: REASONS_B });
    await saveBundle(b.app, path.join(bundles, 'от-B.adbundle'), a.deputy.device);
    await previewBundle(a.app, path.join(bundles, 'от-B.adbundle'));
    await expect(a.app.page.getByText(/В пакете только то, чего у вас не было при прошлом обмене/)).toBeVisible();
    await importPreviewed(a.app);

    for (const laptop of [a.app, b.app]) {
      const preview = await issueSummary(laptop);
      for (const text of [a.deputy.name, b.deputy.name, REASONS_A, REASONS_B]) await expect(preview.getByText(text, { exact: false }).first()).toBeVisible();
    }
  });

  test('the same text edited on both laptops is kept as a conflict, shown before the import and resolved after it', async ({ app }) => {
    const { a, b, issue, bundles } = await twoLaptops(app);
    await carry(a.app, b.app, path.join(bundles, 'от-A.adbundle'));
    await carry(b.app, a.app, path.join(bundles, 'от-B.adbundle'), a.deputy.device);

    await ok(a.app, 'records:patch', { collection: 'issues', id: issue.id, data: { description: 'Переход нужен у ворот школы.' } });
    await ok(b.app, 'records:patch', { collection: 'issues', id: issue.id, data: { description: 'Переход нужен у остановки автобуса.' } });
    await saveBundle(a.app, path.join(bundles, 'от-A-2.adbundle'), b.deputy.device);
    await previewBundle(b.app, path.join(bundles, 'от-A-2.adbundle'));
    const page = b.app.page;
    const texts = page.getByRole('region', { name: 'Тексты, изменённые на обоих устройствах' });
    await expect(texts.getByText(`${ISSUE} — описание`)).toBeVisible();
    await expect(texts.getByText(/Правки пересекаются/)).toBeVisible();
    await b.app.checkA11y();
    await texts.evaluate((region) => region.scrollIntoView({ block: 'center' }));
    await b.app.screenshot('import-preview-conflict');
    await importPreviewed(b.app);

    await page.getByRole('link', { name: 'Разобрать расхождения' }).click();
    const card = page.getByRole('region', { name: `${ISSUE} — описание` });
    await expect(card.getByText('Жители просят переход.')).toBeVisible();
    await expect(card.getByText('Переход нужен у ворот школы.')).toBeVisible();
    await expect(card.getByText('Переход нужен у остановки автобуса.')).toBeVisible();
    await b.app.checkA11y();
    await b.app.screenshot('exchange-conflicts');
    await card.getByRole('button', { name: new RegExp(`^Оставить эту версию \\(${a.deputy.name}, `) }).click();
    await expect(page.getByText('Расхождений нет — все тексты согласованы.')).toBeVisible();
    expect(await ok<{ description: string }>(b.app, 'records:get', { collection: 'issues', id: issue.id })).toMatchObject({ description: 'Переход нужен у ворот школы.' });

    await openExchange(b.app);
    await b.app.checkA11y();
    await b.app.screenshot('exchange');
  });

  test('a bundle from another workspace is refused with its reason, and nothing changes', async ({ app }) => {
    const page = app.page;
    await seedWorkspace(app, { demo: true });
    const bundle = path.join(await app.newTempDir(), 'чужой.adbundle');
    await saveBundle(app, bundle);

    // Another workspace on the same laptop.
    await page.getByRole('button', { name: 'Закрыть пространство' }).click();
    await seedWorkspace(app, { demo: true });
    const before = await ok<{ total: number }>(app, 'records:list', { collection: 'deputies', query: { limit: 1 } });

    await previewBundle(app, bundle);
    await expect(page.getByRole('alert').filter({ hasText: 'Пакет не принят' })).toContainText('Пакет из другого пространства');
    await app.checkA11y();
    await app.screenshot('import-refused');
    expect(await ok<{ total: number }>(app, 'records:list', { collection: 'deputies', query: { limit: 1 } })).toMatchObject({ total: before.total });
  });

  test('a bundle dropped on the window is checked from its bytes', async ({ app }) => {
    const page = app.page;
    await seedWorkspace(app, { demo: true });
    const file = path.join(await app.newTempDir(), 'свой.adbundle');
    await saveBundle(app, file);
    const base64 = (await readFile(file)).toString('base64');

    // A real drop in Chromium: a File in a DataTransfer, as the OS hands it to the page.
    await page.evaluate(
      ({ name, data }) => {
        // The page's DOM types, which this Node-side file does not load.
        const dom = globalThis as unknown as {
          DataTransfer: new () => { items: { add(file: File): void } };
          DragEvent: new (type: string, init: object) => Event;
          dispatchEvent(event: Event): boolean;
        };
        const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
        const transfer = new dom.DataTransfer();
        transfer.items.add(new File([bytes], name));
        for (const type of ['dragenter', 'drop']) dom.dispatchEvent(new dom.DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      { name: 'свой.adbundle', data: base64 },
    );
    await expect(page.getByRole('heading', { level: 1, name: 'Загрузка пакета' })).toBeVisible();
    await expect(page.getByText('Файл: свой.adbundle')).toBeVisible();
    // Its own bundle brings nothing new.
    await expect(page.getByText('Всё из этого пакета у вас уже есть. Загружать нечего.')).toBeVisible();
  });
});
