import type { Language } from '../../shared/schema/common';
import type { Settings } from '../../shared/ipc/contract';

/** Russian on a Russian system, English otherwise. */
export function languageFromLocale(locale: string): Language {
  return /^ru\b/i.test(locale.trim()) ? 'ru' : 'en';
}

/** The language the UI shows for a setting: the chosen one, or the system's. */
export function effectiveLanguage(setting: Settings['language'], systemLocale: string): Language {
  return setting === 'system' ? languageFromLocale(systemLocale) : setting;
}
