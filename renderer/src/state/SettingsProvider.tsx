import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import type { Language } from '../../../shared/schema/common';
import type { Settings } from '../../../shared/ipc/contract';
import { api } from '../api/bridge';
import { call } from '../api/client';
import { resolveLanguage } from '../i18n';
import { applyTheme } from './theme';

interface SettingsContextValue {
  settings: Settings;
  systemLanguage: Language;
  /** Saves a change through the main process (which keeps settings per device) and applies it. */
  update: (change: Partial<Settings>) => Promise<void>;
}

const SettingsContext = createContext<SettingsContextValue | null>(null);

export function useSettings(): SettingsContextValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings outside SettingsProvider');
  return value;
}

interface Props {
  /**
   * The i18next instance itself: useTranslation() hands out a new wrapper on every language
   * change, which as an effect dependency would re-apply the old setting.
   */
  i18n: I18n;
  initial: Settings;
  systemLanguage: Language;
  children: ReactNode;
}

export function SettingsProvider({ i18n, initial, systemLanguage, children }: Props) {
  const [settings, setSettings] = useState(initial);

  useEffect(() => {
    applyTheme(settings.theme);
    const language = resolveLanguage(settings.language, systemLanguage);
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [settings, systemLanguage, i18n]);

  // The application menu may change settings too.
  useEffect(() => api().on('settings:changed', setSettings), []);

  const update = useCallback(
    async (change: Partial<Settings>) => {
      // Shown at once (a radio button must not spring back while the main process saves), and
      // put back if the save fails.
      setSettings({ ...settings, ...change });
      try {
        const saved = await call('settings:update', change);
        // Switched before resolving, so whatever the caller says next is in the new language.
        await i18n.changeLanguage(resolveLanguage(saved.language, systemLanguage));
        setSettings(saved);
      } catch (error) {
        setSettings(settings);
        throw error;
      }
    },
    [i18n, settings, systemLanguage],
  );

  const value = useMemo(() => ({ settings, systemLanguage, update }), [settings, systemLanguage, update]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}
