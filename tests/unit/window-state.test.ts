import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, loadWindowState, restoreBounds, saveWindowState } from '../../electron/main/window-state';
import { useTempDirs } from '../support/temp-dir';

const tempDir = useTempDirs();
const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('window bounds', () => {
  it('opens at the default size, centred by the OS, the first time', () => {
    expect(restoreBounds(undefined, [laptop])).toEqual({ bounds: DEFAULT_SIZE, maximized: false });
  });

  it('reopens where it was when that spot is on a connected screen', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1500, height: 900 }, maximized: true };
    expect(restoreBounds(saved, [laptop, monitor])).toEqual({ bounds: saved.bounds, maximized: true });
  });

  it('keeps the size but drops the position when that screen is gone', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1300, height: 800 }, maximized: false };
    expect(restoreBounds(saved, [laptop])).toEqual({ bounds: { width: 1300, height: 800 }, maximized: false });
  });

  it('clamps a size larger than the screen', () => {
    const saved = { bounds: { x: 0, y: 0, width: 4000, height: 3000 }, maximized: false };
    expect(restoreBounds(saved, [laptop]).bounds).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
  });

  it('persists to a file and ignores a damaged one', async () => {
    const file = path.join(await tempDir(), 'window-state.json');
    expect(await loadWindowState(file)).toBeUndefined();
    const state = { bounds: { x: 5, y: 6, width: 1100, height: 700 }, maximized: false };
    await saveWindowState(file, state);
    expect(await loadWindowState(file)).toEqual(state);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(state);
    await writeFile(file, '{"bounds": nope');
    expect(await loadWindowState(file)).toBeUndefined();
  });
});
