import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { ConflictView } from '../../shared/ipc/exchange-contract';
import { emptyPreview, exchangeFake } from './support/fake-exchange';
import { FakeApi } from './support/fakeApi';
import { renderApp } from './support/renderApp';
import { seedWorkspace } from './support/seed';

function workspace() {
  return seedWorkspace(new FakeApi().openWorkspace({ kind: 'secretary' }));
}

/** A bundle from Anna's laptop: two deputies and a stance added, an issue changed, a text merged and one in conflict. */
const annaPreview = () =>
  emptyPreview({
    bundle: { device: 'dev-anna', author: 'd-anna', authorName: 'Белова Анна', createdAt: '2025-03-01T09:30:00.000Z', workspaceName: 'Союз', opCount: 7, everything: false },
    operations: { total: 7, known: 2, new: 5, byDevice: { 'dev-anna': 5 } },
    collections: {
      deputies: { added: 2, changed: 0, deleted: 0, records: { added: [{ id: 'd1', title: 'Ершов Олег' }, { id: 'd2', title: 'Громова Вера' }], changed: [], deleted: [] } },
      issues: { added: 0, changed: 1, deleted: 0, records: { added: [], changed: [{ id: 'i1', title: 'Сквер на Лесной', fields: ['description', 'status'] }], deleted: [] } },
    },
    merged: [{ collection: 'positions', id: 'p1', field: 'reasons', title: 'Белова Анна — Сквер на Лесной', outcome: 'merged', versions: [] }],
    conflicts: [
      {
        collection: 'issues',
        id: 'i1',
        field: 'description',
        title: 'Сквер на Лесной',
        outcome: 'conflict',
        versions: [
          { clock: 'c1', device: 'dev-anna', author: 'd-anna', authorName: 'Белова Анна' },
          { clock: 'c2', device: 'dev-1', author: 'secretary', authorName: null },
        ],
        conflictId: 'cf-1',
      },
    ],
  });

const dropEvent = (type: string, files: File[]) => {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files, dropEffect: 'none' } });
  return event;
};

