import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/exchange-contract';
import type { Language } from '../../shared/schema/common';
import { MENU_LABELS } from './menu-labels';

export interface MenuOptions {
  /** process.platform: macOS gets the app menu and the Window menu of its conventions. */
  platform: string;
  /** Reload and developer tools only while developing. */
  isDev: boolean;
  appName: string;
  onCloseWorkspace: () => void;
  /** Export and exchange commands, carried out by the renderer (it owns navigation); absent: not offered. */
  onCommand?: (command: MenuCommand) => void;
  /** Whether a workspace is open: export and exchange need one. */
  workspaceOpen?: boolean;
}

/**
 * The native application menu in the UI language. Standard actions use Electron roles, which bring
 * the platform's usual shortcuts (Ctrl/Cmd+C, Ctrl/Cmd+Z, Ctrl/Cmd+Q, F11…) and behaviour.
 */
export function buildMenuTemplate(language: Language, options: MenuOptions): MenuItemConstructorOptions[] {
  const l = MENU_LABELS[language];
  const mac = options.platform === 'darwin';
  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about', label: l.about },
      { type: 'separator' },
      { role: 'services', label: l.services },
      { type: 'separator' },
      { role: 'hide', label: l.hide },
      { role: 'hideOthers', label: l.hideOthers },
      { role: 'unhide', label: l.unhide },
      { type: 'separator' },
      { role: 'quit', label: l.quit },
    ],
  };
  const onCommand = options.onCommand;
  const command = (id: MenuCommand, label: string, accelerator?: string): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator ? { accelerator } : {}),
    enabled: options.workspaceOpen ?? false,
    click: () => onCommand?.(id),
  });
  const exchange: MenuItemConstructorOptions[] = onCommand
    ? [
        command('export', l.exportSummary, 'CmdOrCtrl+E'),
        { type: 'separator' },
        command('exportBundle', l.exportBundle),
        command('importBundle', l.importBundle),
        { type: 'separator' },
      ]
    : [];
  const file: MenuItemConstructorOptions = {
    label: l.file,
    submenu: [
      ...exchange,
      { id: 'close-workspace', label: l.closeWorkspace, accelerator: 'CmdOrCtrl+Shift+W', click: () => options.onCloseWorkspace() },
      ...(mac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: l.quit }]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: l.edit,
    submenu: [
      { role: 'undo', label: l.undo },
      { role: 'redo', label: l.redo },
      { type: 'separator' },
      { role: 'cut', label: l.cut },
      { role: 'copy', label: l.copy },
      { role: 'paste', label: l.paste },
      { role: 'selectAll', label: l.selectAll },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: l.view,
    submenu: [
      ...(options.isDev
        ? [{ role: 'reload' as const, label: l.reload }, { role: 'toggleDevTools' as const, label: l.toggleDevTools }, { type: 'separator' as const }]
        : []),
      { role: 'resetZoom', label: l.resetZoom },
      { role: 'zoomIn', label: l.zoomIn },
      { role: 'zoomOut', label: l.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: l.toggleFullScreen },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: l.window,
    role: 'windowMenu',
    submenu: mac
      ? [{ role: 'minimize', label: l.minimize }, { role: 'zoom', label: l.zoom }, { type: 'separator' }, { role: 'front', label: l.front }]
      : [{ role: 'minimize', label: l.minimize }, { role: 'close', label: l.closeWindow }],
  };
  const help: MenuItemConstructorOptions = {
    label: l.help,
    role: 'help',
    submenu: mac ? [] : [{ role: 'about', label: l.about }],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, windowMenu, help];
}
