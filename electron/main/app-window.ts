import { BrowserWindow, nativeTheme, screen } from 'electron';
import { buildWindowOptions } from './window-options';
import { loadWindowState, restoreBounds } from './window-state';
import { WindowStateKeeper } from './window-state-keeper';

export interface MainWindowInput {
  preload: string;
  rendererIndexHtml: string;
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
  if (input.devServerUrl) await window.loadURL(input.devServerUrl);
  else await window.loadFile(input.rendererIndexHtml);
  return window;
}
