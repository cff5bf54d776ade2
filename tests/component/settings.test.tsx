import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { startApp } from './support/realApp';
import { seedDeputies } from './support/seed-real';

describe('settings', () => {
  it('switches the language of the whole interface', async () => {
    const app = await startApp();
    await seedDeputies(app, 3);
    const { user } = await app.render('#/settings');
    await screen.findByRole('heading', { level: 1, name: 'Настройки' });
    expect(screen.getByRole('radio', { name: 'Как в системе (Русский)' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    // The interface turns at once; the services have the choice once it is said to be saved.
    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
    expect((await app.call('settings:get')).language).toBe('en');

    await user.click(screen.getByRole('link', { name: 'Deputies' }));
    expect(await screen.findByText('3 deputies')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    await user.click(await screen.findByRole('radio', { name: 'Русский' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Настройки' })).toBeInTheDocument();
  });

  it('starts in English on an English system and honours the saved choice over it', async () => {
    const english = await startApp({ workspace: false, locale: 'en-US' });
    const { view } = await english.render();
    expect(await screen.findByRole('button', { name: 'Create a workspace' })).toBeInTheDocument();
    view.unmount();

    const chosen = await startApp({ workspace: false, locale: 'en-US', settings: { language: 'ru' } });
    await chosen.render();
    expect(await screen.findByRole('button', { name: 'Создать пространство' })).toBeInTheDocument();
  });

  it('applies the chosen theme to the document', async () => {
    const app = await startApp({ settings: { language: 'ru', theme: 'dark' } });
    const { user } = await app.render('#/settings');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    await user.click(await screen.findByRole('radio', { name: 'Как в системе' }));
    await waitFor(() => expect(document.documentElement).not.toHaveAttribute('data-theme'));
    // Saved after it is applied: wait for the services to have it.
    await waitFor(async () => expect((await app.call('settings:get')).theme).toBe('system'));
  });
});
