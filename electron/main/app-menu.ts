import { app, Menu, nativeTheme, type BrowserWindow } from 'electron';
import type { Dispatch } from '../ipc/dispatch';
import type { AppServices } from '../services/app-services';
import { buildMenuTemplate } from './menu';

/**
 * The native menu in the UI language, and the theme of native menus, dialogs and the page's
 * prefers-color-scheme: set now, and again whenever the settings change or a workspace opens or
 * closes (export and exchange need one).
 */
export function installAppMenu(services: AppServices, dispatch: Dispatch, window: () => BrowserWindow | null): void {
  let workspaceOpen = false;
  const applyMenu = () => {
    const template = buildMenuTemplate(services.language(), {
      platform: process.platform,
      isDev: !app.isPackaged,
      appName: app.getName(),
      onCloseWorkspace: () => void dispatch('workspace:close', undefined),
      // Export and exchange run in the page (it owns navigation and the import preview).
      onCommand: (command) => {
        const target = window();
        if (target && !target.isDestroyed()) target.webContents.send('menu:command', { command });
      },
      workspaceOpen,
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  const applyTheme = () => {
    nativeTheme.themeSource = services.settings().theme;
  };
  applyMenu();
  applyTheme();
  services.onEvent((event) => {
    if (event.channel === 'settings:changed') {
      applyMenu();
      applyTheme();
    }
    if (event.channel === 'workspace:changed' && workspaceOpen !== (event.payload !== null)) {
      workspaceOpen = event.payload !== null;
      applyMenu();
    }
  });
}
