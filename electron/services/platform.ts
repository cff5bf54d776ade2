/**
 * What the services need from the host that plain Node cannot provide: the native folder picker,
 * the system browser, the OS locale and the app's identity. electron/main supplies the real one;
 * the end-to-end bridge and the tests supply their own.
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
  /** Opens a URL in the system browser; called only with URLs that passed isSafeExternalUrl. */
  openExternal(url: string): Promise<void>;
}
