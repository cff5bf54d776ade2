import { BrowserWindow, nativeTheme, screen } from 'electron';
import { APP_INDEX_URL } from '../ipc/app-origin';
import { buildWindowOptions } from './window-options';
import { loadWindowState, restoreBounds } from './window-state';
import { WindowStateKeeper } from './window-state-keeper';

export interface MainWindowInput {
  preload: string;
  /** The dev server's page (a development build only); otherwise the app:// page. */
  devServerUrl: string | undefined;
  stateFile: string;
  keeper: WindowStateKeeper;
}

/** Creates the app window where it was last time, shows it once painted, and loads our page. */
export async function createMainWindow(input: MainWindowInput): Promise<BrowserWindow> {
  const saved = await loadWindowState(input.stateFile);
  const { bounds, maximized } = restoreBounds(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow(
    buildWindowOptions({
      preload: input.preload,
      bounds,
      title: 'Alliance Desk',
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#1e1f22' : '#ffffff',
    }),
  );
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  input.keeper.track(window);
  await window.loadURL(input.devServerUrl ?? APP_INDEX_URL);
  return window;
}
