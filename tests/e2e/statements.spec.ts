import type { Page } from '@playwright/test';
import { expect, test, type App } from './support/fixture';
import { actAs, ok, seedWorkspace } from './support/seed';

// The journey of a joint statement, through the UI: the secretary drafts from a template,
// completes the principle review and opens it for signature; two deputies sign; the secretary
// edits; both signatures show as for an earlier version; one deputy signs again. Each test sets
// the statement up to its step through the real channels and goes through that step in the UI.

type Rec = { id: string };
type StatementRec = Rec & { title: string; currentVersionId: string };

/** Collects what the strict CSP of index.html refused (ProseMirror's injected <style>, for one). */
function watchCsp(page: Page, refused: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error' && /Refused to|violates the following Content Security Policy/.test(message.text())) refused.push(message.text());
  });
}

const ORLOVA = 'Орлова Мария Сергеевна';
const BELOV = 'Белов Игорь Петрович';
const ZAITSEV = 'Зайцев Олег Ильич';
const PROPOSALS = '<p>Провести открытое обсуждение с жителями и опубликовать все документы по вопросу.</p>';
/** The paragraph the secretary adds to the proposals (version 2), and what the later edit appends (version 3). */
const ADDED = '<p>Просим управу <strong>отменить</strong> порубочный билет.</p>';
const APPENDED = '<p>Просим управу <strong>отменить</strong> порубочный билет. И провести публичные слушания.</p>';

interface Alliance {
  orlova: Rec;
  belov: Rec;
  zaitsev: Rec;
  issue: Rec;
}

/** A new workspace as the secretary, with three deputies, an issue, the alliance line and one objection. */
async function alliance(app: App): Promise<Alliance> {
  await seedWorkspace(app, { name: 'Союз депутатов' });
  const deputy = (name: string) => ok<Rec>(app, 'records:create', { collection: 'deputies', data: { name, districtId: 'msk-45374000' } });
  const orlova = await deputy(ORLOVA);
  const belov = await deputy(BELOV);
  const zaitsev = await deputy(ZAITSEV);
  const issue = await ok<Rec>(app, 'records:create', {
    collection: 'issues',
    data: {
      title: 'Вырубка сквера на Лесной улице',
      category: 'environment',
      districtIds: ['msk-45374000'],
      description: 'Управа согласовала вырубку 40 деревьев в сквере под парковку.',
      principleIds: ['principle-3'],
    },
  });
  await ok(app, 'lines:adopt', { issueId: issue.id, stance: 'oppose', text: 'Сквер нужно сохранить, парковку — разместить на пустыре.', rule: 'majority', adoptedOn: '2026-11-01' });
  await ok(app, 'positions:record', {
    issueId: issue.id,
    deputyId: zaitsev.id,
    stance: 'support',
    reasons: 'Жителям не хватает парковочных мест.',
    onBehalf: { channel: 'phone', givenAt: '2026-11-02T10:00:00.000Z' },
  });
  await ok(app, 'positions:record', {
    issueId: issue.id,
    deputyId: belov.id,
    stance: 'abstain',
    reasons: 'Нужна независимая экспертиза состояния деревьев.',
    onBehalf: { channel: 'meeting', givenAt: '2026-11-02T11:00:00.000Z' },
  });
  return { orlova, belov, zaitsev, issue };
}

/** The draft from the "statement on an issue" template, with the secretary's paragraph added: version 2. */
async function draft(app: App, scene: Alliance): Promise<StatementRec> {
  const statement = await ok<StatementRec>(app, 'statements:create', { language: 'ru', issueIds: [scene.issue.id], template: 'issue_statement' });
  const first = await ok<{ body: string }>(app, 'records:get', { collection: 'statementVersions', id: statement.currentVersionId });
  if (!first.body.includes(PROPOSALS)) throw new Error('the template no longer has the proposals paragraph this spec edits');
  await ok(app, 'statements:saveVersion', { statementId: statement.id, title: statement.title, body: first.body.replace(PROPOSALS, PROPOSALS + ADDED) });
  return statement;
}

