import { pathToFileURL } from 'node:url';

export interface TrustedOrigins {
  /** Absolute path of the built renderer's index.html (loaded with file://). */
  rendererIndexHtml: string;
  /** The electron-vite dev server URL, when running `npm run dev`. */
  devServerUrl?: string;
  /** File paths compare case-insensitively on Windows. */
  platform?: string;
}

/**
 * Whether an IPC request comes from our own page: the built index.html over file:// (any hash
 * route), or a page of the dev server. Anything else — another file, a remote page, an iframe of
 * something else, a frame already gone — is refused.
 */
export function createSenderCheck(origins: TrustedOrigins): (frameUrl: string | null | undefined) => boolean {
  const fold = (origins.platform ?? process.platform) === 'win32' ? (text: string) => text.toLowerCase() : (text: string) => text;
  const indexPath = fold(decodePath(pathToFileURL(origins.rendererIndexHtml).pathname) ?? '');
  const devOrigin = origins.devServerUrl ? parse(origins.devServerUrl)?.origin : undefined;
  return (frameUrl) => {
    const url = frameUrl ? parse(frameUrl) : undefined;
    if (!url) return false;
    if (url.protocol === 'file:') {
      const framePath = decodePath(url.pathname);
      return url.host === '' && framePath !== undefined && fold(framePath) === indexPath;
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

// Chromium and pathToFileURL may escape different characters (e.g. Cyrillic folder names): compare decoded.
function decodePath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}
