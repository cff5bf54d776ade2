import path from 'node:path';

/** Where the built pieces sit relative to out/main (electron-vite's layout). */
export function appPaths(mainDir: string, env: NodeJS.ProcessEnv = process.env) {
  return {
    preload: path.join(mainDir, '..', 'preload', 'index.cjs'),
    rendererIndexHtml: path.join(mainDir, '..', 'renderer', 'index.html'),
    /** Set by `electron-vite dev`; absent in a built app. */
    devServerUrl: env.ELECTRON_RENDERER_URL || undefined,
  };
}

/** Env var naming another config dir (settings, device id): for tests and portable setups. */
export const CONFIG_DIR_ENV = 'ALLIANCE_DESK_CONFIG_DIR';
