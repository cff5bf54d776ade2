import { protocol } from 'electron';
import { APP_SCHEME } from '../ipc/app-origin';
import { createAppRequestHandler } from './app-protocol';
import { printPages } from './print-pages';

/**
 * Before 'ready' (Electron allows it only then): app:// is a standard, secure scheme, so the page
 * gets a real origin, 'self' in its CSP means that origin, relative URLs resolve, and it is a
 * secure context. supportFetchAPI lets the page's own module scripts and fetches load from it.
 * Deliberately not corsEnabled: no other origin may read what it serves.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** After 'ready': app:// answers from the built renderer folder and the held print pages only. */
export function serveAppScheme(rendererDir: string): void {
  const handle = createAppRequestHandler({ rootDir: rendererDir, printPages });
  protocol.handle(APP_SCHEME, async (request) => {
    const { status, headers, body } = await handle(request);
    return new Response(body, { status, headers });
  });
}
