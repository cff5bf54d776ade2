import type { BrowserWindowConstructorOptions, Rectangle, WebPreferences } from 'electron';

export const MIN_WIDTH = 960;
export const MIN_HEIGHT = 600;

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (out/preload/index.cjs). */
  preload: string;
  /** Restored size and, when known and visible, position. */
  bounds: Partial<Pick<Rectangle, 'x' | 'y'>> & Pick<Rectangle, 'width' | 'height'>;
  /** Painted before the page loads, so a dark theme does not flash white. */
  backgroundColor: string;
  title: string;
}

/**
 * The web preferences of every window the app opens (the app window, the PDF print window): the
 * page is isolated from any preload, sandboxed, without Node, without <webview>, with the web's
 * same-origin rules.
 *
 * Spellcheck is off: on Windows and Linux Chromium would download Hunspell dictionaries from
 * Google's servers the first time, and the app promises to make no network request it was not
 * asked to make. (spellcheck.ts also switches the session's spellchecker off and points its
 * dictionary download nowhere.)
 */
export function secureWebPreferences(): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

/** The app window's options — the one place they are built; it stays hidden until its first paint is ready. */
export function buildWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: input.title,
    backgroundColor: input.backgroundColor,
    show: false,
    webPreferences: { ...secureWebPreferences(), preload: input.preload },
  };
}

/**
 * The hidden window a PDF is printed in: the same preferences, no preload (nothing to talk to). Its
 * print HTML has no scripts (its own CSP forbids them); JavaScript stays on only so that
 * executeJavaScript can wait for the embedded fonts.
 */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    // About an A4 page at 96 dpi; printing re-lays the page out for the paper anyway.
    width: 794,
    height: 1123,
    webPreferences: { ...secureWebPreferences(), javascript: true },
  };
}
