import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu, nativeTheme, session } from 'electron';
import { createDispatch } from '../ipc/dispatch';
import { registerIpcHandlers } from '../ipc/register';
import { createSenderCheck } from '../ipc/sender-check';
import { AppServices } from '../services/app-services';
import { createMainWindow } from './app-window';
import { electronPlatform } from './electron-platform';
import { denyPermissions, installNavigationGuards } from './guards';
import { buildMenuTemplate } from './menu';
import { bundlePathFromArgv, openedBundle } from './open-file-args';
import { appPaths, CONFIG_DIR_ENV } from './paths';
import { WindowStateKeeper } from './window-state-keeper';

// Main-process entry: one window, one workspace session, every request through the IPC contract.

const paths = appPaths(path.dirname(fileURLToPath(import.meta.url)));
const configDirOverride = process.env[CONFIG_DIR_ENV];
// Before the single-instance lock: the lock is per userData dir, so test runs do not collide.
if (configDirOverride) app.setPath('userData', path.resolve(configDirOverride));
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A double-clicked .adbundle (file association): macOS says so through 'open-file', which can
  // come before 'ready'; Windows and Linux put it in argv. The import preview takes it from
  // openedBundle (electron/main/open-file-args.ts).
  app.on('open-file', (event, file) => {
    if (openedBundle.offer(file)) event.preventDefault();
  });
  openedBundle.offer(bundlePathFromArgv(process.argv, process.cwd()));
  void start().catch((error: unknown) => {
    console.error('Alliance Desk failed to start', error);
    app.exit(1);
  });
}

async function start(): Promise<void> {
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

  const isTrustedSender = createSenderCheck(paths);
  installNavigationGuards((url) => isTrustedSender(url));
  await app.whenReady();
  denyPermissions(session.defaultSession);

  const services: AppServices = await AppServices.start({
    configDir: app.getPath('userData'),
    platform: electronPlatform(() => window, () => services.language()),
  });
  for (const warning of services.warnings) console.warn(warning);
  const dispatch = createDispatch(services.handlers, { logError: (channel, error) => console.error(channel, error) });
  registerIpcHandlers(ipcMain, dispatch, isTrustedSender);

  let workspaceOpen = false;
  const applyMenu = () => {
    const template = buildMenuTemplate(services.language(), {
      platform: process.platform,
      isDev: !app.isPackaged,
      appName: app.getName(),
      onCloseWorkspace: () => void dispatch('workspace:close', undefined),
      // Export and exchange run in the page (it owns navigation and the import preview).
      onCommand: (command) => {
        if (window && !window.isDestroyed()) window.webContents.send('menu:command', { command });
      },
      workspaceOpen,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  // Native menus, dialogs and the page's prefers-color-scheme follow the theme setting.
  const applyTheme = () => {
    nativeTheme.themeSource = services.settings().theme;
  };
  applyMenu();
  applyTheme();
  app.setAboutPanelOptions({ applicationName: 'Alliance Desk', applicationVersion: app.getVersion() });

  services.onEvent((event) => {
    if (event.channel === 'settings:changed') {
      applyMenu();
      applyTheme();
    }
    if (event.channel === 'workspace:changed' && workspaceOpen !== (event.payload !== null)) {
      workspaceOpen = event.payload !== null;
      applyMenu();
    }
    if (window && !window.isDestroyed()) window.webContents.send(event.channel, event.payload);
  });

  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const keeper = new WindowStateKeeper(stateFile);
  const openWindow = async () => {
    window = await createMainWindow({ ...paths, stateFile, keeper });
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
