// Replaced at build time by electron.vite.config.ts (`define`): true only in the bundle that
// `electron-vite dev` builds. Undefined when the sources run unbundled (tests): then false.
declare const __ALLIANCE_DESK_DEV_BUILD__: boolean | undefined;

/** Whether this is a development build (`npm run dev`), the only one that may load the dev server. */
export const DEV_BUILD: boolean = typeof __ALLIANCE_DESK_DEV_BUILD__ === 'boolean' && __ALLIANCE_DESK_DEV_BUILD__;
