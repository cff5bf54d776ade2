import type { Settings } from '../../../shared/ipc/contract';

/**
 * Light or dark: the stylesheet follows prefers-color-scheme unless <html data-theme> names a
 * theme the user chose in Settings.
 */
export function applyTheme(theme: Settings['theme'], root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
}
