import { z } from 'zod';
import { readJsonFile, writeJsonFile } from '../core/json-file';
import { MIN_HEIGHT, MIN_WIDTH } from './window-options';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const WindowStateSchema = z.object({
  bounds: z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() }),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface RestoredBounds {
  bounds: Partial<Pick<Rect, 'x' | 'y'>> & Pick<Rect, 'width' | 'height'>;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
/** How much of the title bar area must lie on a screen for a saved position to be reused. */
const MIN_VISIBLE = { width: 120, height: 40 };

/**
 * The size and position to open with: the saved ones when they still land on a connected screen
 * (a laptop unplugged from its monitor must not open off-screen), otherwise a default size that
 * the OS centres. Sizes are clamped to the screen they land on.
 */
export function restoreBounds(saved: WindowState | undefined, workAreas: readonly Rect[]): RestoredBounds {
  const fallbackArea = workAreas[0];
  const fit = (size: { width: number; height: number }, area: Rect | undefined) => ({
    width: Math.max(MIN_WIDTH, Math.min(size.width, area?.width ?? size.width)),
    height: Math.max(MIN_HEIGHT, Math.min(size.height, area?.height ?? size.height)),
  });
  if (!saved) return { bounds: fit(DEFAULT_SIZE, fallbackArea), maximized: false };
  const area = workAreas.find((candidate) => overlaps(titleBar(saved.bounds), candidate));
  if (!area) return { bounds: fit(saved.bounds, fallbackArea), maximized: saved.maximized };
  return { bounds: { x: saved.bounds.x, y: saved.bounds.y, ...fit(saved.bounds, area) }, maximized: saved.maximized };
}

function titleBar(bounds: Rect): Rect {
  return { x: bounds.x, y: bounds.y, width: bounds.width, height: Math.min(bounds.height, 60) };
}

function overlaps(a: Rect, b: Rect): boolean {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width >= Math.min(MIN_VISIBLE.width, a.width) && height >= Math.min(MIN_VISIBLE.height, a.height);
}

export async function loadWindowState(file: string): Promise<WindowState | undefined> {
  try {
    const read = await readJsonFile(file, WindowStateSchema);
    return read.status === 'ok' ? read.value : undefined;
  } catch {
    return undefined;
  }
}

export function saveWindowState(file: string, state: WindowState): Promise<void> {
  return writeJsonFile(file, WindowStateSchema.parse(state));
}
