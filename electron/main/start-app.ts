import path from 'node:path';
import { app, ipcMain, session, type BrowserWindow } from 'electron';
import { createDispatch } from '../ipc/dispatch';
import { registerIpcHandlers } from '../ipc/register';
import { createSenderCheck } from '../ipc/sender-check';
import { AppServices } from '../services/app-services';
import { installAppMenu } from './app-menu';
import { serveAppScheme } from './app-scheme';
import { createMainWindow } from './app-window';
import { electronPlatform } from './electron-platform';
import { denyPermissions, installNavigationGuards } from './guards';
import { bundlePathFromArgv, openedBundle } from './open-file-args';
import type { appPaths } from './paths';
import { turnOffSpellcheck } from './spellcheck';
import { WindowStateKeeper } from './window-state-keeper';

/**
 * Everything after the single-instance lock: guards, then at 'ready' the protocol, the services
 * behind the IPC contract, the menu and the one window; closing the workspace on quit.
 */
export async function startApp(paths: ReturnType<typeof appPaths>): Promise<void> {
  let window: BrowserWindow | null = null;
  // A second launch only brings the running window forward (one writer per workspace), handing
  // over the bundle it was asked to open, if any.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    openedBundle.offer(bundlePathFromArgv(argv, workingDirectory));
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });

  const isTrustedSender = createSenderCheck({ devServerUrl: paths.devServerUrl });
  installNavigationGuards((url) => isTrustedSender(url));
  await app.whenReady();
  denyPermissions(session.defaultSession);
  turnOffSpellcheck(session.defaultSession);
  serveAppScheme(paths.rendererDir);

  const services: AppServices = await AppServices.start({
    configDir: app.getPath('userData'),
    platform: electronPlatform(() => window, () => services.language()),
  });
  for (const warning of services.warnings) console.warn(warning);
  const dispatch = createDispatch(services.handlers, { logError: (channel, error) => console.error(channel, error) });
  registerIpcHandlers(ipcMain, dispatch, isTrustedSender);
  installAppMenu(services, dispatch, () => window);
  app.setAboutPanelOptions({ applicationName: 'Alliance Desk', applicationVersion: app.getVersion() });
  services.onEvent((event) => {
    if (window && !window.isDestroyed()) window.webContents.send(event.channel, event.payload);
  });

  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const keeper = new WindowStateKeeper(stateFile);
  const openWindow = async () => {
    window = await createMainWindow({ preload: paths.preload, devServerUrl: paths.devServerUrl, stateFile, keeper });
    window.on('closed', () => {
      window = null;
    });
  };
  await openWindow();

  app.on('activate', () => {
    if (!window) void openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // On quit, close the workspace (its snapshot is written) and save the window state first.
  let finished = false;
  app.on('will-quit', (event) => {
    if (finished) return;
    event.preventDefault();
    void Promise.allSettled([services.dispose(), keeper.flush()]).then(() => {
      finished = true;
      app.quit();
    });
  });
}
