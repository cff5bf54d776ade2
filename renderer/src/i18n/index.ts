import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/schema/common';
import type { Settings } from '../../../shared/ipc/contract';
import { en } from './en';
import { ru } from './ru';

export const resources = { ru: { translation: ru }, en: { translation: en } } as const;

/** The language the UI shows: the user's choice, or the operating system's. */
export function resolveLanguage(setting: Settings['language'], systemLanguage: Language): Language {
  return setting === 'system' ? systemLanguage : setting;
}

/**
 * A fresh i18next instance (not the global one), so tests can run several side by side.
 * Plurals use Intl.PluralRules: Russian gets one/few/many (1 депутат, 2 депутата, 5 депутатов).
 */
export async function createI18n(language: Language): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['ru', 'en'],
    // React escapes what it renders; escaping again would show &quot; in names.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  syncDocumentLanguage(instance.language as Language);
  instance.on('languageChanged', (lng) => syncDocumentLanguage(lng as Language));
  return instance;
}

function syncDocumentLanguage(language: Language): void {
  // Screen readers pick their voice from <html lang>.
  document.documentElement.lang = language;
}
