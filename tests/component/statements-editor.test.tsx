import { beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AllianceDeskApi } from '../../shared/ipc/api';
import { installEditorDomShims } from './support/editor-dom';
import { startApp } from './support/realApp';

beforeAll(installEditorDomShims);

/** A workspace with the default principles and one draft open letter, as the secretary. */
async function draft() {
  const app = await startApp();
  const created = await app.call('statements:create', { language: 'ru', issueIds: [], template: 'open_letter' });
  return { app, id: created.id };
}

/**
 * Puts the caret at the start of `element`'s text, as a click would in a browser (jsdom does not
 * move the selection on a click); ProseMirror reads it on selectionchange.
 */
function caretIn(editable: HTMLElement, element: HTMLElement): void {
  moveCaret(editable, element, 'start');
  document.dispatchEvent(new Event('selectionchange'));
}

/** Moves the page's caret to the start or the end of `element`'s text, as the browser itself does. */
function moveCaret(editable: HTMLElement, element: HTMLElement, where: 'start' | 'end'): void {
  editable.focus();
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let textNode = walker.nextNode()!;
  if (where === 'end') for (let next = walker.nextNode(); next; next = walker.nextNode()) textNode = next;
  const range = document.createRange();
  range.setStart(textNode, where === 'start' ? 0 : (textNode.textContent ?? '').length);
  range.collapse(true);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Holds every statements:saveVersion of the installed bridge until `release` is called. */
function holdSaves(): { release: () => void } {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const bridge = window.allianceDesk!;
  const save = bridge['statements:saveVersion'];
  bridge['statements:saveVersion'] = (async (input: Parameters<AllianceDeskApi['statements:saveVersion']>[0]) => {
    await held;
    return save(input);
  }) as AllianceDeskApi['statements:saveVersion'];
  return { release };
}

describe('statement editor', () => {
  it('has a labelled toolbar of toggle buttons that show, and change, what applies at the cursor', async () => {
    const { app, id } = await draft();
    const { user } = await app.render(`#/statements/${id}/edit`);
    const text = await screen.findByRole('textbox', { name: 'Текст заявления' });
    const toolbar = screen.getByRole('toolbar', { name: 'Оформление текста' });
    const bold = within(toolbar).getByRole('button', { name: 'Жирный' });
    const heading = within(toolbar).getByRole('button', { name: 'Заголовок' });
    expect(bold).toHaveAttribute('aria-pressed', 'false');
    expect(bold).toHaveAttribute('aria-keyshortcuts', 'Control+B');
    expect(within(toolbar).getByRole('button', { name: 'Отменить' })).toBeDisabled();

    // In a heading of the template, "Заголовок" is pressed; pressing it makes the line a paragraph.
    caretIn(text, within(text).getByRole('heading', { name: 'Мы предлагаем' }));
    await waitFor(() => expect(heading).toHaveAttribute('aria-pressed', 'true'));
    await user.click(heading);
    await waitFor(() => expect(heading).toHaveAttribute('aria-pressed', 'false'));
    expect(within(text).queryByRole('heading', { name: 'Мы предлагаем' })).toBeNull();
    expect(within(toolbar).getByRole('button', { name: 'Отменить' })).toBeEnabled();
    expect(screen.getByText('Есть несохранённые изменения')).toBeInTheDocument();

    // Bold on, typed text is bold; the saved version carries it.
    await user.click(bold);
    await waitFor(() => expect(bold).toHaveAttribute('aria-pressed', 'true'));
    await user.keyboard('важно');
    await waitFor(() => expect(within(text).getByText('важно', { exact: false }).closest('strong')).not.toBeNull());
    await user.click(screen.getByRole('button', { name: 'Сохранить как новую редакцию' }));
    expect(await screen.findByText('Сохранено: редакция 2')).toBeInTheDocument();
    const [saved] = app.bridge.callsTo('statements:saveVersion') as { body: string }[];
    expect(saved!.body).toContain('<strong>важно</strong>');
    expect(saved!.body).not.toContain('<h2>Мы предлагаем</h2>');
  });

  it('moves between toolbar buttons with the arrow keys, one tab stop for the whole toolbar', async () => {
    const { app, id } = await draft();
    const { user } = await app.render(`#/statements/${id}/edit`);
    const toolbar = await screen.findByRole('toolbar', { name: 'Оформление текста' });
    within(toolbar).getByRole('button', { name: 'Жирный' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(within(toolbar).getByRole('button', { name: 'Курсив' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(within(toolbar).getByRole('button', { name: 'Жирный' })).toHaveFocus();
    // Tab leaves the toolbar for the text, whichever button has focus.
    await user.keyboard('{Tab}');
    expect(screen.getByRole('textbox', { name: 'Текст заявления' })).toHaveFocus();
  });

  it('accepts only http(s) links, explains why, and inserts nothing else', async () => {
    const { app, id } = await draft();
    const { user } = await app.render(`#/statements/${id}/edit`);
    const text = await screen.findByRole('textbox', { name: 'Текст заявления' });
    caretIn(text, within(text).getByText('Подписи депутатов — ниже.'));
    // Ctrl+K in the text opens the link form, as the toolbar's "Ссылка" does.
    await user.keyboard('{Control>}k{/Control}');

    const address = screen.getByRole('textbox', { name: 'Адрес ссылки' });
    expect(address).toHaveFocus();
    await user.clear(address);
    await user.type(address, 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Вставить ссылку' }));
    expect(address).toHaveAccessibleDescription(expect.stringContaining('Адрес должен начинаться с http:// или https://'));
    expect(text.querySelector('a')).toBeNull();

    await user.clear(address);
    await user.type(address, 'https://mos.ru/dokument{Enter}');
    await waitFor(() => expect(text.querySelector('a')).not.toBeNull());
    expect(text.querySelector('a')).toHaveAttribute('href', 'https://mos.ru/dokument');
    expect(screen.queryByRole('textbox', { name: 'Адрес ссылки' })).toBeNull();
  });

  it('drops unsafe links and markup from a stored text when showing it', async () => {
    const { app, id } = await draft();
    await app.call('statements:saveVersion', {
      statementId: id,
      title: 'Открытое письмо',
      body: '<p>Читайте <a href="javascript:alert(1)">здесь</a> и <a href="https://mos.ru">на сайте</a>.</p><script>alert(1)</script><img src=x onerror="alert(1)">',
    });
    await app.render(`#/statements/${id}`);
    const region = await screen.findByRole('region', { name: 'Текст, редакция 2' });
    expect(within(region).getByRole('link', { name: 'на сайте' })).toHaveAttribute('href', 'https://mos.ru');
    expect(within(region).queryByRole('link', { name: 'здесь' })).toBeNull();
    expect(within(region).getByText(/Читайте здесь/)).toBeInTheDocument();
    expect(region.querySelector('script, img')).toBeNull();
  });

  it('keeps the caret and every word typed in place across a save, the typing during it and the reload after it', async () => {
    const { app, id } = await draft();
    const { user } = await app.render(`#/statements/${id}/edit`);
    const text = await screen.findByRole('textbox', { name: 'Текст заявления' });
    const letter = () => within(text).getByText(/Уважаемые жители!/);
    caretIn(text, letter());
    await user.keyboard('Первое. ');

    // The save is under way while the user goes back to the text (Shift+Tab) and types on.
    const saves = holdSaves();
    await user.click(screen.getByRole('button', { name: 'Сохранить как новую редакцию' }));
    await user.tab({ shift: true });
    expect(text).toHaveFocus();
    await user.keyboard('второе. ');
    saves.release();
    expect(await screen.findByText('Сохранено: редакция 2')).toBeInTheDocument();
    // The lists reload after the save: the statement's status names the new version.
    expect(await screen.findByText(/Редакция 2 от/)).toBeInTheDocument();
    await user.keyboard('третье. ');

    await waitFor(() => expect(letter().textContent).toMatch(/^Первое\. второе\. третье\. Уважаемые жители!/));
    expect(text).toHaveFocus();
    // What was typed during the save is not in version 2, so it is still unsaved — and it is this
    // editor's own save, not a version from elsewhere.
    expect(screen.getByText('Есть несохранённые изменения')).toBeInTheDocument();
    expect(screen.queryByText(/Пока вы правили текст/)).toBeNull();
    const [first] = app.bridge.callsTo('statements:saveVersion') as { body: string }[];
    expect(first!.body).toContain('Первое. Уважаемые жители!');

    await user.click(screen.getByRole('button', { name: 'Сохранить как новую редакцию' }));
    expect(await screen.findByText('Сохранено: редакция 3')).toBeInTheDocument();
    const second = app.bridge.callsTo('statements:saveVersion').at(-1) as { body: string };
    expect(second.body).toContain('Первое. второе. третье. Уважаемые жители!');
  });

  it('acts on a key where the caret is, even before the page has reported that the caret moved', async () => {
    const { app, id } = await draft();
    const { user } = await app.render(`#/statements/${id}/edit`);
    const text = await screen.findByRole('textbox', { name: 'Текст заявления' });
    const letter = within(text).getByText(/Уважаемые жители!/);
    caretIn(text, letter);
    // End moves the caret to the end of the paragraph; Chromium may deliver the next key before
    // the "selectionchange" that tells the editor so: here Enter comes in the same task.
    moveCaret(text, letter, 'end');
    fireEvent.keyDown(text, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await user.keyboard('Новый абзац.');

    await waitFor(() => expect(within(text).getByText('Новый абзац.')).toBeInTheDocument());
    const paragraphs = [...text.querySelectorAll('p')].map((p) => p.textContent);
    const at = paragraphs.findIndex((p) => p?.startsWith('Уважаемые жители!'));
    expect(paragraphs[at]).toMatch(/помочь\.$/);
    expect(paragraphs[at + 1]).toBe('Новый абзац.');
  });
});
