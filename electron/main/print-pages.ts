import { randomBytes } from 'node:crypto';
import { APP_SCHEME, PRINT_HOST } from '../ipc/app-origin';

/** One page held for one print: its address, and how to drop it when the print is over. */
export interface HeldPrintPage {
  readonly url: string;
  remove(): void;
}

/**
 * The print pages of the PDF export, held in memory only: a summary of deputies' stances is never
 * written to disk as a plain HTML file. Each page has an unguessable address
 * (`app://alliance-desk-print/<token>.html`) and is served once — the print window's one load —
 * then gone; remove() drops it if it was never served (a failed or cancelled print).
 */
export class PrintPages {
  private readonly pages = new Map<string, string>();

  add(html: string): HeldPrintPage {
    const token = randomBytes(24).toString('base64url');
    this.pages.set(token, html);
    return {
      url: `${APP_SCHEME}://${PRINT_HOST}/${token}.html`,
      remove: () => {
        this.pages.delete(token);
      },
    };
  }

  /** The page `pathname` (`/<token>.html`) names, removed as it is taken; undefined when none is held. */
  take(pathname: string): string | undefined {
    const token = /^\/([A-Za-z0-9_-]{32})\.html$/.exec(pathname)?.[1];
    if (!token) return undefined;
    const html = this.pages.get(token);
    this.pages.delete(token);
    return html;
  }

  get size(): number {
    return this.pages.size;
  }
}

/** The main process's one holder: the PDF printer adds to it, the app:// protocol serves from it. */
export const printPages = new PrintPages();
