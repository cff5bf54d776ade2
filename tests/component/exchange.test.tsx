/// <reference types="node" />
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { startApp, type TestApp } from './support/realApp';
import { receiveBundle, saveBundle, type Laptop } from './support/peer-laptop';

const ARBAT = 'msk-45374000';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** This laptop (the secretary's) and a second one made from a copy of its workspace. */
async function twoLaptops(): Promise<{ app: TestApp; peer: Laptop }> {
  const app = await startApp({ name: 'Союз' });
  return { app, peer: await app.peer() };
}

const dropEvent = (type: string, files: File[]) => {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files, dropEffect: 'none' } });
  return event;
};

describe('exchange', () => {
  it('saves a bundle of everything, or of what a peer lacks, and says what it holds', async () => {
    const { app, peer } = await twoLaptops();
    const anna = await peer.create('deputies', { name: 'Белова Анна', districtId: ARBAT });
    const issue = await peer.create('issues', { title: 'Сквер на Лесной', category: 'environment' });
    await peer.actAs({ kind: 'deputy', deputyId: anna.id });
    await peer.call('positions:record', { issueId: issue.id, deputyId: anna.id, stance: 'oppose', reasons: 'Жители против.' });
    await receiveBundle(app, await saveBundle(peer, path.join(app.root, 'from-anna.adbundle')));
    await app.create('groups', { name: 'Жильё', kind: 'working' });
    const { user } = await app.render('#/exchange');

    expect(await screen.findByRole('heading', { level: 1, name: 'Обмен данными' })).toBeInTheDocument();
    expect(await screen.findByText(`Это устройство: ${await app.device()}`)).toBeInTheDocument();
    const send = screen.getByRole('region', { name: 'Отправить данные' });
    expect(within(send).getByRole('radio', { name: 'Все данные пространства' })).toBeChecked();
    const peerDevice = await peer.device();
    const sinceLabel = new RegExp(`^Только новое для устройства ${escape(peerDevice)} последний пакет от него — .+; изменения вносили: .*Белова Анна`);
    await user.click(await within(send).findByRole('radio', { name: sinceLabel }));
    app.host.saveFile = path.join(app.root, 'to-anna.adbundle');
    await user.click(within(send).getByRole('button', { name: 'Сохранить пакет…' }));
    expect(await within(send).findByText('Пакет сохранён: to-anna.adbundle — 1 изменение.')).toBeInTheDocument();
    expect(app.bridge.callsTo('exchange:exportBundle')).toEqual([{ since: peerDevice }]);
    // The bundle holds only what the peer lacks: the new group, none of the peer's own records.
    peer.host.openFiles.push(app.host.saveFile);
    const check = await peer.call('exchange:chooseBundle');
    expect(check.status === 'preview' && check.preview.collections).toEqual({
      groups: expect.objectContaining({ added: 1, records: expect.objectContaining({ added: [expect.objectContaining({ title: 'Жильё' })] }) }),
    });

    app.host.saveFile = path.join(app.root, 'unplugged', 'to-anna.adbundle');
    await user.click(within(send).getByRole('button', { name: 'Сохранить пакет…' }));
    await waitFor(() => expect(within(send).getByRole('alert')).toHaveTextContent('Пакет не сохранён: папка не найдена — возможно, флешка отключена.'));
  });

  it('previews a chosen bundle grouped by collection, with titles and conflicts, then imports it', async () => {
    const app = await startApp({ name: 'Союз' });
    const anna = await app.create('deputies', { name: 'Белова Анна', districtId: ARBAT });
    const square = await app.create('issues', { title: 'Сквер на Лесной', category: 'environment', description: 'Управа предлагает парковку.' });
    const lines = ['Жители просят сохранить сквер.', 'Застройщик предлагает парковку.', 'Совет обсудит вопрос в марте.'];
    const parking = await app.create('issues', { title: 'Парковка', category: 'transport', description: lines.join('\n') });
    const peer = await app.peer();
    await peer.create('deputies', { name: 'Ершов Олег', districtId: ARBAT });
    await peer.create('deputies', { name: 'Громова Вера', districtId: ARBAT });
    await peer.actAs({ kind: 'deputy', deputyId: anna.id });
    await peer.call('records:patch', { collection: 'issues', id: square.id, data: { description: 'Жители против парковки.', status: 'hearing' } });
    await peer.call('records:patch', { collection: 'issues', id: parking.id, data: { description: lines.join('\n').replace('в марте', 'в апреле') } });
    await app.call('records:patch', { collection: 'issues', id: square.id, data: { description: 'Совет перенёс слушания.' } });
    await app.call('records:patch', { collection: 'issues', id: parking.id, data: { description: lines.join('\n').replace('сохранить сквер', 'сохранить старый сквер') } });
    app.host.openFiles.push(await saveBundle(peer, path.join(app.root, 'anna.adbundle'), await app.device()));
    const { user } = await app.render('#/exchange');
    await user.click(await screen.findByRole('button', { name: 'Выбрать пакет…' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Загрузка пакета' })).toBeInTheDocument();
    expect(screen.getByText('Файл: anna.adbundle')).toBeInTheDocument();
    // The peer never had a bundle from here, so "only what is new for this device" holds all its operations.
    expect(screen.getByText(new RegExp(`Автор: Белова Анна\\. Устройство: ${escape(await peer.device())}\\. В пакете все данные того устройства\\.$`))).toBeInTheDocument();
    expect(screen.getByText(/^Изменений в пакете: \d+; новых для вас: 4; уже есть: \d+\.$/)).toBeInTheDocument();
    const changes = screen.getByRole('region', { name: 'Что изменится' });
    expect(within(changes).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Депутаты', 'Вопросы']);
    expect(within(changes).getByText('Добавится: 2 записи')).toBeInTheDocument();
    expect(within(changes).getByText('Ершов Олег')).toBeInTheDocument();
    expect(within(changes).getByText('Изменится: 2 записи')).toBeInTheDocument();
    // The conflicting description is listed with the texts; the record lists the field that simply changes.
    expect(within(changes).getByText(/поля: статус$/)).toBeInTheDocument();
    const texts = screen.getByRole('region', { name: 'Тексты, изменённые на обоих устройствах' });
    expect(within(texts).getByText('Парковка — описание')).toBeInTheDocument();
    expect(within(texts).getByText('Сквер на Лесной — описание')).toBeInTheDocument();
    expect(within(texts).getAllByText(/версии: (Белова Анна и секретарь союза|секретарь союза и Белова Анна)/)).toHaveLength(2);
    // A dry run: nothing changed yet.
    expect((await app.get('issues', square.id))?.status).toBe('open');

    await user.click(screen.getByRole('button', { name: 'Загрузить' }));
    // Said once on the page, and once by the announcer for screen readers; the four new operations
    // and what merging the two texts writes.
    expect(await screen.findAllByText('Пакет загружен: записано 6 изменений.')).toHaveLength(2);
    expect((await app.get('issues', parking.id))?.description).toBe('Жители просят сохранить старый сквер.\nЗастройщик предлагает парковку.\nСовет обсудит вопрос в апреле.');
    expect((await app.get('issues', square.id))?.status).toBe('hearing');
    await user.click(screen.getByRole('link', { name: 'Разобрать расхождения' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Расхождения в текстах' })).toBeInTheDocument();
  });

  it('asks for an explicit yes before an import that deletes many records', async () => {
    const app = await startApp({ name: 'Союз' });
    const groups = [];
    for (const name of ['Транспорт', 'Жильё', 'Экология', 'Школы']) groups.push(await app.create('groups', { name, kind: 'working' }));
    const peer = await app.peer();
    for (const group of groups.slice(0, 3)) await peer.call('records:delete', { collection: 'groups', id: group.id });
    app.host.openFiles.push(await saveBundle(peer, path.join(app.root, 'x.adbundle'), await app.device()));
    const { user } = await app.render('#/exchange');
    await user.click(await screen.findByRole('button', { name: 'Выбрать пакет…' }));

    const warning = await screen.findByRole('region', { name: 'Пакет удаляет много записей' });
    expect(within(warning).getByText('Загрузка удалит 3 записи:')).toBeInTheDocument();
    expect(within(warning).getByText('Группы: 3 из 4')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Загрузить' })).toBeDisabled();
    expect(screen.getByText('Сначала подтвердите удаление записей.')).toBeInTheDocument();
    expect(await app.all('groups')).toHaveLength(4);
    await user.click(within(warning).getByRole('checkbox', { name: 'Да, удалить эти записи при загрузке' }));
    await user.click(screen.getByRole('button', { name: 'Загрузить' }));
    expect(await screen.findAllByText('Пакет загружен: записано 3 изменения.')).toHaveLength(2);
    expect(app.bridge.callsTo('exchange:apply')).toEqual([{ token: expect.any(String), confirmMassDelete: true }]);
    expect((await app.all('groups')).map((group) => group.name)).toEqual(['Школы']);
  });

  it('explains a refused bundle by its reason and says nothing changed', async () => {
    const app = await startApp({ name: 'Союз' });
    const other = await startApp({ name: 'Другой союз' });
    await other.create('groups', { name: 'Чужая группа', kind: 'working' });
    app.host.openFiles.push(await saveBundle(other, path.join(app.root, 'other.adbundle')));
    const { user } = await app.render('#/exchange');
    await user.click(await screen.findByRole('button', { name: 'Выбрать пакет…' }));
    const reason = await screen.findByText(/Пакет из другого пространства/);
    expect(reason.closest('[role="alert"]')).toHaveTextContent(
      'Пакет не принят. Пакет из другого пространства. Его можно загрузить только в то пространство, где он собран. Ничего не изменилось.',
    );
    expect(screen.getByText('Файл: other.adbundle')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Выбрать пакет…' })).toBeInTheDocument();
    expect(await app.all('groups')).toEqual([]);
  });

  it('checks a bundle dropped on the window by its bytes, and turns away other files', async () => {
    const app = await startApp({ name: 'Союз' });
    // A bundle of this laptop's own data: everything in it is already here.
    const own = await readFile(await saveBundle(app, path.join(app.root, 'drop.adbundle')));
    await app.render('#/principles');
    await screen.findByRole('heading', { level: 1 });

    const bundle = new File([own], 'drop.adbundle');
    act(() => void window.dispatchEvent(dropEvent('dragenter', [bundle])));
    expect(screen.getByText('Отпустите файл, чтобы проверить пакет')).toBeInTheDocument();
    act(() => void window.dispatchEvent(dropEvent('drop', [bundle])));
    expect(await screen.findByRole('heading', { level: 1, name: 'Загрузка пакета' })).toBeInTheDocument();
    const [sent] = app.bridge.callsTo('exchange:previewBytes') as { fileName: string; bytes: Uint8Array }[];
    expect(sent?.fileName).toBe('drop.adbundle');
    expect(Buffer.from(sent!.bytes).equals(own)).toBe(true);
    expect(screen.queryByText('Отпустите файл, чтобы проверить пакет')).toBeNull();
    expect(screen.getByText('Всё из этого пакета у вас уже есть. Загружать нечего.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Загрузить' })).toBeNull();

    act(() => void window.dispatchEvent(dropEvent('drop', [new File(['x'], 'notes.txt')])));
    expect(await screen.findByText('Это не пакет обмена: нужен файл с расширением .adbundle.')).toBeInTheDocument();
    expect(app.bridge.callsTo('exchange:previewBytes')).toHaveLength(1);
  });

  it('opens the preview of a bundle the OS handed over, and follows the menu', async () => {
    const { app, peer } = await twoLaptops();
    await peer.create('groups', { name: 'Транспорт', kind: 'working' });
    const file = await saveBundle(peer, path.join(app.root, 'from-os.adbundle'), await app.device());
    app.host.openedBundles.push(file);
    await app.render('#/principles');
    expect(await screen.findByText('Файл: from-os.adbundle')).toBeInTheDocument();

    act(() => app.bridge.emit('menu:command', { command: 'export' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Экспорт сводки' })).toBeInTheDocument();
    const late = path.join(app.root, 'late.adbundle');
    const bytes = await readFile(file);
    await writeFile(late, bytes.subarray(0, bytes.length - 10));
    act(() => app.host.handOver(late));
    expect(await screen.findByText(/Пакет обрезан/)).toBeInTheDocument();
    act(() => app.bridge.emit('menu:command', { command: 'exportBundle' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Сохранить пакет…' })).toHaveFocus());
  });

  it('shows what arrived through the shared folder and from whom, and announces news', async () => {
    const app = await startApp({ name: 'Союз' });
    const anna = await app.create('deputies', { name: 'Белова Анна', districtId: ARBAT });
    const oleg = await app.create('deputies', { name: 'Ершов Олег', districtId: ARBAT });
    const square = await app.create('issues', { title: 'Сквер', category: 'environment' });
    const parking = await app.create('issues', { title: 'Парковка', category: 'transport' });
    const peer = await app.peer({ sameFolder: true });
    const { user } = await app.render('#/exchange');
    const folder = await screen.findByRole('region', { name: 'Общая папка' });

    await peer.actAs({ kind: 'deputy', deputyId: anna.id });
    for (const issue of [square, parking]) await peer.call('positions:record', { issueId: issue.id, deputyId: anna.id, stance: 'support', reasons: '' });
    await peer.call('records:patch', { collection: 'issues', id: parking.id, data: { description: 'Жители за.' } });
    // The watcher may notice the journal before the click does; either way the news is announced once.
    await user.click(within(folder).getByRole('button', { name: 'Проверить сейчас' }));
    expect(await screen.findByText('Пришло 3 изменения от Белова Анна.')).toBeInTheDocument();
    expect(await within(folder).findByText('3 изменения')).toBeInTheDocument();
    expect(within(folder).getByText(/от Белова Анна/)).toBeInTheDocument();
    expect(within(folder).getByText(/Позиции депутатов: 2, Вопросы: 1/)).toBeInTheDocument();
    await user.click(within(folder).getByRole('button', { name: 'Проверить сейчас' }));
    expect(await within(folder).findByText('Новых изменений в общей папке нет.')).toBeInTheDocument();

    await peer.actAs({ kind: 'deputy', deputyId: oleg.id });
    await peer.call('positions:record', { issueId: square.id, deputyId: oleg.id, stance: 'oppose', reasons: '' });
    await user.click(within(folder).getByRole('button', { name: 'Проверить сейчас' }));
    expect(await screen.findByText('Пришло 1 изменение от Ершов Олег.')).toBeInTheDocument();
  });

  it('shows a conflict with the original and both versions side by side, and resolves it', async () => {
    const app = await startApp({ name: 'Союз' });
    const anna = await app.create('deputies', { name: 'Белова Анна', districtId: ARBAT });
    const statement = await app.call('statements:create', { language: 'ru', issueIds: [], template: 'open_letter' });
    await app.call('statements:saveVersion', { statementId: statement.id, title: 'Сохраним сквер', body: '<p>Мы против вырубки.</p>' });
    const parking = await app.create('issues', { title: 'Парковка', category: 'transport' });
    const peer = await app.peer();
    await peer.actAs({ kind: 'deputy', deputyId: anna.id });
    const hostile = '<p>Мы за перенос стоянки.</p><img src=x onerror="alert(1)">';
    await peer.call('statements:saveVersion', { statementId: statement.id, title: 'Сохраним сквер', body: hostile });
    await peer.call('records:patch', { collection: 'issues', id: parking.id, data: { description: 'Строка 1\nСтрока 2 от Анны' } });
    const ours = '<p>Мы <strong>решительно</strong> против вырубки.</p>';
    await app.call('statements:saveVersion', { statementId: statement.id, title: 'Сохраним сквер', body: ours });
    await app.call('records:patch', { collection: 'issues', id: parking.id, data: { description: 'Строка 1\nСтрока 2 от секретаря' } });
    await receiveBundle(app, await saveBundle(peer, path.join(app.root, 'anna.adbundle'), await app.device()));
    const { user } = await app.render('#/exchange/conflicts');

    const card = await screen.findByRole('region', { name: 'Сохраним сквер — текст заявления' });
    expect(within(card).getByRole('heading', { level: 3, name: 'Общая исходная версия' })).toBeInTheDocument();
    expect(within(card).getByText('Мы против вырубки.')).toBeInTheDocument();
    expect(within(card).getByRole('heading', { level: 3, name: /^Версия: Белова Анна, / })).toBeInTheDocument();
    expect(within(card).getByRole('heading', { level: 3, name: /^Версия: секретарь союза, / })).toBeInTheDocument();
    expect(within(card).getByText('решительно').tagName).toBe('STRONG');
    expect(card.querySelector('img')).toBeNull();

    await user.click(within(card).getByRole('button', { name: /^Оставить эту версию \(секретарь союза, / }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Сохраним сквер — текст заявления' })).toBeNull());
    expect(await screen.findByText('Расхождение снято: «Сохраним сквер».')).toBeInTheDocument();
    expect((await app.get('statements', statement.id))?.body).toBe(ours);

    const plain = screen.getByRole('region', { name: 'Парковка — описание' });
    expect(within(plain).getByText('Исходной версии нет: текст появился сразу на двух устройствах.')).toBeInTheDocument();
    await user.click(within(plain).getByRole('button', { name: /^Взять за основу и поправить \(секретарь союза, / }));
    const editor = within(plain).getByRole('textbox', { name: 'Итоговый текст' });
    expect(editor).toHaveValue('Строка 1\nСтрока 2 от секретаря');
    await user.clear(editor);
    await user.type(editor, 'Обе правки вместе');
    await user.click(within(plain).getByRole('button', { name: 'Сохранить итоговый текст' }));
    expect(await screen.findByText('Расхождений нет — все тексты согласованы.')).toBeInTheDocument();
    expect((await app.get('issues', parking.id))?.description).toBe('Обе правки вместе');
  });

  it('lists the exchange screen in the sidebar in the data group', async () => {
    const app = await startApp();
    const { user } = await app.render('#/principles');
    const nav = await screen.findByRole('navigation', { name: 'Разделы' });
    await user.click(within(nav).getByRole('link', { name: 'Обмен данными' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Обмен данными' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Расхождения в текстах' })).getByText('Расхождений нет.')).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Обмен данными' }).closest('ul')).toHaveAttribute('aria-labelledby', 'nav-data');
  });
});
