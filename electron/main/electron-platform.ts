import { app, dialog, shell, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { Language } from '../../shared/schema/common';
import type { Platform } from '../services/platform';
import { MENU_LABELS } from './menu-labels';

/** The real host for the services: Electron's dialog, shell and app. */
export function electronPlatform(window: () => BrowserWindow | null, language: () => Language): Platform {
  return {
    host: 'electron',
    version: app.getVersion(),
    platform: process.platform,
    systemLocale: () => app.getLocale(),
    async chooseFolder(purpose) {
      const labels = MENU_LABELS[language()];
      const options: OpenDialogOptions = {
        title: purpose === 'create' ? labels.chooseFolderCreate : labels.chooseFolderOpen,
        properties: purpose === 'create' ? ['openDirectory', 'createDirectory', 'promptToCreate'] : ['openDirectory'],
      };
      const owner = window();
      // Called through the `dialog` object (not a destructured function) so end-to-end tests can stub it.
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    openExternal: (url) => shell.openExternal(url),
  };
}
