import { app, type Session } from 'electron';
import { decideNavigation, decidePermission } from './navigation';

/**
 * App-wide guards for every web contents the app ever creates: no navigation away from our page,
 * no new windows, no <webview>, and no link handed to the browser behind the user's back. Installed before the first window exists.
 */
export function installNavigationGuards(isAppUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-frame-navigate', (event) => {
      if (!decideNavigation(event.url, isAppUrl).allow) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/** Every permission request and check is refused (camera, location, notifications, devices…). */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(decidePermission(permission)));
  session.setPermissionCheckHandler((_contents, permission) => decidePermission(permission));
  session.setDevicePermissionHandler(() => false);
}
