import { beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { FakeApi } from './support/fakeApi';
import { installEditorDomShims } from './support/fake-statements';
import { renderApp } from './support/renderApp';
import { seedWorkspace } from './support/seed';

beforeAll(installEditorDomShims);

/** A workspace with the default principles and one draft open letter, as the secretary. */
async function draft() {
  const fake = seedWorkspace(new FakeApi().openWorkspace({ kind: 'secretary' }));
  const created = await fake.api()['statements:create']({ language: 'ru', issueIds: [], template: 'open_letter' });
  if (!created.ok) throw new Error(created.error.message);
  return { fake, id: (created.value as { id: string }).id };
}

/**
 * Puts the caret at the start of `element`'s text, as a click would in a browser (jsdom does not
 * move the selection on a click); ProseMirror reads it on selectionchange.
 */
function caretIn(editable: HTMLElement, element: HTMLElement): void {
  editable.focus();
  const textNode = document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode()!;
  const range = document.createRange();
  range.setStart(textNode, 0);
  range.collapse(true);
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  document.dispatchEvent(new Event('selectionchange'));
}

describe('statement editor', () => {
  it('has a labelled toolbar of toggle buttons that show, and change, what applies at the cursor', async () => {
    const { fake, id } = await draft();
    const { user } = await renderApp(fake, `#/statements/${id}/edit`);
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
    const [saved] = fake.callsTo('statements:saveVersion') as { body: string }[];
    expect(saved!.body).toContain('<strong>важно</strong>');
    expect(saved!.body).not.toContain('<h2>Мы предлагаем</h2>');
  });

  it('moves between toolbar buttons with the arrow keys, one tab stop for the whole toolbar', async () => {
    const { fake, id } = await draft();
    const { user } = await renderApp(fake, `#/statements/${id}/edit`);
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
    const { fake, id } = await draft();
    const { user } = await renderApp(fake, `#/statements/${id}/edit`);
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
    const { fake, id } = await draft();
    const saved = await fake.api()['statements:saveVersion']({
      statementId: id,
      title: 'Открытое письмо',
      body: '<p>Читайте <a href="javascript:alert(1)">здесь</a> и <a href="https://mos.ru">на сайте</a>.</p><script>alert(1)</script><img src=x onerror="alert(1)">',
    });
    expect(saved.ok).toBe(true);
    await renderApp(fake, `#/statements/${id}`);
    const region = await screen.findByRole('region', { name: 'Текст, редакция 2' });
    expect(within(region).getByRole('link', { name: 'на сайте' })).toHaveAttribute('href', 'https://mos.ru');
    expect(within(region).queryByRole('link', { name: 'здесь' })).toBeNull();
    expect(within(region).getByText(/Читайте здесь/)).toBeInTheDocument();
    expect(region.querySelector('script, img')).toBeNull();
  });
});