/** Discussion, the principle review complete (principle 4 in tension, explained), open for signature. */
async function openForSignature(app: App, statement: StatementRec): Promise<void> {
  await ok(app, 'statements:move', { statementId: statement.id, to: 'review' });
  const review = [1, 2, 3].map((n) => ({ principleId: `principle-${n}`, verdict: 'upholds', note: '' }));
  review.push({ principleId: 'principle-4', verdict: 'tension', note: 'Заявление не предлагает жителям постоянного участия после обсуждения.' });
  await ok(app, 'statements:setReview', { statementId: statement.id, review });
  await ok(app, 'statements:move', { statementId: statement.id, to: 'open' });
}

/** Each deputy signs the current version themself; the secretary is "who am I" again afterwards. */
async function signedBy(app: App, statement: StatementRec, deputies: Rec[]): Promise<void> {
  for (const deputy of deputies) {
    await actAs(app, { kind: 'deputy', deputyId: deputy.id });
    await ok(app, 'statements:sign', { statementId: statement.id, deputyId: deputy.id });
  }
  await actAs(app, { kind: 'secretary' });
}

/** Open for signature and signed on version 2 by Орлова and Белов, themselves. */
async function signedByTwo(app: App): Promise<{ scene: Alliance; statement: StatementRec }> {
  const scene = await alliance(app);
  const statement = await draft(app, scene);
  await openForSignature(app, statement);
  await signedBy(app, statement, [scene.orlova, scene.belov]);
  return { scene, statement };
}

/** The secretary's edit after the signatures: version 3. */
async function editedAfterSigning(app: App, statement: StatementRec): Promise<void> {
  const current = await ok<{ currentVersionId: string }>(app, 'records:get', { collection: 'statements', id: statement.id });
  const version = await ok<{ body: string }>(app, 'records:get', { collection: 'statementVersions', id: current.currentVersionId });
  await ok(app, 'statements:saveVersion', { statementId: statement.id, title: statement.title, body: version.body.replace(ADDED, APPENDED) });
}

/** "Who am I" through the top bar's "Сменить". */
async function switchTo(page: Page, who: string | 'secretary'): Promise<void> {
  await page.getByRole('button', { name: 'Сменить, от чьего имени вы работаете' }).click();
  if (who === 'secretary') {
    await page.getByRole('button', { name: 'Я секретарь союза' }).click();
    await expect(page.getByText('Вы: секретарь союза')).toBeVisible();
    return;
  }
  await page.getByRole('listbox', { name: 'Депутаты союза' }).getByRole('option', { name: who }).click();
  await page.getByRole('button', { name: `Продолжить как ${who}` }).click();
  await expect(page.getByText(`Вы: ${who}`)).toBeVisible();
}

async function openStatement(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Заявления' }).click();
  await page.getByRole('main').getByRole('link', { name: title }).click();
}

/**
 * A screenshot is taken without notices over the screen. They also fade by themselves after a few
 * seconds, so one may go while it is being clicked: dismiss whichever is left until none is.
 */
