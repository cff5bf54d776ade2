import { app, shell, type Session } from 'electron';
import { decideNavigation, decidePermission, decideWindowOpen } from './navigation';

function openInBrowser(url: string | null): void {
  if (url) void shell.openExternal(url).catch((error: unknown) => console.error('openExternal failed', error));
}

/**
 * App-wide guards for every web contents the app ever creates: no navigation away from our page,
 * no new windows, no <webview>. Installed before the first window exists.
 */
export function installNavigationGuards(isAppUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-frame-navigate', (event) => {
      const decision = decideNavigation(event.url, isAppUrl);
      if (decision.allow) return;
      event.preventDefault();
      if (event.isMainFrame) openInBrowser(decision.openExternally);
    });
    contents.on('will-redirect', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      openInBrowser(decideWindowOpen(url).openExternally);
      return { action: 'deny' };
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/** Every permission request and check is refused (camera, location, notifications, devices…). */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(decidePermission(permission)));
  session.setPermissionCheckHandler((_contents, permission) => decidePermission(permission));
  session.setDevicePermissionHandler(() => false);
}
