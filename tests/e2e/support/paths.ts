import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The built renderer; ALLIANCE_DESK_RENDERER_DIR points elsewhere (e.g. to try the harness on a scratch page). */
export function rendererDir(): string {
  return path.resolve(REPO_ROOT, process.env.ALLIANCE_DESK_RENDERER_DIR ?? 'out/renderer');
}

export const MAIN_ENTRY = path.join(REPO_ROOT, 'out', 'main', 'index.js');
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'tests', 'e2e', 'screenshots');

export function requireBuilt(file: string): void {
  if (!existsSync(file)) throw new Error(`${path.relative(REPO_ROOT, file)} is missing: run \`npm run build\` before the end-to-end tests`);
}

/**
 * The Electron executable, when this machine has one (ELECTRON_OVERRIDE_DIST_PATH, or what the
 * electron package's postinstall downloaded); null where the download was impossible.
 */
export function electronExecutable(): string | null {
  const packageDir = path.join(REPO_ROOT, 'node_modules', 'electron');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  let relative: string;
  try {
    relative = readFileSync(path.join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    relative = process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : process.platform === 'win32' ? 'electron.exe' : 'electron';
    if (!override) return null;
  }
  const executable = override ? path.join(override, relative) : path.join(packageDir, 'dist', relative);
  return existsSync(executable) ? executable : null;
}

export function appVersion(): string {
  return (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