describe('exchange', () => {
  it('saves a bundle of everything, or of what a peer lacks, and says what it holds', async () => {
    const fake = workspace();
    const state = exchangeFake(fake);
    state.peers = [{ device: 'dev-anna', lastBundleAt: '2025-02-20T12:00:00.000Z', authors: [{ author: 'd-anna', authorName: 'Белова Анна' }] }];
    const { user } = await renderApp(fake, '#/exchange');

    expect(await screen.findByRole('heading', { level: 1, name: 'Обмен данными' })).toBeInTheDocument();
    expect(screen.getByText('Это устройство: dev-1')).toBeInTheDocument();
    const send = screen.getByRole('region', { name: 'Отправить данные' });
    expect(within(send).getByRole('radio', { name: 'Все данные пространства' })).toBeChecked();
    await user.click(within(send).getByRole('radio', { name: /^Только новое для устройства dev-anna последний пакет от него — .*; изменения вносили: Белова Анна$/ }));
    await user.click(within(send).getByRole('button', { name: 'Сохранить пакет…' }));
    expect(await within(send).findByText('Пакет сохранён: Союз 2025-03-01.adbundle — 128 изменений. В пакете все данные пространства.')).toBeInTheDocument();
    expect(fake.callsTo('exchange:exportBundle')).toEqual([{ since: 'dev-anna' }]);

    state.saveOutcome = { status: 'failed', code: 'no_space', message: 'ENOSPC' };
    await user.click(within(send).getByRole('button', { name: 'Сохранить пакет…' }));
    expect(await within(send).findByRole('alert')).toHaveTextContent('Пакет не сохранён: на диске не хватает места.');
  });

  it('previews a chosen bundle grouped by collection, with titles and conflicts, then imports it', async () => {
    const fake = workspace();
    const state = exchangeFake(fake);
    state.chosen = { status: 'preview', token: 'tok-12345678', fileName: 'anna.adbundle', preview: annaPreview() };
    state.applyOutcomes = [{ status: 'applied', written: 5, preview: annaPreview() }];
    const { user } = await renderApp(fake, '#/exchange');
    await user.click(await screen.findByRole('button', { name: 'Выбрать пакет…' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Загрузка пакета' })).toBeInTheDocument();
    expect(screen.getByText('Файл: anna.adbundle')).toBeInTheDocument();
    expect(screen.getByText(/Автор: Белова Анна\. Устройство: dev-anna\. В пакете только то, чего у вас не было/)).toBeInTheDocument();
    expect(screen.getByText('Изменений в пакете: 7; новых для вас: 5; уже есть: 2.')).toBeInTheDocument();
    const changes = screen.getByRole('region', { name: 'Что изменится' });
    expect(within(changes).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Депутаты', 'Вопросы']);
    expect(within(changes).getByText('Добавится: 2 записи')).toBeInTheDocument();
    expect(within(changes).getByText('Ершов Олег')).toBeInTheDocument();
    expect(within(changes).getByText(/поля: описание, статус/)).toBeInTheDocument();
    const texts = screen.getByRole('region', { name: 'Тексты, изменённые на обоих устройствах' });
    expect(within(texts).getByText('Белова Анна — Сквер на Лесной — обоснование позиции')).toBeInTheDocument();
    expect(within(texts).getByText('Сквер на Лесной — описание')).toBeInTheDocument();
    expect(within(texts).getByText(/версии: Белова Анна и секретарь союза/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Загрузить' }));
    // Said once on the page, and once by the announcer for screen readers.
    expect(await screen.findAllByText('Пакет загружен: записано 5 изменений.')).toHaveLength(2);
    expect(fake.callsTo('exchange:apply')).toEqual([{ token: 'tok-12345678', confirmMassDelete: false }]);
    await user.click(screen.getByRole('link', { name: 'Разобрать расхождения' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Расхождения в текстах' })).toBeInTheDocument();
  });

  it('asks for an explicit yes before an import that deletes many records', async () => {
    const fake = workspace();
    const state = exchangeFake(fake);
    const preview = emptyPreview({
      collections: { groups: { added: 0, changed: 0, deleted: 3, records: { added: [], changed: [], deleted: [{ id: 'g1', title: 'Транспорт' }, { id: 'g2', title: 'Жильё' }, { id: 'g3', title: 'Экология' }] } } },
      massDelete: { required: true, deleted: 3, byCollection: { groups: { deleted: 3, of: 4 } } },
    });
    state.chosen = { status: 'preview', token: 'tok-massdel1', fileName: 'x.adbundle', preview };
    state.applyOutcomes = [{ status: 'applied', written: 3, preview }];
    const { user } = await renderApp(fake, '#/exchange');
    await user.click(await screen.findByRole('button', { name: 'Выбрать пакет…' }));

    const warning = await screen.findByRole('region', { name: 'Пакет удаляет много записей' });
    expect(within(warning).getByText('Загрузка удалит 3 записи:')).toBeInTheDocument();
    expect(within(warning).getByText('Группы: 3 из 4')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Загрузить' })).toBeDisabled();
    expect(screen.getByText('Сначала подтвердите удаление записей.')).toBeInTheDocument();
    await user.click(within(warning).getByRole('checkbox', { name: 'Да, удалить эти записи при загрузке' }));
    await user.click(screen.getByRole('button', { name: 'Загрузить' }));
    expect(await screen.findAllByText('Пакет загружен: записано 3 изменения.')).toHaveLength(2);
    expect(fake.callsTo('exchange:apply')).toEqual([{ token: 'tok-massdel1', confirmMassDelete: true }]);
  });

  it('explains a refused bundle by its reason and says nothing changed', async () => {
    const fake = workspace();
    exchangeFake(fake).chosen = { status: 'refused', fileName: 'other.adbundle', code: 'wrong_workspace', message: 'bundle of workspace ws-2' };
    const { user } = await renderApp(fake, '#/exchange');
    await user.click(await screen.findByRole('button', { name: 'Выбрать пакет…' }));
    const reason = await screen.findByText(/Пакет из другого пространства/);
    expect(reason.closest('[role="alert"]')).toHaveTextContent(
      'Пакет не принят. Пакет из другого пространства. Его можно загрузить только в то пространство, где он собран. Ничего не изменилось.',
    );
    expect(screen.getByText('Файл: other.adbundle')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Выбрать пакет…' })).toBeInTheDocument();
  });

  it('checks a bundle dropped on the window by its bytes, and turns away other files', async () => {
    const fake = workspace();
    const state = exchangeFake(fake);
    state.dropped = { status: 'preview', token: 'tok-dropped1', fileName: 'drop.adbundle', preview: emptyPreview({ empty: true }) };
    await renderApp(fake, '#/principles');
    await screen.findByRole('heading', { level: 1 });

    const bundle = new File(['{"format":"alliance-desk-bundle"}\n'], 'drop.adbundle');
    act(() => void window.dispatchEvent(dropEvent('dragenter', [bundle])));
    expect(screen.getByText('Отпустите файл, чтобы проверить пакет')).toBeInTheDocument();
    act(() => void window.dispatchEvent(dropEvent('drop', [bundle])));
    expect(await screen.findByRole('heading', { level: 1, name: 'Загрузка пакета' })).toBeInTheDocument();
    expect(state.droppedFiles).toEqual([{ fileName: 'drop.adbundle', size: bundle.size }]);
    expect(screen.queryByText('Отпустите файл, чтобы проверить пакет')).toBeNull();
    expect(screen.getByText('Всё из этого пакета у вас уже есть. Загружать нечего.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Загрузить' })).toBeNull();

    act(() => void window.dispatchEvent(dropEvent('drop', [new File(['x'], 'notes.txt')])));
    expect(await screen.findByText('Это не пакет обмена: нужен файл с расширением .adbundle.')).toBeInTheDocument();
    expect(state.droppedFiles).toHaveLength(1);
  });

  it('opens the preview of a bundle the OS handed over, and follows the menu', async () => {
    const fake = workspace();
    const state = exchangeFake(fake);
    state.opened = { status: 'preview', token: 'tok-fromos01', fileName: 'from-os.adbundle', preview: annaPreview() };
    await renderApp(fake, '#/principles');
    expect(await screen.findByText('Файл: from-os.adbundle')).toBeInTheDocument();

    act(() => fake.emit('menu:command', { command: 'export' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Экспорт сводки' })).toBeInTheDocument();
    state.opened = { status: 'refused', fileName: 'late.adbundle', code: 'truncated', message: 'cut' };
    act(() => fake.emit('exchange:bundleOpened', null));
    expect(await screen.findByText(/Пакет обрезан/)).toBeInTheDocument();
    act(() => fake.emit('menu:command', { command: 'exportBundle' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Сохранить пакет…' })).toHaveFocus());
  });

  it('shows what arrived through the shared folder and from whom, and announces news', async () => {
    const fake = workspace();
    const state = exchangeFake(fake);
    state.reports = [
      {
        at: '2025-03-01T10:00:00.000Z',
        arrivals: [{ device: 'dev-anna', authors: ['d-anna', 'secretary'], authorNames: ['Белова Анна', 'secretary'], operations: 3, collections: { positions: 2, issues: 1 } }],
        merged: [],
        conflicts: [],
      },
    ];
    const { user } = await renderApp(fake, '#/exchange');
    const folder = await screen.findByRole('region', { name: 'Общая папка' });
    expect(within(folder).getByText('3 изменения')).toBeInTheDocument();
    expect(within(folder).getByText(/от Белова Анна и секретарь союза/)).toBeInTheDocument();
    expect(within(folder).getByText(/Позиции депутатов: 2, Вопросы: 1/)).toBeInTheDocument();
    await user.click(within(folder).getByRole('button', { name: 'Проверить сейчас' }));
    expect(await within(folder).findByText('Новых изменений в общей папке нет.')).toBeInTheDocument();

    act(() =>
      fake.emit('exchange:arrived', {
        at: '2025-03-01T11:00:00.000Z',
        arrivals: [{ device: 'dev-oleg', authors: ['d-oleg'], authorNames: ['Ершов Олег'], operations: 1, collections: { positions: 1 } }],
        merged: [],
        conflicts: [],
      }),
    );
    expect(await screen.findByText('Пришло 1 изменение от Ершов Олег.')).toBeInTheDocument();
  });

  it('shows a conflict with the original and both versions side by side, and resolves it', async () => {
    const fake = workspace();
    const state = exchangeFake(fake);
    const conflict: ConflictView = {
      id: 'cf-1',
      collection: 'statements',
      recordId: 's1',
      field: 'body',
      title: 'Сохраним сквер',
      rich: true,
      base: '<p>Мы против вырубки.</p>',
      current: '<p>Мы <strong>решительно</strong> против вырубки.</p>',
      versions: [
        { clock: 'c1', device: 'dev-anna', at: '2025-03-01T09:00:00.000Z', author: 'd-anna', authorName: 'Белова Анна', text: '<p>Мы против вырубки сорока деревьев.</p><img src=x onerror="alert(1)">' },
        { clock: 'c2', device: 'dev-1', at: '2025-03-01T09:05:00.000Z', author: 'secretary', authorName: null, text: '<p>Мы <strong>решительно</strong> против вырубки.</p>' },
      ],
    };
    state.conflicts = [conflict, { ...conflict, id: 'cf-2', collection: 'issues', field: 'description', title: 'Парковка', rich: false, base: '', versions: conflict.versions.map((v) => ({ ...v, text: `Строка 1\nСтрока 2 от ${v.device}` })) }];
    const { user } = await renderApp(fake, '#/exchange/conflicts');

    const card = await screen.findByRole('region', { name: 'Сохраним сквер — текст заявления' });
    expect(within(card).getByRole('heading', { level: 3, name: 'Общая исходная версия' })).toBeInTheDocument();
    expect(within(card).getByText('Мы против вырубки.')).toBeInTheDocument();
    expect(within(card).getByRole('heading', { level: 3, name: /^Версия: Белова Анна, / })).toBeInTheDocument();
    expect(within(card).getByRole('heading', { level: 3, name: /^Версия: секретарь союза, / })).toBeInTheDocument();
    expect(within(card).getByText('решительно').tagName).toBe('STRONG');
    expect(card.querySelector('img')).toBeNull();

    await user.click(within(card).getByRole('button', { name: /^Оставить эту версию \(секретарь союза, / }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Сохраним сквер — текст заявления' })).toBeNull());
    expect(state.resolved.get('cf-1')).toBe(conflict.versions[1]!.text);
    expect(await screen.findByText('Расхождение снято: «Сохраним сквер».')).toBeInTheDocument();

    const plain = screen.getByRole('region', { name: 'Парковка — описание' });
    expect(within(plain).getByText('Исходной версии нет: текст появился сразу на двух устройствах.')).toBeInTheDocument();
    await user.click(within(plain).getByRole('button', { name: /^Взять за основу и поправить \(секретарь союза, / }));
    const editor = within(plain).getByRole('textbox', { name: 'Итоговый текст' });
    expect(editor).toHaveValue('Строка 1\nСтрока 2 от dev-1');
    await user.clear(editor);
    await user.type(editor, 'Обе правки вместе');
    await user.click(within(plain).getByRole('button', { name: 'Сохранить итоговый текст' }));
    expect(await screen.findByText('Расхождений нет — все тексты согласованы.')).toBeInTheDocument();
    expect(state.resolved.get('cf-2')).toBe('Обе правки вместе');
  });

  it('lists the exchange screen in the sidebar in the data group', async () => {
    const fake = workspace();
    const { user } = await renderApp(fake, '#/principles');
    const nav = await screen.findByRole('navigation', { name: 'Разделы' });
    await user.click(within(nav).getByRole('link', { name: 'Обмен данными' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Обмен данными' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Расхождения в текстах' })).getByText('Расхождений нет.')).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Обмен данными' }).closest('ul')).toHaveAttribute('aria-labelledby', 'nav-data');
  });
});
