// The app's own origin. The renderer is served through a custom `app://` protocol instead of
// file://, so the page has a real origin of its own (its module scripts load without extra file://
// privileges) and can only ever reach the files of the built renderer (electron/main/app-protocol.ts).

export const APP_SCHEME = 'app';
/** The built renderer (out/renderer). */
export const APP_HOST = 'alliance-desk';
/**
 * Print pages of the PDF export. A host of their own, so they are another origin than the app's
 * page: neither can script or read the other.
 */
export const PRINT_HOST = 'alliance-desk-print';

export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** What the main window loads; the one page the IPC handlers answer (electron/ipc/sender-check.ts). */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;
