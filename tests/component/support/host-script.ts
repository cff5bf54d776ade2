import { testPlatform } from '../../support/app-services';
import { cancelled } from '../../../electron/export/export-error';
import type { PdfPrinter } from '../../../electron/export/pdf-printer';
import type { Platform } from '../../../electron/core/platform';

/**
 * What the host (dialogs, browser, OS) answers in a component test, set by the test: the services
 * run unchanged, only the native parts are scripted. Component tests never print: a PDF export
 * reaches a printer that is still printing until the export is cancelled (see heldPrinter).
 */
export interface HostScript {
  locale: string;
  /** The folder the next folder picker answers; null: the user cancels. */
  folder: string | null;
  /** The path the next save dialog answers; null: the user closes it. */
  saveFile: string | null;
  /** The files the next open dialogs answer, in order; none left: the user cancels. */
  openFiles: string[];
  /** Bundles the OS handed over, taken one at a time. */
  openedBundles: string[];
  /** Every URL the services opened in the browser. */
  readonly openedUrls: string[];
  /** Hands a bundle to the app as the OS does while it runs. */
  handOver(file: string): void;
}

export function createHost(defaults: { locale?: string; saveFile?: string } = {}): { script: HostScript; platform: Platform } {
  const listeners = new Set<() => void>();
  const script: HostScript = {
    locale: defaults.locale ?? 'ru-RU',
    folder: null,
    saveFile: defaults.saveFile ?? null,
    openFiles: [],
    openedBundles: [],
    openedUrls: [],
    handOver: (file) => {
      script.openedBundles.push(file);
      for (const listener of listeners) listener();
    },
  };
  const platform: Platform = {
    ...testPlatform,
    systemLocale: () => script.locale,
    chooseFolder: async () => script.folder,
    chooseSaveFile: async () => script.saveFile,
    chooseOpenFile: async () => script.openFiles.shift() ?? null,
    openExternal: async (url) => void script.openedUrls.push(url),
    createPdfPrinter: heldPrinter,
    takeOpenedBundle: () => script.openedBundles.shift(),
    onOpenedBundle: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { script, platform };
}

/**
 * A printer that never finishes on its own: the export stays on its printing step, with its
 * progress shown, until it is cancelled; then it stops as the real printer does (ExportError 'cancelled').
 */
function heldPrinter(): PdfPrinter {
  return {
    printHtmlToPdf: (_html, options = {}) =>
      new Promise((_resolve, reject) => {
        const { signal } = options;
        if (signal?.aborted) return reject(cancelled());
        signal?.addEventListener('abort', () => reject(cancelled()), { once: true });
      }),
    close: async () => undefined,
  };
}
