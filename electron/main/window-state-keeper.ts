import type { BrowserWindow } from 'electron';
import { saveWindowState, type WindowState } from './window-state';

/** Follows the window's size, position and maximized state and writes them to disk, debounced. */
export class WindowStateKeeper {
  private latest: WindowState | undefined;
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly file: string) {}

  track(window: BrowserWindow): void {
    const capture = () => {
      if (window.isDestroyed() || window.isMinimized()) return;
      const { x, y, width, height } = window.getNormalBounds();
      this.latest = { bounds: { x, y, width, height }, maximized: window.isMaximized() };
    };
    const later = () => {
      capture();
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.flush(), 800);
    };
    window.on('resize', later);
    window.on('move', later);
    window.on('maximize', later);
    window.on('unmaximize', later);
    window.on('close', () => {
      capture();
      void this.flush();
    });
  }

  /** Writes the latest state now; awaited on quit. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    const state = this.latest;
    if (!state) return this.writing;
    this.latest = undefined;
    this.writing = this.writing
      .then(() => saveWindowState(this.file, state))
      .catch((error: unknown) => console.error('window state not saved', error));
    return this.writing;
  }
}
