import path from 'node:path';
import { app, dialog, shell, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Language } from '../../shared/schema/common';
import type { Platform } from '../core/platform';
import { ElectronPdfPrinter } from './electron-printer';
import { MENU_LABELS } from './menu-labels';
import { openedBundle } from './open-file-args';

/** The real host for the services: Electron's dialog, shell, printing and app. */
export function electronPlatform(window: () => BrowserWindow | null, language: () => Language): Platform {
  // Called through the `dialog` object (not a destructured function) so end-to-end tests can stub it.
  const showOpen = (options: OpenDialogOptions) => {
    const owner = window();
    return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
  };
  const showSave = (options: SaveDialogOptions) => {
    const owner = window();
    return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
  };
  const fileType = (extension: string) => (MENU_LABELS[language()].fileTypes as Record<string, string>)[extension] ?? extension;
  return {
    host: 'electron',
    version: app.getVersion(),
    platform: process.platform,
    systemLocale: () => app.getLocale(),
    async chooseFolder(purpose) {
      const labels = MENU_LABELS[language()];
      const result = await showOpen({
        title: purpose === 'create' ? labels.chooseFolderCreate : labels.chooseFolderOpen,
        properties: purpose === 'create' ? ['openDirectory', 'createDirectory', 'promptToCreate'] : ['openDirectory'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSaveFile({ purpose, defaultName, extension }) {
      const labels = MENU_LABELS[language()];
      const result = await showSave({
        title: purpose === 'export' ? labels.saveExportTitle : labels.saveBundleTitle,
        defaultPath: path.join(app.getPath('documents'), defaultName),
        filters: [{ name: fileType(extension), extensions: [extension] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenFile({ extensions }) {
      const labels = MENU_LABELS[language()];
      const result = await showOpen({
        title: labels.openBundleTitle,
        properties: ['openFile'],
        filters: [{ name: fileType(extensions[0] ?? ''), extensions }],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    openExternal: (url) => shell.openExternal(url),
    createPdfPrinter: () => new ElectronPdfPrinter(),
    takeOpenedBundle: () => openedBundle.take(),
    onOpenedBundle: (listener) => openedBundle.onOffer(() => listener()),
  };
}
