import { APP_HOST, APP_SCHEME } from './app-origin';

export interface TrustedOrigins {
  /** The electron-vite dev server URL: given only by a development build (`npm run dev`). */
  devServerUrl?: string;
}

/**
 * Whether an IPC request comes from our own page: `app://alliance-desk/index.html` (any hash
 * route), or a page of the dev server in a development build. Anything else — a file:// page,
 * another app:// path or host (the print pages), a remote page, an iframe of something else, a
 * frame already gone — is refused.
 */
export function createSenderCheck(origins: TrustedOrigins = {}): (frameUrl: string | null | undefined) => boolean {
  const devOrigin = origins.devServerUrl ? parse(origins.devServerUrl)?.origin : undefined;
  return (frameUrl) => {
    const url = frameUrl ? parse(frameUrl) : undefined;
    if (!url) return false;
    if (url.protocol === `${APP_SCHEME}:`) {
      return url.host === APP_HOST && url.pathname === '/index.html' && url.username === '' && url.password === '';
    }
    return devOrigin !== undefined && devOrigin !== 'null' && url.origin === devOrigin;
  };
}

function parse(raw: string): URL | undefined {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}