async function dismissNotices(page: Page): Promise<void> {
  const dismiss = page.getByRole('button', { name: /^(Скрыть уведомление|Dismiss)/ });
  await expect(async () => {
    if ((await dismiss.count()) > 0) await dismiss.first().click({ timeout: 1_000 });
    await expect(dismiss).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
}

async function screenshot(app: App, name: string): Promise<void> {
  await dismissNotices(app.page);
  await app.screenshot(name);
}

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Разделы заявления' }).getByRole('link', { name });
const signatureTable = (page: Page) => page.getByRole('table', { name: /Подписи депутатов/ });

test.describe('joint statements', () => {
  const refused: string[] = [];
  test.beforeEach(({ app }) => {
    refused.length = 0;
    watchCsp(app.page, refused);
  });
  test.afterEach(() => {
    expect(refused, 'nothing the statement screens do is refused by the Content-Security-Policy').toEqual([]);
  });

  test('the secretary drafts from a template and edits the text with the toolbar and the keyboard', async ({ app }) => {
    const page = app.page;
    const main = page.getByRole('main');
    await alliance(app);

    // The list, empty.
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Заявления' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Заявления' })).toBeVisible();
    await expect(main.getByText('Заявлений пока нет.', { exact: false })).toBeVisible();
    await app.checkA11y();

    // A draft from the "statement on an issue" template, in Russian, about the issue.
    await page.getByRole('link', { name: 'Создать заявление' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Новое заявление' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Заявление по вопросу' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Русский' })).toBeChecked();
    await page.getByRole('combobox', { name: 'Добавить вопрос' }).fill('сквер');
    await page.getByRole('option', { name: 'Вырубка сквера на Лесной улице' }).click();
    await page.getByRole('button', { name: 'Добавить', exact: true }).click();
    await expect(main.getByText('по нему заполняется шаблон')).toBeVisible();
    await app.checkA11y();
    await screenshot(app, 'statement-new');
    await page.getByRole('button', { name: 'Создать черновик' }).click();

    // The editor, prefilled: the facts, the alliance line, the principle the issue engages.
    const body = page.getByRole('textbox', { name: 'Текст заявления' });
    await expect(body).toContainText('Управа согласовала вырубку 40 деревьев');
    await expect(body).toContainText('Выступает против. Сквер нужно сохранить');
    await expect(body.getByRole('heading', { name: 'Суть вопроса' })).toBeVisible();
    const toolbar = page.getByRole('toolbar', { name: 'Оформление текста' });
    await body.getByText('На каких принципах мы стоим').click();
    await expect(toolbar.getByRole('button', { name: 'Заголовок', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(toolbar.getByRole('button', { name: 'Жирный' })).toHaveAttribute('aria-pressed', 'false');

    // Add a paragraph to the proposals, with a bold word through the keyboard shortcut.
    await body.getByText('Провести открытое обсуждение').click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Просим управу ');
    await page.keyboard.press('ControlOrMeta+b');
    await expect(toolbar.getByRole('button', { name: 'Жирный' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.type('отменить');
    await page.keyboard.press('ControlOrMeta+b');
    await page.keyboard.type(' порубочный билет.');
    await expect(body.locator('strong', { hasText: 'отменить' })).toBeVisible();
    // The new paragraph follows the proposal whole, not inside one of its words.
    await expect(body.locator('p', { hasText: 'Провести открытое обсуждение' })).toHaveText('Провести открытое обсуждение с жителями и опубликовать все документы по вопросу.');
    await expect(body.locator('p', { hasText: 'Просим управу' })).toHaveText('Просим управу отменить порубочный билет.');
    await expect(main.getByText('Есть несохранённые изменения')).toBeVisible();
    await app.checkA11y();
    await page.getByRole('textbox', { name: 'Название заявления' }).scrollIntoViewIfNeeded();
    await screenshot(app, 'statement-editor');
    await page.getByRole('button', { name: 'Сохранить как новую редакцию' }).click();
    await expect(page.getByRole('status').getByText('Сохранено: редакция 2')).toBeVisible();
    await expect(main.getByText('Изменений нет')).toBeVisible();
  });

  test('opening for signature waits for a complete principle review, which explains a tension', async ({ app }) => {
    const page = app.page;
    const main = page.getByRole('main');
    await draft(app, await alliance(app));
    await openStatement(page, /Вырубка сквера/);

    // Discussion; opening is refused until the principle review is complete, and says why.
    await page.getByRole('button', { name: 'Передать на обсуждение' }).click();
    await expect(main.getByText('На обсуждении', { exact: true }).first()).toBeVisible();
    await expect(main.getByText('завершите проверку принципами: не отмечено 4 из 4')).toBeVisible();
    await page.getByRole('button', { name: 'Открыть для подписей' }).click();
    await expect(main.getByRole('alert').getByText('Нельзя открыть для подписей: проверка принципами не завершена.', { exact: false })).toBeVisible();

    await section(page, 'Проверка принципами').click();
    const review = page.getByRole('region', { name: 'Проверка принципами' });
    await review.getByRole('group', { name: 'Принцип 1. Независимость' }).getByRole('radio', { name: 'Соблюдается' }).check();
    await review.getByRole('group', { name: 'Принцип 2. Общее, а не различия' }).getByRole('radio', { name: 'Соблюдается' }).check();
    await review.getByRole('group', { name: 'Принцип 3. Реальные интересы жителей' }).getByRole('radio', { name: 'Соблюдается' }).check();
    const fourth = review.getByRole('group', { name: 'Принцип 4. Работа всё время' });
    await fourth.getByRole('radio', { name: 'Есть противоречие' }).check();
    await review.getByRole('button', { name: 'Сохранить проверку' }).click();
    const note = fourth.getByRole('textbox', { name: 'В чём противоречие' });
    await expect(note).toHaveAccessibleDescription('Объясните, в чём противоречие с принципом.');
    await expect(note).toBeFocused();
    await note.fill('Заявление не предлагает жителям постоянного участия после обсуждения.');
    await review.getByRole('button', { name: 'Сохранить проверку' }).click();
    await expect(page.getByRole('status').getByText('Проверка сохранена: отмечено 4 из 4')).toBeVisible();
    await app.checkA11y();
    await screenshot(app, 'statement-review');
    await page.getByRole('button', { name: 'Открыть для подписей' }).click();
    await expect(page.getByRole('status').getByText('Статус заявления: Открыто для подписей')).toBeVisible();
    await expect(review.getByText('проверка зафиксирована', { exact: false })).toBeVisible();
  });

  test('two deputies sign the current version', async ({ app }) => {
    const page = app.page;
    const main = page.getByRole('main');
    await openForSignature(app, await draft(app, await alliance(app)));

    for (const deputy of [ORLOVA, BELOV]) {
      await switchTo(page, deputy);
      await openStatement(page, /Вырубка сквера/);
      await section(page, 'Подписи').click();
      await page.getByRole('button', { name: 'Подписать редакцию 2' }).click();
      await expect(page.getByRole('status').getByText('Вы подписали редакцию 2')).toBeVisible();
      await expect(signatureTable(page).getByRole('row', { name: new RegExp(deputy) })).toContainText('Под текущей редакцией');
    }
    await expect(main.getByText('2 подписи под текущей редакцией')).toBeVisible();
    await app.checkA11y();
  });

  test('an edit after signing makes both signatures stale; a signature given by phone; the diff of the two versions', async ({ app }) => {
    const page = app.page;
    const main = page.getByRole('main');
    await signedByTwo(app);

    // The secretary edits the text: version 3.
    await openStatement(page, /Вырубка сквера/);
    await section(page, 'Редактирование').click();
    await expect(main.getByText('Под текущей редакцией 2 подписи. После сохранения', { exact: false })).toBeVisible();
    const text = page.getByRole('textbox', { name: 'Текст заявления' });
    await text.getByText('порубочный билет').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' И провести публичные слушания.');
    await expect(text).toContainText('порубочный билет. И провести публичные слушания.');
    await page.getByRole('button', { name: 'Сохранить как новую редакцию' }).click();
    await expect(page.getByRole('status').getByText('Сохранено: редакция 3')).toBeVisible();

    // Both signatures are now for an earlier version, with its number.
    await section(page, 'Подписи').click();
    const signatures = signatureTable(page);
    await expect(signatures.getByRole('row', { name: new RegExp(ORLOVA) })).toContainText('Редакция 2');
    await expect(signatures.getByRole('row', { name: new RegExp(ORLOVA) })).toContainText('Под прежней редакцией — нужна новая подпись');
    await expect(signatures.getByRole('row', { name: new RegExp(BELOV) })).toContainText('Под прежней редакцией — нужна новая подпись');
    await expect(main.getByRole('heading', { name: '2 подписи под прежней редакцией — нужно подписать заново' })).toBeVisible();

    // A third deputy agreed by phone: the secretary records it, unconfirmed until the deputy confirms.
    const record = page.getByRole('region', { name: 'Записать подпись со слов депутата' });
    await record.getByRole('combobox', { name: 'Депутат' }).fill('зайцев');
    await page.getByRole('option', { name: ZAITSEV }).click();
    await record.getByRole('radio', { name: 'по телефону' }).check();
    await record.getByRole('button', { name: 'Записать подпись' }).click();
    await expect(page.getByRole('status').getByText(`Подпись депутата ${ZAITSEV} записана.`, { exact: false })).toBeVisible();
    await expect(signatures.getByRole('row', { name: new RegExp(ZAITSEV) })).toContainText('Ждёт подтверждения депутатом');
    await expect(signatures.getByRole('row', { name: new RegExp(ZAITSEV) })).toContainText('Со слов депутата: по телефону');
    await app.checkA11y();

    // The diff of versions 2 → 3: the insertion, marked for the eye and for screen readers.
    await section(page, 'Редакции').click();
    await expect(main.getByRole('heading', { name: 'Что изменилось: редакция 2 → редакция 3' })).toBeVisible();
    const inserted = main.locator('ins', { hasText: 'публичные слушания' });
    await expect(inserted).toBeVisible();
    await expect(inserted).toContainText('[добавлено:');
    await expect(main.getByText('Добавлен 1 фрагмент', { exact: true })).toBeVisible();
    await app.checkA11y();
    // The screen scrolls inside the shell: bring the comparison to the top for the picture.
    await main.getByRole('heading', { name: 'Сравнение редакций' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await screenshot(app, 'statement-diff');
  });

  test('the dissent annex is built from the positions of those who disagree and saved with the statement', async ({ app }) => {
    const page = app.page;
    const main = page.getByRole('main');
    await draft(app, await alliance(app));
    await openStatement(page, /Вырубка сквера/);

    await section(page, 'Особые мнения').click();
    await expect(main.getByText('1 депутат воздерживается.')).toBeVisible();
    await page.getByRole('button', { name: 'Собрать из позиций' }).click();
    const annex = page.getByRole('textbox', { name: 'Текст приложения' });
    await expect(annex).toContainText(`${BELOV} (воздерживается): Нужна независимая экспертиза`);
    await page.getByRole('button', { name: 'Сохранить приложение' }).click();
    await expect(page.getByRole('status').getByText('Приложение сохранено')).toBeVisible();
    await app.checkA11y();
    await screenshot(app, 'statement-dissent');
  });

  test('a deputy whose signature went stale is asked to sign again, and does; the list by signer', async ({ app }) => {
    const page = app.page;
    const main = page.getByRole('main');
    const { scene, statement } = await signedByTwo(app);
    await editedAfterSigning(app, statement);
    await ok(app, 'statements:sign', { statementId: statement.id, deputyId: scene.zaitsev.id, onBehalf: { channel: 'phone', givenAt: '2026-11-20T10:00:00.000Z' } });

    await switchTo(page, ORLOVA);
    await openStatement(page, /Вырубка сквера/);
    const banner = page.getByRole('region', { name: 'Текст изменился после вашей подписи — подпишите заново' });
    await expect(banner).toContainText('Вы подписали редакцию 2, а сейчас действует редакция 3.');
    await app.checkA11y();
    await banner.getByRole('button', { name: 'Подписать редакцию 3' }).click();
    await expect(page.getByRole('status').getByText('Вы подписали редакцию 3')).toBeVisible();
    await expect(banner).toBeHidden();
    await section(page, 'Подписи').click();
    const signatures = signatureTable(page);
    await expect(signatures.getByRole('row', { name: new RegExp(ORLOVA) })).toContainText('Под текущей редакцией');
    await expect(signatures.getByRole('row', { name: new RegExp(BELOV) })).toContainText('Редакция 2');
    await expect(signatures.getByRole('row', { name: new RegExp(BELOV) })).toContainText('Под прежней редакцией — нужна новая подпись');
    await expect(signatures.getByRole('row', { name: new RegExp(ZAITSEV) })).toContainText('Под текущей редакцией');
    await expect(main.getByText('2 подписи под текущей редакцией · 1 — под прежней редакцией · 1 не подтверждена депутатом').first()).toBeVisible();
    await app.checkA11y();
    await main.getByRole('heading', { level: 2, name: 'Подписи' }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await screenshot(app, 'statement-signatures-stale');

    // The list by signer: each deputy with the state of their signature.
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Заявления' }).click();
    await page.getByRole('radio', { name: 'По подписавшим' }).check();
    const belovGroup = main.getByRole('region', { name: new RegExp(BELOV) });
    await expect(belovGroup).toContainText('Подпись под прежней редакцией — нужно подписать заново');
    await app.checkA11y();
    await screenshot(app, 'statements-by-signer');
  });
});

test.describe('joint statements, English and dark', () => {
  test.use({ locale: 'en-US', colorScheme: 'dark' });

  test('a stale signature, the list by status and the diff read the same in English', async ({ app }) => {
    const page = app.page;
    const main = page.getByRole('main');
    await seedWorkspace(app, { name: 'Alliance', lang: 'en' });

    // The scene through the channels: open for signature, signed by a deputy, then edited.
    const deputy = await ok<Rec>(app, 'records:create', { collection: 'deputies', data: { name: 'Maria Orlova', districtId: 'msk-45374000' } });
    const statement = await ok<Rec & { currentVersionId: string }>(app, 'statements:create', { language: 'en', issueIds: [], template: 'open_letter' });
    await ok(app, 'statements:move', { statementId: statement.id, to: 'review' });
    const review = [1, 2, 3, 4].map((n) => ({ principleId: `principle-${n}`, verdict: 'upholds', note: '' }));
    await ok(app, 'statements:setReview', { statementId: statement.id, review });
    await ok(app, 'statements:move', { statementId: statement.id, to: 'open' });
    await ok(app, 'statements:sign', { statementId: statement.id, deputyId: deputy.id, onBehalf: { channel: 'phone', givenAt: '2026-11-20T10:00:00.000Z' } });
    await ok(app, 'statements:saveVersion', { statementId: statement.id, title: 'Open letter to residents', body: '<p>Dear residents, we have asked the council to keep the square.</p>' });

    await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Statements' }).click();
    const open = main.getByRole('region', { name: /Open for signature/ });
    await expect(open).toContainText('0 signatures on the current version · 1 on an earlier version · 1 not confirmed by the deputy');
    await app.checkA11y();
    await screenshot(app, 'statements-en-dark');

    await open.getByRole('link', { name: 'Open letter to residents' }).click();
    await page.getByRole('navigation', { name: 'Statement sections' }).getByRole('link', { name: 'Signatures' }).click();
    const row = page.getByRole('table', { name: /Deputies' signatures/ }).getByRole('row', { name: /Maria Orlova/ });
    await expect(row).toContainText('Version 1');
    await expect(row).toContainText('On an earlier version — needs a new signature');
    await expect(row).toContainText("On the deputy's word: by phone");
    await expect(row).toContainText('Awaiting the deputy’s confirmation');
    await app.checkA11y();
    await screenshot(app, 'statement-signatures-en-dark');

    await page.getByRole('navigation', { name: 'Statement sections' }).getByRole('link', { name: 'Versions' }).click();
    await expect(main.getByRole('heading', { name: 'What changed: version 1 → version 2' })).toBeVisible();
    await expect(main.locator('ins').filter({ hasText: 'council' })).toContainText('[added:');
    await app.checkA11y();
  });
});

test.describe('joint statements in the demo workspace', () => {
  test('every status, with signatures on earlier versions, lists and opens cleanly', async ({ app }) => {
    const page = app.page;
    const main = page.getByRole('main');
    await seedWorkspace(app, { demo: true });
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Заявления' }).click();
    await expect(main.getByText('5 заявлений', { exact: true })).toBeVisible();
    await app.checkA11y();
    await screenshot(app, 'statements-demo');
    await page.getByRole('radio', { name: 'По вопросам' }).check();
    await app.checkA11y();

    // Each statement's sections render without an error and pass the accessibility check.
    const titles = await main.getByRole('heading', { level: 3 }).getByRole('link').allInnerTexts();
    await main.getByRole('heading', { level: 3 }).getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1, name: titles[0] })).toBeVisible();
    for (const name of ['Текст', 'Редакции', 'Проверка принципами', 'Подписи', 'Особые мнения', 'Редактирование']) {
      await section(page, name).click();
      await expect(section(page, name)).toHaveAttribute('aria-current', 'page');
      await app.checkA11y();
    }
  });
});
