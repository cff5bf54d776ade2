import fs from 'node:fs';
import path from 'node:path';
import { APP_HOST, APP_SCHEME, PRINT_HOST } from '../ipc/app-origin';
import { contentTypeOf } from './content-types';
import type { PrintPages } from './print-pages';

// What the app:// protocol answers, in plain Node (electron/main/app-scheme.ts hands it to
// Electron's protocol.handle). Only two things are ever served: the files of the built renderer
// folder, and the print pages held in memory. Every other request gets a 404 — a path that
// climbs out of the folder ('..', '%2e%2e', '..%2f'), a backslash or drive letter, an absolute
// path, a symlink leading outside, a folder, another host.
//
// fs is used through its module object on purpose: inside the packaged app the renderer sits in
// app.asar, and Electron makes fs.promises read archives by patching that object's functions.

/**
 * The same Content-Security-Policy as the <meta> in renderer/index.html (a unit test compares
 * them), also sent as a header: frame-ancestors only takes effect from a header.
 */
export const APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";


export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  /** null for HEAD and for errors without a text. */
  body: Uint8Array | string | null;
}

/** The part of a fetch Request the protocol looks at. */
export interface AppRequest {
  url: string;
  method: string;
}

const plain = (status: number, text: string): AppResponse => ({
  status,
  headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  body: text,
});
const notFound = () => plain(404, 'not found');

/** The file of `rootDir` an `app://alliance-desk/…` URL names, read; a 404 for anything else. */
export async function resolveAppRequest(rootDir: string, url: string): Promise<AppResponse> {
  const parsed = parseAppUrl(url);
  if (parsed?.host !== APP_HOST) return notFound();
  const segments = fileSegments(parsed.pathname);
  if (!segments) return notFound();
  const file = await confinedRealPath(rootDir, segments);
  if (!file) return notFound();
  const body = await fs.promises.readFile(file).catch(() => undefined);
  if (!body) return notFound();
  const type = contentTypeOf(file);
  return {
    status: 200,
    headers: {
      'Content-Type': type,
      'X-Content-Type-Options': 'nosniff',
      ...(type.startsWith('text/html') ? { 'Content-Security-Policy': APP_CSP } : {}),
    },
    body,
  };
}

/** Everything the app:// protocol answers: the renderer's files, the held print pages, read-only. */
export function createAppRequestHandler(options: { rootDir: string; printPages: PrintPages }): (request: AppRequest) => Promise<AppResponse> {
  return async (request) => {
    const method = request.method.toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') return plain(405, 'method not allowed');
    const response = await answer(request.url);
    return method === 'HEAD' ? { ...response, body: null } : response;
  };

  async function answer(url: string): Promise<AppResponse> {
    const parsed = parseAppUrl(url);
    if (parsed?.host === PRINT_HOST) {
      const html = options.printPages.take(parsed.pathname);
      if (html === undefined) return notFound();
      return {
        status: 200,
        headers: { 'Content-Type': contentTypeOf('index.html'), 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' },
        body: html,
      };
    }
    return resolveAppRequest(options.rootDir, url);
  }
}

function parseAppUrl(raw: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.port !== '' || url.username !== '' || url.password !== '') return undefined;
  return url;
}

/**
 * The decoded path segments of a URL path, or undefined when one of them could climb, name a
 * drive or hide a separator. Each segment is decoded once, on its own, so '%2e%2e' and '..%2f'
 * are seen for what they are; an empty segment ('//', a trailing '/') is refused too.
 */
function fileSegments(pathname: string): string[] | undefined {
  const raw = pathname === '/' ? ['index.html'] : pathname.slice(1).split('/');
  const segments: string[] = [];
  for (const part of raw) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return undefined;
    }
    if (segment === '' || segment === '.' || segment === '..' || /[\\/:\0]/.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments;
}

/** The real path of `segments` under `rootDir`, when it is a file that really lies inside it (symlinks followed). */
async function confinedRealPath(rootDir: string, segments: string[]): Promise<string | undefined> {
  const root = await fs.promises.realpath(rootDir).catch(() => undefined);
  if (!root) return undefined;
  const real = await fs.promises.realpath(path.join(root, ...segments)).catch(() => undefined);
  if (!real || !isInside(root, real)) return undefined;
  const info = await fs.promises.stat(real).catch(() => undefined);
  return info?.isFile() ? real : undefined;
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative);
}
