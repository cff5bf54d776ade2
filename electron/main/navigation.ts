/**
 * What to do when a page tries to navigate or open a window: only our own page may load in the app
 * window, and nothing else is loaded or handed to the system browser. A link reaches the browser
 * only through `shell:openExternal`, after the page has shown its address and the user confirmed
 * (renderer/src/components/ConfirmOpenLink.tsx): a link in the data may come from another laptop.
 */
export function decideNavigation(url: string, isAppUrl: (url: string) => boolean): { allow: boolean } {
  return { allow: isAppUrl(url) };
}

/** The app needs no camera, microphone, location, notifications or devices: every request is refused. */
export function decidePermission(_permission: string): boolean {
  return false;
}
