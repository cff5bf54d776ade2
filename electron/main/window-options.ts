import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

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
 * The app window's options — the one place they are built (DESIGN.md §5 security defaults): the page
 * is isolated from the preload, sandboxed, without Node, without <webview>, and stays hidden until
 * its first paint is ready.
 */
export function buildWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    ...input.bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: input.title,
    backgroundColor: input.backgroundColor,
    show: false,
    webPreferences: {
      preload: input.preload,
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
      spellcheck: true,
    },
  };
}
