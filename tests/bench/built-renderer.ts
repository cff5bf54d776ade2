import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT, rendererDir } from '../e2e/support/paths';

let built: string | undefined;

/**
 * The renderer the UI benchmarks measure: ALLIANCE_DESK_RENDERER_DIR when given (an existing
 * build), else one fresh build of this checkout into a temp folder, shared by every UI benchmark of
 * the run and removed at exit — out/ may be older than the code.
 */
export function builtRenderer(): string {
  if (process.env.ALLIANCE_DESK_RENDERER_DIR) {
    const dir = rendererDir();
    if (!existsSync(path.join(dir, 'index.html'))) throw new Error(`${dir}: no built renderer there`);
    return dir;
  }
  if (built) return built;
  const out = mkdtempSync(path.join(tmpdir(), 'alliance-desk-bench-build-'));
  process.on('exit', () => rmSync(out, { recursive: true, force: true }));
  console.log('[ui] building the renderer for the benchmarks…');
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: REPO_ROOT, env: { ...process.env, ALLIANCE_DESK_OUT_DIR: out }, stdio: 'ignore' });
  if (result.status !== 0) throw new Error('electron-vite build failed');
  built = path.join(out, 'renderer');
  return built;
}
