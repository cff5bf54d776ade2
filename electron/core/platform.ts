import type { PdfPrinter } from '../export/pdf-printer';

/** What a native save dialog is for: its title, and the file type it offers. */
export interface SaveFileRequest {
  purpose: 'export' | 'bundle';
  /** A suggested file name (no folder: the host picks the usual one, e.g. Documents). */
  defaultName: string;
  /** The extension of the file type, without the dot ('pdf', 'adbundle'). */
  extension: string;
}

/** What a native open dialog is for. */
export interface OpenFileRequest {
  purpose: 'bundle';
  /** Extensions offered, without the dot. */
  extensions: string[];
}

/**
 * What the services need from the host that plain Node cannot provide: the native folder and file
 * pickers, the system browser, PDF printing, files the OS asked the app to open, the OS locale and
 * the app's identity. electron/main supplies the real one; the end-to-end bridge and the tests
 * supply their own.
 */
export interface Platform {
  /** 'electron' in the desktop app, 'browser' in the end-to-end bridge host. */
  readonly host: 'electron' | 'browser';
  readonly version: string;
  /** process.platform of the main process. */
  readonly platform: string;
  /** The OS locale, e.g. 'ru-RU' or 'en-US'. */
  systemLocale(): string;
  /** The native folder picker; null when the user cancels. */
  chooseFolder(purpose: 'create' | 'open'): Promise<string | null>;
  /** The native save dialog; the chosen absolute path, or null when the user cancels. */
  chooseSaveFile(request: SaveFileRequest): Promise<string | null>;
  /** The native open dialog for one file; null when the user cancels. */
  chooseOpenFile(request: OpenFileRequest): Promise<string | null>;
  /** Opens a URL in the system browser; called only with URLs that passed isSafeExternalUrl. */
  openExternal(url: string): Promise<void>;
  /** A printer for one PDF export (Chromium's printing in every host); the caller closes it. */
  createPdfPrinter(): PdfPrinter;
  /** The bundle file the OS asked the app to open (file association), once; undefined when none waits. */
  takeOpenedBundle(): string | undefined;
  /** Calls `listener` whenever the OS hands over another bundle while the app runs; returns the unsubscribe. */
  onOpenedBundle(listener: () => void): () => void;
}
