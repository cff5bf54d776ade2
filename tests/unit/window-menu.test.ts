import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../electron/main/menu';
import { MENU_LABELS } from '../../electron/main/menu-labels';

// The template's item type, without importing Electron (not loadable in Node-side tests).
type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const base = { platform: 'linux', isDev: false, appName: 'Alliance Desk', onCloseWorkspace: () => undefined };

describe('application menu', () => {
  it('is in Russian or English, with every label translated', () => {
    const ru = flatten(buildMenuTemplate('ru', base));
    const en = flatten(buildMenuTemplate('en', base));
    expect(ru.map((item) => item.label)).toContain('Правка');
    expect(en.map((item) => item.label)).toContain('Edit');
    for (const item of ru) if (item.type !== 'separator') expect(item.label, JSON.stringify(item)).toBeTruthy();
    expect(Object.keys(MENU_LABELS.ru).sort()).toEqual(Object.keys(MENU_LABELS.en).sort());
  });

  it('uses standard roles for standard actions, so the usual shortcuts work', () => {
    const roles = flatten(buildMenuTemplate('ru', base)).map((item) => item.role);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'minimize']) {
      expect(roles).toContain(role);
    }
  });

  it('offers developer tools only while developing', () => {
    const roles = (isDev: boolean) => flatten(buildMenuTemplate('en', { ...base, isDev })).map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('has the macOS app menu on macOS only', () => {
    expect(buildMenuTemplate('ru', { ...base, platform: 'darwin' })[0]?.label).toBe('Alliance Desk');
    expect(buildMenuTemplate('ru', base)[0]?.label).toBe('Файл');
  });

  it('closes the workspace from the File menu', () => {
    const onCloseWorkspace = vi.fn();
    const item = flatten(buildMenuTemplate('ru', { ...base, onCloseWorkspace })).find((entry) => entry.id === 'close-workspace');
    expect(item?.accelerator).toBe('CmdOrCtrl+Shift+W');
    (item?.click as () => void)();
    expect(onCloseWorkspace).toHaveBeenCalledOnce();
  });
});
