import type { Session } from 'electron';
import { APP_ORIGIN } from '../ipc/app-origin';

/**
 * Where Chromium would fetch Hunspell dictionaries from: our own protocol, which has none (a 404),
 * so even if something turned the spellchecker back on, no request would leave the machine.
 */
export const NO_DICTIONARIES_URL = `${APP_ORIGIN}/no-spellcheck-dictionaries/`;

/**
 * The spellchecker stays off (every window is built with spellcheck: false, window-options.ts): on
 * Windows and Linux it downloads dictionaries from Google's servers, and the app makes no network
 * request it was not asked to make.
 */
export function turnOffSpellcheck(session: Pick<Session, 'setSpellCheckerEnabled' | 'setSpellCheckerDictionaryDownloadURL'>): void {
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARIES_URL);
}
