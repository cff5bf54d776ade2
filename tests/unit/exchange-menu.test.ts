import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../electron/main/menu';

// The export and exchange items of the File menu (issues 7, 8); the rest of the menu is in window-menu.test.ts.
type Item = ReturnType<typeof buildMenuTemplate>[number];
const flatten = (items: Item[]): Item[] => items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
const base = { platform: 'linux', isDev: false, appName: 'Alliance Desk', onCloseWorkspace: () => undefined };

describe('export and exchange in the File menu', () => {
  it('sends each command to the page, enabled only while a workspace is open', () => {
    const onCommand = vi.fn();
    const items = (workspaceOpen: boolean) => flatten(buildMenuTemplate('ru', { ...base, onCommand, workspaceOpen }));
    const open = items(true);
    const byId = (id: string) => open.find((item) => item.id === id);
    expect([byId('export')?.label, byId('exportBundle')?.label, byId('importBundle')?.label]).toEqual([
      'Экспорт сводки…',
      'Сохранить пакет обмена…',
      'Загрузить пакет обмена…',
    ]);
    for (const id of ['export', 'exportBundle', 'importBundle']) (byId(id)?.click as () => void)();
    expect(onCommand.mock.calls).toEqual([['export'], ['exportBundle'], ['importBundle']]);
    expect(items(false).filter((item) => ['export', 'exportBundle', 'importBundle'].includes(String(item.id))).every((item) => item.enabled === false)).toBe(true);
  });

  it('offers no such items where nobody carries them out', () => {
    expect(flatten(buildMenuTemplate('en', base)).some((item) => item.id === 'importBundle')).toBe(false);
  });
});
