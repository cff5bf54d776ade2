import { isSafeExternalUrl } from '../services/external-url';

export type NavigationDecision = { allow: true } | { allow: false; openExternally: string | null };

/**
 * What to do when a page tries to navigate or open a window: only our own page may load in the app
 * window; an http(s) link goes to the system browser; everything else (javascript:, file:, data:,
 * custom schemes) is simply refused.
 */
export function decideNavigation(url: string, isAppUrl: (url: string) => boolean): NavigationDecision {
  if (isAppUrl(url)) return { allow: true };
  return { allow: false, openExternally: isSafeExternalUrl(url) ? url : null };
}

/** New windows are never created: http(s) targets open in the system browser instead. */
export function decideWindowOpen(url: string): { openExternally: string | null } {
  return { openExternally: isSafeExternalUrl(url) ? url : null };
}

/** The app needs no camera, microphone, location, notifications or devices: every request is refused. */
export function decidePermission(_permission: string): boolean {
  return false;
}
