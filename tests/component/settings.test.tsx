import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { FakeApi } from './support/fakeApi';
import { renderApp } from './support/renderApp';
import { seedDeputies, seedWorkspace } from './support/seed';

describe('settings', () => {
  it('switches the language of the whole interface', async () => {
    const fake = seedWorkspace(new FakeApi().openWorkspace({ kind: 'secretary' }));
    seedDeputies(fake, 3);
    const { user } = await renderApp(fake, '#/settings');
    await screen.findByRole('heading', { level: 1, name: 'Настройки' });
    expect(screen.getByRole('radio', { name: 'Как в системе (Русский)' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(fake.settings.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByText('Settings saved')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Deputies' }));
    expect(await screen.findByText('3 deputies')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    await user.click(await screen.findByRole('radio', { name: 'Русский' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Настройки' })).toBeInTheDocument();
  });

  it('starts in English on an English system and honours the saved choice over it', async () => {
    const fake = new FakeApi();
    fake.systemLanguage = 'en';
    await renderApp(fake);
    expect(await screen.findByRole('button', { name: 'Create a workspace' })).toBeInTheDocument();

    const chosen = new FakeApi();
    chosen.systemLanguage = 'en';
    chosen.settings = { language: 'ru', theme: 'system' };
    await renderApp(chosen);
    expect(await screen.findByRole('button', { name: 'Создать пространство' })).toBeInTheDocument();
  });

  it('applies the chosen theme to the document', async () => {
    const fake = new FakeApi().openWorkspace({ kind: 'secretary' });
    fake.settings = { language: 'ru', theme: 'dark' };
    const { user } = await renderApp(fake, '#/settings');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    await user.click(await screen.findByRole('radio', { name: 'Как в системе' }));
    await waitFor(() => expect(document.documentElement).not.toHaveAttribute('data-theme'));
    expect(fake.settings.theme).toBe('system');
  });
});
