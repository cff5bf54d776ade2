import path from 'node:path';

/** Where the built pieces sit relative to out/main (electron-vite's layout). */
export function appPaths(mainDir: string, options: { devBuild: boolean; env?: NodeJS.ProcessEnv }) {
  const env = options.env ?? process.env;
  return {
    preload: path.join(mainDir, '..', 'preload', 'index.cjs'),
    /** The built renderer, served as app://alliance-desk/ (electron/main/app-protocol.ts). */
    rendererDir: path.join(mainDir, '..', 'renderer'),
    /**
     * Set by `electron-vite dev`, and honoured only by a development build: a built app (also
     * `npm start`, which runs unpackaged) never loads a page named by its environment.
     */
    devServerUrl: options.devBuild ? env.ELECTRON_RENDERER_URL || undefined : undefined,
  };
}

/** Env var naming another config dir (settings, device id): for tests and portable setups. */
export const CONFIG_DIR_ENV = 'ALLIANCE_DESK_CONFIG_DIR';
